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
from ..models.vertex_ai_config_provider import (
    VertexAiConfigProvider,
    check_vertex_ai_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VertexAiConfig")
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
class VertexAiConfig:
    """Config for a Google Vertex AI integration. Vertex stores no credentials: Arize accesses Vertex through the
    configured GCP project. All fields are returned on read.

        Attributes:
            location (str | Unset): GCP region (e.g. us-central1).
            project_access_label (str | Unset): Label used to verify Arize's access to the GCP project.
            project_id (str | Unset): GCP project ID Arize accesses Vertex through.
            provider (VertexAiConfigProvider | Unset): Discriminator identifying the Vertex AI provider.
    """

    location: str | Unset = UNSET
    project_access_label: str | Unset = UNSET
    project_id: str | Unset = UNSET
    provider: VertexAiConfigProvider | Unset = UNSET
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
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if project_access_label is not UNSET:
            field_dict["project_access_label"] = project_access_label
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if provider is not UNSET:
            field_dict["provider"] = provider

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
            location = d.get("location", UNSET)
            if not (type(location) is str or location is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            location, _drifted = _keep(cls, d, "location", "str", "type", _drifted)

        try:
            project_access_label = d.get("project_access_label", UNSET)
            if not (type(project_access_label) is str or project_access_label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_access_label, _drifted = _keep(
                cls, d, "project_access_label", "str", "type", _drifted
            )

        try:
            project_id = d.get("project_id", UNSET)
            if not (type(project_id) is str or project_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: VertexAiConfigProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_vertex_ai_config_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of VERTEX_AI", "enum", _drifted)

        _vertex_ai_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _vertex_ai_config_.location = location
        _vertex_ai_config_.project_access_label = project_access_label
        _vertex_ai_config_.project_id = project_id
        _vertex_ai_config_.provider = provider
        _vertex_ai_config_.additional_properties = {}

        if _extra:
            _vertex_ai_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_vertex_ai_config_, _drifted)
        return _vertex_ai_config_

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
