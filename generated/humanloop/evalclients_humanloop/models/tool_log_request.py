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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_kernel_request import ToolKernelRequest
    from ..models.tool_log_request_inputs import ToolLogRequestInputs
    from ..models.tool_log_request_metadata import ToolLogRequestMetadata
    from ..models.tool_log_request_provider_request import ToolLogRequestProviderRequest
    from ..models.tool_log_request_provider_response import ToolLogRequestProviderResponse


T = TypeVar("T", bound="ToolLogRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "batch_id",
        "created_at",
        "end_time",
        "environment",
        "error",
        "id",
        "inputs",
        "metadata",
        "output",
        "path",
        "provider_latency",
        "provider_request",
        "provider_response",
        "save",
        "source",
        "source_datapoint_id",
        "start_time",
        "stdout",
        "tool",
        "trace_parent_id",
        "user",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
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
    ("start_time", "_start_time_slot", False, 64, ""),
    (
        "stdout",
        "stdout",
        False,
        0,
        "stdout = _j_stdout\nif not (type(stdout) is str or stdout is UNSET):\n    raise TypeError",
    ),
    ("tool", "_tool_slot", False, 128, ""),
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
class ToolLogRequest:
    """Request for creating a Tool log.

    Attributes:
        batch_id (str | Unset): Unique identifier for the Batch to add this Batch to. Batches are used to group Logs
            together for Evaluations. A Batch will be created if one with the given ID does not exist.
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        end_time (datetime.datetime | Unset): When the logged event ended.
        environment (str | Unset): The name of the Environment the Log is associated to.
        error (str | Unset): Error message if the log is an error.
        id (str | Unset): ID for an existing Tool.
        inputs (ToolLogRequestInputs | Unset): The inputs passed to the prompt template.
        metadata (ToolLogRequestMetadata | Unset): Any additional metadata to record.
        output (str | Unset): Generated output from your model for the provided inputs. Can be `None` if logging an
            error, or if creating a parent Log with the intention to populate it later.
        path (str | Unset): Path of the Tool, including the name. This locates the Tool in the Humanloop filesystem and
            is used as as a unique identifier. For example: `folder/name` or just `name`.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        provider_request (ToolLogRequestProviderRequest | Unset): Raw request sent to provider.
        provider_response (ToolLogRequestProviderResponse | Unset): Raw response received the provider.
        save (bool | Unset): Whether the request/response payloads will be stored on Humanloop. Default: True.
        source (str | Unset): Identifies where the model was called from.
        source_datapoint_id (str | Unset): Unique identifier for the Datapoint that this Log is derived from. This can
            be used by Humanloop to associate Logs to Evaluations. If provided, Humanloop will automatically associate this
            Log to Evaluations that require a Log for this Datapoint-Version pair.
        start_time (datetime.datetime | Unset): When the logged event started.
        stdout (str | Unset): Captured log and debug statements.
        tool (ToolKernelRequest | Unset):
        trace_parent_id (str | Unset): The ID of the parent Log to nest this Log under in a Trace.
        user (str | Unset): End-user ID related to the Log.
    """

    batch_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    environment: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    inputs: ToolLogRequestInputs | Unset = UNSET
    metadata: ToolLogRequestMetadata | Unset = UNSET
    output: str | Unset = UNSET
    path: str | Unset = UNSET
    provider_latency: float | Unset = UNSET
    provider_request: ToolLogRequestProviderRequest | Unset = UNSET
    provider_response: ToolLogRequestProviderResponse | Unset = UNSET
    save: bool | Unset = True
    source: str | Unset = UNSET
    source_datapoint_id: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stdout: str | Unset = UNSET
    tool: ToolKernelRequest | Unset = UNSET
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
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        stdout = self.stdout

        try:
            tool: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tool, Unset):
                tool = self.tool.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool = _as_json(self.tool)

        trace_parent_id = self.trace_parent_id

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if tool is not UNSET:
            field_dict["tool"] = tool
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
                inputs: ToolLogRequestInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = ToolLogRequestInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(cls, d, "inputs", "ToolLogRequestInputs", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: ToolLogRequestMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = ToolLogRequestMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "ToolLogRequestMetadata", "type", _drifted
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
                provider_request: ToolLogRequestProviderRequest | Unset
                if _provider_request is UNSET:
                    provider_request = UNSET
                else:
                    provider_request = ToolLogRequestProviderRequest.from_dict(_provider_request)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_request, _drifted = _keep(
                    cls, d, "provider_request", "ToolLogRequestProviderRequest", "type", _drifted
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
                provider_response: ToolLogRequestProviderResponse | Unset
                if _provider_response is UNSET:
                    provider_response = UNSET
                else:
                    provider_response = ToolLogRequestProviderResponse.from_dict(_provider_response)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_response, _drifted = _keep(
                    cls, d, "provider_response", "ToolLogRequestProviderResponse", "type", _drifted
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

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 64
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

        _tool_raw = d.get("tool", UNSET)
        if _tool_raw is UNSET:
            tool = UNSET
        elif not _strict:
            tool = _tool_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _tool = d.get("tool", UNSET)
                tool: ToolKernelRequest | Unset
                if _tool is UNSET:
                    tool = UNSET
                else:
                    tool = ToolKernelRequest.from_dict(_tool)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool, _drifted = _keep(cls, d, "tool", "ToolKernelRequest", "type", _drifted)

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

        _tool_log_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _tool_log_request_.batch_id = batch_id
        _tool_log_request_._created_at_slot = created_at  # type: ignore[attr-defined]
        _tool_log_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _tool_log_request_.environment = environment
        _tool_log_request_.error = error
        _tool_log_request_.id = id
        _tool_log_request_._inputs_slot = inputs  # type: ignore[attr-defined]
        _tool_log_request_._metadata_slot = metadata  # type: ignore[attr-defined]
        _tool_log_request_.output = output
        _tool_log_request_.path = path
        _tool_log_request_.provider_latency = provider_latency
        _tool_log_request_._provider_request_slot = provider_request  # type: ignore[attr-defined]
        _tool_log_request_._provider_response_slot = provider_response  # type: ignore[attr-defined]
        _tool_log_request_.save = save
        _tool_log_request_.source = source
        _tool_log_request_.source_datapoint_id = source_datapoint_id
        _tool_log_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _tool_log_request_.stdout = stdout
        _tool_log_request_._tool_slot = tool  # type: ignore[attr-defined]
        _tool_log_request_.trace_parent_id = trace_parent_id
        _tool_log_request_.user = user
        _tool_log_request_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_log_request_, _drifted)
        return _tool_log_request_


def _decode_created_at(self: ToolLogRequest, raw: Any) -> Any:
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


_lazy(ToolLogRequest, "created_at", 1, _decode_created_at)


def _decode_end_time(self: ToolLogRequest, raw: Any) -> Any:
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


_lazy(ToolLogRequest, "end_time", 2, _decode_end_time)


def _decode_inputs(self: ToolLogRequest, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: ToolLogRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = ToolLogRequestInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "ToolLogRequestInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(ToolLogRequest, "inputs", 4, _decode_inputs)


def _decode_metadata(self: ToolLogRequest, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: ToolLogRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = ToolLogRequestMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "ToolLogRequestMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(ToolLogRequest, "metadata", 8, _decode_metadata)


def _decode_provider_request(self: ToolLogRequest, raw: Any) -> Any:
    """``provider_request`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_request = raw
        provider_request: ToolLogRequestProviderRequest | Unset
        if _provider_request is UNSET:
            provider_request = UNSET
        else:
            provider_request = ToolLogRequestProviderRequest.from_dict(_provider_request)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_request, _drifted = _keep(
            type(self),
            {"provider_request": raw},
            "provider_request",
            "ToolLogRequestProviderRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_request


_lazy(ToolLogRequest, "provider_request", 16, _decode_provider_request)


def _decode_provider_response(self: ToolLogRequest, raw: Any) -> Any:
    """``provider_response`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_response = raw
        provider_response: ToolLogRequestProviderResponse | Unset
        if _provider_response is UNSET:
            provider_response = UNSET
        else:
            provider_response = ToolLogRequestProviderResponse.from_dict(_provider_response)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_response, _drifted = _keep(
            type(self),
            {"provider_response": raw},
            "provider_response",
            "ToolLogRequestProviderResponse",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_response


_lazy(ToolLogRequest, "provider_response", 32, _decode_provider_response)


def _decode_start_time(self: ToolLogRequest, raw: Any) -> Any:
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


_lazy(ToolLogRequest, "start_time", 64, _decode_start_time)


def _decode_tool(self: ToolLogRequest, raw: Any) -> Any:
    """``tool`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool = raw
        tool: ToolKernelRequest | Unset
        if _tool is UNSET:
            tool = UNSET
        else:
            tool = ToolKernelRequest.from_dict(_tool)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool, _drifted = _keep(
            type(self), {"tool": raw}, "tool", "ToolKernelRequest", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool


_lazy(ToolLogRequest, "tool", 128, _decode_tool)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ToolKernelRequest, \
        ToolLogRequestInputs, \
        ToolLogRequestMetadata, \
        ToolLogRequestProviderRequest, \
        ToolLogRequestProviderResponse
    from ..models.tool_kernel_request import ToolKernelRequest  # noqa: PLC0415
    from ..models.tool_log_request_inputs import ToolLogRequestInputs  # noqa: PLC0415
    from ..models.tool_log_request_metadata import ToolLogRequestMetadata  # noqa: PLC0415
    from ..models.tool_log_request_provider_request import ToolLogRequestProviderRequest  # noqa: PLC0415
    from ..models.tool_log_request_provider_response import ToolLogRequestProviderResponse  # noqa: PLC0415

    _LAZY_PENDING = False
