from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_restriction_type import (
    ResourceRestrictionType,
    check_resource_restriction_type,
)

T = TypeVar("T", bound="ResourceRestriction")
_FIELDS = frozenset(
    {
        "created_at",
        "resource_id",
        "resource_type",
    }
)


@_attrs_define
class ResourceRestriction:
    """
    Attributes:
        created_at (datetime.datetime): When the restriction was created
        resource_id (str): The ID of the restricted resource Example: TW9kZWw6MTIxOmFCY0Q=.
        resource_type (ResourceRestrictionType): Type of the restricted resource.
            - PROJECT - A project within a space. Example: PROJECT.
    """

    created_at: datetime.datetime
    resource_id: str
    resource_type: ResourceRestrictionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        resource_id = self.resource_id

        resource_type: str = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "resource_id": resource_id,
                "resource_type": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        resource_id = d["resource_id"]

        resource_type = check_resource_restriction_type(d["resource_type"])

        resource_restriction = cls(
            created_at,
            resource_id,
            resource_type,
        )

        if not d.keys() <= _FIELDS:
            resource_restriction.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return resource_restriction

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
