from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExperimentTag")
_FIELDS = frozenset(
    {
        "description",
        "id",
        "name",
    }
)


@_attrs_define
class ExperimentTag:
    """
    Attributes:
        description (None | str): The description of the tag
        id (str): The node ID of the tag
        name (str): The name of the tag
    """

    description: None | str
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description: None | str = d["description"]

        id = d["id"]

        name = d["name"]

        experiment_tag = cls(
            description,
            id,
            name,
        )

        if not d.keys() <= _FIELDS:
            experiment_tag.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return experiment_tag

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
