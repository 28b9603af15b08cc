from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_tool_approval_requested_part_call_provider_metadata_type_0 import (
        DynamicToolApprovalRequestedPartCallProviderMetadataType0,
    )
    from ..models.tool_approval_requested import ToolApprovalRequested
    from ..models.tool_approval_responded import ToolApprovalResponded


T = TypeVar("T", bound="DynamicToolApprovalRequestedPart")


@_attrs_define
class DynamicToolApprovalRequestedPart:
    """Dynamic tool part in approval-requested state (awaiting user decision).

    Attributes:
        input_ (Any):
        tool_call_id (str):
        tool_name (str):
        approval (None | ToolApprovalRequested | ToolApprovalResponded | Unset):
        call_provider_metadata (DynamicToolApprovalRequestedPartCallProviderMetadataType0 | None | Unset):
        provider_executed (bool | None | Unset):
        state (Literal['approval-requested'] | Unset):  Default: 'approval-requested'.
        title (None | str | Unset):
        type_ (Literal['dynamic-tool'] | Unset):  Default: 'dynamic-tool'.
    """

    input_: Any
    tool_call_id: str
    tool_name: str
    approval: None | ToolApprovalRequested | ToolApprovalResponded | Unset = UNSET
    call_provider_metadata: (
        DynamicToolApprovalRequestedPartCallProviderMetadataType0 | None | Unset
    ) = UNSET
    provider_executed: bool | None | Unset = UNSET
    state: Literal["approval-requested"] | Unset = "approval-requested"
    title: None | str | Unset = UNSET
    type_: Literal["dynamic-tool"] | Unset = "dynamic-tool"

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_tool_approval_requested_part_call_provider_metadata_type_0 import (
            DynamicToolApprovalRequestedPartCallProviderMetadataType0,  # noqa: PLC0415
        )
        from ..models.tool_approval_requested import ToolApprovalRequested  # noqa: PLC0415
        from ..models.tool_approval_responded import ToolApprovalResponded  # noqa: PLC0415

        input_ = self.input_

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, ToolApprovalRequested):
            approval = self.approval.to_dict()
        elif isinstance(self.approval, ToolApprovalResponded):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        call_provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.call_provider_metadata, Unset):
            call_provider_metadata = UNSET
        elif isinstance(
            self.call_provider_metadata, DynamicToolApprovalRequestedPartCallProviderMetadataType0
        ):
            call_provider_metadata = self.call_provider_metadata.to_dict()
        else:
            call_provider_metadata = self.call_provider_metadata

        provider_executed: bool | None | Unset
        if isinstance(self.provider_executed, Unset):
            provider_executed = UNSET
        else:
            provider_executed = self.provider_executed

        state = self.state

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
                "toolCallId": tool_call_id,
                "toolName": tool_name,
            }
        )
        if approval is not UNSET:
            field_dict["approval"] = approval
        if call_provider_metadata is not UNSET:
            field_dict["callProviderMetadata"] = call_provider_metadata
        if provider_executed is not UNSET:
            field_dict["providerExecuted"] = provider_executed
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_tool_approval_requested_part_call_provider_metadata_type_0 import (
            DynamicToolApprovalRequestedPartCallProviderMetadataType0,  # noqa: PLC0415
        )
        from ..models.tool_approval_requested import ToolApprovalRequested  # noqa: PLC0415
        from ..models.tool_approval_responded import ToolApprovalResponded  # noqa: PLC0415

        d = dict(src_dict)
        input_ = d.pop("input")

        tool_call_id = d.pop("toolCallId")

        tool_name = d.pop("toolName")

        def _parse_approval(
            data: object,
        ) -> None | ToolApprovalRequested | ToolApprovalResponded | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_type_0 = ToolApprovalRequested.from_dict(data)

                return approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_type_1 = ToolApprovalResponded.from_dict(data)

                return approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolApprovalRequested | ToolApprovalResponded | Unset, data)

        approval = _parse_approval(d.pop("approval", UNSET))

        def _parse_call_provider_metadata(
            data: object,
        ) -> DynamicToolApprovalRequestedPartCallProviderMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_provider_metadata_type_0 = (
                    DynamicToolApprovalRequestedPartCallProviderMetadataType0.from_dict(data)
                )

                return call_provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DynamicToolApprovalRequestedPartCallProviderMetadataType0 | None | Unset, data
            )

        call_provider_metadata = _parse_call_provider_metadata(d.pop("callProviderMetadata", UNSET))

        def _parse_provider_executed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        provider_executed = _parse_provider_executed(d.pop("providerExecuted", UNSET))

        state = cast(Literal["approval-requested"] | Unset, d.pop("state", UNSET))
        if state != "approval-requested" and not isinstance(state, Unset):
            raise ValueError(f"state must match const 'approval-requested', got '{state}'")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        type_ = cast(Literal["dynamic-tool"] | Unset, d.pop("type", UNSET))
        if type_ != "dynamic-tool" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'dynamic-tool', got '{type_}'")

        dynamic_tool_approval_requested_part = cls(
            input_=input_,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            approval=approval,
            call_provider_metadata=call_provider_metadata,
            provider_executed=provider_executed,
            state=state,
            title=title,
            type_=type_,
        )

        return dynamic_tool_approval_requested_part
