from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trace_status import TraceStatus, check_trace_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_trace_request_inputs import UpdateTraceRequestInputs


T = TypeVar("T", bound="UpdateTraceRequest")
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

    trace_status: TraceStatus
    error: str | Unset = UNSET
    inputs: UpdateTraceRequestInputs | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        trace_status: str = self.trace_status

        error = self.error

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        trace_status = check_trace_status(d["trace_status"])

        error = d.get("error", UNSET)

        _inputs = d.get("inputs", UNSET)
        inputs: UpdateTraceRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = UpdateTraceRequestInputs.from_dict(_inputs)

        output = d.get("output", UNSET)

        update_trace_request = cls(
            trace_status,
            error,
            inputs,
            output,
        )

        if not d.keys() <= _FIELDS:
            update_trace_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_trace_request

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
    global _LAZY_PENDING, UpdateTraceRequestInputs
    from ..models.update_trace_request_inputs import UpdateTraceRequestInputs  # noqa: PLC0415

    _LAZY_PENDING = False
