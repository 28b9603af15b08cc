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
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_json_annotation import ExperimentJSONAnnotation
    from ..models.experiment_json_record_input import ExperimentJSONRecordInput
    from ..models.experiment_json_record_reference_output import ExperimentJSONRecordReferenceOutput


T = TypeVar("T", bound="ExperimentJSONRecord")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotations",
        "completion_token_count",
        "end_time",
        "error",
        "example_id",
        "input",
        "latency_ms",
        "output",
        "prompt_token_count",
        "reference_output",
        "repetition_number",
        "start_time",
        "trace_id",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("annotations", "_annotations_slot", True, 1, ""),
    (
        "completion_token_count",
        "completion_token_count",
        True,
        0,
        "completion_token_count: int | None = _j_completion_token_count\n\nif not (completion_token_count is None or type(completion_token_count) is int):\n    raise TypeError",
    ),
    ("end_time", "_end_time_slot", True, 2, ""),
    (
        "error",
        "error",
        True,
        0,
        "error: None | str = _j_error\n\nif not (error is None or type(error) is str):\n    raise TypeError",
    ),
    (
        "example_id",
        "example_id",
        True,
        0,
        "example_id = _j_example_id\nif not (type(example_id) is str):\n    raise TypeError",
    ),
    ("input", "_input__slot", True, 4, ""),
    (
        "latency_ms",
        "latency_ms",
        True,
        0,
        "latency_ms = _j_latency_ms\nif not (type(latency_ms) is float or type(latency_ms) is int):\n    raise TypeError",
    ),
    ("output", "output", True, 0, "output = _j_output"),
    (
        "prompt_token_count",
        "prompt_token_count",
        True,
        0,
        "prompt_token_count: int | None = _j_prompt_token_count\n\nif not (prompt_token_count is None or type(prompt_token_count) is int):\n    raise TypeError",
    ),
    ("reference_output", "_reference_output_slot", True, 8, ""),
    (
        "repetition_number",
        "repetition_number",
        True,
        0,
        "repetition_number = _j_repetition_number\nif not (type(repetition_number) is int):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", True, 16, ""),
    (
        "trace_id",
        "trace_id",
        True,
        0,
        "trace_id: None | str = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str):\n    raise TypeError",
    ),
)


