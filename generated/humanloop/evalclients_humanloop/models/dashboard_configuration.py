from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_unit import TimeUnit, check_time_unit

T = TypeVar("T", bound="DashboardConfiguration")
_FIELDS = frozenset(
    {
        "model_config_ids",
        "time_range_days",
        "time_unit",
    }
)


@_attrs_define
class DashboardConfiguration:
    """
    Attributes:
        model_config_ids (list[str]):
        time_range_days (int):
        time_unit (TimeUnit): An enumeration.
    """

    model_config_ids: list[str]
    time_range_days: int
    time_unit: TimeUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_config_ids = self.model_config_ids

        time_range_days = self.time_range_days

        time_unit: str = self.time_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_config_ids": model_config_ids,
                "time_range_days": time_range_days,
                "time_unit": time_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_config_ids: list[str] = d["model_config_ids"]

        time_range_days = d["time_range_days"]

        time_unit = check_time_unit(d["time_unit"])

        dashboard_configuration = cls(
            model_config_ids,
            time_range_days,
            time_unit,
        )

        if not d.keys() <= _FIELDS:
            dashboard_configuration.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dashboard_configuration

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
