"""The audit log's user name: empty when the system has none, a defect still surfaces."""

from __future__ import annotations

import getpass

import pytest

from xa_planner.services.workspace_service import current_user

_LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")


def _without_login_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _LOGIN_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_a_login_name_from_the_environment_is_the_user(monkeypatch):
    _without_login_variables(monkeypatch)
    monkeypatch.setenv("USER", "canbo.an")

    assert current_user() == "canbo.an"


def test_a_process_without_a_login_name_records_no_user(monkeypatch):
    # Given no login variable and a uid the password database does not know (a container)
    _without_login_variables(monkeypatch)
    pwd = pytest.importorskip("pwd")

    def unknown_uid(uid: int):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.setattr(pwd, "getpwuid", unknown_uid)

    # Then the change is recorded without a user name
    assert current_user() == ""


def test_a_defect_in_finding_the_name_is_not_swallowed(monkeypatch):
    def broken() -> str:
        raise RuntimeError("a defect")

    monkeypatch.setattr(getpass, "getuser", broken)

    with pytest.raises(RuntimeError):
        current_user()
