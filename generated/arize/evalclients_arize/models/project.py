from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "space_id",
    }
)


@_attrs_define
class Project:
    """A project represents an LLM application and serves as the primary container for observability data. Each project
    collects traces and spans that capture the execution flow of your application, enabling you to debug issues, monitor
    latency, and analyze token usage.
    Projects belong to a space and provide a centralized view of your application's performance. Use projects to
    organize related traces, run experiments against datasets, and track improvements over time.

        Attributes:
            created_at (datetime.datetime): When the project was created
            id (str): The project ID
            name (str): The project name
            space_id (str): The space ID the project belongs to
    """

    created_at: datetime.datetime
    id: str
    name: str
    space_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "space_id": space_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        space_id = d["space_id"]

        project = cls(
            created_at,
            id,
            name,
            space_id,
        )

        if not d.keys() <= _FIELDS:
            project.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return project

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
