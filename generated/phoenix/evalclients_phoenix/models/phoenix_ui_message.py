from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.phoenix_ui_message_role import PhoenixUIMessageRole, check_phoenix_ui_message_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_ui_part import DataUIPart
    from ..models.dynamic_tool_approval_requested_part import DynamicToolApprovalRequestedPart
    from ..models.dynamic_tool_approval_responded_part import DynamicToolApprovalRespondedPart
    from ..models.dynamic_tool_input_available_part import DynamicToolInputAvailablePart
    from ..models.dynamic_tool_input_streaming_part import DynamicToolInputStreamingPart
    from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart
    from ..models.dynamic_tool_output_denied_part import DynamicToolOutputDeniedPart
    from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart
    from ..models.file_ui_part import FileUIPart
    from ..models.message_metadata import MessageMetadata
    from ..models.reasoning_ui_part import ReasoningUIPart
    from ..models.source_document_ui_part import SourceDocumentUIPart
    from ..models.source_url_ui_part import SourceUrlUIPart
    from ..models.step_start_ui_part import StepStartUIPart
    from ..models.text_ui_part import TextUIPart
    from ..models.tool_approval_requested_part import ToolApprovalRequestedPart
    from ..models.tool_approval_responded_part import ToolApprovalRespondedPart
    from ..models.tool_input_available_part import ToolInputAvailablePart
    from ..models.tool_input_streaming_part import ToolInputStreamingPart
    from ..models.tool_output_available_part import ToolOutputAvailablePart
    from ..models.tool_output_denied_part import ToolOutputDeniedPart
    from ..models.tool_output_error_part import ToolOutputErrorPart


T = TypeVar("T", bound="PhoenixUIMessage")


