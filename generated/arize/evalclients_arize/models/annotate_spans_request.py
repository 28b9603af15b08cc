from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_granularity import RecordGranularity, check_record_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotate_record_input import AnnotateRecordInput


T = TypeVar("T", bound="AnnotateSpansRequest")
_FIELDS = frozenset(
    {
        "annotations",
        "project_id",
        "end_time",
        "granularity",
        "start_time",
    }
)


@_attrs_define
class AnnotateSpansRequest:
    """Batch annotation request for project spans.

    Attributes:
        annotations (list[AnnotateRecordInput]): Batch of annotations to write. Up to 1000 records per request for SPAN
            or TRACE granularity; up to 100 records per request for SESSION granularity.
        project_id (str): The project (model) ID whose spans are being annotated.
        end_time (datetime.datetime | Unset): End of the time range for span lookup. Optional; defaults to now.
        granularity (RecordGranularity | Unset): Granularity of an annotation queue record. - SPAN: The record
            represents a span. - TRACE: The record represents a trace. - SESSION: The record represents a session.
        start_time (datetime.datetime | Unset): Start of the time range for span lookup. Optional; defaults to 31 days
            before end_time, or 7 days before end_time when granularity is SESSION.
    """

    annotations: list[AnnotateRecordInput]
    project_id: str
    end_time: datetime.datetime | Unset = UNSET
    granularity: RecordGranularity | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        project_id = self.project_id

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "project_id": project_id,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotations = [
            AnnotateRecordInput.from_dict(annotations_item_data)
            for annotations_item_data in d["annotations"]
        ]

        project_id = d["project_id"]

        _end_time = d.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _granularity = d.get("granularity", UNSET)
        granularity: RecordGranularity | Unset
        if _granularity is UNSET:
            granularity = UNSET
        else:
            granularity = check_record_granularity(_granularity)

        _start_time = d.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        annotate_spans_request = cls(
            annotations,
            project_id,
            end_time,
            granularity,
            start_time,
        )

        if not d.keys() <= _FIELDS:
            annotate_spans_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotate_spans_request

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotateRecordInput
    from ..models.annotate_record_input import AnnotateRecordInput  # noqa: PLC0415

    _LAZY_PENDING = False
