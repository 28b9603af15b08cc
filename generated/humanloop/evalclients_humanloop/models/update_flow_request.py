from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFlowRequest")
_FIELDS = frozenset(
    {
        "directory_id",
        "name",
        "path",
    }
)


@_attrs_define
class UpdateFlowRequest:
    """Request model for updating a Flow.

    Used for moving a Flow to a different directory.

        Attributes:
            directory_id (str | Unset): Unique identifier for the Directory to move Flow to. Starts with `dir_`.
            name (str | Unset): Name of the Flow.
            path (str | Unset): Path of the Flow including the Flow name, which is used as a unique identifier.
    """

    directory_id: str | Unset = UNSET
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directory_id = self.directory_id

        name = self.name

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if directory_id is not UNSET:
            field_dict["directory_id"] = directory_id
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        directory_id = d.get("directory_id", UNSET)

        name = d.get("name", UNSET)

        path = d.get("path", UNSET)

        update_flow_request = cls(
            directory_id,
            name,
            path,
        )

        if not d.keys() <= _FIELDS:
            update_flow_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_flow_request

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
