"""Hatchling metadata hook: the facade's extras are read from the vendor registry.

One extra per vendor of ``specs/vendors.toml`` (``evalclients[<vendor>]``, bounded to the
vendor package's major version) and ``all``; ``dev`` is ``[tool.evalclients] dev`` and
other extras (``parquet``) are ``[tool.evalclients] extras``. Extras
made at build time keep the registry the only list of vendors: adding a vendor touches
nothing outside ``specs/`` (a generated-and-checked copy in pyproject.toml would have to
change with it).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface


def vendor_extras(root: Path) -> dict[str, list[str]]:
    """Extra name -> requirements, from ``root/specs/vendors.toml``."""
    registry = tomllib.loads((root / "specs" / "vendors.toml").read_text(encoding="utf-8"))
    extras: dict[str, list[str]] = {}
    for name, entry in registry["vendors"].items():
        major, minor, _patch = (int(n) for n in entry["version"].split("."))
        extras[name] = [f"{entry['distribution']}>={major}.{minor},<{major + 1}"]
    extras["all"] = [req for reqs in extras.values() for req in reqs]
    return extras


class RegistryExtras(MetadataHookInterface):
    """Fills ``optional-dependencies`` (declared dynamic in pyproject.toml)."""

    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        """Vendor extras, ``all`` and ``dev``."""
        root = Path(self.root)
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
        extras = vendor_extras(root)
        tool = project["tool"]["evalclients"]
        extras.update({name: list(reqs) for name, reqs in tool.get("extras", {}).items()})
        extras["dev"] = list(tool["dev"])
        metadata["optional-dependencies"] = extras
