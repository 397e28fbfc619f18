"""The lock files (`make lock`) hold what requirements*.txt ask for, every package with
hashes: an install from them (make, CI, the container image) is the one tested here."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\[\]-]+)==([^\s;\\]+)")


def pins(path):
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        if line.startswith("-r "):
            found.update(pins(line.split(maxsplit=1)[1]))
        match = PIN.match(line)
        if match:
            found[match.group(1).lower().split("[")[0].replace("_", "-")] = match.group(2)
    return found


def locked(path):
    text = (ROOT / path).read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    found = {}
    for entry in entries:
        match = PIN.match(entry)
        if match:
            assert "--hash=sha256:" in entry, f"{path}: {match.group(1)} has no hash"
            found[match.group(1).lower()] = match.group(2)
    return found


def test_the_locks_hold_every_pinned_requirement_at_its_version():
    for wanted, lock in [
        ("requirements.txt", "requirements.lock"),
        ("requirements-dev.txt", "requirements-dev.lock"),
    ]:
        pinned, held = pins(wanted), locked(lock)
        stale = {name: version for name, version in pinned.items() if held.get(name) != version}
        assert not stale, f"{lock} is out of date for {stale}: run `make lock`"


def test_the_runtime_lock_is_part_of_the_development_lock():
    runtime, development = locked("requirements.lock"), locked("requirements-dev.lock")
    assert {name: development.get(name) for name in runtime} == runtime
