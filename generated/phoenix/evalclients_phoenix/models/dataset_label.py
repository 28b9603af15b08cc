from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetLabel")
_FIELDS = frozenset(
    {
        "color",
        "description",
        "id",
        "name",
    }
)


@_attrs_define
class DatasetLabel:
    """
    Attributes:
        color (str):
        description (None | str):
        id (str):
        name (str):
    """

    color: str
    description: None | str
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        description: None | str
        description = self.description

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "description": description,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        color = d["color"]

        description: None | str = d["description"]

        id = d["id"]

        name = d["name"]

        dataset_label = cls(
            color,
            description,
            id,
            name,
        )

        if not d.keys() <= _FIELDS:
            dataset_label.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_label

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
