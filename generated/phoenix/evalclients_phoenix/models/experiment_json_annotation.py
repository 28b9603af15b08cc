from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.experiment_json_annotation_annotator_kind import (
    ExperimentJSONAnnotationAnnotatorKind,
    check_experiment_json_annotation_annotator_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_json_annotation_metadata import ExperimentJSONAnnotationMetadata


T = TypeVar("T", bound="ExperimentJSONAnnotation")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotator_kind",
        "end_time",
        "error",
        "explanation",
        "label",
        "metadata",
        "name",
        "score",
        "start_time",
        "trace_id",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "annotator_kind",
        "annotator_kind",
        True,
        0,
        "annotator_kind = check_experiment_json_annotation_annotator_kind(_j_annotator_kind)",
    ),
    ("end_time", "_end_time_slot", True, 1, ""),
    (
        "error",
        "error",
        True,
        0,
        "error: None | str = _j_error\n\nif not (error is None or type(error) is str):\n    raise TypeError",
    ),
    (
        "explanation",
        "explanation",
        True,
        0,
        "explanation: None | str = _j_explanation\n\nif not (explanation is None or type(explanation) is str):\n    raise TypeError",
    ),
    (
        "label",
        "label",
        True,
        0,
        "label: None | str = _j_label\n\nif not (label is None or type(label) is str):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", True, 2, ""),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "score",
        "score",
        True,
        0,
        "score: float | None = _j_score\n\nif not (score is None or type(score) is float or type(score) is int):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", True, 4, ""),
    (
        "trace_id",
        "trace_id",
        True,
        0,
        "trace_id: None | str = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str):\n    raise TypeError",
    ),
)


@_attrs_define
class ExperimentJSONAnnotation:
    """One evaluation of a run. An evaluation that failed has an error and no label, score or explanation; it is exported
    all the same.

        Attributes:
            annotator_kind (ExperimentJSONAnnotationAnnotatorKind):
            end_time (datetime.datetime):
            error (None | str):
            explanation (None | str):
            label (None | str):
            metadata (ExperimentJSONAnnotationMetadata):
            name (str):
            score (float | None):
            start_time (datetime.datetime):
            trace_id (None | str):
    """

    annotator_kind: ExperimentJSONAnnotationAnnotatorKind | Unset
    end_time: datetime.datetime | Unset
    error: None | str | Unset
    explanation: None | str | Unset
    label: None | str | Unset
    metadata: ExperimentJSONAnnotationMetadata | Unset
    name: str | Unset
    score: float | None | Unset
    start_time: datetime.datetime | Unset
    trace_id: None | str | Unset
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
            annotator_kind: str = self.annotator_kind
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotator_kind = _as_json(self.annotator_kind)

        try:
            end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        error: None | str
        error = self.error

        explanation: None | str
        explanation = self.explanation

        label: None | str
        label = self.label

        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        name = self.name

        score: float | None
        score = self.score

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        trace_id: None | str
        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotator_kind": annotator_kind,
                "end_time": end_time,
                "error": error,
                "explanation": explanation,
                "label": label,
                "metadata": metadata,
                "name": name,
                "score": score,
                "start_time": start_time,
                "trace_id": trace_id,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            annotator_kind = check_experiment_json_annotation_annotator_kind(d["annotator_kind"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotator_kind, _drifted = _keep(
                cls, d, "annotator_kind", "one of CODE, HUMAN, LLM", "enum", _drifted
            )

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                end_time = datetime.datetime.fromisoformat(d["end_time"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime", "type", _drifted
                )

        try:
            error: None | str = d["error"]

            if not (error is None or type(error) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "None | str", "type", _drifted)

        try:
            explanation: None | str = d["explanation"]

            if not (explanation is None or type(explanation) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            explanation, _drifted = _keep(cls, d, "explanation", "None | str", "type", _drifted)

        try:
            label: None | str = d["label"]

            if not (label is None or type(label) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            label, _drifted = _keep(cls, d, "label", "None | str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is not UNSET and not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                metadata = ExperimentJSONAnnotationMetadata.from_dict(d["metadata"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "ExperimentJSONAnnotationMetadata", "type", _drifted
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            score: float | None = d["score"]

            if not (score is None or type(score) is float or type(score) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            score, _drifted = _keep(cls, d, "score", "float | None", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                start_time = datetime.datetime.fromisoformat(d["start_time"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime", "type", _drifted
                )

        try:
            trace_id: None | str = d["trace_id"]

            if not (trace_id is None or type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "None | str", "type", _drifted)

        _experiment_json_annotation_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_json_annotation_.annotator_kind = annotator_kind
        _experiment_json_annotation_._end_time_slot = end_time  # type: ignore[attr-defined]
        _experiment_json_annotation_.error = error
        _experiment_json_annotation_.explanation = explanation
        _experiment_json_annotation_.label = label
        _experiment_json_annotation_._metadata_slot = metadata  # type: ignore[attr-defined]
        _experiment_json_annotation_.name = name
        _experiment_json_annotation_.score = score
        _experiment_json_annotation_._start_time_slot = start_time  # type: ignore[attr-defined]
        _experiment_json_annotation_.trace_id = trace_id
        _experiment_json_annotation_.additional_properties = {}
        _experiment_json_annotation_._pending = _pending

        if _extra:
            _experiment_json_annotation_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_json_annotation_, _drifted)
        return _experiment_json_annotation_

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


def _decode_end_time(self: ExperimentJSONAnnotation, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        end_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(ExperimentJSONAnnotation, "end_time", 1, _decode_end_time)


def _decode_metadata(self: ExperimentJSONAnnotation, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        metadata = ExperimentJSONAnnotationMetadata.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "ExperimentJSONAnnotationMetadata",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(ExperimentJSONAnnotation, "metadata", 2, _decode_metadata)


def _decode_start_time(self: ExperimentJSONAnnotation, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        start_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"start_time": raw}, "start_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(ExperimentJSONAnnotation, "start_time", 4, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentJSONAnnotationMetadata
    from ..models.experiment_json_annotation_metadata import ExperimentJSONAnnotationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
