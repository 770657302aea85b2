"""Task 5 floating population (流动人口) and the integration surface."""
