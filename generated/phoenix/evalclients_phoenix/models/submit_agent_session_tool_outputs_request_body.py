from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart
    from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart
    from ..models.tool_output_available_part import ToolOutputAvailablePart
    from ..models.tool_output_error_part import ToolOutputErrorPart


T = TypeVar("T", bound="SubmitAgentSessionToolOutputsRequestBody")


@_attrs_define
class SubmitAgentSessionToolOutputsRequestBody:
    """Persist resolved client tool outputs without continuing the turn.

    Attributes:
        last_message_id (str): The trailing assistant message's id. On mismatch the submission is rejected with HTTP 409
            and code ``agent_session_messages_stale``.
        tool_outputs (list[DynamicToolOutputAvailablePart | DynamicToolOutputErrorPart | ToolOutputAvailablePart |
            ToolOutputErrorPart]): Client tool results for pending calls on the trailing assistant message, matched by
            ``toolCallId``. Resending a persisted output verbatim is a no-op; an output that differs from the persisted
            result or matches no call is rejected with HTTP 409 and code ``agent_session_tool_outputs_conflict``.
    """

    last_message_id: str
    tool_outputs: list[
        DynamicToolOutputAvailablePart
        | DynamicToolOutputErrorPart
        | ToolOutputAvailablePart
        | ToolOutputErrorPart
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_available_part import ToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_error_part import ToolOutputErrorPart  # noqa: PLC0415

        last_message_id = self.last_message_id

        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item: dict[str, Any]
            if isinstance(tool_outputs_item_data, ToolOutputAvailablePart):
                tool_outputs_item = tool_outputs_item_data.to_dict()
            elif isinstance(tool_outputs_item_data, ToolOutputErrorPart):
                tool_outputs_item = tool_outputs_item_data.to_dict()
            elif isinstance(tool_outputs_item_data, DynamicToolOutputAvailablePart):
                tool_outputs_item = tool_outputs_item_data.to_dict()
            else:
                tool_outputs_item = tool_outputs_item_data.to_dict()

            tool_outputs.append(tool_outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastMessageId": last_message_id,
                "toolOutputs": tool_outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart  # noqa: PLC0415
        from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart  # noqa: PLC0415
        from ..models.tool_output_available_part import ToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_error_part import ToolOutputErrorPart  # noqa: PLC0415

        d = dict(src_dict)
        last_message_id = d.pop("lastMessageId")

        tool_outputs = []
        _tool_outputs = d.pop("toolOutputs")
        for tool_outputs_item_data in _tool_outputs:

            def _parse_tool_outputs_item(
                data: object,
            ) -> (
                DynamicToolOutputAvailablePart
                | DynamicToolOutputErrorPart
                | ToolOutputAvailablePart
                | ToolOutputErrorPart
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_outputs_item_type_0 = ToolOutputAvailablePart.from_dict(data)

                    return tool_outputs_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_outputs_item_type_1 = ToolOutputErrorPart.from_dict(data)

                    return tool_outputs_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_outputs_item_type_2 = DynamicToolOutputAvailablePart.from_dict(data)

                    return tool_outputs_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tool_outputs_item_type_3 = DynamicToolOutputErrorPart.from_dict(data)

                return tool_outputs_item_type_3

            tool_outputs_item = _parse_tool_outputs_item(tool_outputs_item_data)

            tool_outputs.append(tool_outputs_item)

        submit_agent_session_tool_outputs_request_body = cls(
            last_message_id=last_message_id,
            tool_outputs=tool_outputs,
        )

        submit_agent_session_tool_outputs_request_body.additional_properties = d
        return submit_agent_session_tool_outputs_request_body

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
