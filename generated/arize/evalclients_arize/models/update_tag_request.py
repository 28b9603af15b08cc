from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_color import TagColor, check_tag_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTagRequest")
_FIELDS = frozenset(
    {
        "color",
        "description",
        "name",
    }
)


@_attrs_define
class UpdateTagRequest:
    """Fields to update on a tag. Omitted fields are left unchanged, so at least one field must be provided.

    Attributes:
        color (None | TagColor | Unset): New display color. Pass `null` to clear it. Left unchanged when omitted.
        description (None | str | Unset): New description. Pass `null` to clear it. Left unchanged when omitted.
        name (str | Unset): New tag name. Must be unique within the space, compared case-insensitively. Maximum 100
            characters. Left unchanged when omitted.
    """

    color: None | TagColor | Unset = UNSET
    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, str):
            color = self.color
        else:
            color = self.color

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
        color = _parse_color(d.get("color", UNSET))

        description: None | str | Unset = d.get("description", UNSET)

        name = d.get("name", UNSET)

        update_tag_request = cls(
            color,
            description,
            name,
        )

        if not d.keys() <= _FIELDS:
            update_tag_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_tag_request

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


def _parse_color(data: object) -> None | TagColor | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        color_type_0 = check_tag_color(data)

        return color_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TagColor | Unset, data)
