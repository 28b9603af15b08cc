from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    """An organization is a top-level container within an account for grouping
    spaces and managing access control. Organizations enable team separation
    with role-based access control at the organization level.

        Attributes:
            created_at (datetime.datetime): Timestamp for when the organization was created
            description (str): A brief description of the organization's purpose
            id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
            name (str): Name of the organization
    """

    created_at: datetime.datetime
    description: str
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        description = d["description"]

        id = d["id"]

        name = d["name"]

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
