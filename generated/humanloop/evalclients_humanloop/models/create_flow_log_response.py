from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.trace_status import TraceStatus, check_trace_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFlowLogResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "flow_id",
        "id",
        "version_id",
        "trace_status",
    }
)


@_attrs_define
class CreateFlowLogResponse:
    """Response for a Flow Log.

    Attributes:
        flow_id (str): Unique identifier for the Flow.
        id (str): Unique identifier for the Log.
        version_id (str): Unique identifier for the Flow Version.
        trace_status (TraceStatus | Unset): An enumeration.
    """

    flow_id: str | Unset
    id: str | Unset
    version_id: str | Unset
    trace_status: TraceStatus | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        id = self.id

        version_id = self.version_id

        try:
            trace_status: str | Unset = UNSET
            if not isinstance(self.trace_status, Unset):
                trace_status = self.trace_status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace_status = _as_json(self.trace_status)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "flow_id": flow_id,
                "id": id,
                "version_id": version_id,
            }
        )
        if trace_status is not UNSET:
            field_dict["trace_status"] = trace_status

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            flow_id = d["flow_id"]
            if not (type(flow_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            flow_id, _drifted = _keep(cls, d, "flow_id", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        try:
            _trace_status = d.get("trace_status", UNSET)
            trace_status: TraceStatus | Unset
            if _trace_status is UNSET:
                trace_status = UNSET
            else:
                trace_status = check_trace_status(_trace_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_status, _drifted = _keep(
                cls, d, "trace_status", "one of complete, incomplete", "enum", _drifted
            )

        _create_flow_log_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_flow_log_response_.flow_id = flow_id
        _create_flow_log_response_.id = id
        _create_flow_log_response_.version_id = version_id
        _create_flow_log_response_.trace_status = trace_status

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_flow_log_response_, _drifted)
        return _create_flow_log_response_
