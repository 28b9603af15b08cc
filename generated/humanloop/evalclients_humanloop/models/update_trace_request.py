from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.trace_status import TraceStatus, check_trace_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_trace_request_inputs import UpdateTraceRequestInputs


T = TypeVar("T", bound="UpdateTraceRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "trace_status",
        "error",
        "inputs",
        "output",
    }
)


@_attrs_define
class UpdateTraceRequest:
    """Request for updating a Trace.

    Attributes:
        trace_status (TraceStatus): An enumeration.
        error (str | Unset): The error message of the Flow Log. Provide None to unset existing `error` value. Provide
            either this or `output`.
        inputs (UpdateTraceRequestInputs | Unset): The inputs passed to the Flow Log.
        output (str | Unset): The output of the Flow Log. Provide None to unset existing `output` value. Provide either
            this or `error`.
    """

    trace_status: TraceStatus | Unset
    error: str | Unset = UNSET
    inputs: UpdateTraceRequestInputs | Unset = UNSET
    output: str | Unset = UNSET
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
            trace_status: str = self.trace_status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace_status = _as_json(self.trace_status)

        error = self.error

        try:
            inputs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.inputs, Unset):
                inputs = self.inputs.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace_status": trace_status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if output is not UNSET:
            field_dict["output"] = output

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
        try:
            trace_status = check_trace_status(d["trace_status"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_status, _drifted = _keep(
                cls, d, "trace_status", "one of complete, incomplete", "enum", _drifted
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
            _pending |= 1
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: UpdateTraceRequestInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = UpdateTraceRequestInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "UpdateTraceRequestInputs", "type", _drifted
                )

        try:
            output = d.get("output", UNSET)
            if not (type(output) is str or output is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "str", "type", _drifted)

        _update_trace_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_trace_request_.trace_status = trace_status
        _update_trace_request_.error = error
        _update_trace_request_._inputs_slot = inputs  # type: ignore[attr-defined]
        _update_trace_request_.output = output
        _update_trace_request_.additional_properties = {}
        _update_trace_request_._pending = _pending

        if _extra:
            _update_trace_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_trace_request_, _drifted)
        return _update_trace_request_

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


def _decode_inputs(self: UpdateTraceRequest, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: UpdateTraceRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = UpdateTraceRequestInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "UpdateTraceRequestInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(UpdateTraceRequest, "inputs", 1, _decode_inputs)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, UpdateTraceRequestInputs
    from ..models.update_trace_request_inputs import UpdateTraceRequestInputs  # noqa: PLC0415

    _LAZY_PENDING = False
