from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tool_approval import ToolApproval


T = TypeVar("T", bound="SubmitAgentSessionToolApprovalsRequestBody")


@_attrs_define
class SubmitAgentSessionToolApprovalsRequestBody:
    """Persist answered tool approvals without continuing the turn.

    Attributes:
        last_message_id (str): The trailing assistant message's id. On mismatch the submission is rejected with HTTP 409
            and code ``agent_session_messages_stale``.
        tool_approvals (list[ToolApproval]): Answers to tool calls awaiting approval on the trailing assistant message,
            matched by ``toolCallId``. Resending a persisted answer is a no-op; an answer that reverses one, or that matches
            no call awaiting approval, is rejected with HTTP 409 and code ``agent_session_tool_approvals_conflict``.
    """

    last_message_id: str
    tool_approvals: list[ToolApproval]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_message_id = self.last_message_id

        tool_approvals = []
        for tool_approvals_item_data in self.tool_approvals:
            tool_approvals_item = tool_approvals_item_data.to_dict()
            tool_approvals.append(tool_approvals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastMessageId": last_message_id,
                "toolApprovals": tool_approvals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_approval import ToolApproval  # noqa: PLC0415

        d = dict(src_dict)
        last_message_id = d.pop("lastMessageId")

        tool_approvals = []
        _tool_approvals = d.pop("toolApprovals")
        for tool_approvals_item_data in _tool_approvals:
            tool_approvals_item = ToolApproval.from_dict(tool_approvals_item_data)

            tool_approvals.append(tool_approvals_item)

        submit_agent_session_tool_approvals_request_body = cls(
            last_message_id=last_message_id,
            tool_approvals=tool_approvals,
        )

        submit_agent_session_tool_approvals_request_body.additional_properties = d
        return submit_agent_session_tool_approvals_request_body

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
