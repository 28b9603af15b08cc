from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledRuntimeConfig")
_FIELDS = frozenset(
    {
        "cadence_seconds",
        "days_of_week",
        "enabled",
    }
)


@_attrs_define
class ScheduledRuntimeConfig:
    """ScheduledRuntimeConfig

    Attributes:
        cadence_seconds (int | Unset): How often the monitor evaluates, in seconds.
        days_of_week (list[int] | Unset): Days of the week the monitor runs on (`0` = Sunday … `6` = Saturday).
        enabled (bool | Unset): Whether the monitor runs on a schedule. `false` means automatic scheduled evaluation is
            disabled.
    """

    cadence_seconds: int | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cadence_seconds = self.cadence_seconds

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cadence_seconds is not UNSET:
            field_dict["cadence_seconds"] = cadence_seconds
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cadence_seconds = d.get("cadence_seconds", UNSET)

        days_of_week: list[int] = d.get("days_of_week", UNSET)

        enabled = d.get("enabled", UNSET)

        scheduled_runtime_config = cls(
            cadence_seconds,
            days_of_week,
            enabled,
        )

        if not d.keys() <= _FIELDS:
            scheduled_runtime_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return scheduled_runtime_config

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
