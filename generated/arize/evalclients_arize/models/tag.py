from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_color import TagColor, check_tag_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")
_FIELDS = frozenset(
    {
        "color",
        "created_at",
        "description",
        "id",
        "name",
        "space_id",
        "updated_at",
    }
)


@_attrs_define
class Tag:
    """A tag is a reusable label defined once per space and attached to many resources across the platform, so the same
    vocabulary can be applied to projects, datasets, prompts, and more.  Tags are shared. Renaming a tag changes it
    everywhere it appears, and deleting a tag detaches it from every resource it was attached to.

        Attributes:
            color (None | TagColor | Unset): Display color for the tag. `null` when no color has been assigned, which
                clients render with a neutral treatment.
            created_at (datetime.datetime | Unset): When the tag was created
            description (None | str | Unset): Free-form description of what the tag is for. `null` when no description has
                been set.
            id (str | Unset): The unique identifier of the tag
            name (str | Unset): The tag name. Unique within the space, compared case-insensitively.
            space_id (str | Unset): The unique identifier of the space the tag belongs to
            updated_at (datetime.datetime | Unset): When the tag was last modified. Equal to `created_at` until the tag is
                updated.
    """

    color: None | TagColor | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, str):
            color = self.color
        else:
            color = self.color

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        name = self.name

        space_id = self.space_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        color = _parse_color(d.get("color", UNSET))

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description: None | str | Unset = d.get("description", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        space_id = d.get("space_id", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        tag = cls(
            color,
            created_at,
            description,
            id,
            name,
            space_id,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            tag.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return tag

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
