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
        "id",
        "name",
        "space_id",
        "updated_at",
        "description",
    }
)


@_attrs_define
class Prompt:
    """A prompt is a reusable template for LLM interactions. Prompts can be versioned
    and labeled to track changes over time. Use prompts to standardize how you
    interact with LLMs across your application.

        Attributes:
            created_at (datetime.datetime): When the prompt was created
            created_by_user_id (str): The user ID of the user who created the prompt
            id (str): The prompt ID
            name (str): The prompt name
            space_id (str): The space ID the prompt belongs to
            updated_at (datetime.datetime): When the prompt was last updated
            description (None | str | Unset): The prompt description
    """

    created_at: datetime.datetime
    created_by_user_id: str
    id: str
    name: str
    space_id: str
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        space_id = self.space_id

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "name": name,
                "space_id": space_id,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id = d["created_by_user_id"]

        id = d["id"]

        name = d["name"]

        space_id = d["space_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description: None | str | Unset = d.get("description", UNSET)

        prompt = cls(
            created_at,
            created_by_user_id,
            id,
            name,
            space_id,
            updated_at,
            description,
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
