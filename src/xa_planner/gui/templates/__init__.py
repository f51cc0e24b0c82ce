"""The province's plans (templates): importing and reviewing them, their list and their updates."""
