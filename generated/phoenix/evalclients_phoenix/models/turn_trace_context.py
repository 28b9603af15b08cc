from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TurnTraceContext")


@_attrs_define
class TurnTraceContext:
    """The trace identity a turn's spans are parented to.

    Attributes:
        root_span_id (str):
        started_at (datetime.datetime):
        trace_id (str):
    """

    root_span_id: str
    started_at: datetime.datetime
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        root_span_id = self.root_span_id

        started_at = self.started_at.isoformat()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rootSpanId": root_span_id,
                "startedAt": started_at,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        root_span_id = d.pop("rootSpanId")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        trace_id = d.pop("traceId")

        turn_trace_context = cls(
            root_span_id=root_span_id,
            started_at=started_at,
            trace_id=trace_id,
        )

        return turn_trace_context
