from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDirectoryRequest")
_FIELDS = frozenset(
    {
        "name",
        "parent_id",
        "path",
    }
)


@_attrs_define
class UpdateDirectoryRequest:
    """
    Attributes:
        name (str | Unset): Name to set for the directory.
        parent_id (str | Unset): ID of the parent directory. Specify this to move directories. Starts with `dir_`.
        path (str | Unset): Path to move the directory to, relative to the root directory. Specify this to move
            directories. Includes name, e.g. `path/to/directory`.
    """

    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_id = self.parent_id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        parent_id = d.get("parent_id", UNSET)

        path = d.get("path", UNSET)

        update_directory_request = cls(
            name,
            parent_id,
            path,
        )

        if not d.keys() <= _FIELDS:
            update_directory_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_directory_request

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
