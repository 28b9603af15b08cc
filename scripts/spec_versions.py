"""The spec each client version was generated from: ``specs/<vendor>/versions.toml``.

One line per released version, ``"<version>" = "<sha256>"``: the sha256 of the resolved spec
(``generated/<vendor>/openapi.json``, the bytes ``scripts.resolve.dumps`` writes) that version
of ``evalclients-<vendor>`` was generated from. ``make update-spec`` appends a line when it bumps
a vendor's ``version`` in specs/vendors.toml; ``make check`` fails when the resolved spec in
generated/ no longer has the hash recorded for the registry's current version, i.e. the spec
changed but the version was not bumped.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

VERSIONS = "versions.toml"
HEADER = """\
# sha256 of the resolved spec (generated/{vendor}/openapi.json) each version of the
# {vendor} client was generated from. Written by `make update-spec`; `make check` fails
# when the resolved spec changed but specs/vendors.toml still names the same version.

[versions]
"""


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, as hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded(folder: Path) -> dict[str, str]:
    """version -> sha256 from ``folder/versions.toml`` ({} when there is no such file)."""
    path = folder / VERSIONS
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    versions: dict[str, str] = data.get("versions", {})
    return versions


def record(folder: Path, vendor: str, version: str, sha256: str) -> None:
    """Add (or replace) the line of ``version`` in ``folder/versions.toml``, keeping the rest."""
    path = folder / VERSIONS
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER.format(vendor=vendor)
    key = json.dumps(version)
    line = f"{key} = {json.dumps(sha256)}"
    lines = text.splitlines()
    for index, existing in enumerate(lines):
        if existing.split("=", 1)[0].strip() == key:
            lines[index] = line
            break
    else:
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def version_problem(vendor: str, version: str, resolved: Path, folder: Path) -> str | None:
    """Why generated/<vendor>/openapi.json is not the spec of ``version``; None if it is."""
    if not resolved.exists():
        return None  # reported by the stamp check
    hashes = recorded(folder)
    fix = f"run `make update-spec VENDOR={vendor}` (SOURCE=... for a new upstream document)"
    if version not in hashes:
        return (
            f"{vendor}: no spec hash recorded for version {version} in "
            f"specs/{vendor}/{VERSIONS} (version edited by hand, or a new vendor); {fix}"
        )
    if hashes[version] != file_sha256(resolved):
        return f"{vendor}: spec changed since {version} but the version was not bumped; {fix}"
    return None
