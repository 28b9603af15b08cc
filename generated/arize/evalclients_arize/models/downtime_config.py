from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DowntimeConfig")
_FIELDS = frozenset(
    {
        "duration_seconds",
        "frequency_days",
        "start",
    }
)


@_attrs_define
class DowntimeConfig:
    """DowntimeConfig

    Attributes:
        duration_seconds (int | Unset): How long each downtime window lasts, in seconds.
        frequency_days (int | Unset): How often the downtime window repeats, in days.
        start (datetime.datetime | Unset): When the downtime window begins.
    """

    duration_seconds: int | Unset = UNSET
    frequency_days: int | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_seconds = self.duration_seconds

        frequency_days = self.frequency_days

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if frequency_days is not UNSET:
            field_dict["frequency_days"] = frequency_days
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        duration_seconds = d.get("duration_seconds", UNSET)

        frequency_days = d.get("frequency_days", UNSET)

        _start = d.get("start", UNSET)
        start: datetime.datetime | Unset
        if _start is UNSET:
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        downtime_config = cls(
            duration_seconds,
            frequency_days,
            start,
        )

        if not d.keys() <= _FIELDS:
            downtime_config.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return downtime_config

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
