from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paginated_filter_request_filters import PaginatedFilterRequestFilters


T = TypeVar("T", bound="PaginatedFilterRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "filters",
        "page",
        "page_size",
    }
)


@_attrs_define
class PaginatedFilterRequest:
    """Filters to apply, and the page to return.

    Attributes:
        filters (PaginatedFilterRequestFilters | Unset): Filters object, keyed by field (see the Respan Filters API
            Reference).
        page (int | Unset): Page number, 1-based.
        page_size (int | Unset): Number of items per page.
    """

    filters: PaginatedFilterRequestFilters | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            filters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.filters, Unset):
                filters = self.filters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            filters = _as_json(self.filters)

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _filters_raw = d.get("filters", UNSET)
        if _filters_raw is UNSET:
            filters = UNSET
        elif not _strict:
            filters = _filters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _filters = d.get("filters", UNSET)
                filters: PaginatedFilterRequestFilters | Unset
                if _filters is UNSET:
                    filters = UNSET
                else:
                    filters = PaginatedFilterRequestFilters.from_dict(_filters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                filters, _drifted = _keep(
                    cls, d, "filters", "PaginatedFilterRequestFilters", "type", _drifted
                )

        try:
            page = d.get("page", UNSET)
            if not (type(page) is int or page is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            page, _drifted = _keep(cls, d, "page", "int", "type", _drifted)

        try:
            page_size = d.get("page_size", UNSET)
            if not (type(page_size) is int or page_size is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            page_size, _drifted = _keep(cls, d, "page_size", "int", "type", _drifted)

        _paginated_filter_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _paginated_filter_request_._filters_slot = filters  # type: ignore[attr-defined]
        _paginated_filter_request_.page = page
        _paginated_filter_request_.page_size = page_size
        _paginated_filter_request_.additional_properties = {}
        _paginated_filter_request_._pending = _pending

        if _extra:
            _paginated_filter_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_paginated_filter_request_, _drifted)
        return _paginated_filter_request_

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


def _decode_filters(self: PaginatedFilterRequest, raw: Any) -> Any:
    """``filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _filters = raw
        filters: PaginatedFilterRequestFilters | Unset
        if _filters is UNSET:
            filters = UNSET
        else:
            filters = PaginatedFilterRequestFilters.from_dict(_filters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        filters, _drifted = _keep(
            type(self),
            {"filters": raw},
            "filters",
            "PaginatedFilterRequestFilters",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return filters


_lazy(PaginatedFilterRequest, "filters", 1, _decode_filters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PaginatedFilterRequestFilters
    from ..models.paginated_filter_request_filters import PaginatedFilterRequestFilters  # noqa: PLC0415

    _LAZY_PENDING = False
