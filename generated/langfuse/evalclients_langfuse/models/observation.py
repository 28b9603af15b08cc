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
from ..models.observation_level import ObservationLevel, check_observation_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observation_cost_details import ObservationCostDetails
    from ..models.observation_usage_details import ObservationUsageDetails
    from ..models.usage import Usage


T = TypeVar("T", bound="Observation")
_new = object.__new__
_FIELDS = frozenset(
    {
        "completionStartTime",
        "costDetails",
        "endTime",
        "environment",
        "id",
        "input",
        "level",
        "metadata",
        "model",
        "modelParameters",
        "name",
        "output",
        "parentObservationId",
        "promptId",
        "startTime",
        "statusMessage",
        "traceId",
        "type",
        "usage",
        "usageDetails",
        "version",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("completionStartTime", "_completion_start_time_slot", True, 1, ""),
    ("costDetails", "_cost_details_slot", True, 2, ""),
    ("endTime", "_end_time_slot", True, 4, ""),
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("input", "input_", True, 0, "input_ = _j_input_"),
    ("level", "level", True, 0, "level = check_observation_level(_j_level)"),
    ("metadata", "metadata", True, 0, "metadata = _j_metadata"),
    (
        "model",
        "model",
        True,
        0,
        "model: None | str = _j_model\n\nif not (model is None or type(model) is str):\n    raise TypeError",
    ),
    ("modelParameters", "model_parameters", True, 0, "model_parameters = _j_model_parameters"),
    (
        "name",
        "name",
        True,
        0,
        "name: None | str = _j_name\n\nif not (name is None or type(name) is str):\n    raise TypeError",
    ),
    ("output", "output", True, 0, "output = _j_output"),
    (
        "parentObservationId",
        "parent_observation_id",
        True,
        0,
        "parent_observation_id: None | str = _j_parent_observation_id\n\nif not (parent_observation_id is None or type(parent_observation_id) is str):\n    raise TypeError",
    ),
    (
        "promptId",
        "prompt_id",
        True,
        0,
        "prompt_id: None | str = _j_prompt_id\n\nif not (prompt_id is None or type(prompt_id) is str):\n    raise TypeError",
    ),
    ("startTime", "_start_time_slot", True, 8, ""),
    (
        "statusMessage",
        "status_message",
        True,
        0,
        "status_message: None | str = _j_status_message\n\nif not (status_message is None or type(status_message) is str):\n    raise TypeError",
    ),
    (
        "traceId",
        "trace_id",
        True,
        0,
        "trace_id: None | str = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str):\n    raise TypeError",
    ),
    (
        "type",
        "type_",
        True,
        0,
        "type_ = _j_type_\nif not (type(type_) is str):\n    raise TypeError",
    ),
    ("usage", "_usage_slot", True, 16, ""),
    ("usageDetails", "_usage_details_slot", True, 32, ""),
    (
        "version",
        "version",
        True,
        0,
        "version: None | str = _j_version\n\nif not (version is None or type(version) is str):\n    raise TypeError",
    ),
)


@_attrs_define
class Observation:
    """
    Attributes:
        completion_start_time (datetime.datetime | None): The completion start time of the observation
        cost_details (ObservationCostDetails): The cost details of the observation. Key is the name of the cost metric,
            value is the cost in USD. The total key is the sum of all (non-total) cost metrics or the total value ingested.
        end_time (datetime.datetime | None): The end time of the observation.
        environment (str): The environment from which this observation originated. Can be any lowercase alphanumeric
            string with hyphens and underscores that does not start with 'langfuse'.
        id (str): The unique identifier of the observation
        input_ (Any): The input data of the observation
        level (ObservationLevel):
        metadata (Any): Additional metadata of the observation
        model (None | str): The model used for the observation
        model_parameters (Any): The parameters of the model used for the observation
        name (None | str): The name of the observation
        output (Any): The output data of the observation
        parent_observation_id (None | str): The parent observation ID
        prompt_id (None | str): The prompt ID associated with the observation
        start_time (datetime.datetime): The start time of the observation
        status_message (None | str): The status message of the observation
        trace_id (None | str): The trace ID associated with the observation
        type_ (str): The type of the observation
        usage (Usage): (Deprecated. Use usageDetails and costDetails instead.) Standard interface for usage and cost
        usage_details (ObservationUsageDetails): The usage details of the observation. Key is the name of the usage
            metric, value is the number of units consumed. The total key is the sum of all (non-total) usage metrics or the
            total value ingested.
        version (None | str): The version of the observation
    """

    completion_start_time: datetime.datetime | None | Unset
    cost_details: ObservationCostDetails | Unset
    end_time: datetime.datetime | None | Unset
    environment: str | Unset
    id: str | Unset
    input_: Any | Unset
    level: ObservationLevel | Unset
    metadata: Any | Unset
    model: None | str | Unset
    model_parameters: Any | Unset
    name: None | str | Unset
    output: Any | Unset
    parent_observation_id: None | str | Unset
    prompt_id: None | str | Unset
    start_time: datetime.datetime | Unset
    status_message: None | str | Unset
    trace_id: None | str | Unset
    type_: str | Unset
    usage: Usage | Unset
    usage_details: ObservationUsageDetails | Unset
    version: None | str | Unset
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
            completion_start_time: None | str
            if isinstance(self.completion_start_time, datetime.datetime):
                completion_start_time = self.completion_start_time.isoformat()
            else:
                completion_start_time = self.completion_start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            completion_start_time = _as_json(self.completion_start_time)

        try:
            cost_details = self.cost_details.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            cost_details = _as_json(self.cost_details)

        try:
            end_time: None | str
            if isinstance(self.end_time, datetime.datetime):
                end_time = self.end_time.isoformat()
            else:
                end_time = self.end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment = self.environment

        id = self.id

        input_ = self.input_

        try:
            level: str = self.level
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            level = _as_json(self.level)

        metadata = self.metadata

        model: None | str
        model = self.model

        model_parameters = self.model_parameters

        name: None | str
        name = self.name

        output = self.output

        parent_observation_id: None | str
        parent_observation_id = self.parent_observation_id

        prompt_id: None | str
        prompt_id = self.prompt_id

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        status_message: None | str
        status_message = self.status_message

        trace_id: None | str
        trace_id = self.trace_id

        type_ = self.type_

        try:
            usage = self.usage.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            usage = _as_json(self.usage)

        try:
            usage_details = self.usage_details.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            usage_details = _as_json(self.usage_details)

        version: None | str
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completionStartTime": completion_start_time,
                "costDetails": cost_details,
                "endTime": end_time,
                "environment": environment,
                "id": id,
                "input": input_,
                "level": level,
                "metadata": metadata,
                "model": model,
                "modelParameters": model_parameters,
                "name": name,
                "output": output,
                "parentObservationId": parent_observation_id,
                "promptId": prompt_id,
                "startTime": start_time,
                "statusMessage": status_message,
                "traceId": trace_id,
                "type": type_,
                "usage": usage,
                "usageDetails": usage_details,
                "version": version,
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
        _completion_start_time_raw = d.get("completionStartTime", UNSET)
        if _completion_start_time_raw is not UNSET and not _strict:
            completion_start_time = _completion_start_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _completion_start_time = d["completionStartTime"]
                completion_start_time = (
                    _completion_start_time
                    if _completion_start_time is None
                    else datetime.datetime.fromisoformat(_completion_start_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                completion_start_time, _drifted = _keep(
                    cls, d, "completionStartTime", "datetime.datetime | None", "union", _drifted
                )

        _cost_details_raw = d.get("costDetails", UNSET)
        if _cost_details_raw is not UNSET and not _strict:
            cost_details = _cost_details_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                cost_details = ObservationCostDetails.from_dict(d["costDetails"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                cost_details, _drifted = _keep(
                    cls, d, "costDetails", "ObservationCostDetails", "type", _drifted
                )

        _end_time_raw = d.get("endTime", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _end_time = d["endTime"]
                end_time = (
                    _end_time if _end_time is None else datetime.datetime.fromisoformat(_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "endTime", "datetime.datetime | None", "union", _drifted
                )

        try:
            environment = d["environment"]
            if not (type(environment) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            input_ = d["input"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            level = check_observation_level(d["level"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            level, _drifted = _keep(
                cls, d, "level", "one of DEBUG, DEFAULT, ERROR, WARNING", "enum", _drifted
            )

        try:
            metadata = d["metadata"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            model: None | str = d["model"]

            if not (model is None or type(model) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model, _drifted = _keep(cls, d, "model", "None | str", "type", _drifted)

        try:
            model_parameters = d["modelParameters"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_parameters, _drifted = _keep(cls, d, "modelParameters", "Any", "type", _drifted)

        try:
            name: None | str = d["name"]

            if not (name is None or type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            output = d["output"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        try:
            parent_observation_id: None | str = d["parentObservationId"]

            if not (parent_observation_id is None or type(parent_observation_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_observation_id, _drifted = _keep(
                cls, d, "parentObservationId", "None | str", "type", _drifted
            )

        try:
            prompt_id: None | str = d["promptId"]

            if not (prompt_id is None or type(prompt_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_id, _drifted = _keep(cls, d, "promptId", "None | str", "type", _drifted)

        _start_time_raw = d.get("startTime", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                start_time = datetime.datetime.fromisoformat(d["startTime"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "startTime", "datetime.datetime", "type", _drifted
                )

        try:
            status_message: None | str = d["statusMessage"]

            if not (status_message is None or type(status_message) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_message, _drifted = _keep(
                cls, d, "statusMessage", "None | str", "type", _drifted
            )

        try:
            trace_id: None | str = d["traceId"]

            if not (trace_id is None or type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "None | str", "type", _drifted)

        try:
            type_ = d["type"]
            if not (type(type_) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "str", "type", _drifted)

        _usage_raw = d.get("usage", UNSET)
        if _usage_raw is not UNSET and not _strict:
            usage = _usage_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                usage = Usage.from_dict(d["usage"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                usage, _drifted = _keep(cls, d, "usage", "Usage", "type", _drifted)

        _usage_details_raw = d.get("usageDetails", UNSET)
        if _usage_details_raw is not UNSET and not _strict:
            usage_details = _usage_details_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                usage_details = ObservationUsageDetails.from_dict(d["usageDetails"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                usage_details, _drifted = _keep(
                    cls, d, "usageDetails", "ObservationUsageDetails", "type", _drifted
                )

        try:
            version: None | str = d["version"]

            if not (version is None or type(version) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version, _drifted = _keep(cls, d, "version", "None | str", "type", _drifted)

        _observation_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _observation_._completion_start_time_slot = completion_start_time  # type: ignore[attr-defined]
        _observation_._cost_details_slot = cost_details  # type: ignore[attr-defined]
        _observation_._end_time_slot = end_time  # type: ignore[attr-defined]
        _observation_.environment = environment
        _observation_.id = id
        _observation_.input_ = input_
        _observation_.level = level
        _observation_.metadata = metadata
        _observation_.model = model
        _observation_.model_parameters = model_parameters
        _observation_.name = name
        _observation_.output = output
        _observation_.parent_observation_id = parent_observation_id
        _observation_.prompt_id = prompt_id
        _observation_._start_time_slot = start_time  # type: ignore[attr-defined]
        _observation_.status_message = status_message
        _observation_.trace_id = trace_id
        _observation_.type_ = type_
        _observation_._usage_slot = usage  # type: ignore[attr-defined]
        _observation_._usage_details_slot = usage_details  # type: ignore[attr-defined]
        _observation_.version = version
        _observation_.additional_properties = {}
        _observation_._pending = _pending

        if _extra:
            _observation_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_observation_, _drifted)
        return _observation_

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


def _decode_completion_start_time(self: Observation, raw: Any) -> Any:
    """``completion_start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _completion_start_time = raw
        completion_start_time = (
            _completion_start_time
            if _completion_start_time is None
            else datetime.datetime.fromisoformat(_completion_start_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        completion_start_time, _drifted = _keep(
            type(self),
            {"completionStartTime": raw},
            "completionStartTime",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return completion_start_time


_lazy(Observation, "completion_start_time", 1, _decode_completion_start_time)


def _decode_cost_details(self: Observation, raw: Any) -> Any:
    """``cost_details`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        cost_details = ObservationCostDetails.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        cost_details, _drifted = _keep(
            type(self),
            {"costDetails": raw},
            "costDetails",
            "ObservationCostDetails",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return cost_details


_lazy(Observation, "cost_details", 2, _decode_cost_details)


def _decode_end_time(self: Observation, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time = _end_time if _end_time is None else datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"endTime": raw}, "endTime", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(Observation, "end_time", 4, _decode_end_time)


def _decode_start_time(self: Observation, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        start_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"startTime": raw}, "startTime", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(Observation, "start_time", 8, _decode_start_time)


def _decode_usage(self: Observation, raw: Any) -> Any:
    """``usage`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        usage = Usage.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        usage, _drifted = _keep(type(self), {"usage": raw}, "usage", "Usage", "type", _drifted)

    if _drifted is not None:
        _note_more(self, _drifted)
    return usage


_lazy(Observation, "usage", 16, _decode_usage)


def _decode_usage_details(self: Observation, raw: Any) -> Any:
    """``usage_details`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        usage_details = ObservationUsageDetails.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        usage_details, _drifted = _keep(
            type(self),
            {"usageDetails": raw},
            "usageDetails",
            "ObservationUsageDetails",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return usage_details


_lazy(Observation, "usage_details", 32, _decode_usage_details)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ObservationCostDetails, ObservationUsageDetails, Usage
    from ..models.observation_cost_details import ObservationCostDetails  # noqa: PLC0415
    from ..models.observation_usage_details import ObservationUsageDetails  # noqa: PLC0415
    from ..models.usage import Usage  # noqa: PLC0415

    _LAZY_PENDING = False
