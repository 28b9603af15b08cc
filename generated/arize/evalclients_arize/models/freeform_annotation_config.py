from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.freeform_annotation_config_type import (
    FreeformAnnotationConfigType,
    check_freeform_annotation_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeformAnnotationConfig")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "space_id",
        "type",
    }
)


@_attrs_define
class FreeformAnnotationConfig:
    """FreeformAnnotationConfig

    Attributes:
        created_at (datetime.datetime | Unset): The timestamp for when the annotation config was created
        id (str | Unset): The unique identifier for the annotation config
        name (str | Unset): The name of the annotation config
        space_id (str | Unset): The space id the annotation config belongs to
        type_ (FreeformAnnotationConfigType | Unset): Discriminator value identifying a freeform annotation config.
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    type_: FreeformAnnotationConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        space_id = self.space_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if type_ is not UNSET:
            field_dict["type"] = type_

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

        space_id = d.get("space_id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: FreeformAnnotationConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_freeform_annotation_config_type(_type_)

        freeform_annotation_config = cls(
            created_at,
            id,
            name,
            space_id,
            type_,
        )

        if not d.keys() <= _FIELDS:
            freeform_annotation_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return freeform_annotation_config

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
