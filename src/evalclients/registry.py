"""Vendors as the toolchain describes them: each generated package carries ``_vendor.json``.

Vendors are found by the ``evalclients.vendors`` entry point that each generated package
declares (``evalclients_<vendor>`` is tried first, without scanning), so a new vendor needs
no change here.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from evalclients.errors import ConfigurationError
from evalclients.tolerance import with_other_cases

if TYPE_CHECKING:  # typing_extensions is not imported at run time
    from evalclients._schemas.registry import (
        Auth,
        ClientClasses,
        EvaluationSource,
        ExperimentListing,
        Export,
        Pagination,
        ParamValue,
        Results,
    )

__all__ = [
    "ENTRY_POINT_GROUP",
    "Operation",
    "Vendor",
    "get_vendor",
    "id_form",
    "installed_vendors",
    "param_value",
]

ENTRY_POINT_GROUP = "evalclients.vendors"


@dataclass(frozen=True)
class Operation:
    """One operation the registry names: where its generated module lives and how it pages."""

    name: str
    module_name: str
    method: str
    path: str
    pagination: Pagination | None = None
    retry_post: bool = False
    result: str = ""

    @functools.cached_property
    def module(self) -> ModuleType:
        """The generated endpoint module (imported on first use)."""
        return importlib.import_module(self.module_name)


@dataclass(frozen=True)
class Vendor:
    """A vendor's registry entry, as shipped inside its generated package."""

    name: str
    display_name: str
    package: str
    distribution: str
    version: str
    base_url: str
    api_key_env: str
    auth: Auth
    base_url_env: str | None = None
    region_url: str | None = None
    regions: tuple[str, ...] = ()
    not_found_hint: str | None = None
    path_prefix: str = ""
    field_case: tuple[str, ...] = ()
    operations: dict[str, Operation] = field(default_factory=dict)
    results: Results | None = None
    """Where an experiment's runs and their evaluations come from (evalclients.results)."""
    client: ClientClasses | None = None
    experiments: ExperimentListing | None = None
    export: Export | None = None
    more_exports: tuple[Export, ...] = ()
    """Run listings for other id forms (``export`` first; see ``export_for``)."""

    def export_for(self, experiment_id: str) -> Export | None:
        """The export source for an id: the first of ``export`` and ``more_exports`` whose
        ``id_pattern`` matches the whole id (or that has none); None if the vendor has none.

        ``ValueError`` names the id forms accepted when none matches.
        """
        sources = [s for s in (self.export, *self.more_exports) if s is not None]
        for source in sources:
            pattern = source.get("id_pattern")
            if pattern is None or re.fullmatch(pattern, experiment_id):
                return source
        if not sources:
            return None
        forms = " or ".join(id_form(s) for s in sources)
        raise ValueError(f"the id must be {forms}, got {experiment_id!r}")

    def evaluations_for(self, source: Export) -> EvaluationSource | None:
        """Where the runs of an export source get their evaluations: the source's own
        ``evaluations``, else the vendor's ``results`` (None: the registry declares none)."""
        own = source.get("evaluations")
        if own is not None:
            return own
        return None if self.results is None else self.results["evaluations"]

    def operation(self, name: str) -> Operation:
        """The registry operation ``name`` (generated Python name)."""
        try:
            return self.operations[name]
        except KeyError:
            known = ", ".join(sorted(self.operations))
            raise ConfigurationError(
                f"{self.display_name} has no registry operation {name!r}; known: {known}"
            ) from None

    @functools.cached_property
    def package_module(self) -> ModuleType:
        """The generated package."""
        return importlib.import_module(self.package)

    @functools.cached_property
    def drift_module(self) -> ModuleType | None:
        """The generated package's ``drift`` module (None for a package generated before it)."""
        try:
            return importlib.import_module(f"{self.package}.drift")
        except ModuleNotFoundError:
            return None


_CASED_PATHS = ("items", "next_cursor", "has_more", "next_url")


def _cased(pagination: Any, cases: tuple[str, ...]) -> Any:
    """The registry's item/cursor paths, each also in the vendor's other casing."""
    if not pagination or len(cases) < 2:
        return pagination
    out = dict(pagination)
    for key in _CASED_PATHS:
        if key in out:
            out[key] = with_other_cases(out[key], cases)
    return out


