"""Request and response shapes of Task 5 (floating population) and the integration surface."""
