from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType, check_project_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "project_type",
        "space_id",
    }
)


@_attrs_define
class Project:
    """A project represents an LLM application and serves as the primary container for observability data. Each project
    collects traces and spans that capture the execution flow of your application, enabling you to debug issues, monitor
    latency, and analyze token usage. Projects belong to a space and provide a centralized view of your application's
    performance. Use projects to organize related traces, run experiments against datasets, and track improvements over
    time.

        Attributes:
            created_at (datetime.datetime | Unset): When the project was created
            id (str | Unset): The project ID
            name (str | Unset): The project name
            project_type (None | ProjectType | Unset): The project type for generative LLM projects. Null for projects that
                have not been assigned a type.
            space_id (str | Unset): The space ID the project belongs to
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    project_type: None | ProjectType | Unset = UNSET
    space_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        project_type: None | str | Unset
        if isinstance(self.project_type, Unset):
            project_type = UNSET
        elif isinstance(self.project_type, str):
            project_type = self.project_type
        else:
            project_type = self.project_type

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project_type is not UNSET:
            field_dict["project_type"] = project_type
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        project_type = _parse_project_type(d.get("project_type", UNSET))

        space_id = d.get("space_id", UNSET)

        project = cls(
            created_at,
            id,
            name,
            project_type,
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


def _parse_project_type(data: object) -> None | ProjectType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        project_type_type_0 = check_project_type(data)

        return project_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ProjectType | Unset, data)
