from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddTagsRequest")
_FIELDS = frozenset(
    {
        "tag_ids",
    }
)


@_attrs_define
class AddTagsRequest:
    """AddTagsRequest

    Attributes:
        tag_ids (list[str]): IDs of the tags to attach. Up to 100 per request. Tags must belong to the same space as the
            resource. Attaching a tag that is already attached is idempotent rather than an error, so the same request can
            be retried safely.
    """

    tag_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_ids": tag_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tag_ids: list[str] = d["tag_ids"]

        add_tags_request = cls(
            tag_ids,
        )

        if not d.keys() <= _FIELDS:
            add_tags_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return add_tags_request

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
