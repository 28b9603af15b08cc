from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionTraceData")
_FIELDS = frozenset(
    {
        "end_time",
        "id",
        "start_time",
        "trace_id",
    }
)


@_attrs_define
class SessionTraceData:
    """
    Attributes:
        end_time (datetime.datetime):
        id (str):
        start_time (datetime.datetime):
        trace_id (str):
    """

    end_time: datetime.datetime
    id: str
    start_time: datetime.datetime
    trace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time.isoformat()

        id = self.id

        start_time = self.start_time.isoformat()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "id": id,
                "start_time": start_time,
                "trace_id": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        end_time = datetime.datetime.fromisoformat(d["end_time"])

        id = d["id"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        trace_id = d["trace_id"]

        session_trace_data = cls(
            end_time,
            id,
            start_time,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            session_trace_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return session_trace_data

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
