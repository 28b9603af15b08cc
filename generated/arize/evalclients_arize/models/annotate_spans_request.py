from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.record_granularity import RecordGranularity, check_record_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotate_record_input import AnnotateRecordInput


T = TypeVar("T", bound="AnnotateSpansRequest")
_new = object.__new__
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

    annotations: list[AnnotateRecordInput] | Unset
    project_id: str | Unset
    end_time: datetime.datetime | Unset = UNSET
    granularity: RecordGranularity | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotations = _as_json(self.annotations)

        project_id = self.project_id

        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        try:
            granularity: str | Unset = UNSET
            if not isinstance(self.granularity, Unset):
                granularity = self.granularity

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            granularity = _as_json(self.granularity)

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _annotations_raw = d.get("annotations", UNSET)
        if _annotations_raw is not UNSET and not _strict:
            annotations = _annotations_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                annotations = [
                    AnnotateRecordInput.from_dict(annotations_item_data)
                    for annotations_item_data in d["annotations"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "annotations",
                    "list[AnnotateRecordInput]",
                    "type",
                    lambda annotations_item_data: AnnotateRecordInput.from_dict(
                        annotations_item_data
                    ),
                    _drifted,
                )

        try:
            project_id = d["project_id"]
            if not (type(project_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time: datetime.datetime | Unset
                if _end_time is UNSET:
                    end_time = UNSET
                else:
                    end_time = datetime.datetime.fromisoformat(_end_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime", "type", _drifted
                )

        try:
            _granularity = d.get("granularity", UNSET)
            granularity: RecordGranularity | Unset
            if _granularity is UNSET:
                granularity = UNSET
            else:
                granularity = check_record_granularity(_granularity)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            granularity, _drifted = _keep(
                cls, d, "granularity", "one of SESSION, SPAN, TRACE", "enum", _drifted
            )

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time: datetime.datetime | Unset
                if _start_time is UNSET:
                    start_time = UNSET
                else:
                    start_time = datetime.datetime.fromisoformat(_start_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime", "type", _drifted
                )

        _annotate_spans_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotate_spans_request_._annotations_slot = annotations  # type: ignore[attr-defined]
        _annotate_spans_request_.project_id = project_id
        _annotate_spans_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _annotate_spans_request_.granularity = granularity
        _annotate_spans_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _annotate_spans_request_.additional_properties = {}
        _annotate_spans_request_._pending = _pending

        if _extra:
            _annotate_spans_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotate_spans_request_, _drifted)
        return _annotate_spans_request_

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


def _decode_annotations(self: AnnotateSpansRequest, raw: Any) -> Any:
    """``annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        annotations = [
            AnnotateRecordInput.from_dict(annotations_item_data) for annotations_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        annotations, _drifted = _keep_each(
            type(self),
            {"annotations": raw},
            "annotations",
            "list[AnnotateRecordInput]",
            "type",
            lambda annotations_item_data: AnnotateRecordInput.from_dict(annotations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return annotations


_lazy(AnnotateSpansRequest, "annotations", 1, _decode_annotations)


def _decode_end_time(self: AnnotateSpansRequest, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(AnnotateSpansRequest, "end_time", 2, _decode_end_time)


def _decode_start_time(self: AnnotateSpansRequest, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"start_time": raw}, "start_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(AnnotateSpansRequest, "start_time", 4, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotateRecordInput
    from ..models.annotate_record_input import AnnotateRecordInput  # noqa: PLC0415

    _LAZY_PENDING = False
