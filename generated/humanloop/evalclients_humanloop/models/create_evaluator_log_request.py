from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_evaluator_request import CodeEvaluatorRequest
    from ..models.create_evaluator_log_request_inputs import CreateEvaluatorLogRequestInputs
    from ..models.create_evaluator_log_request_metadata import CreateEvaluatorLogRequestMetadata
    from ..models.create_evaluator_log_request_provider_request import (
        CreateEvaluatorLogRequestProviderRequest,
    )
    from ..models.create_evaluator_log_request_provider_response import (
        CreateEvaluatorLogRequestProviderResponse,
    )
    from ..models.external_evaluator_request import ExternalEvaluatorRequest
    from ..models.human_evaluator_request import HumanEvaluatorRequest
    from ..models.llm_evaluator_request import LLMEvaluatorRequest


T = TypeVar("T", bound="CreateEvaluatorLogRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "parent_id",
        "batch_id",
        "created_at",
        "end_time",
        "environment",
        "error",
        "id",
        "inputs",
        "judgment",
        "metadata",
        "output",
        "path",
        "provider_latency",
        "provider_request",
        "provider_response",
        "save",
        "source",
        "source_datapoint_id",
        "spec",
        "start_time",
        "stdout",
        "trace_parent_id",
        "user",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "parent_id",
        "parent_id",
        True,
        0,
        "parent_id = _j_parent_id\nif not (type(parent_id) is str):\n    raise TypeError",
    ),
    (
        "batch_id",
        "batch_id",
        False,
        0,
        "batch_id = _j_batch_id\nif not (type(batch_id) is str or batch_id is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    ("end_time", "_end_time_slot", False, 2, ""),
    (
        "environment",
        "environment",
        False,
        0,
        "environment = _j_environment\nif not (type(environment) is str or environment is UNSET):\n    raise TypeError",
    ),
    (
        "error",
        "error",
        False,
        0,
        "error = _j_error\nif not (type(error) is str or error is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    ("inputs", "_inputs_slot", False, 4, ""),
    (
        "judgment",
        "judgment",
        False,
        0,
        "_judgment = _j_judgment\njudgment = _judgment if _judgment is UNSET else _parse_judgment(_judgment)",
    ),
    ("metadata", "_metadata_slot", False, 8, ""),
    (
        "output",
        "output",
        False,
        0,
        "output = _j_output\nif not (type(output) is str or output is UNSET):\n    raise TypeError",
    ),
    (
        "path",
        "path",
        False,
        0,
        "path = _j_path\nif not (type(path) is str or path is UNSET):\n    raise TypeError",
    ),
    (
        "provider_latency",
        "provider_latency",
        False,
        0,
        "provider_latency = _j_provider_latency\nif not (type(provider_latency) is float or type(provider_latency) is int or provider_latency is UNSET):\n    raise TypeError",
    ),
    ("provider_request", "_provider_request_slot", False, 16, ""),
    ("provider_response", "_provider_response_slot", False, 32, ""),
    (
        "save",
        "save",
        False,
        0,
        "save = _j_save\nif not (type(save) is bool or save is UNSET):\n    raise TypeError",
    ),
    (
        "source",
        "source",
        False,
        0,
        "source = _j_source\nif not (type(source) is str or source is UNSET):\n    raise TypeError",
    ),
    (
        "source_datapoint_id",
        "source_datapoint_id",
        False,
        0,
        "source_datapoint_id = _j_source_datapoint_id\nif not (type(source_datapoint_id) is str or source_datapoint_id is UNSET):\n    raise TypeError",
    ),
    ("spec", "_spec_slot", False, 64, ""),
    ("start_time", "_start_time_slot", False, 128, ""),
    (
        "stdout",
        "stdout",
        False,
        0,
        "stdout = _j_stdout\nif not (type(stdout) is str or stdout is UNSET):\n    raise TypeError",
    ),
    (
        "trace_parent_id",
        "trace_parent_id",
        False,
        0,
        "trace_parent_id = _j_trace_parent_id\nif not (type(trace_parent_id) is str or trace_parent_id is UNSET):\n    raise TypeError",
    ),
    (
        "user",
        "user",
        False,
        0,
        "user = _j_user\nif not (type(user) is str or user is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateEvaluatorLogRequest:
    """Submit Evaluator judgment for another File's Log.

    Attributes:
        parent_id (str): Identifier of the evaluated Log. The newly created Log will have this one set as parent.
        batch_id (str | Unset): Unique identifier for the Batch to add this Batch to. Batches are used to group Logs
            together for Evaluations. A Batch will be created if one with the given ID does not exist.
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        end_time (datetime.datetime | Unset): When the logged event ended.
        environment (str | Unset): The name of the Environment the Log is associated to.
        error (str | Unset): Error message if the log is an error.
        id (str | Unset): ID for an existing Evaluator.
        inputs (CreateEvaluatorLogRequestInputs | Unset): The inputs passed to the prompt template.
        judgment (bool | float | list[str] | str | Unset): Evaluator assessment of the Log.
        metadata (CreateEvaluatorLogRequestMetadata | Unset): Any additional metadata to record.
        output (str | Unset): Generated output from the LLM. Only populated for LLM Evaluator Logs.
        path (str | Unset): Path of the Evaluator, including the name. This locates the Evaluator in the Humanloop
            filesystem and is used as as a unique identifier. For example: `folder/name` or just `name`.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        provider_request (CreateEvaluatorLogRequestProviderRequest | Unset): Raw request sent to provider. Only
            populated for LLM Evaluator Logs.
        provider_response (CreateEvaluatorLogRequestProviderResponse | Unset): Raw response received the provider. Only
            populated for LLM Evaluator Logs.
        save (bool | Unset): Whether the request/response payloads will be stored on Humanloop. Default: True.
        source (str | Unset): Identifies where the model was called from.
        source_datapoint_id (str | Unset): Unique identifier for the Datapoint that this Log is derived from. This can
            be used by Humanloop to associate Logs to Evaluations. If provided, Humanloop will automatically associate this
            Log to Evaluations that require a Log for this Datapoint-Version pair.
        spec (CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest | Unset):
        start_time (datetime.datetime | Unset): When the logged event started.
        stdout (str | Unset): Captured log and debug statements.
        trace_parent_id (str | Unset): The ID of the parent Log to nest this Log under in a Trace.
        user (str | Unset): End-user ID related to the Log.
    """

    parent_id: str | Unset
    batch_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    environment: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    inputs: CreateEvaluatorLogRequestInputs | Unset = UNSET
    judgment: bool | float | list[str] | str | Unset = UNSET
    metadata: CreateEvaluatorLogRequestMetadata | Unset = UNSET
    output: str | Unset = UNSET
    path: str | Unset = UNSET
    provider_latency: float | Unset = UNSET
    provider_request: CreateEvaluatorLogRequestProviderRequest | Unset = UNSET
    provider_response: CreateEvaluatorLogRequestProviderResponse | Unset = UNSET
    save: bool | Unset = True
    source: str | Unset = UNSET
    source_datapoint_id: str | Unset = UNSET
    spec: (
        CodeEvaluatorRequest
        | ExternalEvaluatorRequest
        | HumanEvaluatorRequest
        | LLMEvaluatorRequest
        | Unset
    ) = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stdout: str | Unset = UNSET
    trace_parent_id: str | Unset = UNSET
    user: str | Unset = UNSET
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
        parent_id = self.parent_id

        batch_id = self.batch_id

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment = self.environment

        error = self.error

        id = self.id

        try:
            inputs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.inputs, Unset):
                inputs = self.inputs.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        try:
            judgment: bool | float | list[str] | str | Unset
            if isinstance(self.judgment, Unset):
                judgment = UNSET
            elif isinstance(self.judgment, list):
                judgment = self.judgment

            else:
                judgment = self.judgment
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            judgment = _as_json(self.judgment)

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        output = self.output

        path = self.path

        provider_latency = self.provider_latency

        try:
            provider_request: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_request, Unset):
                provider_request = self.provider_request.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_request = _as_json(self.provider_request)

        try:
            provider_response: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_response, Unset):
                provider_response = self.provider_response.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_response = _as_json(self.provider_response)

        save = self.save

        source = self.source

        source_datapoint_id = self.source_datapoint_id

        try:
            spec: dict[str, Any] | Unset
            if isinstance(self.spec, Unset):
                spec = UNSET
            elif isinstance(self.spec, LLMEvaluatorRequest):
                spec = self.spec.to_dict()
            elif isinstance(self.spec, CodeEvaluatorRequest):
                spec = self.spec.to_dict()
            elif isinstance(self.spec, HumanEvaluatorRequest):
                spec = self.spec.to_dict()
            else:
                spec = self.spec.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spec = _as_json(self.spec)

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        stdout = self.stdout

        trace_parent_id = self.trace_parent_id

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parent_id": parent_id,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment is not UNSET:
            field_dict["environment"] = environment
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if judgment is not UNSET:
            field_dict["judgment"] = judgment
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if path is not UNSET:
            field_dict["path"] = path
        if provider_latency is not UNSET:
            field_dict["provider_latency"] = provider_latency
        if provider_request is not UNSET:
            field_dict["provider_request"] = provider_request
        if provider_response is not UNSET:
            field_dict["provider_response"] = provider_response
        if save is not UNSET:
            field_dict["save"] = save
        if source is not UNSET:
            field_dict["source"] = source
        if source_datapoint_id is not UNSET:
            field_dict["source_datapoint_id"] = source_datapoint_id
        if spec is not UNSET:
            field_dict["spec"] = spec
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if trace_parent_id is not UNSET:
            field_dict["trace_parent_id"] = trace_parent_id
        if user is not UNSET:
            field_dict["user"] = user

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
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 2, globals())
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
            parent_id = d["parent_id"]
            if not (type(parent_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_id, _drifted = _keep(cls, d, "parent_id", "str", "type", _drifted)

        try:
            batch_id = d.get("batch_id", UNSET)
            if not (type(batch_id) is str or batch_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batch_id, _drifted = _keep(cls, d, "batch_id", "str", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

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
            environment = d.get("environment", UNSET)
            if not (type(environment) is str or environment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            error = d.get("error", UNSET)
            if not (type(error) is str or error is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is UNSET:
            inputs = UNSET
        elif not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: CreateEvaluatorLogRequestInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = CreateEvaluatorLogRequestInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "CreateEvaluatorLogRequestInputs", "type", _drifted
                )

        try:
            _judgment = d.get("judgment", UNSET)
            judgment = _judgment if _judgment is UNSET else _parse_judgment(_judgment)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            judgment, _drifted = _keep(
                cls, d, "judgment", "bool | float | list[str] | str", "union", _drifted
            )

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: CreateEvaluatorLogRequestMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = CreateEvaluatorLogRequestMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "CreateEvaluatorLogRequestMetadata", "type", _drifted
                )

        try:
            output = d.get("output", UNSET)
            if not (type(output) is str or output is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "str", "type", _drifted)

        try:
            path = d.get("path", UNSET)
            if not (type(path) is str or path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        try:
            provider_latency = d.get("provider_latency", UNSET)
            if not (
                type(provider_latency) is float
                or type(provider_latency) is int
                or provider_latency is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider_latency, _drifted = _keep(
                cls, d, "provider_latency", "float", "type", _drifted
            )

        _provider_request_raw = d.get("provider_request", UNSET)
        if _provider_request_raw is UNSET:
            provider_request = UNSET
        elif not _strict:
            provider_request = _provider_request_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _provider_request = d.get("provider_request", UNSET)
                provider_request: CreateEvaluatorLogRequestProviderRequest | Unset
                if _provider_request is UNSET:
                    provider_request = UNSET
                else:
                    provider_request = CreateEvaluatorLogRequestProviderRequest.from_dict(
                        _provider_request
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_request, _drifted = _keep(
                    cls,
                    d,
                    "provider_request",
                    "CreateEvaluatorLogRequestProviderRequest",
                    "type",
                    _drifted,
                )

        _provider_response_raw = d.get("provider_response", UNSET)
        if _provider_response_raw is UNSET:
            provider_response = UNSET
        elif not _strict:
            provider_response = _provider_response_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _provider_response = d.get("provider_response", UNSET)
                provider_response: CreateEvaluatorLogRequestProviderResponse | Unset
                if _provider_response is UNSET:
                    provider_response = UNSET
                else:
                    provider_response = CreateEvaluatorLogRequestProviderResponse.from_dict(
                        _provider_response
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_response, _drifted = _keep(
                    cls,
                    d,
                    "provider_response",
                    "CreateEvaluatorLogRequestProviderResponse",
                    "type",
                    _drifted,
                )

        try:
            save = d.get("save", UNSET)
            if not (type(save) is bool or save is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            save, _drifted = _keep(cls, d, "save", "bool", "type", _drifted)

        try:
            source = d.get("source", UNSET)
            if not (type(source) is str or source is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source, _drifted = _keep(cls, d, "source", "str", "type", _drifted)

        try:
            source_datapoint_id = d.get("source_datapoint_id", UNSET)
            if not (type(source_datapoint_id) is str or source_datapoint_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_datapoint_id, _drifted = _keep(
                cls, d, "source_datapoint_id", "str", "type", _drifted
            )

        _spec_raw = d.get("spec", UNSET)
        if _spec_raw is UNSET:
            spec = UNSET
        elif not _strict:
            spec = _spec_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _spec = d.get("spec", UNSET)
                spec = _spec if _spec is UNSET else _parse_spec(_spec)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spec, _drifted = _keep(
                    cls,
                    d,
                    "spec",
                    "CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest",
                    "union",
                    _drifted,
                )

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 128
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

        try:
            stdout = d.get("stdout", UNSET)
            if not (type(stdout) is str or stdout is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stdout, _drifted = _keep(cls, d, "stdout", "str", "type", _drifted)

        try:
            trace_parent_id = d.get("trace_parent_id", UNSET)
            if not (type(trace_parent_id) is str or trace_parent_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_parent_id, _drifted = _keep(cls, d, "trace_parent_id", "str", "type", _drifted)

        try:
            user = d.get("user", UNSET)
            if not (type(user) is str or user is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user, _drifted = _keep(cls, d, "user", "str", "type", _drifted)

        _create_evaluator_log_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_evaluator_log_request_.parent_id = parent_id
        _create_evaluator_log_request_.batch_id = batch_id
        _create_evaluator_log_request_._created_at_slot = created_at  # type: ignore[attr-defined]
        _create_evaluator_log_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _create_evaluator_log_request_.environment = environment
        _create_evaluator_log_request_.error = error
        _create_evaluator_log_request_.id = id
        _create_evaluator_log_request_._inputs_slot = inputs  # type: ignore[attr-defined]
        _create_evaluator_log_request_.judgment = judgment
        _create_evaluator_log_request_._metadata_slot = metadata  # type: ignore[attr-defined]
        _create_evaluator_log_request_.output = output
        _create_evaluator_log_request_.path = path
        _create_evaluator_log_request_.provider_latency = provider_latency
        _create_evaluator_log_request_._provider_request_slot = provider_request  # type: ignore[attr-defined]
        _create_evaluator_log_request_._provider_response_slot = provider_response  # type: ignore[attr-defined]
        _create_evaluator_log_request_.save = save
        _create_evaluator_log_request_.source = source
        _create_evaluator_log_request_.source_datapoint_id = source_datapoint_id
        _create_evaluator_log_request_._spec_slot = spec  # type: ignore[attr-defined]
        _create_evaluator_log_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _create_evaluator_log_request_.stdout = stdout
        _create_evaluator_log_request_.trace_parent_id = trace_parent_id
        _create_evaluator_log_request_.user = user
        _create_evaluator_log_request_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_evaluator_log_request_, _drifted)
        return _create_evaluator_log_request_


def _parse_judgment(data: object) -> bool | float | list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        judgment_type_2: list[str] = data

        return judgment_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(bool | float | list[str] | str | Unset, data)


def _parse_spec(
    data: object,
) -> (
    CodeEvaluatorRequest
    | ExternalEvaluatorRequest
    | HumanEvaluatorRequest
    | LLMEvaluatorRequest
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        spec_type_0 = LLMEvaluatorRequest.from_dict(data, _strict=True)

        return spec_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        spec_type_1 = CodeEvaluatorRequest.from_dict(data, _strict=True)

        return spec_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        spec_type_2 = HumanEvaluatorRequest.from_dict(data, _strict=True)

        return spec_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    spec_type_3 = ExternalEvaluatorRequest.from_dict(data, _strict=True)

    return spec_type_3


def _decode_created_at(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(CreateEvaluatorLogRequest, "created_at", 1, _decode_created_at)


def _decode_end_time(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
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


_lazy(CreateEvaluatorLogRequest, "end_time", 2, _decode_end_time)


def _decode_inputs(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: CreateEvaluatorLogRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = CreateEvaluatorLogRequestInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self),
            {"inputs": raw},
            "inputs",
            "CreateEvaluatorLogRequestInputs",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(CreateEvaluatorLogRequest, "inputs", 4, _decode_inputs)


def _decode_metadata(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: CreateEvaluatorLogRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateEvaluatorLogRequestMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "CreateEvaluatorLogRequestMetadata",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(CreateEvaluatorLogRequest, "metadata", 8, _decode_metadata)


def _decode_provider_request(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
    """``provider_request`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_request = raw
        provider_request: CreateEvaluatorLogRequestProviderRequest | Unset
        if _provider_request is UNSET:
            provider_request = UNSET
        else:
            provider_request = CreateEvaluatorLogRequestProviderRequest.from_dict(_provider_request)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_request, _drifted = _keep(
            type(self),
            {"provider_request": raw},
            "provider_request",
            "CreateEvaluatorLogRequestProviderRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_request


_lazy(CreateEvaluatorLogRequest, "provider_request", 16, _decode_provider_request)


def _decode_provider_response(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
    """``provider_response`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_response = raw
        provider_response: CreateEvaluatorLogRequestProviderResponse | Unset
        if _provider_response is UNSET:
            provider_response = UNSET
        else:
            provider_response = CreateEvaluatorLogRequestProviderResponse.from_dict(
                _provider_response
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_response, _drifted = _keep(
            type(self),
            {"provider_response": raw},
            "provider_response",
            "CreateEvaluatorLogRequestProviderResponse",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_response


_lazy(CreateEvaluatorLogRequest, "provider_response", 32, _decode_provider_response)


def _decode_spec(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
    """``spec`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _spec = raw
        spec = _spec if _spec is UNSET else _parse_spec(_spec)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spec, _drifted = _keep(
            type(self),
            {"spec": raw},
            "spec",
            "CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spec


_lazy(CreateEvaluatorLogRequest, "spec", 64, _decode_spec)


def _decode_start_time(self: CreateEvaluatorLogRequest, raw: Any) -> Any:
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


_lazy(CreateEvaluatorLogRequest, "start_time", 128, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CodeEvaluatorRequest, \
        CreateEvaluatorLogRequestInputs, \
        CreateEvaluatorLogRequestMetadata, \
        CreateEvaluatorLogRequestProviderRequest, \
        CreateEvaluatorLogRequestProviderResponse, \
        ExternalEvaluatorRequest, \
        HumanEvaluatorRequest, \
        LLMEvaluatorRequest
    from ..models.code_evaluator_request import CodeEvaluatorRequest  # noqa: PLC0415
    from ..models.create_evaluator_log_request_inputs import CreateEvaluatorLogRequestInputs  # noqa: PLC0415
    from ..models.create_evaluator_log_request_metadata import CreateEvaluatorLogRequestMetadata  # noqa: PLC0415
    from ..models.create_evaluator_log_request_provider_request import (
        CreateEvaluatorLogRequestProviderRequest,  # noqa: PLC0415
    )
    from ..models.create_evaluator_log_request_provider_response import (
        CreateEvaluatorLogRequestProviderResponse,  # noqa: PLC0415
    )
    from ..models.external_evaluator_request import ExternalEvaluatorRequest  # noqa: PLC0415
    from ..models.human_evaluator_request import HumanEvaluatorRequest  # noqa: PLC0415
    from ..models.llm_evaluator_request import LLMEvaluatorRequest  # noqa: PLC0415

    _LAZY_PENDING = False
