from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gcp_provider_metadata_kind import (
    GcpProviderMetadataKind,
    check_gcp_provider_metadata_kind,
)

T = TypeVar("T", bound="GcpProviderMetadataRequest")
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

    kind: GcpProviderMetadataKind
    location: str
    project_access_label: str
    project_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        kind = check_gcp_provider_metadata_kind(d["kind"])

        location = d["location"]

        project_access_label = d["project_access_label"]

        project_id = d["project_id"]

        gcp_provider_metadata_request = cls(
            kind,
            location,
            project_access_label,
            project_id,
        )

        if not d.keys() <= _FIELDS:
            gcp_provider_metadata_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return gcp_provider_metadata_request

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
