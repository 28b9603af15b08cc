from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_queue_session_record_input_record_type import (
    AnnotationQueueSessionRecordInputRecordType,
    check_annotation_queue_session_record_input_record_type,
)

T = TypeVar("T", bound="AnnotationQueueSessionRecordInput")
_FIELDS = frozenset(
    {
        "end_time",
        "project_id",
        "record_type",
        "session_ids",
        "start_time",
    }
)


@_attrs_define
class AnnotationQueueSessionRecordInput:
    """AnnotationQueueSessionRecordInput

    Attributes:
        end_time (datetime.datetime): End of the time range. Must be after start_time.
        project_id (str): The project ID these sessions belong to.
        record_type (AnnotationQueueSessionRecordInputRecordType): Discriminator identifying this record as a session
            record.
        session_ids (list[str]): List of session IDs to add to the queue. A request may contain at most 100 session IDs
            in total across all record sources.
        start_time (datetime.datetime): Start of the time range used to resolve each session's first trace. The range
            (end_time - start_time) must not exceed 7 days.
    """

    end_time: datetime.datetime
    project_id: str
    record_type: AnnotationQueueSessionRecordInputRecordType
    session_ids: list[str]
    start_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time.isoformat()

        project_id = self.project_id

        record_type: str = self.record_type

        session_ids = self.session_ids

        start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "project_id": project_id,
                "record_type": record_type,
                "session_ids": session_ids,
                "start_time": start_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        end_time = datetime.datetime.fromisoformat(d["end_time"])

        project_id = d["project_id"]

        record_type = check_annotation_queue_session_record_input_record_type(d["record_type"])

        session_ids: list[str] = d["session_ids"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        annotation_queue_session_record_input = cls(
            end_time,
            project_id,
            record_type,
            session_ids,
            start_time,
        )

        if not d.keys() <= _FIELDS:
            annotation_queue_session_record_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotation_queue_session_record_input

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