@_attrs_define
class PhoenixUIMessage:
    """``UIMessage`` with metadata narrowed to the Phoenix wire shapes.

    Attributes:
        id (str):
        parts (list[DataUIPart | DynamicToolApprovalRequestedPart | DynamicToolApprovalRespondedPart |
            DynamicToolInputAvailablePart | DynamicToolInputStreamingPart | DynamicToolOutputAvailablePart |
            DynamicToolOutputDeniedPart | DynamicToolOutputErrorPart | FileUIPart | ReasoningUIPart | SourceDocumentUIPart |
            SourceUrlUIPart | StepStartUIPart | TextUIPart | ToolApprovalRequestedPart | ToolApprovalRespondedPart |
            ToolInputAvailablePart | ToolInputStreamingPart | ToolOutputAvailablePart | ToolOutputDeniedPart |
            ToolOutputErrorPart]):
        role (PhoenixUIMessageRole):
        metadata (MessageMetadata | None | Unset):
    """

    id: str
    parts: list[
        DataUIPart
        | DynamicToolApprovalRequestedPart
        | DynamicToolApprovalRespondedPart
        | DynamicToolInputAvailablePart
        | DynamicToolInputStreamingPart
        | DynamicToolOutputAvailablePart
        | DynamicToolOutputDeniedPart
        | DynamicToolOutputErrorPart
        | FileUIPart
        | ReasoningUIPart
        | SourceDocumentUIPart
        | SourceUrlUIPart
        | StepStartUIPart
        | TextUIPart
        | ToolApprovalRequestedPart
        | ToolApprovalRespondedPart
        | ToolInputAvailablePart
        | ToolInputStreamingPart
        | ToolOutputAvailablePart
        | ToolOutputDeniedPart
        | ToolOutputErrorPart
    ]
    role: PhoenixUIMessageRole
    metadata: MessageMetadata | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_ui_part import DataUIPart  # noqa: PLC0415
        from ..models.dynamic_tool_approval_requested_part import DynamicToolApprovalRequestedPart  # noqa: PLC0415
        from ..models.dynamic_tool_approval_responded_part import DynamicToolApprovalRespondedPart  # noqa: PLC0415
        from ..models.dynamic_tool_input_available_part import DynamicToolInputAvailablePart  # noqa: PLC0415
        from ..models.dynamic_tool_input_streaming_part import DynamicToolInputStreamingPart  # noqa: PLC0415
        from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart  # noqa: PLC0415
        from ..models.dynamic_tool_output_denied_part import DynamicToolOutputDeniedPart  # noqa: PLC0415
        from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart  # noqa: PLC0415
        from ..models.file_ui_part import FileUIPart  # noqa: PLC0415
        from ..models.message_metadata import MessageMetadata  # noqa: PLC0415
        from ..models.reasoning_ui_part import ReasoningUIPart  # noqa: PLC0415
        from ..models.source_document_ui_part import SourceDocumentUIPart  # noqa: PLC0415
        from ..models.source_url_ui_part import SourceUrlUIPart  # noqa: PLC0415
        from ..models.text_ui_part import TextUIPart  # noqa: PLC0415
        from ..models.tool_approval_requested_part import ToolApprovalRequestedPart  # noqa: PLC0415
        from ..models.tool_approval_responded_part import ToolApprovalRespondedPart  # noqa: PLC0415
        from ..models.tool_input_available_part import ToolInputAvailablePart  # noqa: PLC0415
        from ..models.tool_input_streaming_part import ToolInputStreamingPart  # noqa: PLC0415
        from ..models.tool_output_available_part import ToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_denied_part import ToolOutputDeniedPart  # noqa: PLC0415
        from ..models.tool_output_error_part import ToolOutputErrorPart  # noqa: PLC0415

        id = self.id

        parts = []
        for parts_item_data in self.parts:
            parts_item: dict[str, Any]
            if isinstance(parts_item_data, TextUIPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ReasoningUIPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolInputStreamingPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolInputAvailablePart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolOutputAvailablePart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolOutputErrorPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolApprovalRequestedPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolApprovalRespondedPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, ToolOutputDeniedPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolInputStreamingPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolInputAvailablePart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolOutputAvailablePart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolOutputErrorPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolApprovalRequestedPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolApprovalRespondedPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DynamicToolOutputDeniedPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, SourceUrlUIPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, SourceDocumentUIPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, FileUIPart):
                parts_item = parts_item_data.to_dict()
            elif isinstance(parts_item_data, DataUIPart):
                parts_item = parts_item_data.to_dict()
            else:
                parts_item = parts_item_data.to_dict()

            parts.append(parts_item)

        role: str = self.role

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MessageMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "parts": parts,
                "role": role,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_ui_part import DataUIPart  # noqa: PLC0415
        from ..models.dynamic_tool_approval_requested_part import DynamicToolApprovalRequestedPart  # noqa: PLC0415
        from ..models.dynamic_tool_approval_responded_part import DynamicToolApprovalRespondedPart  # noqa: PLC0415
        from ..models.dynamic_tool_input_available_part import DynamicToolInputAvailablePart  # noqa: PLC0415
        from ..models.dynamic_tool_input_streaming_part import DynamicToolInputStreamingPart  # noqa: PLC0415
        from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart  # noqa: PLC0415
        from ..models.dynamic_tool_output_denied_part import DynamicToolOutputDeniedPart  # noqa: PLC0415
        from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart  # noqa: PLC0415
        from ..models.file_ui_part import FileUIPart  # noqa: PLC0415
        from ..models.message_metadata import MessageMetadata  # noqa: PLC0415
        from ..models.reasoning_ui_part import ReasoningUIPart  # noqa: PLC0415
        from ..models.source_document_ui_part import SourceDocumentUIPart  # noqa: PLC0415
        from ..models.source_url_ui_part import SourceUrlUIPart  # noqa: PLC0415
        from ..models.step_start_ui_part import StepStartUIPart  # noqa: PLC0415
        from ..models.text_ui_part import TextUIPart  # noqa: PLC0415
        from ..models.tool_approval_requested_part import ToolApprovalRequestedPart  # noqa: PLC0415
        from ..models.tool_approval_responded_part import ToolApprovalRespondedPart  # noqa: PLC0415
        from ..models.tool_input_available_part import ToolInputAvailablePart  # noqa: PLC0415
        from ..models.tool_input_streaming_part import ToolInputStreamingPart  # noqa: PLC0415
        from ..models.tool_output_available_part import ToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_denied_part import ToolOutputDeniedPart  # noqa: PLC0415
        from ..models.tool_output_error_part import ToolOutputErrorPart  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:

            def _parse_parts_item(
                data: object,
            ) -> (
                DataUIPart
                | DynamicToolApprovalRequestedPart
                | DynamicToolApprovalRespondedPart
                | DynamicToolInputAvailablePart
                | DynamicToolInputStreamingPart
                | DynamicToolOutputAvailablePart
                | DynamicToolOutputDeniedPart
                | DynamicToolOutputErrorPart
                | FileUIPart
                | ReasoningUIPart
                | SourceDocumentUIPart
                | SourceUrlUIPart
                | StepStartUIPart
                | TextUIPart
                | ToolApprovalRequestedPart
                | ToolApprovalRespondedPart
                | ToolInputAvailablePart
                | ToolInputStreamingPart
                | ToolOutputAvailablePart
                | ToolOutputDeniedPart
                | ToolOutputErrorPart
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_0 = TextUIPart.from_dict(data)

                    return parts_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_1 = ReasoningUIPart.from_dict(data)

                    return parts_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_2 = ToolInputStreamingPart.from_dict(data)

                    return parts_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_3 = ToolInputAvailablePart.from_dict(data)

                    return parts_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_4 = ToolOutputAvailablePart.from_dict(data)

                    return parts_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_5 = ToolOutputErrorPart.from_dict(data)

                    return parts_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_6 = ToolApprovalRequestedPart.from_dict(data)

                    return parts_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_7 = ToolApprovalRespondedPart.from_dict(data)

                    return parts_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_8 = ToolOutputDeniedPart.from_dict(data)

                    return parts_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_9 = DynamicToolInputStreamingPart.from_dict(data)

                    return parts_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_10 = DynamicToolInputAvailablePart.from_dict(data)

                    return parts_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_11 = DynamicToolOutputAvailablePart.from_dict(data)

                    return parts_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_12 = DynamicToolOutputErrorPart.from_dict(data)

                    return parts_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_13 = DynamicToolApprovalRequestedPart.from_dict(data)

                    return parts_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_14 = DynamicToolApprovalRespondedPart.from_dict(data)

                    return parts_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_15 = DynamicToolOutputDeniedPart.from_dict(data)

                    return parts_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_16 = SourceUrlUIPart.from_dict(data)

                    return parts_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_17 = SourceDocumentUIPart.from_dict(data)

                    return parts_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_18 = FileUIPart.from_dict(data)

                    return parts_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_type_19 = DataUIPart.from_dict(data)

                    return parts_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                parts_item_type_20 = StepStartUIPart.from_dict(data)

                return parts_item_type_20

            parts_item = _parse_parts_item(parts_item_data)

            parts.append(parts_item)

        role = check_phoenix_ui_message_role(d.pop("role"))

        def _parse_metadata(data: object) -> MessageMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MessageMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        phoenix_ui_message = cls(
            id=id,
            parts=parts,
            role=role,
            metadata=metadata,
        )

        return phoenix_ui_message
