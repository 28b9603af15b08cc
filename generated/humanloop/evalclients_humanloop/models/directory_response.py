from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectoryResponse")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "path",
        "updated_at",
        "parent_id",
    }
)


@_attrs_define
class DirectoryResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str): String ID of directory. Starts with `dir_`.
        name (str): Name of the directory.
        path (str): Path to the directory, relative to the root directory. Includes name, e.g. `path/to/directory`.
        updated_at (datetime.datetime):
        parent_id (str | Unset): ID of the parent directory. Will be `None` if the directory is the root directory.
            Starts with `dir_`.
    """

    created_at: datetime.datetime
    id: str
    name: str
    path: str
    updated_at: datetime.datetime
    parent_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        path = self.path

        updated_at = self.updated_at.isoformat()

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "path": path,
                "updated_at": updated_at,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        path = d["path"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        parent_id = d.get("parent_id", UNSET)

        directory_response = cls(
            created_at,
            id,
            name,
            path,
            updated_at,
            parent_id,
        )

        if not d.keys() <= _FIELDS:
            directory_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return directory_response

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
