from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Prompt")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "space_id",
        "updated_at",
    }
)


@_attrs_define
class Prompt:
    """A prompt is a reusable template for LLM interactions. Prompts can be versioned and labeled to track changes over
    time. Use prompts to standardize how you interact with LLMs across your application.

        Attributes:
            created_at (datetime.datetime | Unset): When the prompt was created
            created_by_user_id (str | Unset): The user ID of the user who created the prompt
            description (None | str | Unset): The prompt description
            id (str | Unset): The prompt ID
            name (str | Unset): The prompt name
            space_id (str | Unset): The space ID the prompt belongs to
            updated_at (datetime.datetime | Unset): When the prompt was last updated
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
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
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_user_id = d.get("created_by_user_id", UNSET)

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

        prompt = cls(
            created_at,
            created_by_user_id,
            description,
            id,
            name,
            space_id,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            prompt.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return prompt

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
