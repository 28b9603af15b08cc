from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpanUIContext")


@_attrs_define
class SpanUIContext:
    """
    Attributes:
        type_ (Literal['span']):
        otel_span_id (None | str | Unset):
        project_node_id (None | str | Unset):
        span_node_id (None | str | Unset):
    """

    type_: Literal["span"]
    otel_span_id: None | str | Unset = UNSET
    project_node_id: None | str | Unset = UNSET
    span_node_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        otel_span_id: None | str | Unset
        if isinstance(self.otel_span_id, Unset):
            otel_span_id = UNSET
        else:
            otel_span_id = self.otel_span_id

        project_node_id: None | str | Unset
        if isinstance(self.project_node_id, Unset):
            project_node_id = UNSET
        else:
            project_node_id = self.project_node_id

        span_node_id: None | str | Unset
        if isinstance(self.span_node_id, Unset):
            span_node_id = UNSET
        else:
            span_node_id = self.span_node_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if otel_span_id is not UNSET:
            field_dict["otelSpanId"] = otel_span_id
        if project_node_id is not UNSET:
            field_dict["projectNodeId"] = project_node_id
        if span_node_id is not UNSET:
            field_dict["spanNodeId"] = span_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["span"], d.pop("type"))
        if type_ != "span":
            raise ValueError(f"type must match const 'span', got '{type_}'")

        def _parse_otel_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otel_span_id = _parse_otel_span_id(d.pop("otelSpanId", UNSET))

        def _parse_project_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_node_id = _parse_project_node_id(d.pop("projectNodeId", UNSET))

        def _parse_span_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        span_node_id = _parse_span_node_id(d.pop("spanNodeId", UNSET))

        span_ui_context = cls(
            type_=type_,
            otel_span_id=otel_span_id,
            project_node_id=project_node_id,
            span_node_id=span_node_id,
        )

        return span_ui_context
