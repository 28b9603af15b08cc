from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSpansRequest")
_FIELDS = frozenset(
    {
        "project_id",
        "span_ids",
        "end_time",
        "start_time",
    }
)


@_attrs_define
class DeleteSpansRequest:
    """DeleteSpansRequest

    Attributes:
        project_id (str): The project ID containing the spans to delete
        span_ids (list[str]): List of span IDs to delete (maximum 5000)
        end_time (datetime.datetime | Unset): Scope the delete to spans starting before this timestamp (exclusive). ISO
            8601 format (e.g., `2024-01-02T00:00:00Z`). Each bound is independent: omitting `start_time` defaults to two
            years ago; omitting `end_time` defaults to now. You may provide either or both.
        start_time (datetime.datetime | Unset): Scope the delete to spans starting at or after this timestamp
            (inclusive). ISO 8601 format (e.g., `2024-01-01T00:00:00Z`). Each bound is independent: omitting `start_time`
            defaults to two years ago; omitting `end_time` defaults to now. You may provide either or both.
    """

    project_id: str
    span_ids: list[str]
    end_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        span_ids = self.span_ids

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "span_ids": span_ids,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        project_id = d["project_id"]

        span_ids: list[str] = d["span_ids"]

        _end_time = d.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _start_time = d.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        delete_spans_request = cls(
            project_id,
            span_ids,
            end_time,
            start_time,
        )

        if not d.keys() <= _FIELDS:
            delete_spans_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_spans_request

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
