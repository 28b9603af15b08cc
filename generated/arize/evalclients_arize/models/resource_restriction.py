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
from ..types import UNSET, Unset

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
    """ResourceRestriction

    Attributes:
        created_at (datetime.datetime | Unset): When the restriction was created
        resource_id (str | Unset): The ID of the restricted resource
        resource_type (ResourceRestrictionType | Unset): Type of the restricted resource. - PROJECT - A project within a
            space. - DASHBOARD - A dashboard within a space. - PROMPT - A prompt within a space.
    """

    created_at: datetime.datetime | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: ResourceRestrictionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        resource_id = self.resource_id

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

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

        resource_id = d.get("resource_id", UNSET)

        _resource_type = d.get("resource_type", UNSET)
        resource_type: ResourceRestrictionType | Unset
        if _resource_type is UNSET:
            resource_type = UNSET
        else:
            resource_type = check_resource_restriction_type(_resource_type)

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
