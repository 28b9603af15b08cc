from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    """
    Attributes:
        created_at (datetime.datetime): The timestamp for when the annotation config was created
        id (str): The unique identifier for the annotation config
        name (str): The name of the annotation config
        space_id (str): The space id the annotation config belongs to
        type_ (str): Discriminator value identifying a freeform annotation config.
    """

    created_at: datetime.datetime
    id: str
    name: str
    space_id: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        space_id = self.space_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "space_id": space_id,
                "type": type_,
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

        type_ = d["type"]

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
