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

T = TypeVar("T", bound="SearchExperimentRunsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "cursor",
        "filter",
        "limit",
    }
)


@_attrs_define
class SearchExperimentRunsRequest:
    """Optional criteria for searching an experiment's runs. Omit all fields to return the first page of runs in stable
    `id` ascending order. Keep the filter unchanged when using a returned cursor to fetch the next page.  Filters use
    the same SQL-like language as span search. Supported column families include unprefixed `id`, `output`, and
    `example_id`; custom run columns; `eval.<name>.score`, `eval.<name>.label`, `eval.<name>.explanation`, and
    `eval.<name>.metadata.*`; and `annotation.<name>.*` when present in the run schema. A present empty or whitespace-
    only filter is invalid.

        Attributes:
            cursor (str | Unset): Opaque cursor from `pagination.next_cursor`. Omit to start at the first page; keep the
                filter unchanged while paging.
            filter_ (str | Unset): SQL-like filter expression. Omit to search all runs; an empty or whitespace-only value is
                invalid.
            limit (int | Unset): Maximum number of runs to return. Defaults to 50 and must be between 1 and 500.
    """

    cursor: str | Unset = UNSET
    filter_: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        filter_ = self.filter_

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

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
            cursor = d.get("cursor", UNSET)
            if not (type(cursor) is str or cursor is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cursor, _drifted = _keep(cls, d, "cursor", "str", "type", _drifted)

        try:
            filter_ = d.get("filter", UNSET)
            if not (type(filter_) is str or filter_ is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            filter_, _drifted = _keep(cls, d, "filter", "str", "type", _drifted)

        try:
            limit = d.get("limit", UNSET)
            if not (type(limit) is int or limit is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            limit, _drifted = _keep(cls, d, "limit", "int", "type", _drifted)

        _search_experiment_runs_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _search_experiment_runs_request_.cursor = cursor
        _search_experiment_runs_request_.filter_ = filter_
        _search_experiment_runs_request_.limit = limit
        _search_experiment_runs_request_.additional_properties = {}

        if _extra:
            _search_experiment_runs_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_search_experiment_runs_request_, _drifted)
        return _search_experiment_runs_request_

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
