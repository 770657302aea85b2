"""Request and response shapes of mobile sync."""
