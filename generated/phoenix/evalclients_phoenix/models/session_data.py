from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_trace_data import SessionTraceData


T = TypeVar("T", bound="SessionData")
_FIELDS = frozenset(
    {
        "end_time",
        "id",
        "project_id",
        "session_id",
        "start_time",
        "traces",
        "token_count_completion",
        "token_count_prompt",
        "token_count_total",
    }
)


@_attrs_define
class SessionData:
    """
    Attributes:
        end_time (datetime.datetime):
        id (str):
        project_id (str):
        session_id (str):
        start_time (datetime.datetime):
        traces (list[SessionTraceData]):
        token_count_completion (int | Unset): Cumulative completion token count across all spans in the session.
            Default: 0.
        token_count_prompt (int | Unset): Cumulative prompt token count across all spans in the session. Default: 0.
        token_count_total (int | Unset): Cumulative total token count across all spans in the session (prompt +
            completion). Default: 0.
    """

    end_time: datetime.datetime
    id: str
    project_id: str
    session_id: str
    start_time: datetime.datetime
    traces: list[SessionTraceData]
    token_count_completion: int | Unset = 0
    token_count_prompt: int | Unset = 0
    token_count_total: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        end_time = self.end_time.isoformat()

        id = self.id

        project_id = self.project_id

        session_id = self.session_id

        start_time = self.start_time.isoformat()

        traces = []
        for traces_item_data in self.traces:
            traces_item = traces_item_data.to_dict()
            traces.append(traces_item)

        token_count_completion = self.token_count_completion

        token_count_prompt = self.token_count_prompt

        token_count_total = self.token_count_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "id": id,
                "project_id": project_id,
                "session_id": session_id,
                "start_time": start_time,
                "traces": traces,
            }
        )
        if token_count_completion is not UNSET:
            field_dict["token_count_completion"] = token_count_completion
        if token_count_prompt is not UNSET:
            field_dict["token_count_prompt"] = token_count_prompt
        if token_count_total is not UNSET:
            field_dict["token_count_total"] = token_count_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        end_time = datetime.datetime.fromisoformat(d["end_time"])

        id = d["id"]

        project_id = d["project_id"]

        session_id = d["session_id"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        traces = [SessionTraceData.from_dict(traces_item_data) for traces_item_data in d["traces"]]

        token_count_completion = d.get("token_count_completion", UNSET)

        token_count_prompt = d.get("token_count_prompt", UNSET)

        token_count_total = d.get("token_count_total", UNSET)

        session_data = cls(
            end_time,
            id,
            project_id,
            session_id,
            start_time,
            traces,
            token_count_completion,
            token_count_prompt,
            token_count_total,
        )

        if not d.keys() <= _FIELDS:
            session_data.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return session_data

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
    global _LAZY_PENDING, SessionTraceData
    from ..models.session_trace_data import SessionTraceData  # noqa: PLC0415

    _LAZY_PENDING = False
