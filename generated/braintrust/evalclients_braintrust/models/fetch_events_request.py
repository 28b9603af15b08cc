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

T = TypeVar("T", bound="FetchEventsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "cursor",
        "limit",
        "max_root_span_id",
        "max_xact_id",
        "version",
    }
)


@_attrs_define
class FetchEventsRequest:
    """
    Attributes:
        cursor (None | str | Unset): An opaque string to be used as a cursor for the next page of results, in order from
            latest to earliest.

            The string can be obtained directly from the `cursor` property of the previous fetch query
        limit (int | None | Unset): limit the number of traces fetched

            Fetch queries may be paginated if the total result size is expected to be large (e.g. project_logs which
            accumulate over a long time). Note that fetch queries only support pagination in descending time order (from
            latest to earliest `_xact_id`. Furthermore, later pages may return rows which showed up in earlier pages, except
            with an earlier `_xact_id`. This happens because pagination occurs over the whole version history of the event
            log. You will most likely want to exclude any such duplicate, outdated rows (by `id`) from your combined result
            set.

            The `limit` parameter controls the number of full traces to return. So you may end up with more individual rows
            than the specified limit if you are fetching events containing traces.
        max_root_span_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in
            favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going
            forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can
            be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the
            documentation of `limit` for an overview of paginating fetch queries.
        max_xact_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor
            of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can
            be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the
            documentation of `limit` for an overview of paginating fetch queries.
        version (str | Unset): Retrieve a snapshot of events from a past time

            The version id is essentially a filter on the latest event transaction id. You can use the `max_xact_id`
            returned by a past fetch as the version to reproduce that exact fetch.
    """

    cursor: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    max_root_span_id: str | Unset = UNSET
    max_xact_id: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        max_root_span_id = self.max_root_span_id

        max_xact_id = self.max_xact_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if max_root_span_id is not UNSET:
            field_dict["max_root_span_id"] = max_root_span_id
        if max_xact_id is not UNSET:
            field_dict["max_xact_id"] = max_xact_id
        if version is not UNSET:
            field_dict["version"] = version

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
            cursor: None | str | Unset = d.get("cursor", UNSET)

            if not (cursor is None or type(cursor) is str or cursor is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cursor, _drifted = _keep(cls, d, "cursor", "None | str", "type", _drifted)

        try:
            limit: int | None | Unset = d.get("limit", UNSET)

            if not (limit is None or type(limit) is int or limit is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            limit, _drifted = _keep(cls, d, "limit", "int | None", "type", _drifted)

        try:
            max_root_span_id = d.get("max_root_span_id", UNSET)
            if not (type(max_root_span_id) is str or max_root_span_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_root_span_id, _drifted = _keep(cls, d, "max_root_span_id", "str", "type", _drifted)

        try:
            max_xact_id = d.get("max_xact_id", UNSET)
            if not (type(max_xact_id) is str or max_xact_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_xact_id, _drifted = _keep(cls, d, "max_xact_id", "str", "type", _drifted)

        try:
            version = d.get("version", UNSET)
            if not (type(version) is str or version is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version, _drifted = _keep(cls, d, "version", "str", "type", _drifted)

        _fetch_events_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _fetch_events_request_.cursor = cursor
        _fetch_events_request_.limit = limit
        _fetch_events_request_.max_root_span_id = max_root_span_id
        _fetch_events_request_.max_xact_id = max_xact_id
        _fetch_events_request_.version = version
        _fetch_events_request_.additional_properties = {}

        if _extra:
            _fetch_events_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_fetch_events_request_, _drifted)
        return _fetch_events_request_

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
