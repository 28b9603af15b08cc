from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMetadata")
_FIELDS = frozenset(
    {
        "hasMore",
        "has_more",
        "nextCursor",
        "next_cursor",
    }
)


@_attrs_define
class PaginationMetadata:
    """Cursor-based pagination metadata. Use `next_cursor` in the subsequent request's `cursor` query parameter.

    Attributes:
        hasMore (bool | Unset): camelCase spelling of has_more used by some list responses (Arize AX REST API overview,
            "Pagination"). True if another page of results is available.
        has_more (bool | Unset): True if another page of results is available.
        nextCursor (str | Unset): camelCase spelling of next_cursor used by some list responses (Arize AX REST API
            overview, "Pagination"). Opaque cursor for the next page; always missing on endpoints that do not implement
            pagination yet.
        next_cursor (str | Unset): Opaque cursor for fetching the next page. Treat as an unreadable token. Present when
            `has_more` is true; omitted when `has_more` is false.
    """

    hasMore: bool | Unset = UNSET
    has_more: bool | Unset = UNSET
    nextCursor: str | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hasMore = self.hasMore

        has_more = self.has_more

        nextCursor = self.nextCursor

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hasMore is not UNSET:
            field_dict["hasMore"] = hasMore
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if nextCursor is not UNSET:
            field_dict["nextCursor"] = nextCursor
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hasMore = d.get("hasMore", UNSET)

        has_more = d.get("has_more", UNSET)

        nextCursor = d.get("nextCursor", UNSET)

        next_cursor = d.get("next_cursor", UNSET)

        pagination_metadata = cls(
            hasMore,
            has_more,
            nextCursor,
            next_cursor,
        )

        if not d.keys() <= _FIELDS:
            pagination_metadata.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return pagination_metadata

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
