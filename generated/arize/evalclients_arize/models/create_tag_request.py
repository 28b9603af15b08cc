from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_color import TagColor, check_tag_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagRequest")
_FIELDS = frozenset(
    {
        "name",
        "space_id",
        "color",
        "description",
    }
)


@_attrs_define
class CreateTagRequest:
    """CreateTagRequest

    Attributes:
        name (str): Name of the tag. Must be unique within the space, compared case-insensitively — a space containing
            `Production` cannot also contain `production`. Maximum 100 characters.
        space_id (str): The unique identifier of the space to create the tag in
        color (None | TagColor | Unset): Display color for the tag. Defaults to `null` when omitted, meaning no color is
            assigned.
        description (None | str | Unset): Description of what the tag is for. Defaults to `null` when omitted.
    """

    name: str
    space_id: str
    color: None | TagColor | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space_id = self.space_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        space_id = d["space_id"]

        color = _parse_color(d.get("color", UNSET))

        description: None | str | Unset = d.get("description", UNSET)

        create_tag_request = cls(
            name,
            space_id,
            color,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_tag_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_tag_request

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
