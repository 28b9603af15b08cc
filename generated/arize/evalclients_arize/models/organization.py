from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")
_FIELDS = frozenset(
    {
        "created_at",
        "description",
        "id",
        "name",
    }
)


@_attrs_define
class Organization:
    """An organization is a top-level container within an account for grouping spaces and managing access control.
    Organizations enable team separation with role-based access control at the organization level.

        Attributes:
            created_at (datetime.datetime | Unset): Timestamp for when the organization was created
            description (str | Unset): A brief description of the organization's purpose
            id (str | Unset): Unique identifier for the organization
            name (str | Unset): Name of the organization
    """

    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

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

        description = d.get("description", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        organization = cls(
            created_at,
            description,
            id,
            name,
        )

        if not d.keys() <= _FIELDS:
            organization.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return organization

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
