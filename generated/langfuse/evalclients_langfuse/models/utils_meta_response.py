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
from ..types import Unset

T = TypeVar("T", bound="UtilsMetaResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "limit",
        "page",
        "totalItems",
        "totalPages",
    }
)


@_attrs_define
class UtilsMetaResponse:
    """
    Attributes:
        limit (int): number of items per page
        page (int): current page number
        total_items (int): number of total items given the current filters/selection (if any)
        total_pages (int): number of total pages given the current limit
    """

    limit: int | Unset
    page: int | Unset
    total_items: int | Unset
    total_pages: int | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        page = self.page

        total_items = self.total_items

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "page": page,
                "totalItems": total_items,
                "totalPages": total_pages,
            }
        )

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
            limit = d["limit"]
            if not (type(limit) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            limit, _drifted = _keep(cls, d, "limit", "int", "type", _drifted)

        try:
            page = d["page"]
            if not (type(page) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            page, _drifted = _keep(cls, d, "page", "int", "type", _drifted)

        try:
            total_items = d["totalItems"]
            if not (type(total_items) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_items, _drifted = _keep(cls, d, "totalItems", "int", "type", _drifted)

        try:
            total_pages = d["totalPages"]
            if not (type(total_pages) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_pages, _drifted = _keep(cls, d, "totalPages", "int", "type", _drifted)

        _utils_meta_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _utils_meta_response_.limit = limit
        _utils_meta_response_.page = page
        _utils_meta_response_.total_items = total_items
        _utils_meta_response_.total_pages = total_pages
        _utils_meta_response_.additional_properties = {}

        if _extra:
            _utils_meta_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_utils_meta_response_, _drifted)
        return _utils_meta_response_

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