@_attrs_define
class ExperimentJSONRecord:
    """One run of an experiment as GET /v1/experiments/{id}/json exports it.

    Attributes:
        annotations (list[ExperimentJSONAnnotation]):
        completion_token_count (int | None):
        end_time (datetime.datetime):
        error (None | str): The task's error; null on success.
        example_id (str): Global id of the dataset example.
        input_ (ExperimentJSONRecordInput): The example's input (at the experiment's dataset version).
        latency_ms (float):
        output (Any): The task's output (any JSON value; null when the run failed).
        prompt_token_count (int | None):
        reference_output (ExperimentJSONRecordReferenceOutput): The example's expected output (at the experiment's
            dataset version).
        repetition_number (int):
        start_time (datetime.datetime):
        trace_id (None | str):
    """

    annotations: list[ExperimentJSONAnnotation] | Unset
    completion_token_count: int | None | Unset
    end_time: datetime.datetime | Unset
    error: None | str | Unset
    example_id: str | Unset
    input_: ExperimentJSONRecordInput | Unset
    latency_ms: float | Unset
    output: Any | Unset
    prompt_token_count: int | None | Unset
    reference_output: ExperimentJSONRecordReferenceOutput | Unset
    repetition_number: int | Unset
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
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotations = _as_json(self.annotations)

        completion_token_count: int | None
        completion_token_count = self.completion_token_count

        try:
            end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        error: None | str
        error = self.error

        example_id = self.example_id

        try:
            input_ = self.input_.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_ = _as_json(self.input_)

        latency_ms = self.latency_ms

        output = self.output

        prompt_token_count: int | None
        prompt_token_count = self.prompt_token_count

        try:
            reference_output = self.reference_output.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            reference_output = _as_json(self.reference_output)

        repetition_number = self.repetition_number

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
                "annotations": annotations,
                "completion_token_count": completion_token_count,
                "end_time": end_time,
                "error": error,
                "example_id": example_id,
                "input": input_,
                "latency_ms": latency_ms,
                "output": output,
                "prompt_token_count": prompt_token_count,
                "reference_output": reference_output,
                "repetition_number": repetition_number,
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
        _annotations_raw = d.get("annotations", UNSET)
        if _annotations_raw is not UNSET and not _strict:
            annotations = _annotations_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                annotations = [
                    ExperimentJSONAnnotation.from_dict(annotations_item_data)
                    for annotations_item_data in d["annotations"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "annotations",
                    "list[ExperimentJSONAnnotation]",
                    "type",
                    lambda annotations_item_data: ExperimentJSONAnnotation.from_dict(
                        annotations_item_data
                    ),
                    _drifted,
                )

        try:
            completion_token_count: int | None = d["completion_token_count"]

            if not (completion_token_count is None or type(completion_token_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            completion_token_count, _drifted = _keep(
                cls, d, "completion_token_count", "int | None", "type", _drifted
            )

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 2
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
            example_id = d["example_id"]
            if not (type(example_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_id, _drifted = _keep(cls, d, "example_id", "str", "type", _drifted)

        _input__raw = d.get("input", UNSET)
        if _input__raw is not UNSET and not _strict:
            input_ = _input__raw  # decoded on first read
            _pending |= 4
        else:
            try:
                input_ = ExperimentJSONRecordInput.from_dict(d["input"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                input_, _drifted = _keep(
                    cls, d, "input", "ExperimentJSONRecordInput", "type", _drifted
                )

        try:
            latency_ms = d["latency_ms"]
            if not (type(latency_ms) is float or type(latency_ms) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            latency_ms, _drifted = _keep(cls, d, "latency_ms", "float", "type", _drifted)

        try:
            output = d["output"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        try:
            prompt_token_count: int | None = d["prompt_token_count"]

            if not (prompt_token_count is None or type(prompt_token_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_token_count, _drifted = _keep(
                cls, d, "prompt_token_count", "int | None", "type", _drifted
            )

        _reference_output_raw = d.get("reference_output", UNSET)
        if _reference_output_raw is not UNSET and not _strict:
            reference_output = _reference_output_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                reference_output = ExperimentJSONRecordReferenceOutput.from_dict(
                    d["reference_output"]
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                reference_output, _drifted = _keep(
                    cls,
                    d,
                    "reference_output",
                    "ExperimentJSONRecordReferenceOutput",
                    "type",
                    _drifted,
                )

        try:
            repetition_number = d["repetition_number"]
            if not (type(repetition_number) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            repetition_number, _drifted = _keep(
                cls, d, "repetition_number", "int", "type", _drifted
            )

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 16
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

        _experiment_json_record_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_json_record_._annotations_slot = annotations  # type: ignore[attr-defined]
        _experiment_json_record_.completion_token_count = completion_token_count
        _experiment_json_record_._end_time_slot = end_time  # type: ignore[attr-defined]
        _experiment_json_record_.error = error
        _experiment_json_record_.example_id = example_id
        _experiment_json_record_._input__slot = input_  # type: ignore[attr-defined]
        _experiment_json_record_.latency_ms = latency_ms
        _experiment_json_record_.output = output
        _experiment_json_record_.prompt_token_count = prompt_token_count
        _experiment_json_record_._reference_output_slot = reference_output  # type: ignore[attr-defined]
        _experiment_json_record_.repetition_number = repetition_number
        _experiment_json_record_._start_time_slot = start_time  # type: ignore[attr-defined]
        _experiment_json_record_.trace_id = trace_id
        _experiment_json_record_.additional_properties = {}
        _experiment_json_record_._pending = _pending

        if _extra:
            _experiment_json_record_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_json_record_, _drifted)
        return _experiment_json_record_

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


def _decode_annotations(self: ExperimentJSONRecord, raw: Any) -> Any:
    """``annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        annotations = [
            ExperimentJSONAnnotation.from_dict(annotations_item_data)
            for annotations_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        annotations, _drifted = _keep_each(
            type(self),
            {"annotations": raw},
            "annotations",
            "list[ExperimentJSONAnnotation]",
            "type",
            lambda annotations_item_data: ExperimentJSONAnnotation.from_dict(annotations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return annotations


_lazy(ExperimentJSONRecord, "annotations", 1, _decode_annotations)


def _decode_end_time(self: ExperimentJSONRecord, raw: Any) -> Any:
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


_lazy(ExperimentJSONRecord, "end_time", 2, _decode_end_time)


def _decode_input_(self: ExperimentJSONRecord, raw: Any) -> Any:
    """``input_`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        input_ = ExperimentJSONRecordInput.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        input_, _drifted = _keep(
            type(self), {"input": raw}, "input", "ExperimentJSONRecordInput", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return input_


_lazy(ExperimentJSONRecord, "input_", 4, _decode_input_)


def _decode_reference_output(self: ExperimentJSONRecord, raw: Any) -> Any:
    """``reference_output`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        reference_output = ExperimentJSONRecordReferenceOutput.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        reference_output, _drifted = _keep(
            type(self),
            {"reference_output": raw},
            "reference_output",
            "ExperimentJSONRecordReferenceOutput",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return reference_output


_lazy(ExperimentJSONRecord, "reference_output", 8, _decode_reference_output)


def _decode_start_time(self: ExperimentJSONRecord, raw: Any) -> Any:
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


_lazy(ExperimentJSONRecord, "start_time", 16, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ExperimentJSONAnnotation, \
        ExperimentJSONRecordInput, \
        ExperimentJSONRecordReferenceOutput
    from ..models.experiment_json_annotation import ExperimentJSONAnnotation  # noqa: PLC0415
    from ..models.experiment_json_record_input import ExperimentJSONRecordInput  # noqa: PLC0415
    from ..models.experiment_json_record_reference_output import ExperimentJSONRecordReferenceOutput  # noqa: PLC0415

    _LAZY_PENDING = False
