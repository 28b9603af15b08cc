"""Take a new upstream spec for one vendor: diff, version bump, changelog, regeneration.

Usage:
  python -m scripts.update_spec update VENDOR [--source SOURCE] [--name FILE] [--commit SHA]
  python -m scripts.update_spec diff VENDOR [--source SOURCE]

``update`` (``make update-spec``):

1. reads SOURCE: a file path or URL (stored byte for byte); for Phoenix also a running server
   (``http://host:port``: GET /openapi.json, stored as ``json.dumps(doc, indent=2)``) or an
   installed package (``package:<python or venv>``: the ``get_openapi_schema()`` call Phoenix's
   CI uses, same serialisation, which reproduces the committed 20.26.1 file byte for byte);
   ``pypi:NAME==VERSION`` stores a release's wheel as published (Arize AX: its generated
   client is the upstream, read by scripts/arize_py_to_openapi.py).
   Without SOURCE the current upstream is re-resolved (after an overlay edit, say);
2. resolves it with the vendor's filter and overlay. An overlay action whose target vanished
   fails, naming the action, before anything is written; an action upstream now agrees with
   (``OverlayReport.redundant``) is a warning;
3. diffs the resolved spec of the current version (generated/<vendor>/openapi.json) against the
   new one (scripts/spec_diff.py) and bumps ``version`` in specs/vendors.toml: breaking ->
   major, additions -> minor, anything else -> patch; an identical resolved spec -> no bump.
   A resolved spec that changed only where the client cannot see it is a patch release too,
   since the published package changes;
4. writes the new upstream as specs/<vendor>/<name> (name: --name, else ``openapi-<version>.json``
   for a Phoenix server or package, else the source's own file name), removes the old file
   (never a ``[cross_check]`` file of provenance.toml), updates ``upstream`` in the registry
   and source/url/file/sha256/retrieved in provenance.toml
   (``commit`` only with --commit; a stale commit is dropped), records the new version's spec
   hash in specs/<vendor>/versions.toml (see scripts/spec_versions.py) and prepends a dated
   entry to generated/<vendor>/CHANGELOG.md;
5. regenerates generated/<vendor>/. If that fails every file written above is restored.

``diff`` (``make spec-diff``) prints step 3's report and writes nothing.

Paths are those of scripts/registry.py (the folder above scripts/), so a copy of scripts/,
specs/ and generated/ elsewhere works on itself: that is how the tests run it.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from scripts import spec_diff, spec_versions
from scripts.overlay import OverlayError
from scripts.registry import GENERATED, REGISTRY, ROOT, load_registry, vendor_dir
from scripts.resolve import Resolved, SpecError, dumps, resolve

CHANGELOG = "CHANGELOG.md"
RESERVED = ("overlay.yaml", "provenance.toml", spec_versions.VERSIONS)
PHOENIX_SCHEMA = """\
import importlib.metadata, json, sys
from phoenix.server.api.openapi.schema import get_openapi_schema
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write(json.dumps(get_openapi_schema(), indent=2))
print(importlib.metadata.version("arize-phoenix"))
"""


class UpdateError(RuntimeError):
    """The update cannot go ahead; nothing was changed."""


@dataclass
class Fetched:
    """A new upstream document and where it came from."""

    data: bytes
    name: str
    source: str
    url: str | None = None


@dataclass
class Plan:
    """What an update would do."""

    vendor: str
    old_version: str
    new_version: str
    bump: spec_diff.Bump
    changes: list[spec_diff.Change]
    resolved: Resolved
    text: str  # dumps(resolved.document)
    changed: bool  # the resolved spec differs from the current version's
    warnings: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- sources


def _http_get(url: str, accept: str = "*/*") -> bytes:
    headers = {"Accept": accept, "User-Agent": "evalclients-update-spec"}
    key = os.environ.get("PHOENIX_API_KEY")
    if key and urllib.parse.urlsplit(url).hostname in ("localhost", "127.0.0.1", "::1"):
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            body: bytes = response.read()
    except OSError as exc:
        raise UpdateError(f"cannot read {url}: {exc}") from None
    return body


def _phoenix_package(spec: str) -> Fetched:
    python = Path(spec).expanduser()
    if python.is_dir():
        python = python / "bin" / "python"
    if not python.exists():
        raise UpdateError(f"package source: no Python interpreter at {python}")
    with tempfile.TemporaryDirectory(prefix="evalclients-phoenix-spec-") as tmp:
        out = Path(tmp) / "openapi.json"
        proc = subprocess.run(
            [str(python), "-c", PHOENIX_SCHEMA, str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            raise UpdateError(f"{python}: get_openapi_schema() failed:\n{proc.stderr[-2000:]}")
        data = out.read_bytes()
    version = proc.stdout.strip().splitlines()[-1]
    return Fetched(
        data,
        f"openapi-{version}.json",
        f"PyPI package arize-phoenix {version}: "
        "phoenix.server.api.openapi.schema.get_openapi_schema()",
        f"https://pypi.org/project/arize-phoenix/{version}/",
    )


def _phoenix_server(url: str) -> Fetched:
    base = url.rstrip("/")
    try:
        doc = json.loads(_http_get(f"{base}/openapi.json", "application/json"))
    except ValueError as exc:
        raise UpdateError(f"{base}/openapi.json: not JSON ({exc})") from None
    version = _http_get(f"{base}/arize_phoenix_version").decode().strip()
    if not re.fullmatch(r"[0-9A-Za-z.+-]+", version):
        raise UpdateError(f"{base}/arize_phoenix_version answered {version[:80]!r}")
    return Fetched(
        json.dumps(doc, indent=2).encode(),
        f"openapi-{version}.json",
        f"running Arize Phoenix {version} server: GET /openapi.json (re-serialised, indent 2)",
    )


def _pypi(spec: str) -> Fetched:
    """``pypi:NAME==VERSION``: the release's pure-Python wheel, fetched with ``pip download``
    into .cache/pypi/ (a vendor whose upstream is a generated client inside a wheel)."""
    match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9A-Za-z.+!-]+)", spec)
    if match is None:
        raise UpdateError(f"pypi source: want pypi:NAME==VERSION, got pypi:{spec}")
    dist, version = match.groups()
    cache = ROOT / ".cache" / "pypi"
    cache.mkdir(parents=True, exist_ok=True)
    wheel = f"{re.sub(r'[-.]+', '_', dist).lower()}-{version}-py3-none-any.whl"
    if not (cache / wheel).exists():
        proc = subprocess.run(
            [
                *(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"),
                *("--only-binary=:all:", "--dest", str(cache), f"{dist}=={version}"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not (cache / wheel).exists():
            raise UpdateError(f"pip download {dist}=={version} failed:\n{proc.stderr[-2000:]}")
    return Fetched(
        (cache / wheel).read_bytes(),
        wheel,
        f"PyPI package {dist} {version} (wheel {wheel}, as published)",
        f"https://pypi.org/project/{dist}/{version}/",
    )


def fetch(vendor: str, source: str) -> Fetched:
    """Read SOURCE: a path, a URL, ``pypi:NAME==VERSION`` (a wheel), or (Phoenix) a server
    root URL or ``package:<python>``."""
    if source.startswith("pypi:"):
        return _pypi(source.removeprefix("pypi:"))
    if source.startswith("package:"):
        if vendor != "phoenix":
            raise UpdateError("package: sources exist for phoenix only")
        return _phoenix_package(source.removeprefix("package:"))
    parts = urllib.parse.urlsplit(source)
    if parts.scheme in ("http", "https"):
        if vendor == "phoenix" and parts.path in ("", "/"):
            return _phoenix_server(source)
        name = Path(urllib.parse.unquote(parts.path)).name
        return Fetched(_http_get(source), name, f"download of {source}", source)
    path = Path(source).expanduser()
    if not path.is_file():
        raise UpdateError(f"no such file: {source}")
    return Fetched(path.read_bytes(), path.name, f"file {path.name} (make update-spec)")


def _cross_checks(folder: Path) -> set[str]:
    """Files provenance.toml keeps as cross-checks (``[cross_check] file = ...``): an older
    rendering that tests compare the upstream with, so an update never removes them."""
    path = folder / "provenance.toml"
    if not path.exists():
        return set()
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("cross_check", {})
    return {table["file"]} if isinstance(table, dict) and "file" in table else set()


def _check_name(vendor: str, entry: dict[str, Any], name: str) -> None:
    suffixes = {"openapi-typescript": (".ts",), "openapi-generator-python": (".whl",)}.get(
        entry["upstream_format"], (".json", ".yaml")
    )
    if (
        "/" in name
        or name.startswith(".")
        or name in RESERVED
        or not name.endswith((*suffixes, ".yml"))
    ):
        raise UpdateError(
            f"{vendor}: {name!r} cannot be the upstream file name "
            f"(want a plain name ending in {' or '.join(suffixes)}; set NAME=...)"
        )


# ----------------------------------------------------------------------------- text edits


def _table_span(text: str, table: str) -> tuple[int, int]:
    match = re.search(rf"(?m)^\[{re.escape(table)}\][ \t]*$", text)
    if match is None:
        raise UpdateError(f"no [{table}] table in {REGISTRY.name}")
    following = re.compile(r"(?m)^\[").search(text, match.end())
    return match.end(), following.start() if following else len(text)


def set_key(text: str, key: str, value: str | None, table: str | None = None) -> str:
    """Set (or with None remove) a one-line ``key = "..."`` in ``table`` (None: top level)."""
    if table is None:
        first = re.compile(r"(?m)^\[").search(text)
        start, end = 0, first.start() if first else len(text)
    else:
        start, end = _table_span(text, table)
    body = text[start:end]
    line = re.compile(rf'(?m)^{re.escape(key)}[ \t]*=[ \t]*"[^"\n]*"[ \t]*(#.*)?\n')
    found = line.search(body)
    new = "" if value is None else f"{key} = {json.dumps(value, ensure_ascii=False)}\n"
    if found:
        body = body[: found.start()] + new + body[found.end() :]
    elif value is not None:
        notes = re.search(r"(?m)^notes[ \t]*=", body)
        at = notes.start() if notes else len(body.rstrip("\n")) + 1
        body = body[:at] + new + body[at:]
    result = text[:start] + body + text[end:]
    tomllib.loads(result)  # the edit kept the file valid TOML
    return result


def add_changelog_entry(path: Path, distribution: str, entry: str) -> None:
    """Prepend ``entry`` to the changelog (newest first), creating it with a title."""
    head = f"# Changelog: {distribution}\n\nNewest first; written by `make update-spec`.\n\n"
    text = path.read_text(encoding="utf-8") if path.exists() else head
    first = re.search(r"(?m)^## ", text)
    at = first.start() if first else len(text)
    path.write_text(text[:at] + entry.rstrip("\n") + "\n\n" + text[at:], encoding="utf-8")


class _Undo:
    """Remembers files before they are written so that a failure can put them back."""

    def __init__(self) -> None:
        self.saved: dict[Path, tuple[bytes, int] | None] = {}

    def save(self, path: Path) -> None:
        if path not in self.saved:
            self.saved[path] = (path.read_bytes(), path.stat().st_mode) if path.exists() else None

    def write(self, path: Path, data: bytes, mode: int | None = None) -> None:
        self.save(path)
        path.unlink(missing_ok=True)  # upstream files are read-only
        path.write_bytes(data)
        if mode is not None:
            path.chmod(mode)

    def remove(self, path: Path) -> None:
        self.save(path)
        path.unlink(missing_ok=True)

    def restore(self) -> None:
        for path, saved in self.saved.items():
            path.unlink(missing_ok=True)
            if saved is not None:
                path.write_bytes(saved[0])
                path.chmod(saved[1])


# ----------------------------------------------------------------------------- the workflow


def _git_show(relative: str) -> bytes | None:
    proc = subprocess.run(
        ["git", "show", f"HEAD:{relative}"], cwd=ROOT, capture_output=True, check=False
    )
    return proc.stdout if proc.returncode == 0 else None


def baseline(vendor: str, version: str) -> str:
    """The resolved spec of ``version``: generated/<vendor>/openapi.json or, if that was
    regenerated since, the committed one (git HEAD), checked against versions.toml."""
    current = GENERATED / vendor / "openapi.json"
    hashes = spec_versions.recorded(vendor_dir(vendor))
    if not current.exists():
        raise UpdateError(f"{vendor}: generated/{vendor} is missing; run `make regenerate` first")
    if not hashes:  # a new vendor: generated/ is its first version
        return current.read_text(encoding="utf-8")
    want = hashes.get(version)
    if want is None:
        latest = list(hashes)[-1]
        raise UpdateError(
            f"{vendor}: version {version} in {REGISTRY.name} has no recorded spec in "
            f"specs/{vendor}/{spec_versions.VERSIONS} (edited by hand?); set it back to "
            f"{latest} and rerun: update-spec bumps it"
        )
    if spec_versions.file_sha256(current) == want:
        return current.read_text(encoding="utf-8")
    committed = _git_show(f"generated/{vendor}/openapi.json")
    if committed is not None and hashlib.sha256(committed).hexdigest() == want:
        return committed.decode("utf-8")
    raise UpdateError(
        f"{vendor}: generated/{vendor}/openapi.json is not the spec of {version} (regenerated "
        f"without update-spec?) and git HEAD does not have it either; check out the "
        f"generated/{vendor} of {version} and rerun"
    )


def plan(vendor: str, upstream: Path | None = None) -> Plan:
    """Resolve the new spec and classify it against the current version; writes nothing."""
    entry = load_registry()[vendor]
    try:
        resolved = resolve(vendor, upstream)
    except OverlayError as exc:
        raise UpdateError(
            f"{vendor}: specs/{vendor}/overlay.yaml does not fit the new spec: {exc}. "
            "Update or delete that action, then rerun"
        ) from None
    except SpecError as exc:
        raise UpdateError(str(exc)) from None
    from scripts.regenerate import operations

    missing = sorted(set(entry["operations"]) - set(operations(resolved.document)))
    if missing:
        raise UpdateError(
            f"{vendor}: the new spec lacks operations the registry names: {missing}; "
            f"remove them from [vendors.{vendor}.operations.*] or fix the overlay"
        )
    old_text = baseline(vendor, entry["version"])
    text = dumps(resolved.document)
    changes = spec_diff.diff(json.loads(old_text), resolved.document)
    bump = spec_diff.bump_kind(changes)
    changed = text != old_text
    if changed and bump == "none":
        bump = "patch"  # nothing the client exposes changed, but the package does
    warnings = [
        f"{vendor}: overlay {label} is redundant, the upstream already says this; consider "
        f"removing it from specs/{vendor}/overlay.yaml"
        for label in resolved.overlay.redundant
    ]
    new_version = spec_diff.bump_version(entry["version"], bump)
    return Plan(
        vendor, entry["version"], new_version, bump, changes, resolved, text, changed, warnings
    )


def _changelog(p: Plan, day: str) -> str:
    entry = spec_diff.changelog_entry(p.vendor, p.old_version, p.new_version, p.changes, day)
    if not p.changes:
        entry = entry.replace("; none release)", "; patch release)").replace(
            "No API changes.",
            "No API changes: the resolved spec changed only where the client cannot see it.",
        )
    return entry


def _facade_range_warning(vendor: str, distribution: str, version: str) -> str | None:
    from packaging.specifiers import SpecifierSet

    try:
        extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    except OSError:
        return None
    for deps in extras.get("project", {}).get("optional-dependencies", {}).values():
        for dep in deps:
            if dep.startswith(distribution) and not dep[len(distribution) :][:1].isalnum():
                spec = SpecifierSet(dep[len(distribution) :])
                if version not in spec:
                    return (
                        f"{vendor}: {distribution} {version} is outside the facade's extra "
                        f"{dep!r} (pyproject.toml); widen it before publishing"
                    )
    return None


def _regenerate(vendor: str, resolved: Resolved) -> str:
    """``regenerate_vendor`` with the just-written specs, reusing ``plan``'s resolution.

    ``build_vendor`` would resolve the files written a moment ago again (the same upstream
    bytes, overlay and filter: the same document), which is half the time of an update of
    Phoenix; the registry is re-read, so the package gets the new version.
    """
    from scripts import regenerate

    def resolved_again(name: str, upstream: Path | None = None) -> Resolved:
        return resolved if (name, upstream) == (vendor, None) else resolve(name, upstream)

    with mock.patch.object(regenerate, "resolve", resolved_again):
        return regenerate.regenerate_vendor(vendor, load_registry()[vendor])


def update(
    vendor: str,
    source: str | None,
    *,
    name: str | None = None,
    commit: str | None = None,
    date: str | None = None,
) -> int:
    """The whole workflow; prints its report and returns an exit code."""
    started = time.perf_counter()
    registry = load_registry()
    if vendor not in registry:
        raise UpdateError(f"unknown vendor {vendor!r}; known: {', '.join(registry)}")
    entry = registry[vendor]
    folder = vendor_dir(vendor)
    day = date or datetime.date.today().isoformat()
    fetched = fetch(vendor, source) if source else None
    with tempfile.TemporaryDirectory(prefix=f"evalclients-update-{vendor}-") as tmp:
        staged: Path | None = None
        if fetched is not None:
            name = name or fetched.name
            _check_name(vendor, entry, name)
            staged = Path(tmp) / name
            staged.write_bytes(fetched.data)
        p = plan(vendor, staged)
    for warning in p.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(spec_diff.render_text(p.changes), end="")
    current = folder / entry["upstream"]
    same_upstream = fetched is None or (
        name == entry["upstream"] and current.read_bytes() == fetched.data
    )
    has_record = bool(spec_versions.recorded(folder))
    if same_upstream and not p.changed and has_record:
        print(f"{vendor}: nothing to do ({entry['version']} is up to date)")
        return 0
    undo = _Undo()
    try:
        registry_before = registry_text = REGISTRY.read_text(encoding="utf-8")
        if fetched is not None and name is not None and not same_upstream:
            undo.write(folder / name, fetched.data, 0o444)
            if name != entry["upstream"]:
                if current.name not in _cross_checks(folder):
                    undo.remove(current)
                registry_text = set_key(registry_text, "upstream", name, f"vendors.{vendor}")
            provenance = folder / "provenance.toml"
            text = provenance.read_text(encoding="utf-8")
            values = {
                "source": fetched.source,
                "url": fetched.url,
                "commit": commit,
                "file": name,
                "sha256": hashlib.sha256(fetched.data).hexdigest(),
                "retrieved": day,
            }
            for key, value in values.items():
                text = set_key(text, key, value)
            undo.write(provenance, text.encode())
        if p.new_version != p.old_version:
            registry_text = set_key(registry_text, "version", p.new_version, f"vendors.{vendor}")
            changelog = GENERATED / vendor / CHANGELOG
            undo.save(changelog)
            add_changelog_entry(changelog, entry["distribution"], _changelog(p, day))
        if registry_text != registry_before:
            undo.write(REGISTRY, registry_text.encode())
        undo.save(folder / spec_versions.VERSIONS)
        digest = hashlib.sha256(p.text.encode()).hexdigest()
        spec_versions.record(folder, vendor, p.new_version, digest)
        print(_regenerate(vendor, p.resolved))
    except BaseException:
        undo.restore()
        print(f"{vendor}: update failed; specs/ and generated/ restored", file=sys.stderr)
        raise
    if p.new_version != p.old_version:
        print(f"{vendor}: {p.old_version} -> {p.new_version} ({p.bump} release)")
        problem = _facade_range_warning(vendor, entry["distribution"], p.new_version)
        if problem:
            print(f"warning: {problem}", file=sys.stderr)
    print(f"{vendor}: done in {time.perf_counter() - started:.1f}s")
    return 0


def show_diff(vendor: str, source: str | None) -> int:
    """Print the change report of the current (or SOURCE) spec against the current version."""
    if vendor not in load_registry():
        raise UpdateError(f"unknown vendor {vendor!r}")
    with tempfile.TemporaryDirectory(prefix=f"evalclients-diff-{vendor}-") as tmp:
        staged = None
        if source:
            fetched = fetch(vendor, source)
            staged = Path(tmp) / fetched.name
            staged.write_bytes(fetched.data)
        p = plan(vendor, staged)
    for warning in p.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(spec_diff.render_text(p.changes), end="")
    if p.changed and not p.changes:
        print("(the resolved spec changed where the client cannot see it: a patch release)")
    if p.changed:
        print(f"{vendor}: {p.old_version} -> {p.new_version} ({p.bump} release)")
    else:
        print(f"{vendor}: no changes against {p.old_version}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("update", "diff"))
    parser.add_argument("vendor")
    parser.add_argument("--source", help="path, URL, Phoenix server URL or package:<python>")
    parser.add_argument("--name", help="file name for the new upstream in specs/<vendor>/")
    parser.add_argument("--commit", help="upstream commit to record in provenance.toml")
    parser.add_argument("--date", help="date for provenance and changelog (default: today)")
    args = parser.parse_args(argv)
    try:
        if args.command == "diff":
            return show_diff(args.vendor, args.source or None)
        return update(
            args.vendor, args.source or None, name=args.name, commit=args.commit, date=args.date
        )
    except (UpdateError, SpecError, ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
