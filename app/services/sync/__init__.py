"""Mobile sync (issue 27): devices, the download feed, uploads of a day's work and conflicts."""
