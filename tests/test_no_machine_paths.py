"""No committed file names an absolute path of the machine it was written on."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Built from parts so that this file does not match itself.
HOMES = "|".join(["ro" + "ot", "wo" + "rk", "ho" + "me", "Us" + "ers", "tmp/pytest-of-"])
MACHINE_PATH = re.compile(rf"(?<![\w.~-])/(?:{HOMES})/[\w.-]+|[A-Z]:\\\\Users\\\\")


def test_no_absolute_machine_paths_in_the_repository() -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    found = []
    for name in filter(None, files):
        path = ROOT / name.decode()
        if not path.is_file() or path.is_symlink():
            continue
        text = path.read_bytes().decode("utf-8", errors="ignore")
        found += [f"{name.decode()}: {m.group(0)}" for m in MACHINE_PATH.finditer(text)]
    assert not found, "absolute machine paths:\n" + "\n".join(found)


def test_the_pattern_finds_what_it_must() -> None:
    for text in ["see /" + "work/shared/x.txt", "(/" + "root/.cache/y)", "C:\\\\Users\\\\me"]:
        assert MACHINE_PATH.search(text), text
    for text in ["https://example.com/home/x", "api/v2/work/items", "~/home/x"]:
        assert not MACHINE_PATH.search(text), text
