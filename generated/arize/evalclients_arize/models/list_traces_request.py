from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTracesRequest")
_FIELDS = frozenset(
    {
        "project_id",
        "end_time",
        "filter",
        "start_time",
    }
)


@_attrs_define
class ListTracesRequest:
    """ListTracesRequest

    Attributes:
        project_id (str): The project ID to list traces for
        end_time (datetime.datetime | Unset): Return traces whose spans start at or before this timestamp (inclusive).
            ISO 8601 format (e.g., `2024-01-02T00:00:00Z`). Defaults to the current time.
        filter_ (str | Unset): Filter expression to apply to the query. Supports SQL-like syntax for filtering spans by
            attributes (e.g., `status_code = 'ERROR'` or `span_kind = 'LLM'`). A trace is returned when **any** of its spans
            matches the filter — the matching span is usually a child, not the root. Optional; omit it to apply no filter.
            If provided, it must not be empty or whitespace-only.
        start_time (datetime.datetime | Unset): Return traces whose spans start at or after this timestamp (inclusive).
            ISO 8601 format (e.g., `2024-01-01T00:00:00Z`). Defaults to 1 week ago.
    """

    project_id: str
    end_time: datetime.datetime | Unset = UNSET
    filter_: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        filter_ = self.filter_

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        project_id = d["project_id"]

        _end_time = d.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        filter_ = d.get("filter", UNSET)

        _start_time = d.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        list_traces_request = cls(
            project_id,
            end_time,
            filter_,
            start_time,
        )

        if not d.keys() <= _FIELDS:
            list_traces_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_traces_request

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
