"""Shared test set-up: Qt runs headless (offscreen) before any test imports it."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Settings, logs and default workspaces of the tests live in a throwaway folder, never in the
# profile of whoever runs them (platformdirs reads these on Linux; the tests run on Linux).
import tempfile  # noqa: E402

_PROFILE = tempfile.mkdtemp(prefix="xa-planner-test-profile-")
for _variable, _folder in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
):
    os.environ[_variable] = os.path.join(_PROFILE, _folder)


import pytest  # noqa: E402


@pytest.fixture
def vietnamese():
    """The test runs in Vietnamese, whatever language the one before it left active."""
    from xa_planner import localization

    before = localization.current_language()
    localization.set_language("vi")
    yield
    localization.set_language(before)
