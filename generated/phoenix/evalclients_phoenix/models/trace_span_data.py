from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TraceSpanData")
_FIELDS = frozenset(
    {
        "end_time",
        "id",
        "name",
        "parent_id",
        "span_id",
        "span_kind",
        "start_time",
        "status_code",
    }
)


@_attrs_define
class TraceSpanData:
    """
    Attributes:
        end_time (datetime.datetime):
        id (str):
        name (str):
        parent_id (None | str):
        span_id (str):
        span_kind (str):
        start_time (datetime.datetime):
        status_code (str):
    """

    end_time: datetime.datetime
    id: str
    name: str
    parent_id: None | str
    span_id: str
    span_kind: str
    start_time: datetime.datetime
    status_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time.isoformat()

        id = self.id

        name = self.name

        parent_id: None | str
        parent_id = self.parent_id

        span_id = self.span_id

        span_kind = self.span_kind

        start_time = self.start_time.isoformat()

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "id": id,
                "name": name,
                "parent_id": parent_id,
                "span_id": span_id,
                "span_kind": span_kind,
                "start_time": start_time,
                "status_code": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        end_time = datetime.datetime.fromisoformat(d["end_time"])

        id = d["id"]

        name = d["name"]

        parent_id: None | str = d["parent_id"]

        span_id = d["span_id"]

        span_kind = d["span_kind"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        status_code = d["status_code"]

        trace_span_data = cls(
            end_time,
            id,
            name,
            parent_id,
            span_id,
            span_kind,
            start_time,
            status_code,
        )

        if not d.keys() <= _FIELDS:
            trace_span_data.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return trace_span_data

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