def _from_json(data: dict[str, Any]) -> Vendor:
    cases = tuple(data.get("field_case", ()))
    ops = {
        name: Operation(
            name=name,
            module_name=op["module"],
            method=op["method"],
            path=op["path"],
            pagination=_cased(op.get("pagination"), cases),
            retry_post=bool(op.get("retry_post", False)),
            result=op.get("result", ""),
        )
        for name, op in data["operations"].items()
    }
    return Vendor(
        name=data["vendor"],
        display_name=data["display_name"],
        package=data["package"],
        distribution=data["distribution"],
        version=data["version"],
        base_url=data["base_url"],
        api_key_env=data["api_key_env"],
        auth=data["auth"],
        base_url_env=data.get("base_url_env"),
        region_url=data.get("region_url"),
        regions=tuple(data.get("regions", ())),
        not_found_hint=data.get("not_found_hint"),
        path_prefix=data.get("path_prefix", ""),
        field_case=cases,
        operations=ops,
        results=data.get("results"),
        client=data.get("client"),
        experiments=data.get("experiments"),
        export=data.get("export"),
        more_exports=tuple(data.get("more_exports", ())),
    )


def _read(package: str) -> Vendor:
    """The registry entry shipped as ``<package>/_vendor.json``, read without importing the
    package (its ``__init__`` imports the generated client; the first call imports it)."""
    from importlib.util import find_spec  # importlib.resources/metadata: only as fallbacks

    spec = find_spec(package)
    if spec is None:
        raise ModuleNotFoundError(f"No module named {package!r}", name=package)
    for location in spec.submodule_search_locations or ():
        try:
            with open(os.path.join(location, "_vendor.json"), encoding="utf-8") as file:
                return _from_json(json.load(file))
        except FileNotFoundError:
            continue
    from importlib import resources  # a zipped or otherwise unusual install

    text = resources.files(package).joinpath("_vendor.json").read_text(encoding="utf-8")
    return _from_json(json.loads(text))


def installed_vendors() -> dict[str, str]:
    """Vendor name → package name for every installed vendor package."""
    from importlib import metadata

    return {ep.name: ep.value for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}


@functools.cache
def get_vendor(name: str) -> Vendor:
    """Load a vendor's registry entry; a clear error if its package is not installed."""
    try:
        return _read(f"evalclients_{name}")
    except ModuleNotFoundError:
        pass
    installed = installed_vendors()  # scans every distribution: only for other package names
    package = installed.get(name)
    if package is None:
        raise ConfigurationError(
            f"unknown or uninstalled vendor {name!r}: pip install 'evalclients[{name}]'"
            f" (installed: {', '.join(sorted(installed)) or 'none'})"
        )
    return _read(package)


def named_client(name: str) -> type | None:
    """The class ``name`` that an installed vendor's registry entry declares (or None).

    Only a name that looks like a class is looked up, so ``hasattr(evalclients, "x")``
    and introspection stay cheap.
    """
    if not name[:1].isupper():
        return None
    # A class named after its vendor (``<Vendor>``, ``Async<Vendor>``) is found without the
    # entry-point scan, which reads every installed distribution's metadata.
    from importlib.util import find_spec

    guess = name.removeprefix("Async").lower()
    if guess.isidentifier() and find_spec(f"evalclients_{guess}") is not None:
        found = _declared_class(guess, name)
        if found is not None:
            return found
    for vendor in sorted(installed_vendors()):
        found = _declared_class(vendor, name)
        if found is not None:
            return found
    return None


def _declared_class(vendor: str, name: str) -> type | None:
    """The class ``name`` if the installed ``vendor``'s registry entry declares it."""
    try:
        entry = get_vendor(vendor)
    except ConfigurationError:
        return None
    classes = entry.client
    if classes and name in (classes["class_name"], classes["async_class_name"]):
        found: type = getattr(importlib.import_module(entry.package), name)
        return found
    return None


def param_name(name: str) -> str:
    """The generated code's Python name of a spec parameter the registry names.

    The registry names parameters as the spec does (``make regenerate`` checks them there);
    the generator snake_cases them (``datasetId`` -> ``dataset_id``).
    """
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name))
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def id_form(source: Export) -> str:
    """How an id of this export source is written: ``<experimentId>``, ``<a>/<b>``."""
    names = source.get("id_params") or [source["id_param"]]
    return source.get("id_separator", "/").join(f"<{n}>" for n in names)


def param_value(value: ParamValue) -> Any:
    """A registry parameter value as the generated code takes it (``{datetime = ...}``:
    a ``datetime``, which it sends as ISO 8601)."""
    if isinstance(value, dict):
        from datetime import datetime

        return datetime.fromisoformat(value["datetime"])
    return value
