from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMetadata")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            hasMore = d.get("hasMore", UNSET)
            if not (type(hasMore) is bool or hasMore is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            hasMore, _drifted = _keep(cls, d, "hasMore", "bool", "type", _drifted)

        try:
            has_more = d.get("has_more", UNSET)
            if not (type(has_more) is bool or has_more is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_more, _drifted = _keep(cls, d, "has_more", "bool", "type", _drifted)

        try:
            nextCursor = d.get("nextCursor", UNSET)
            if not (type(nextCursor) is str or nextCursor is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            nextCursor, _drifted = _keep(cls, d, "nextCursor", "str", "type", _drifted)

        try:
            next_cursor = d.get("next_cursor", UNSET)
            if not (type(next_cursor) is str or next_cursor is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            next_cursor, _drifted = _keep(cls, d, "next_cursor", "str", "type", _drifted)

        _pagination_metadata_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _pagination_metadata_.hasMore = hasMore
        _pagination_metadata_.has_more = has_more
        _pagination_metadata_.nextCursor = nextCursor
        _pagination_metadata_.next_cursor = next_cursor
        _pagination_metadata_.additional_properties = {}

        if _extra:
            _pagination_metadata_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_pagination_metadata_, _drifted)
        return _pagination_metadata_

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
