from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_body_editpermission import (
    ChatRequestBodyEditpermission,
    check_chat_request_body_editpermission,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_context import AppContext
    from ..models.built_in_provider_model_selection import BuiltInProviderModelSelection
    from ..models.chat_request_credential import ChatRequestCredential
    from ..models.code_evaluator_ui_context import CodeEvaluatorUIContext
    from ..models.custom_provider_model_selection import CustomProviderModelSelection
    from ..models.dataset_ui_context import DatasetUIContext
    from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart
    from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart
    from ..models.graph_ql_context import GraphQLContext
    from ..models.llm_evaluator_ui_context import LlmEvaluatorUIContext
    from ..models.phoenix_ui_message import PhoenixUIMessage
    from ..models.playground_ui_context import PlaygroundUIContext
    from ..models.project_ui_context import ProjectUIContext
    from ..models.prompt_ui_context import PromptUIContext
    from ..models.prompt_version_ui_context import PromptVersionUIContext
    from ..models.session_ui_context import SessionUIContext
    from ..models.span_ui_context import SpanUIContext
    from ..models.subagents_context import SubagentsContext
    from ..models.tool_approval import ToolApproval
    from ..models.tool_output_available_part import ToolOutputAvailablePart
    from ..models.tool_output_error_part import ToolOutputErrorPart
    from ..models.trace_ui_context import TraceUIContext
    from ..models.web_access_context import WebAccessContext


T = TypeVar("T", bound="ChatRequestBody")


@_attrs_define
class ChatRequestBody:
    """Assistant chat submit request payload.

    Attributes:
        headless (bool): Whether a headless client (terminal or scripted) is driving the turn, as opposed to the browser
            assistant. Selects the agent configuration the turn runs on.
        id (str):
        model (BuiltInProviderModelSelection | CustomProviderModelSelection):
        contexts (list[AppContext | CodeEvaluatorUIContext | DatasetUIContext | GraphQLContext | LlmEvaluatorUIContext |
            PlaygroundUIContext | ProjectUIContext | PromptUIContext | PromptVersionUIContext | SessionUIContext |
            SpanUIContext | SubagentsContext | TraceUIContext | WebAccessContext] | Unset):
        credentials (list[ChatRequestCredential] | Unset): Client-held credentials for optional integrations (e.g. the
            user's own GitHub personal access token under the key ``GITHUB_PERSONAL_ACCESS_TOKEN``), used only for the
            duration of the turn and never persisted. Unknown keys are rejected.
        edit_permission (ChatRequestBodyEditpermission | Unset):  Default: 'manual'.
        export_remote_traces (bool | Unset):  Default: False.
        instrument_user_id (bool | Unset): When true and the request is authenticated as a PhoenixUser, attaches the
            user's email as the OpenInference ``user.id`` span attribute on all traced work for this request. Default:
            False.
        last_message_id (None | str | Unset): The id of the last transcript message the client has rendered, used for
            optimistic concurrency. Omit when the session has no messages; required (and validated against the persisted
            transcript) once it does. On mismatch the server rejects the send with HTTP 409 and code
            ``agent_session_messages_stale`` — the client should refetch the session before retrying.
        message (None | PhoenixUIMessage | Unset): The turn's new user message to append. May be omitted for client-tool
            continuation, where ``toolOutputs`` resolve the trailing assistant message's pending tool calls instead.
        record_local_traces (bool | Unset):  Default: False.
        requested_skills (list[str] | Unset): Skills the user explicitly requested via the prompt's slash-command
            affordance. The server force-loads each available skill by injecting a synthetic load_skill tool call/result at
            the tail of the message history. Unknown or context-unavailable names are ignored.
        tool_approvals (list[ToolApproval] | Unset): Responses to tool calls awaiting approval on the trailing assistant
            message, matched by ``toolCallId``. Cannot be combined with ``message``.
        tool_outputs (list[DynamicToolOutputAvailablePart | DynamicToolOutputErrorPart | ToolOutputAvailablePart |
            ToolOutputErrorPart] | Unset): Client-executed tool results for pending tool calls on the transcript's trailing
            assistant message, matched by ``toolCallId``. Submitted alone they continue the assistant turn; submitted with
            ``message`` they resolve dangling tool calls before the new user turn runs.
        trigger (Literal['submit-message'] | Unset):  Default: 'submit-message'.
    """

    headless: bool
    id: str
    model: BuiltInProviderModelSelection | CustomProviderModelSelection
    contexts: (
        list[
            AppContext
            | CodeEvaluatorUIContext
            | DatasetUIContext
            | GraphQLContext
            | LlmEvaluatorUIContext
            | PlaygroundUIContext
            | ProjectUIContext
            | PromptUIContext
            | PromptVersionUIContext
            | SessionUIContext
            | SpanUIContext
            | SubagentsContext
            | TraceUIContext
            | WebAccessContext
        ]
        | Unset
    ) = UNSET
    credentials: list[ChatRequestCredential] | Unset = UNSET
    edit_permission: ChatRequestBodyEditpermission | Unset = "manual"
    export_remote_traces: bool | Unset = False
    instrument_user_id: bool | Unset = False
    last_message_id: None | str | Unset = UNSET
    message: None | PhoenixUIMessage | Unset = UNSET
    record_local_traces: bool | Unset = False
    requested_skills: list[str] | Unset = UNSET
    tool_approvals: list[ToolApproval] | Unset = UNSET
    tool_outputs: (
        list[
            DynamicToolOutputAvailablePart
            | DynamicToolOutputErrorPart
            | ToolOutputAvailablePart
            | ToolOutputErrorPart
        ]
        | Unset
    ) = UNSET
    trigger: Literal["submit-message"] | Unset = "submit-message"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_context import AppContext  # noqa: PLC0415
        from ..models.code_evaluator_ui_context import CodeEvaluatorUIContext  # noqa: PLC0415
        from ..models.custom_provider_model_selection import CustomProviderModelSelection  # noqa: PLC0415
        from ..models.dataset_ui_context import DatasetUIContext  # noqa: PLC0415
        from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart  # noqa: PLC0415
        from ..models.graph_ql_context import GraphQLContext  # noqa: PLC0415
        from ..models.llm_evaluator_ui_context import LlmEvaluatorUIContext  # noqa: PLC0415
        from ..models.phoenix_ui_message import PhoenixUIMessage  # noqa: PLC0415
        from ..models.playground_ui_context import PlaygroundUIContext  # noqa: PLC0415
        from ..models.project_ui_context import ProjectUIContext  # noqa: PLC0415
        from ..models.prompt_ui_context import PromptUIContext  # noqa: PLC0415
        from ..models.prompt_version_ui_context import PromptVersionUIContext  # noqa: PLC0415
        from ..models.session_ui_context import SessionUIContext  # noqa: PLC0415
        from ..models.span_ui_context import SpanUIContext  # noqa: PLC0415
        from ..models.tool_output_available_part import ToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_error_part import ToolOutputErrorPart  # noqa: PLC0415
        from ..models.trace_ui_context import TraceUIContext  # noqa: PLC0415
        from ..models.web_access_context import WebAccessContext  # noqa: PLC0415

        headless = self.headless

        id = self.id

        model: dict[str, Any]
        if isinstance(self.model, CustomProviderModelSelection):
            model = self.model.to_dict()
        else:
            model = self.model.to_dict()

        contexts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = []
            for contexts_item_data in self.contexts:
                contexts_item: dict[str, Any]
                if isinstance(contexts_item_data, AppContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, ProjectUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, TraceUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, SessionUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, PromptUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, PromptVersionUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, SpanUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, PlaygroundUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, CodeEvaluatorUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, LlmEvaluatorUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, DatasetUIContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, GraphQLContext):
                    contexts_item = contexts_item_data.to_dict()
                elif isinstance(contexts_item_data, WebAccessContext):
                    contexts_item = contexts_item_data.to_dict()
                else:
                    contexts_item = contexts_item_data.to_dict()

                contexts.append(contexts_item)

        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item = credentials_item_data.to_dict()
                credentials.append(credentials_item)

        edit_permission: str | Unset = UNSET
        if not isinstance(self.edit_permission, Unset):
            edit_permission = self.edit_permission

        export_remote_traces = self.export_remote_traces

        instrument_user_id = self.instrument_user_id

        last_message_id: None | str | Unset
        if isinstance(self.last_message_id, Unset):
            last_message_id = UNSET
        else:
            last_message_id = self.last_message_id

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, PhoenixUIMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        record_local_traces = self.record_local_traces

        requested_skills: list[str] | Unset = UNSET
        if not isinstance(self.requested_skills, Unset):
            requested_skills = self.requested_skills

        tool_approvals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_approvals, Unset):
            tool_approvals = []
            for tool_approvals_item_data in self.tool_approvals:
                tool_approvals_item = tool_approvals_item_data.to_dict()
                tool_approvals.append(tool_approvals_item)

        tool_outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_outputs, Unset):
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

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "headless": headless,
                "id": id,
                "model": model,
            }
        )
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if edit_permission is not UNSET:
            field_dict["editPermission"] = edit_permission
        if export_remote_traces is not UNSET:
            field_dict["exportRemoteTraces"] = export_remote_traces
        if instrument_user_id is not UNSET:
            field_dict["instrumentUserId"] = instrument_user_id
        if last_message_id is not UNSET:
            field_dict["lastMessageId"] = last_message_id
        if message is not UNSET:
            field_dict["message"] = message
        if record_local_traces is not UNSET:
            field_dict["recordLocalTraces"] = record_local_traces
        if requested_skills is not UNSET:
            field_dict["requestedSkills"] = requested_skills
        if tool_approvals is not UNSET:
            field_dict["toolApprovals"] = tool_approvals
        if tool_outputs is not UNSET:
            field_dict["toolOutputs"] = tool_outputs
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_context import AppContext  # noqa: PLC0415
        from ..models.built_in_provider_model_selection import BuiltInProviderModelSelection  # noqa: PLC0415
        from ..models.chat_request_credential import ChatRequestCredential  # noqa: PLC0415
        from ..models.code_evaluator_ui_context import CodeEvaluatorUIContext  # noqa: PLC0415
        from ..models.custom_provider_model_selection import CustomProviderModelSelection  # noqa: PLC0415
        from ..models.dataset_ui_context import DatasetUIContext  # noqa: PLC0415
        from ..models.dynamic_tool_output_available_part import DynamicToolOutputAvailablePart  # noqa: PLC0415
        from ..models.dynamic_tool_output_error_part import DynamicToolOutputErrorPart  # noqa: PLC0415
        from ..models.graph_ql_context import GraphQLContext  # noqa: PLC0415
        from ..models.llm_evaluator_ui_context import LlmEvaluatorUIContext  # noqa: PLC0415
        from ..models.phoenix_ui_message import PhoenixUIMessage  # noqa: PLC0415
        from ..models.playground_ui_context import PlaygroundUIContext  # noqa: PLC0415
        from ..models.project_ui_context import ProjectUIContext  # noqa: PLC0415
        from ..models.prompt_ui_context import PromptUIContext  # noqa: PLC0415
        from ..models.prompt_version_ui_context import PromptVersionUIContext  # noqa: PLC0415
        from ..models.session_ui_context import SessionUIContext  # noqa: PLC0415
        from ..models.span_ui_context import SpanUIContext  # noqa: PLC0415
        from ..models.subagents_context import SubagentsContext  # noqa: PLC0415
        from ..models.tool_approval import ToolApproval  # noqa: PLC0415
        from ..models.tool_output_available_part import ToolOutputAvailablePart  # noqa: PLC0415
        from ..models.tool_output_error_part import ToolOutputErrorPart  # noqa: PLC0415
        from ..models.trace_ui_context import TraceUIContext  # noqa: PLC0415
        from ..models.web_access_context import WebAccessContext  # noqa: PLC0415

        d = dict(src_dict)
        headless = d.pop("headless")

        id = d.pop("id")

        def _parse_model(
            data: object,
        ) -> BuiltInProviderModelSelection | CustomProviderModelSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_model_selection_type_0 = (
                    CustomProviderModelSelection.from_dict(data)
                )

                return componentsschemas_agent_model_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_agent_model_selection_type_1 = (
                BuiltInProviderModelSelection.from_dict(data)
            )

            return componentsschemas_agent_model_selection_type_1

        model = _parse_model(d.pop("model"))

        _contexts = d.pop("contexts", UNSET)
        contexts: (
            list[
                AppContext
                | CodeEvaluatorUIContext
                | DatasetUIContext
                | GraphQLContext
                | LlmEvaluatorUIContext
                | PlaygroundUIContext
                | ProjectUIContext
                | PromptUIContext
                | PromptVersionUIContext
                | SessionUIContext
                | SpanUIContext
                | SubagentsContext
                | TraceUIContext
                | WebAccessContext
            ]
            | Unset
        ) = UNSET
        if _contexts is not UNSET:
            contexts = []
            for contexts_item_data in _contexts:

                def _parse_contexts_item(
                    data: object,
                ) -> (
                    AppContext
                    | CodeEvaluatorUIContext
                    | DatasetUIContext
                    | GraphQLContext
                    | LlmEvaluatorUIContext
                    | PlaygroundUIContext
                    | ProjectUIContext
                    | PromptUIContext
                    | PromptVersionUIContext
                    | SessionUIContext
                    | SpanUIContext
                    | SubagentsContext
                    | TraceUIContext
                    | WebAccessContext
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_0 = AppContext.from_dict(data)

                        return componentsschemas_chat_context_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_1 = ProjectUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_2 = TraceUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_3 = SessionUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_4 = PromptUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_5 = PromptVersionUIContext.from_dict(
                            data
                        )

                        return componentsschemas_chat_context_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_6 = SpanUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_7 = PlaygroundUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_8 = CodeEvaluatorUIContext.from_dict(
                            data
                        )

                        return componentsschemas_chat_context_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_9 = LlmEvaluatorUIContext.from_dict(
                            data
                        )

                        return componentsschemas_chat_context_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_10 = DatasetUIContext.from_dict(data)

                        return componentsschemas_chat_context_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_11 = GraphQLContext.from_dict(data)

                        return componentsschemas_chat_context_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_context_type_12 = WebAccessContext.from_dict(data)

                        return componentsschemas_chat_context_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_context_type_13 = SubagentsContext.from_dict(data)

                    return componentsschemas_chat_context_type_13

                contexts_item = _parse_contexts_item(contexts_item_data)

                contexts.append(contexts_item)

        _credentials = d.pop("credentials", UNSET)
        credentials: list[ChatRequestCredential] | Unset = UNSET
        if _credentials is not UNSET:
            credentials = []
            for credentials_item_data in _credentials:
                credentials_item = ChatRequestCredential.from_dict(credentials_item_data)

                credentials.append(credentials_item)

        _edit_permission = d.pop("editPermission", UNSET)
        edit_permission: ChatRequestBodyEditpermission | Unset
        if isinstance(_edit_permission, Unset):
            edit_permission = UNSET
        else:
            edit_permission = check_chat_request_body_editpermission(_edit_permission)

        export_remote_traces = d.pop("exportRemoteTraces", UNSET)

        instrument_user_id = d.pop("instrumentUserId", UNSET)

        def _parse_last_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_message_id = _parse_last_message_id(d.pop("lastMessageId", UNSET))

        def _parse_message(data: object) -> None | PhoenixUIMessage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = PhoenixUIMessage.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoenixUIMessage | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        record_local_traces = d.pop("recordLocalTraces", UNSET)

        requested_skills = cast(list[str], d.pop("requestedSkills", UNSET))

        _tool_approvals = d.pop("toolApprovals", UNSET)
        tool_approvals: list[ToolApproval] | Unset = UNSET
        if _tool_approvals is not UNSET:
            tool_approvals = []
            for tool_approvals_item_data in _tool_approvals:
                tool_approvals_item = ToolApproval.from_dict(tool_approvals_item_data)

                tool_approvals.append(tool_approvals_item)

        _tool_outputs = d.pop("toolOutputs", UNSET)
        tool_outputs: (
            list[
                DynamicToolOutputAvailablePart
                | DynamicToolOutputErrorPart
                | ToolOutputAvailablePart
                | ToolOutputErrorPart
            ]
            | Unset
        ) = UNSET
        if _tool_outputs is not UNSET:
            tool_outputs = []
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

        trigger = cast(Literal["submit-message"] | Unset, d.pop("trigger", UNSET))
        if trigger != "submit-message" and not isinstance(trigger, Unset):
            raise ValueError(f"trigger must match const 'submit-message', got '{trigger}'")

        chat_request_body = cls(
            headless=headless,
            id=id,
            model=model,
            contexts=contexts,
            credentials=credentials,
            edit_permission=edit_permission,
            export_remote_traces=export_remote_traces,
            instrument_user_id=instrument_user_id,
            last_message_id=last_message_id,
            message=message,
            record_local_traces=record_local_traces,
            requested_skills=requested_skills,
            tool_approvals=tool_approvals,
            tool_outputs=tool_outputs,
            trigger=trigger,
        )

        chat_request_body.additional_properties = d
        return chat_request_body

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
