"""The locks in packaging/locks/ pin, with hashes, a version inside every range pyproject.toml allows."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import distributions
from pathlib import Path

import pytest
from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ROOT / "packaging" / "locks"
# lock file → the extras of the project it must satisfy
LOCK_EXTRAS = {"test.txt": ("test", "shared"), "app.txt": (), "freeze.txt": ("shared",)}
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$")


def _pins(lock: Path) -> dict[str, list[tuple[str, str]]]:
    """Name → [(version, marker)] of every pinned line (a universal lock may pin twice)."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            name, version, marker = match.groups()
            pins.setdefault(canonicalize_name(name), []).append((version, marker or ""))
    return pins


def _requirements(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in extras:
        texts += project["optional-dependencies"][extra]
    return [Requirement(text) for text in texts if not text.startswith("xa-planner")]


@pytest.mark.parametrize("lock_name", sorted(LOCK_EXTRAS))
def test_every_dependency_is_pinned_inside_its_allowed_range(lock_name):
    pins = _pins(LOCKS / lock_name)
    for requirement in _requirements(LOCK_EXTRAS[lock_name]):
        versions = pins.get(canonicalize_name(requirement.name))
        assert versions, f"{requirement.name} is not in {lock_name}: run `python3 packaging/lock.py`"
        for version, _marker in versions:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{lock_name} pins {requirement.name}=={version} outside {requirement.specifier}"
            )


@pytest.mark.parametrize("lock_name", sorted(LOCK_EXTRAS))
def test_every_pin_carries_its_hashes(lock_name):
    text = (LOCKS / lock_name).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    unhashed = [e.split()[0] for e in entries if "==" in e and "--hash=sha256:" not in e]
    assert not unhashed


def test_the_running_environment_is_the_locked_one():
    """The suite runs on exactly the versions the lock names (the README's set-up installs them)."""
    environment = default_environment()
    pins = _pins(LOCKS / "test.txt")
    wrong = []
    for dist in distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name in ("xa-planner", "pip"):
            continue
        wanted = {v for v, marker in pins.get(name, []) if not marker or _applies(marker, environment)}
        if dist.version not in wanted:
            wrong.append(f"{name} {dist.version} (lock: {sorted(wanted) or 'absent'})")
    assert not wrong, "run `python3 packaging/bootstrap.py test`: " + ", ".join(sorted(wrong))


def _applies(marker: str, environment: dict[str, str]) -> bool:
    return Marker(marker).evaluate(environment)
