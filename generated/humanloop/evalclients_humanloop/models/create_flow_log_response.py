from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.trace_status import TraceStatus, check_trace_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFlowLogResponse")


@_attrs_define
class CreateFlowLogResponse:
    """Response for a Flow Log.

    Attributes:
        flow_id (str): Unique identifier for the Flow.
        id (str): Unique identifier for the Log.
        version_id (str): Unique identifier for the Flow Version.
        trace_status (TraceStatus | Unset): An enumeration.
    """

    flow_id: str
    id: str
    version_id: str
    trace_status: TraceStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        id = self.id

        version_id = self.version_id

        trace_status: str | Unset = UNSET
        if not isinstance(self.trace_status, Unset):
            trace_status = self.trace_status

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        flow_id = d["flow_id"]

        id = d["id"]

        version_id = d["version_id"]

        _trace_status = d.get("trace_status", UNSET)
        trace_status: TraceStatus | Unset
        if _trace_status is UNSET:
            trace_status = UNSET
        else:
            trace_status = check_trace_status(_trace_status)

        create_flow_log_response = cls(
            flow_id,
            id,
            version_id,
            trace_status,
        )

        return create_flow_log_response
