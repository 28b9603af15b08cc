"""Diff two resolved OpenAPI 3.0/3.1 documents as seen by a user of the generated Python client.

CLI: ``python scripts/spec_diff.py OLD.json NEW.json [--format text|json|markdown]``.
Library (for ``make update-spec``): ``diff()``, ``bump_kind()``, ``bump_version()``,
``changelog_entry()``.

Every change has a kind: ``breaking`` (code written against the old generated client can fail),
``addition`` (new capability; old code keeps working) or ``patch`` (docs, validation hints, or
changes callers cannot observe). Schema rules are in ``_RULES``: one row per category, giving
the kind when the schema is sent (request) and when it is received (response). Component schemas
are compared once each; the operations that reach them (through ``$ref``s, transitively, in either
document) decide the direction and are named in the change; a component no operation reaches is
judged as if both sent and received. Operations match on method + path with parameter names
blanked, so a renamed path parameter shows as one parameter removed and one added. Python names
follow openapi-python-client 0.29.1 with this project's config (scripts/codegen/config.yaml:
``literal_enums: true``, ``field_prefix: field_``): modules ``api.<first tag>.<operationId>``,
models named by the schema title else key, inline models ``<Parent><Property>``.

Layout: this module is the public API and CLI; ``scripts/spec_model.py`` holds the parsed
document and normalised schema shapes, ``scripts/spec_compare.py`` the comparison and ``_RULES``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal

# Run as a file (python scripts/spec_diff.py): make the `scripts` package importable.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from scripts.spec_compare import _ORDER, BOTH, Change, Kind, _Differ  # noqa: E402
from scripts.spec_model import (  # noqa: E402
    FIELD_PREFIX,
    METHODS,
    SCHEMA_REF,
    Json,
    SpecError,
    _Spec,
    class_name,
    py_name,
)

Bump = Literal["major", "minor", "patch", "none"]

__all__ = [
    "BOTH",
    "FIELD_PREFIX",
    "METHODS",
    "SCHEMA_REF",
    "Bump",
    "Change",
    "Json",
    "Kind",
    "SpecError",
    "bump_kind",
    "bump_version",
    "changelog_entry",
    "class_name",
    "diff",
    "main",
    "py_name",
    "render_sections",
    "render_text",
]


# --------------------------------------------------------------------------- public API


def diff(old: Json, new: Json, *, literal_enums: bool = True) -> list[Change]:
    """All changes from ``old`` to ``new`` (resolved OpenAPI 3.x dicts), most severe first.

    ``literal_enums`` mirrors the generator option (scripts/codegen/config.yaml sets it): enums
    are ``Literal`` aliases checked with TypeError; with False they are Enum classes (ValueError).
    """
    differ = _Differ(_Spec(old), _Spec(new), literal_enums)
    differ.operations()
    differ.components()
    differ.auth()
    unique = dict.fromkeys(differ.changes)
    return sorted(
        unique, key=lambda c: (_ORDER[c.kind], c.category.startswith("doc"), c.location, c.category)
    )


def bump_kind(changes: Iterable[Change]) -> Bump:
    """major if anything breaks, minor for additions, patch for the rest, none if no changes."""
    kinds = {c.kind for c in changes}
    if "breaking" in kinds:
        return "major"
    if "addition" in kinds:
        return "minor"
    return "patch" if kinds else "none"


def bump_version(version: str, kind: Bump) -> str:
    """Plain semver X.Y.Z bump. Pre-1.0 is not special: a breaking change to 0.4.2 gives 1.0.0."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version.strip())
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(g) for g in match.groups())
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    if kind == "patch":
        return f"{major}.{minor}.{patch + 1}"
    if kind == "none":
        return version.strip()
    raise ValueError(f"unknown bump kind {kind!r}")


def _python_names(change: Change) -> str:
    """Suffix for text output: the Python names a change touches."""
    names = []
    if change.model:
        names.append(
            f"`{change.model}.{change.attribute}`" if change.attribute else f"`{change.model}`"
        )
    elif (
        change.functions and " " in change.location and not change.category.startswith("operation.")
    ):
        names.append(f"`{change.functions[0]}`")
        if change.attribute:
            names.append(f"argument `{change.attribute}`")
    return f" (Python: {', '.join(names)})" if names else ""


def _subject(change: Change) -> str:
    """The Python name a change is about: model attribute, function argument or function."""
    if change.model:
        return f"{change.model}.{change.attribute}" if change.attribute else change.model
    if change.functions and " " in change.location:  # an operation-level change
        name = change.functions[-1].rsplit(".", 1)[-1]
        return f"{name}({change.attribute}=...)" if change.attribute else name
    return change.location


def _section_lines(changes: Sequence[Change]) -> Iterator[str]:
    new_models = [c.model for c in changes if c.category == "model.added" and c.model]
    docs = sorted({_subject(c) for c in changes if c.category == "doc.changed"})
    for change in changes:
        if change.category in ("model.added", "doc.changed"):
            continue
        text = change.message[len(change.location) + 2 :]
        where = (
            f" ({change.location})"
            if change.category.startswith(("operation.", "status.", "content_type."))
            else ""
        )
        yield f"- `{_subject(change)}`{where}: {text}"
    if new_models:
        yield "- New models: " + ", ".join(f"`{m}`" for m in new_models)
    if docs:
        yield "- Descriptions updated for: " + ", ".join(f"`{d}`" for d in docs)


def render_sections(changes: Sequence[Change]) -> str:
    """Markdown sections "Breaking changes", "New", "Fixes and docs"."""
    out: list[str] = []
    for title, kind in (
        ("Breaking changes", "breaking"),
        ("New", "addition"),
        ("Fixes and docs", "patch"),
    ):
        group = [c for c in changes if c.kind == kind]
        if group:
            out += [f"### {title}", "", *_section_lines(group), ""]
    return "\n".join(out) if out else "No API changes.\n"


def changelog_entry(
    vendor: str,
    old_version: str,
    new_version: str,
    changes: Sequence[Change],
    date: datetime.date | str,
) -> str:
    """A Markdown changelog entry for one regenerated vendor client."""
    day = date.isoformat() if isinstance(date, datetime.date) else date
    head = (
        f"## {vendor} {new_version} ({day})\n\nRegenerated from an updated API spec "
        f"(previous version {old_version}; {bump_kind(changes)} release).\n\n"
    )
    return head + render_sections(changes)


def render_text(changes: Sequence[Change]) -> str:
    """One line per change, with the Python names affected."""
    lines = [f"[{c.kind}] {c.message}{_python_names(c)}" for c in changes]
    counts = {k: sum(c.kind == k for c in changes) for k in _ORDER}
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    return "\n".join([*lines, f"-- {summary}; bump: {bump_kind(changes)}"]) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument(
        "--enum-classes",
        action="store_true",
        help="classify for Enum classes (generator default) instead of the "
        "project's literal_enums: true",
    )
    args = parser.parse_args(argv)
    try:
        changes = diff(
            json.loads(args.old.read_text()),
            json.loads(args.new.read_text()),
            literal_enums=not args.enum_classes,
        )
    except (OSError, ValueError) as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        payload = {"bump": bump_kind(changes), "changes": [c.to_json() for c in changes]}
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(render_sections(changes))
    else:
        sys.stdout.write(render_text(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
