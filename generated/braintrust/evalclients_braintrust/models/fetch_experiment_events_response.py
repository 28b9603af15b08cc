from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_event import ExperimentEvent


T = TypeVar("T", bound="FetchExperimentEventsResponse")
_FIELDS = frozenset(
    {
        "events",
        "cursor",
    }
)


@_attrs_define
class FetchExperimentEventsResponse:
    """
    Attributes:
        events (list[ExperimentEvent]): A list of fetched events
        cursor (None | str | Unset): Pagination cursor

            Pass this string directly as the `cursor` param to your next fetch request to get the next page of results. Not
            provided if the returned result set is empty.
    """

    events: list[ExperimentEvent]
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        events = [ExperimentEvent.from_dict(events_item_data) for events_item_data in d["events"]]

        cursor: None | str | Unset = d.get("cursor", UNSET)

        fetch_experiment_events_response = cls(
            events,
            cursor,
        )

        if not d.keys() <= _FIELDS:
            fetch_experiment_events_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return fetch_experiment_events_response

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentEvent
    from ..models.experiment_event import ExperimentEvent  # noqa: PLC0415

    _LAZY_PENDING = False
