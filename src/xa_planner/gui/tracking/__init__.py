"""Monthly tracking: each task's status and notes, office sheets out and back, closing a month."""
