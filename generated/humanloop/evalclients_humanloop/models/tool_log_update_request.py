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
    from ..models.tool_log_update_request_inputs import ToolLogUpdateRequestInputs
    from ..models.tool_log_update_request_metadata import ToolLogUpdateRequestMetadata
    from ..models.tool_log_update_request_provider_request import (
        ToolLogUpdateRequestProviderRequest,
    )
    from ..models.tool_log_update_request_provider_response import (
        ToolLogUpdateRequestProviderResponse,
    )


T = TypeVar("T", bound="ToolLogUpdateRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "end_time",
        "error",
        "inputs",
        "metadata",
        "output",
        "provider_latency",
        "provider_request",
        "provider_response",
        "source",
        "start_time",
        "stdout",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    ("end_time", "_end_time_slot", False, 2, ""),
    (
        "error",
        "error",
        False,
        0,
        "error = _j_error\nif not (type(error) is str or error is UNSET):\n    raise TypeError",
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
        "provider_latency",
        "provider_latency",
        False,
        0,
        "provider_latency = _j_provider_latency\nif not (type(provider_latency) is float or type(provider_latency) is int or provider_latency is UNSET):\n    raise TypeError",
    ),
    ("provider_request", "_provider_request_slot", False, 16, ""),
    ("provider_response", "_provider_response_slot", False, 32, ""),
    (
        "source",
        "source",
        False,
        0,
        "source = _j_source\nif not (type(source) is str or source is UNSET):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", False, 64, ""),
    (
        "stdout",
        "stdout",
        False,
        0,
        "stdout = _j_stdout\nif not (type(stdout) is str or stdout is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class ToolLogUpdateRequest:
    """Request to update a Tool log.

    Attributes:
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        end_time (datetime.datetime | Unset): When the logged event ended.
        error (str | Unset): Error message if the log is an error.
        inputs (ToolLogUpdateRequestInputs | Unset): The inputs passed to the prompt template.
        metadata (ToolLogUpdateRequestMetadata | Unset): Any additional metadata to record.
        output (str | Unset): Generated output from your model for the provided inputs. Can be `None` if logging an
            error, or if creating a parent Log with the intention to populate it later.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        provider_request (ToolLogUpdateRequestProviderRequest | Unset): Raw request sent to provider.
        provider_response (ToolLogUpdateRequestProviderResponse | Unset): Raw response received the provider.
        source (str | Unset): Identifies where the model was called from.
        start_time (datetime.datetime | Unset): When the logged event started.
        stdout (str | Unset): Captured log and debug statements.
    """

    created_at: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    inputs: ToolLogUpdateRequestInputs | Unset = UNSET
    metadata: ToolLogUpdateRequestMetadata | Unset = UNSET
    output: str | Unset = UNSET
    provider_latency: float | Unset = UNSET
    provider_request: ToolLogUpdateRequestProviderRequest | Unset = UNSET
    provider_response: ToolLogUpdateRequestProviderResponse | Unset = UNSET
    source: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stdout: str | Unset = UNSET
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

        error = self.error

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

        source = self.source

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if error is not UNSET:
            field_dict["error"] = error
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if provider_latency is not UNSET:
            field_dict["provider_latency"] = provider_latency
        if provider_request is not UNSET:
            field_dict["provider_request"] = provider_request
        if provider_response is not UNSET:
            field_dict["provider_response"] = provider_response
        if source is not UNSET:
            field_dict["source"] = source
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

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
            error = d.get("error", UNSET)
            if not (type(error) is str or error is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is UNSET:
            inputs = UNSET
        elif not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: ToolLogUpdateRequestInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = ToolLogUpdateRequestInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "ToolLogUpdateRequestInputs", "type", _drifted
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
                metadata: ToolLogUpdateRequestMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = ToolLogUpdateRequestMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "ToolLogUpdateRequestMetadata", "type", _drifted
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
                provider_request: ToolLogUpdateRequestProviderRequest | Unset
                if _provider_request is UNSET:
                    provider_request = UNSET
                else:
                    provider_request = ToolLogUpdateRequestProviderRequest.from_dict(
                        _provider_request
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_request, _drifted = _keep(
                    cls,
                    d,
                    "provider_request",
                    "ToolLogUpdateRequestProviderRequest",
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
                provider_response: ToolLogUpdateRequestProviderResponse | Unset
                if _provider_response is UNSET:
                    provider_response = UNSET
                else:
                    provider_response = ToolLogUpdateRequestProviderResponse.from_dict(
                        _provider_response
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_response, _drifted = _keep(
                    cls,
                    d,
                    "provider_response",
                    "ToolLogUpdateRequestProviderResponse",
                    "type",
                    _drifted,
                )

        try:
            source = d.get("source", UNSET)
            if not (type(source) is str or source is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source, _drifted = _keep(cls, d, "source", "str", "type", _drifted)

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

        _tool_log_update_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _tool_log_update_request_._created_at_slot = created_at  # type: ignore[attr-defined]
        _tool_log_update_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _tool_log_update_request_.error = error
        _tool_log_update_request_._inputs_slot = inputs  # type: ignore[attr-defined]
        _tool_log_update_request_._metadata_slot = metadata  # type: ignore[attr-defined]
        _tool_log_update_request_.output = output
        _tool_log_update_request_.provider_latency = provider_latency
        _tool_log_update_request_._provider_request_slot = provider_request  # type: ignore[attr-defined]
        _tool_log_update_request_._provider_response_slot = provider_response  # type: ignore[attr-defined]
        _tool_log_update_request_.source = source
        _tool_log_update_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _tool_log_update_request_.stdout = stdout
        _tool_log_update_request_.additional_properties = {}
        _tool_log_update_request_._pending = _pending

        if _extra:
            _tool_log_update_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_log_update_request_, _drifted)
        return _tool_log_update_request_

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


def _decode_created_at(self: ToolLogUpdateRequest, raw: Any) -> Any:
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


_lazy(ToolLogUpdateRequest, "created_at", 1, _decode_created_at)


def _decode_end_time(self: ToolLogUpdateRequest, raw: Any) -> Any:
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


_lazy(ToolLogUpdateRequest, "end_time", 2, _decode_end_time)


def _decode_inputs(self: ToolLogUpdateRequest, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: ToolLogUpdateRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = ToolLogUpdateRequestInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "ToolLogUpdateRequestInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(ToolLogUpdateRequest, "inputs", 4, _decode_inputs)


def _decode_metadata(self: ToolLogUpdateRequest, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: ToolLogUpdateRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = ToolLogUpdateRequestMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "ToolLogUpdateRequestMetadata",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(ToolLogUpdateRequest, "metadata", 8, _decode_metadata)


def _decode_provider_request(self: ToolLogUpdateRequest, raw: Any) -> Any:
    """``provider_request`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_request = raw
        provider_request: ToolLogUpdateRequestProviderRequest | Unset
        if _provider_request is UNSET:
            provider_request = UNSET
        else:
            provider_request = ToolLogUpdateRequestProviderRequest.from_dict(_provider_request)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_request, _drifted = _keep(
            type(self),
            {"provider_request": raw},
            "provider_request",
            "ToolLogUpdateRequestProviderRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_request


_lazy(ToolLogUpdateRequest, "provider_request", 16, _decode_provider_request)


def _decode_provider_response(self: ToolLogUpdateRequest, raw: Any) -> Any:
    """``provider_response`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_response = raw
        provider_response: ToolLogUpdateRequestProviderResponse | Unset
        if _provider_response is UNSET:
            provider_response = UNSET
        else:
            provider_response = ToolLogUpdateRequestProviderResponse.from_dict(_provider_response)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_response, _drifted = _keep(
            type(self),
            {"provider_response": raw},
            "provider_response",
            "ToolLogUpdateRequestProviderResponse",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_response


_lazy(ToolLogUpdateRequest, "provider_response", 32, _decode_provider_response)


def _decode_start_time(self: ToolLogUpdateRequest, raw: Any) -> Any:
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


_lazy(ToolLogUpdateRequest, "start_time", 64, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ToolLogUpdateRequestInputs, \
        ToolLogUpdateRequestMetadata, \
        ToolLogUpdateRequestProviderRequest, \
        ToolLogUpdateRequestProviderResponse
    from ..models.tool_log_update_request_inputs import ToolLogUpdateRequestInputs  # noqa: PLC0415
    from ..models.tool_log_update_request_metadata import ToolLogUpdateRequestMetadata  # noqa: PLC0415
    from ..models.tool_log_update_request_provider_request import (
        ToolLogUpdateRequestProviderRequest,  # noqa: PLC0415
    )
    from ..models.tool_log_update_request_provider_response import (
        ToolLogUpdateRequestProviderResponse,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
