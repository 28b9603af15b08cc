from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDatasetLabelRequestBody")
_FIELDS = frozenset(
    {
        "color",
        "description",
        "name",
    }
)


@_attrs_define
class UpdateDatasetLabelRequestBody:
    """Fields to update on a dataset label. Omit a field to leave it unchanged.

    Attributes:
        color (None | str | Unset): New lowercase hex color code for the label (null is rejected)
        description (None | str | Unset): New description for the label (null clears the description)
        name (None | str | Unset): New name for the label (null is rejected; name is required)
    """

    color: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        color: None | str | Unset = d.get("color", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        name: None | str | Unset = d.get("name", UNSET)

        update_dataset_label_request_body = cls(
            color,
            description,
            name,
        )

        if not d.keys() <= _FIELDS:
            update_dataset_label_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_dataset_label_request_body

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
