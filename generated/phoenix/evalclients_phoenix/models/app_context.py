from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AppContext")


@_attrs_define
class AppContext:
    """Per-turn browser clock context for resolving relative time requests.

    Attributes:
        current_date_time (str):
        time_zone (str):
        type_ (Literal['app']):
    """

    current_date_time: str
    time_zone: str
    type_: Literal["app"]

    def to_dict(self) -> dict[str, Any]:
        current_date_time = self.current_date_time

        time_zone = self.time_zone

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currentDateTime": current_date_time,
                "timeZone": time_zone,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_date_time = d.pop("currentDateTime")

        time_zone = d.pop("timeZone")

        type_ = cast(Literal["app"], d.pop("type"))
        if type_ != "app":
            raise ValueError(f"type must match const 'app', got '{type_}'")

        app_context = cls(
            current_date_time=current_date_time,
            time_zone=time_zone,
            type_=type_,
        )

        return app_context
