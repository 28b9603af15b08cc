"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI description.

Targets use a small, documented JSONPath subset: ``$``, ``.name``, ``['name']``,
``["name"]``, ``[*]`` and ``.*``. ``update`` deep-merges (mappings merged, sequences
appended, scalars replaced); ``remove: true`` deletes the targeted nodes. A target that
matches nothing is an error: the correction no longer applies upstream.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(
    r"""\.(?P<name>[A-Za-z0-9_\-$]+)      # .name
      | \.\*                               # .*
      | \[\*\]                             # [*]
      | \['(?P<sq>(?:[^'\\]|\\.)*)'\]      # ['name']
      | \["(?P<dq>(?:[^"\\]|\\.)*)"\]      # ["name"]
    """,
    re.VERBOSE,
)
WILDCARD = object()


class OverlayError(ValueError):
    """An overlay is malformed or one of its corrections no longer applies."""


@dataclass
class OverlayReport:
    """What applying an overlay did, action by action."""

    applied: list[str] = field(default_factory=list)
    redundant: list[str] = field(default_factory=list)


def parse_target(target: str) -> list[object]:
    """Split a JSONPath target into keys (str) and WILDCARD markers."""
    if not target.startswith("$"):
        raise OverlayError(f"target must start with '$': {target!r}")
    steps: list[object] = []
    pos = 1
    while pos < len(target):
        match = _TOKEN.match(target, pos)
        if match is None:
            raise OverlayError(f"unsupported JSONPath at {target[pos:]!r} in {target!r}")
        if match.group("name") is not None:
            steps.append(match.group("name"))
        elif match.group("sq") is not None:
            steps.append(re.sub(r"\\(.)", r"\1", match.group("sq")))
        elif match.group("dq") is not None:
            steps.append(re.sub(r"\\(.)", r"\1", match.group("dq")))
        else:
            steps.append(WILDCARD)
        pos = match.end()
    return steps


def _children(node: Any) -> list[tuple[Any, Any]]:
    if isinstance(node, dict):
        return list(node.items())
    if isinstance(node, list):
        return list(enumerate(node))
    return []


def select(doc: Any, target: str) -> list[tuple[Any, Any]]:
    """Return (parent, key) pairs for every node the target matches (``$`` → (None, None))."""
    current: list[tuple[Any, Any, Any]] = [(None, None, doc)]
    for step in parse_target(target):
        nxt: list[tuple[Any, Any, Any]] = []
        for _parent, _key, node in current:
            if step is WILDCARD:
                nxt.extend((node, key, child) for key, child in _children(node))
            elif isinstance(node, dict) and step in node:
                nxt.append((node, step, node[step]))
        current = nxt
    return [(parent, key) for parent, key, _node in current]


def merge(base: Any, update: Any) -> Any:
    """Deep-merge ``update`` into ``base`` as Overlay 1.0 defines it; returns the result."""
    if isinstance(base, dict) and isinstance(update, dict):
        for key, value in update.items():
            base[key] = merge(base[key], value) if key in base else copy.deepcopy(value)
        return base
    if isinstance(base, list) and isinstance(update, list):
        base.extend(copy.deepcopy(update))
        return base
    return copy.deepcopy(update)


def _already_holds(node: Any, update: Any) -> bool:
    """True when merging ``update`` would change nothing (upstream now agrees)."""
    if isinstance(node, dict) and isinstance(update, dict):
        return all(k in node and _already_holds(node[k], v) for k, v in update.items())
    if isinstance(update, list):
        return False
    return bool(node == update)


def apply_overlay(
    doc: dict[str, Any], overlay: dict[str, Any]
) -> tuple[dict[str, Any], OverlayReport]:
    """Apply every action of ``overlay`` to a deep copy of ``doc``."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an OpenAPI Overlay 1.x document (missing 'overlay: 1.0.0')")
    result = copy.deepcopy(doc)
    report = OverlayReport()
    for index, action in enumerate(overlay.get("actions") or []):
        target = action.get("target")
        label = f"action {index + 1} ({target})"
        if not isinstance(target, str):
            raise OverlayError(f"{label}: 'target' is required")
        matches = select(result, target)
        if not matches:
            raise OverlayError(f"{label}: correction no longer applies, target matches nothing")
        if action.get("remove") is True:
            for parent, key in reversed(matches):
                if parent is None:
                    raise OverlayError(f"{label}: cannot remove the document root")
                del parent[key]
        elif "update" in action:
            for parent, key in matches:
                node = result if parent is None else parent[key]
                if _already_holds(node, action["update"]):
                    report.redundant.append(label)
                if parent is None:
                    merge(result, action["update"])
                else:
                    parent[key] = merge(node, action["update"])
        else:
            raise OverlayError(f"{label}: needs 'update' or 'remove: true'")
        report.applied.append(label)
    return result, report
