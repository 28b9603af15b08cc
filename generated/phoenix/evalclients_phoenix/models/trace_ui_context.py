from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TraceUIContext")


@_attrs_define
class TraceUIContext:
    """
    Attributes:
        otel_trace_id (str):
        project_node_id (str):
        type_ (Literal['trace']):
    """

    otel_trace_id: str
    project_node_id: str
    type_: Literal["trace"]

    def to_dict(self) -> dict[str, Any]:
        otel_trace_id = self.otel_trace_id

        project_node_id = self.project_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "otelTraceId": otel_trace_id,
                "projectNodeId": project_node_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        otel_trace_id = d.pop("otelTraceId")

        project_node_id = d.pop("projectNodeId")

        type_ = cast(Literal["trace"], d.pop("type"))
        if type_ != "trace":
            raise ValueError(f"type must match const 'trace', got '{type_}'")

        trace_ui_context = cls(
            otel_trace_id=otel_trace_id,
            project_node_id=project_node_id,
            type_=type_,
        )

        return trace_ui_context
