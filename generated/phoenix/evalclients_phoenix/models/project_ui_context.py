from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUIContext")


@_attrs_define
class ProjectUIContext:
    """
    Attributes:
        project_node_id (str):
        type_ (Literal['project']):
        span_filter (None | str | Unset):
    """

    project_node_id: str
    type_: Literal["project"]
    span_filter: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_node_id = self.project_node_id

        type_ = self.type_

        span_filter: None | str | Unset
        if isinstance(self.span_filter, Unset):
            span_filter = UNSET
        else:
            span_filter = self.span_filter

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectNodeId": project_node_id,
                "type": type_,
            }
        )
        if span_filter is not UNSET:
            field_dict["spanFilter"] = span_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_node_id = d.pop("projectNodeId")

        type_ = cast(Literal["project"], d.pop("type"))
        if type_ != "project":
            raise ValueError(f"type must match const 'project', got '{type_}'")

        def _parse_span_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        span_filter = _parse_span_filter(d.pop("spanFilter", UNSET))

        project_ui_context = cls(
            project_node_id=project_node_id,
            type_=type_,
            span_filter=span_filter,
        )

        return project_ui_context
