from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.create_vertex_ai_config_provider import (
    CreateVertexAiConfigProvider,
    check_create_vertex_ai_config_provider,
)
from ..types import Unset

T = TypeVar("T", bound="CreateVertexAiConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "location",
        "project_access_label",
        "project_id",
        "provider",
    }
)


@_attrs_define
class CreateVertexAiConfig:
    """Create config for a Google Vertex AI integration. No credentials are stored: Arize accesses Vertex through the
    configured GCP project. `project_id`, `location`, and `project_access_label` are all required.

        Attributes:
            location (str): GCP region (e.g. us-central1).
            project_access_label (str): Label used to verify Arize's access to the GCP project.
            project_id (str): GCP project ID Arize accesses Vertex through.
            provider (CreateVertexAiConfigProvider): Discriminator identifying the Vertex AI provider.
    """

    location: str | Unset
    project_access_label: str | Unset
    project_id: str | Unset
    provider: CreateVertexAiConfigProvider | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        project_access_label = self.project_access_label

        project_id = self.project_id

        try:
            provider: str = self.provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "project_access_label": project_access_label,
                "project_id": project_id,
                "provider": provider,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            location = d["location"]
            if not (type(location) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            location, _drifted = _keep(cls, d, "location", "str", "type", _drifted)

        try:
            project_access_label = d["project_access_label"]
            if not (type(project_access_label) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_access_label, _drifted = _keep(
                cls, d, "project_access_label", "str", "type", _drifted
            )

        try:
            project_id = d["project_id"]
            if not (type(project_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        try:
            provider = check_create_vertex_ai_config_provider(d["provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of VERTEX_AI", "enum", _drifted)

        _create_vertex_ai_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_vertex_ai_config_.location = location
        _create_vertex_ai_config_.project_access_label = project_access_label
        _create_vertex_ai_config_.project_id = project_id
        _create_vertex_ai_config_.provider = provider
        _create_vertex_ai_config_.additional_properties = {}

        if _extra:
            _create_vertex_ai_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_vertex_ai_config_, _drifted)
        return _create_vertex_ai_config_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
