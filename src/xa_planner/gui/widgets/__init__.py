"""Shared building blocks of every feature: table models and views, delegates, dialogs' base, prompts."""
