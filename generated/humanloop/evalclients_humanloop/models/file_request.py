from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileRequest")
_FIELDS = frozenset(
    {
        "id",
        "path",
    }
)


@_attrs_define
class FileRequest:
    """
    Attributes:
        id (str | Unset): ID for an existing File.
        path (str | Unset): Path of the File, including the name. This locates the File in the Humanloop filesystem and
            is used as as a unique identifier. For example: `folder/name` or just `name`.
    """

    id: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        path = d.get("path", UNSET)

        file_request = cls(
            id,
            path,
        )

        if not d.keys() <= _FIELDS:
            file_request.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return file_request

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
