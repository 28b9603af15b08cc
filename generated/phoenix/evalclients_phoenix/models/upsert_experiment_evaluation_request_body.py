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
from ..models.upsert_experiment_evaluation_request_body_annotator_kind import (
    UpsertExperimentEvaluationRequestBodyAnnotatorKind,
    check_upsert_experiment_evaluation_request_body_annotator_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_evaluation_result import ExperimentEvaluationResult
    from ..models.upsert_experiment_evaluation_request_body_metadata_type_0 import (
        UpsertExperimentEvaluationRequestBodyMetadataType0,
    )


T = TypeVar("T", bound="UpsertExperimentEvaluationRequestBody")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotator_kind",
        "end_time",
        "experiment_run_id",
        "name",
        "start_time",
        "error",
        "metadata",
        "result",
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
        "annotator_kind = check_upsert_experiment_evaluation_request_body_annotator_kind(_j_annotator_kind)",
    ),
    ("end_time", "_end_time_slot", True, 1, ""),
    (
        "experiment_run_id",
        "experiment_run_id",
        True,
        0,
        "experiment_run_id = _j_experiment_run_id\nif not (type(experiment_run_id) is str):\n    raise TypeError",
    ),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("start_time", "_start_time_slot", True, 2, ""),
    (
        "error",
        "error",
        False,
        0,
        "error: None | str | Unset = _j_error\n\nif not (error is None or type(error) is str or error is UNSET):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", False, 4, ""),
    ("result", "_result_slot", False, 8, ""),
    (
        "trace_id",
        "trace_id",
        False,
        0,
        "trace_id: None | str | Unset = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str or trace_id is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class UpsertExperimentEvaluationRequestBody:
    """
    Attributes:
        annotator_kind (UpsertExperimentEvaluationRequestBodyAnnotatorKind): The kind of annotator used for the
            evaluation
        end_time (datetime.datetime): The end time of the evaluation in ISO format
        experiment_run_id (str): The ID of the experiment run being evaluated
        name (str): The name of the evaluation
        start_time (datetime.datetime): The start time of the evaluation in ISO format
        error (None | str | Unset): Error message if the evaluation encountered an error. Either result or error must be
            provided.
        metadata (None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0): Metadata for the evaluation
        result (ExperimentEvaluationResult | None | Unset): The result of the evaluation. Either result or error must be
            provided.
        trace_id (None | str | Unset): Optional trace ID for tracking
    """

    annotator_kind: UpsertExperimentEvaluationRequestBodyAnnotatorKind | Unset
    end_time: datetime.datetime | Unset
    experiment_run_id: str | Unset
    name: str | Unset
    start_time: datetime.datetime | Unset
    error: None | str | Unset = UNSET
    metadata: None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0 = UNSET
    result: ExperimentEvaluationResult | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
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

        experiment_run_id = self.experiment_run_id

        name = self.name

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, UpsertExperimentEvaluationRequestBodyMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            result: dict[str, Any] | None | Unset
            if isinstance(self.result, Unset):
                result = UNSET
            elif isinstance(self.result, ExperimentEvaluationResult):
                result = self.result.to_dict()
            else:
                result = self.result
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            result = _as_json(self.result)

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotator_kind": annotator_kind,
                "end_time": end_time,
                "experiment_run_id": experiment_run_id,
                "name": name,
                "start_time": start_time,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if result is not UNSET:
            field_dict["result"] = result
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

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
            annotator_kind = check_upsert_experiment_evaluation_request_body_annotator_kind(
                d["annotator_kind"]
            )
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
            experiment_run_id = d["experiment_run_id"]
            if not (type(experiment_run_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_run_id, _drifted = _keep(
                cls, d, "experiment_run_id", "str", "type", _drifted
            )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 2
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
            error: None | str | Unset = d.get("error", UNSET)

            if not (error is None or type(error) is str or error is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "None | str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata = (
                    _metadata
                    if _metadata is None or _metadata is UNSET
                    else _parse_metadata(_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls,
                    d,
                    "metadata",
                    "None | UpsertExperimentEvaluationRequestBodyMetadataType0",
                    "union",
                    _drifted,
                )

        _result_raw = d.get("result", UNSET)
        if _result_raw is UNSET:
            result = UNSET
        elif not _strict:
            result = _result_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _result = d.get("result", UNSET)
                result = _result if _result is None or _result is UNSET else _parse_result(_result)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                result, _drifted = _keep(
                    cls, d, "result", "ExperimentEvaluationResult | None", "union", _drifted
                )

        try:
            trace_id: None | str | Unset = d.get("trace_id", UNSET)

            if not (trace_id is None or type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "None | str", "type", _drifted)

        _upsert_experiment_evaluation_request_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _upsert_experiment_evaluation_request_body_.annotator_kind = annotator_kind
        _upsert_experiment_evaluation_request_body_._end_time_slot = end_time  # type: ignore[attr-defined]
        _upsert_experiment_evaluation_request_body_.experiment_run_id = experiment_run_id
        _upsert_experiment_evaluation_request_body_.name = name
        _upsert_experiment_evaluation_request_body_._start_time_slot = start_time  # type: ignore[attr-defined]
        _upsert_experiment_evaluation_request_body_.error = error
        _upsert_experiment_evaluation_request_body_._metadata_slot = metadata  # type: ignore[attr-defined]
        _upsert_experiment_evaluation_request_body_._result_slot = result  # type: ignore[attr-defined]
        _upsert_experiment_evaluation_request_body_.trace_id = trace_id
        _upsert_experiment_evaluation_request_body_.additional_properties = {}
        _upsert_experiment_evaluation_request_body_._pending = _pending

        if _extra:
            _upsert_experiment_evaluation_request_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_upsert_experiment_evaluation_request_body_, _drifted)
        return _upsert_experiment_evaluation_request_body_

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


def _parse_metadata(
    data: object,
) -> None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = UpsertExperimentEvaluationRequestBodyMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_result(data: object) -> ExperimentEvaluationResult | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        result_type_0 = ExperimentEvaluationResult.from_dict(data)

        return result_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_end_time(self: UpsertExperimentEvaluationRequestBody, raw: Any) -> Any:
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


_lazy(UpsertExperimentEvaluationRequestBody, "end_time", 1, _decode_end_time)


def _decode_start_time(self: UpsertExperimentEvaluationRequestBody, raw: Any) -> Any:
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


_lazy(UpsertExperimentEvaluationRequestBody, "start_time", 2, _decode_start_time)


def _decode_metadata(self: UpsertExperimentEvaluationRequestBody, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata = (
            _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "None | UpsertExperimentEvaluationRequestBodyMetadataType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(UpsertExperimentEvaluationRequestBody, "metadata", 4, _decode_metadata)


def _decode_result(self: UpsertExperimentEvaluationRequestBody, raw: Any) -> Any:
    """``result`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _result = raw
        result = _result if _result is None or _result is UNSET else _parse_result(_result)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        result, _drifted = _keep(
            type(self),
            {"result": raw},
            "result",
            "ExperimentEvaluationResult | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return result


_lazy(UpsertExperimentEvaluationRequestBody, "result", 8, _decode_result)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ExperimentEvaluationResult, \
        UpsertExperimentEvaluationRequestBodyMetadataType0
    from ..models.experiment_evaluation_result import ExperimentEvaluationResult  # noqa: PLC0415
    from ..models.upsert_experiment_evaluation_request_body_metadata_type_0 import (
        UpsertExperimentEvaluationRequestBodyMetadataType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
