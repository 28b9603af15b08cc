from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_approval_requested import ToolApprovalRequested
    from ..models.tool_approval_responded import ToolApprovalResponded
    from ..models.tool_output_available_part_call_provider_metadata_type_0 import (
        ToolOutputAvailablePartCallProviderMetadataType0,
    )
    from ..models.tool_output_available_part_result_provider_metadata_type_0 import (
        ToolOutputAvailablePartResultProviderMetadataType0,
    )


T = TypeVar("T", bound="ToolOutputAvailablePart")


@_attrs_define
class ToolOutputAvailablePart:
    """Tool part in output-available state.

    Attributes:
        tool_call_id (str):
        type_ (str):
        approval (None | ToolApprovalRequested | ToolApprovalResponded | Unset):
        call_provider_metadata (None | ToolOutputAvailablePartCallProviderMetadataType0 | Unset):
        input_ (Any | None | Unset):
        output (Any | None | Unset):
        preliminary (bool | None | Unset):
        provider_executed (bool | None | Unset):
        result_provider_metadata (None | ToolOutputAvailablePartResultProviderMetadataType0 | Unset):
        state (Literal['output-available'] | Unset):  Default: 'output-available'.
        title (None | str | Unset):
    """

    tool_call_id: str
    type_: str
    approval: None | ToolApprovalRequested | ToolApprovalResponded | Unset = UNSET
    call_provider_metadata: None | ToolOutputAvailablePartCallProviderMetadataType0 | Unset = UNSET
    input_: Any | None | Unset = UNSET
    output: Any | None | Unset = UNSET
    preliminary: bool | None | Unset = UNSET
    provider_executed: bool | None | Unset = UNSET
    result_provider_metadata: None | ToolOutputAvailablePartResultProviderMetadataType0 | Unset = (
        UNSET
    )
    state: Literal["output-available"] | Unset = "output-available"
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_approval_requested import ToolApprovalRequested  # noqa: PLC0415
        from ..models.tool_approval_responded import ToolApprovalResponded  # noqa: PLC0415
        from ..models.tool_output_available_part_call_provider_metadata_type_0 import (
            ToolOutputAvailablePartCallProviderMetadataType0,  # noqa: PLC0415
        )
        from ..models.tool_output_available_part_result_provider_metadata_type_0 import (
            ToolOutputAvailablePartResultProviderMetadataType0,  # noqa: PLC0415
        )

        tool_call_id = self.tool_call_id

        type_ = self.type_

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
            self.call_provider_metadata, ToolOutputAvailablePartCallProviderMetadataType0
        ):
            call_provider_metadata = self.call_provider_metadata.to_dict()
        else:
            call_provider_metadata = self.call_provider_metadata

        input_: Any | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        output: Any | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        preliminary: bool | None | Unset
        if isinstance(self.preliminary, Unset):
            preliminary = UNSET
        else:
            preliminary = self.preliminary

        provider_executed: bool | None | Unset
        if isinstance(self.provider_executed, Unset):
            provider_executed = UNSET
        else:
            provider_executed = self.provider_executed

        result_provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.result_provider_metadata, Unset):
            result_provider_metadata = UNSET
        elif isinstance(
            self.result_provider_metadata, ToolOutputAvailablePartResultProviderMetadataType0
        ):
            result_provider_metadata = self.result_provider_metadata.to_dict()
        else:
            result_provider_metadata = self.result_provider_metadata

        state = self.state

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "toolCallId": tool_call_id,
                "type": type_,
            }
        )
        if approval is not UNSET:
            field_dict["approval"] = approval
        if call_provider_metadata is not UNSET:
            field_dict["callProviderMetadata"] = call_provider_metadata
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if preliminary is not UNSET:
            field_dict["preliminary"] = preliminary
        if provider_executed is not UNSET:
            field_dict["providerExecuted"] = provider_executed
        if result_provider_metadata is not UNSET:
            field_dict["resultProviderMetadata"] = result_provider_metadata
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_approval_requested import ToolApprovalRequested  # noqa: PLC0415
        from ..models.tool_approval_responded import ToolApprovalResponded  # noqa: PLC0415
        from ..models.tool_output_available_part_call_provider_metadata_type_0 import (
            ToolOutputAvailablePartCallProviderMetadataType0,  # noqa: PLC0415
        )
        from ..models.tool_output_available_part_result_provider_metadata_type_0 import (
            ToolOutputAvailablePartResultProviderMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        tool_call_id = d.pop("toolCallId")

        type_ = d.pop("type")

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
        ) -> None | ToolOutputAvailablePartCallProviderMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_provider_metadata_type_0 = (
                    ToolOutputAvailablePartCallProviderMetadataType0.from_dict(data)
                )

                return call_provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolOutputAvailablePartCallProviderMetadataType0 | Unset, data)

        call_provider_metadata = _parse_call_provider_metadata(d.pop("callProviderMetadata", UNSET))

        def _parse_input_(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_preliminary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preliminary = _parse_preliminary(d.pop("preliminary", UNSET))

        def _parse_provider_executed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        provider_executed = _parse_provider_executed(d.pop("providerExecuted", UNSET))

        def _parse_result_provider_metadata(
            data: object,
        ) -> None | ToolOutputAvailablePartResultProviderMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_provider_metadata_type_0 = (
                    ToolOutputAvailablePartResultProviderMetadataType0.from_dict(data)
                )

                return result_provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolOutputAvailablePartResultProviderMetadataType0 | Unset, data)

        result_provider_metadata = _parse_result_provider_metadata(
            d.pop("resultProviderMetadata", UNSET)
        )

        state = cast(Literal["output-available"] | Unset, d.pop("state", UNSET))
        if state != "output-available" and not isinstance(state, Unset):
            raise ValueError(f"state must match const 'output-available', got '{state}'")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        tool_output_available_part = cls(
            tool_call_id=tool_call_id,
            type_=type_,
            approval=approval,
            call_provider_metadata=call_provider_metadata,
            input_=input_,
            output=output,
            preliminary=preliminary,
            provider_executed=provider_executed,
            result_provider_metadata=result_provider_metadata,
            state=state,
            title=title,
        )

        return tool_output_available_part
