from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_reference_nullish_type_0_object_type import (
    ObjectReferenceNullishType0ObjectType,
    check_object_reference_nullish_type_0_object_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectReferenceNullishType0")
_FIELDS = frozenset(
    {
        "id",
        "object_id",
        "object_type",
        "_xact_id",
        "created",
    }
)


@_attrs_define
class ObjectReferenceNullishType0:
    """Indicates the event was copied from another object.

    Attributes:
        id (str): ID of the original event.
        object_id (UUID): ID of the object the event is originating from.
        object_type (ObjectReferenceNullishType0ObjectType): Type of the object the event is originating from.
        field_xact_id (None | str | Unset): Transaction ID of the original event.
        created (None | str | Unset): Created timestamp of the original event. Used to help sort in the UI
    """

    id: str
    object_id: UUID
    object_type: ObjectReferenceNullishType0ObjectType
    field_xact_id: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_id = str(self.object_id)

        object_type: str = self.object_type

        field_xact_id: None | str | Unset
        if isinstance(self.field_xact_id, Unset):
            field_xact_id = UNSET
        else:
            field_xact_id = self.field_xact_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object_id": object_id,
                "object_type": object_type,
            }
        )
        if field_xact_id is not UNSET:
            field_dict["_xact_id"] = field_xact_id
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_id = UUID(d["object_id"])

        object_type = check_object_reference_nullish_type_0_object_type(d["object_type"])

        field_xact_id: None | str | Unset = d.get("_xact_id", UNSET)

        created: None | str | Unset = d.get("created", UNSET)

        object_reference_nullish_type_0 = cls(
            id,
            object_id,
            object_type,
            field_xact_id,
            created,
        )

        if not d.keys() <= _FIELDS:
            object_reference_nullish_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return object_reference_nullish_type_0

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
