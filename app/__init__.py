"""fpwork: REST API for grassroots population and family planning work."""
