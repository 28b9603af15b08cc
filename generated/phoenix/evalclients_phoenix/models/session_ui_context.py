from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SessionUIContext")


@_attrs_define
class SessionUIContext:
    """
    Attributes:
        project_node_id (str):
        session_node_id (str):
        type_ (Literal['session']):
    """

    project_node_id: str
    session_node_id: str
    type_: Literal["session"]

    def to_dict(self) -> dict[str, Any]:
        project_node_id = self.project_node_id

        session_node_id = self.session_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectNodeId": project_node_id,
                "sessionNodeId": session_node_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_node_id = d.pop("projectNodeId")

        session_node_id = d.pop("sessionNodeId")

        type_ = cast(Literal["session"], d.pop("type"))
        if type_ != "session":
            raise ValueError(f"type must match const 'session', got '{type_}'")

        session_ui_context = cls(
            project_node_id=project_node_id,
            session_node_id=session_node_id,
            type_=type_,
        )

        return session_ui_context
