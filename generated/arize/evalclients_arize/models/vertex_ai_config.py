from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vertex_ai_config_provider import (
    VertexAiConfigProvider,
    check_vertex_ai_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VertexAiConfig")
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

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        project_access_label = self.project_access_label

        project_id = self.project_id

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        location = d.get("location", UNSET)

        project_access_label = d.get("project_access_label", UNSET)

        project_id = d.get("project_id", UNSET)

        _provider = d.get("provider", UNSET)
        provider: VertexAiConfigProvider | Unset
        if _provider is UNSET:
            provider = UNSET
        else:
            provider = check_vertex_ai_config_provider(_provider)

        vertex_ai_config = cls(
            location,
            project_access_label,
            project_id,
            provider,
        )

        if not d.keys() <= _FIELDS:
            vertex_ai_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return vertex_ai_config

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
