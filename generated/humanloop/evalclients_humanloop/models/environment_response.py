from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_tag import EnvironmentTag, check_environment_tag

T = TypeVar("T", bound="EnvironmentResponse")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "tag",
    }
)


@_attrs_define
class EnvironmentResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        name (str):
        tag (EnvironmentTag): An enumeration.
    """

    created_at: datetime.datetime
    id: str
    name: str
    tag: EnvironmentTag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        tag: str = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        tag = check_environment_tag(d["tag"])

        environment_response = cls(
            created_at,
            id,
            name,
            tag,
        )

        if not d.keys() <= _FIELDS:
            environment_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return environment_response

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
