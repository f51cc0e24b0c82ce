"""Shared test set-up: Qt runs headless (offscreen) before any test imports it."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
