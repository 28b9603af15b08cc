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
from ..models.gcp_provider_metadata_kind import (
    GcpProviderMetadataKind,
    check_gcp_provider_metadata_kind,
)
from ..types import Unset

T = TypeVar("T", bound="GcpProviderMetadataRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "kind",
        "location",
        "project_access_label",
        "project_id",
    }
)


@_attrs_define
class GcpProviderMetadataRequest:
    """Vertex AI (GCP) provider metadata in a write request (strict form of GcpProviderMetadata).

    Attributes:
        kind (GcpProviderMetadataKind): Discriminator value identifying Vertex AI (GCP) provider metadata.
        location (str): GCP region (e.g. us-central1)
        project_access_label (str): Display label for the project
        project_id (str): GCP project ID
    """

    kind: GcpProviderMetadataKind | Unset
    location: str | Unset
    project_access_label: str | Unset
    project_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            kind: str = self.kind
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            kind = _as_json(self.kind)

        location = self.location

        project_access_label = self.project_access_label

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "location": location,
                "project_access_label": project_access_label,
                "project_id": project_id,
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
            kind = check_gcp_provider_metadata_kind(d["kind"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            kind, _drifted = _keep(cls, d, "kind", "one of GCP", "enum", _drifted)

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

        _gcp_provider_metadata_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _gcp_provider_metadata_request_.kind = kind
        _gcp_provider_metadata_request_.location = location
        _gcp_provider_metadata_request_.project_access_label = project_access_label
        _gcp_provider_metadata_request_.project_id = project_id
        _gcp_provider_metadata_request_.additional_properties = {}

        if _extra:
            _gcp_provider_metadata_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_gcp_provider_metadata_request_, _drifted)
        return _gcp_provider_metadata_request_

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
