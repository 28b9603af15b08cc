from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveTagsResponse")
_FIELDS = frozenset(
    {
        "completed",
        "deleted",
        "not_deleted",
    }
)


@_attrs_define
class RemoveTagsResponse:
    """RemoveTagsResponse

    Attributes:
        completed (bool | Unset): True when every requested tag ID was attached and has been detached. False when one or
            more requested IDs appear in `not_deleted`.
        deleted (list[str] | Unset): IDs of the tags that were attached and have been detached.
        not_deleted (list[str] | Unset): IDs from the request that were not attached to the resource. Not an error —
            detaching an already-detached tag is a no-op.
    """

    completed: bool | Unset = UNSET
    deleted: list[str] | Unset = UNSET
    not_deleted: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted: list[str] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = self.deleted

        not_deleted: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted, Unset):
            not_deleted = self.not_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_deleted is not UNSET:
            field_dict["not_deleted"] = not_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        completed = d.get("completed", UNSET)

        deleted: list[str] = d.get("deleted", UNSET)

        not_deleted: list[str] = d.get("not_deleted", UNSET)

        remove_tags_response = cls(
            completed,
            deleted,
            not_deleted,
        )

        if not d.keys() <= _FIELDS:
            remove_tags_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return remove_tags_response

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
