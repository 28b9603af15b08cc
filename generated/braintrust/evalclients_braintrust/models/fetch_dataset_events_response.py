from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_event import DatasetEvent


T = TypeVar("T", bound="FetchDatasetEventsResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "events",
        "cursor",
    }
)


@_attrs_define
class FetchDatasetEventsResponse:
    """
    Attributes:
        events (list[DatasetEvent]): A list of fetched events
        cursor (None | str | Unset): Pagination cursor

            Pass this string directly as the `cursor` param to your next fetch request to get the next page of results. Not
            provided if the returned result set is empty.
    """

    events: list[DatasetEvent] | Unset
    cursor: None | str | Unset = UNSET
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
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            events = _as_json(self.events)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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
        _events_raw = d.get("events", UNSET)
        if _events_raw is not UNSET and not _strict:
            events = _events_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                events = [
                    DatasetEvent.from_dict(events_item_data) for events_item_data in d["events"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                events, _drifted = _keep_each(
                    cls,
                    d,
                    "events",
                    "list[DatasetEvent]",
                    "type",
                    lambda events_item_data: DatasetEvent.from_dict(events_item_data),
                    _drifted,
                )

        try:
            cursor: None | str | Unset = d.get("cursor", UNSET)

            if not (cursor is None or type(cursor) is str or cursor is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cursor, _drifted = _keep(cls, d, "cursor", "None | str", "type", _drifted)

        _fetch_dataset_events_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _fetch_dataset_events_response_._events_slot = events  # type: ignore[attr-defined]
        _fetch_dataset_events_response_.cursor = cursor
        _fetch_dataset_events_response_.additional_properties = {}
        _fetch_dataset_events_response_._pending = _pending

        if _extra:
            _fetch_dataset_events_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_fetch_dataset_events_response_, _drifted)
        return _fetch_dataset_events_response_

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


def _decode_events(self: FetchDatasetEventsResponse, raw: Any) -> Any:
    """``events`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        events = [DatasetEvent.from_dict(events_item_data) for events_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        events, _drifted = _keep_each(
            type(self),
            {"events": raw},
            "events",
            "list[DatasetEvent]",
            "type",
            lambda events_item_data: DatasetEvent.from_dict(events_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return events


_lazy(FetchDatasetEventsResponse, "events", 1, _decode_events)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetEvent
    from ..models.dataset_event import DatasetEvent  # noqa: PLC0415

    _LAZY_PENDING = False
