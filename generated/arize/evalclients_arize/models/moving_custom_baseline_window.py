from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moving_custom_baseline_window_type import (
    MovingCustomBaselineWindowType,
    check_moving_custom_baseline_window_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MovingCustomBaselineWindow")
_FIELDS = frozenset(
    {
        "moving_window_delay_seconds",
        "moving_window_seconds",
        "type",
    }
)


@_attrs_define
class MovingCustomBaselineWindow:
    """A custom comparison dataset using a moving window defined in seconds.

    Attributes:
        moving_window_delay_seconds (int | Unset): The delay before the moving comparison window, in seconds.
        moving_window_seconds (int | Unset): The length of the moving comparison window, in seconds.
        type_ (MovingCustomBaselineWindowType | Unset): Identifies this comparison window as a moving window relative to
            now.
    """

    moving_window_delay_seconds: int | Unset = UNSET
    moving_window_seconds: int | Unset = UNSET
    type_: MovingCustomBaselineWindowType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moving_window_delay_seconds = self.moving_window_delay_seconds

        moving_window_seconds = self.moving_window_seconds

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moving_window_delay_seconds is not UNSET:
            field_dict["moving_window_delay_seconds"] = moving_window_delay_seconds
        if moving_window_seconds is not UNSET:
            field_dict["moving_window_seconds"] = moving_window_seconds
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        moving_window_delay_seconds = d.get("moving_window_delay_seconds", UNSET)

        moving_window_seconds = d.get("moving_window_seconds", UNSET)

        _type_ = d.get("type", UNSET)
        type_: MovingCustomBaselineWindowType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_moving_custom_baseline_window_type(_type_)

        moving_custom_baseline_window = cls(
            moving_window_delay_seconds,
            moving_window_seconds,
            type_,
        )

        if not d.keys() <= _FIELDS:
            moving_custom_baseline_window.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return moving_custom_baseline_window

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
