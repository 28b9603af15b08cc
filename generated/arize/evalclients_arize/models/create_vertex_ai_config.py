from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_vertex_ai_config_provider import (
    CreateVertexAiConfigProvider,
    check_create_vertex_ai_config_provider,
)

T = TypeVar("T", bound="CreateVertexAiConfig")
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

    location: str
    project_access_label: str
    project_id: str
    provider: CreateVertexAiConfigProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        project_access_label = self.project_access_label

        project_id = self.project_id

        provider: str = self.provider

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        location = d["location"]

        project_access_label = d["project_access_label"]

        project_id = d["project_id"]

        provider = check_create_vertex_ai_config_provider(d["provider"])

        create_vertex_ai_config = cls(
            location,
            project_access_label,
            project_id,
            provider,
        )

        if not d.keys() <= _FIELDS:
            create_vertex_ai_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_vertex_ai_config

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
