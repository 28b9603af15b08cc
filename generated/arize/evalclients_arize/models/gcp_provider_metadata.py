from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gcp_provider_metadata_kind import (
    GcpProviderMetadataKind,
    check_gcp_provider_metadata_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GcpProviderMetadata")
_FIELDS = frozenset(
    {
        "kind",
        "location",
        "project_access_label",
        "project_id",
    }
)


@_attrs_define
class GcpProviderMetadata:
    """Vertex AI (GCP) provider metadata

    Attributes:
        kind (GcpProviderMetadataKind | Unset): Discriminator value identifying Vertex AI (GCP) provider metadata.
        location (str | Unset): GCP region (e.g. us-central1)
        project_access_label (str | Unset): Display label for the project
        project_id (str | Unset): GCP project ID
    """

    kind: GcpProviderMetadataKind | Unset = UNSET
    location: str | Unset = UNSET
    project_access_label: str | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        location = self.location

        project_access_label = self.project_access_label

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if location is not UNSET:
            field_dict["location"] = location
        if project_access_label is not UNSET:
            field_dict["project_access_label"] = project_access_label
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _kind = d.get("kind", UNSET)
        kind: GcpProviderMetadataKind | Unset
        if _kind is UNSET:
            kind = UNSET
        else:
            kind = check_gcp_provider_metadata_kind(_kind)

        location = d.get("location", UNSET)

        project_access_label = d.get("project_access_label", UNSET)

        project_id = d.get("project_id", UNSET)

        gcp_provider_metadata = cls(
            kind,
            location,
            project_access_label,
            project_id,
        )

        if not d.keys() <= _FIELDS:
            gcp_provider_metadata.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return gcp_provider_metadata

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
