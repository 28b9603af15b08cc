"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_dataset_label_to_dataset_response_body import AddDatasetLabelToDatasetResponseBody
    from .agent_session_conflict_error import AgentSessionConflictError
    from .agent_session_conflict_error_code import AgentSessionConflictErrorCode
    from .agent_session_data import AgentSessionData
    from .agent_session_summary import AgentSessionSummary
    from .annotate_sessions_request_body import AnnotateSessionsRequestBody
    from .annotate_sessions_response_body import AnnotateSessionsResponseBody
    from .annotate_span_documents_request_body import AnnotateSpanDocumentsRequestBody
    from .annotate_span_documents_response_body import AnnotateSpanDocumentsResponseBody
    from .annotate_spans_request_body import AnnotateSpansRequestBody
    from .annotate_spans_response_body import AnnotateSpansResponseBody
    from .annotate_traces_request_body import AnnotateTracesRequestBody
    from .annotate_traces_response_body import AnnotateTracesResponseBody
    from .annotation_result import AnnotationResult
    from .anonymous_user import AnonymousUser
    from .api_key import ApiKey
    from .api_key_data import ApiKeyData
    from .api_key_user import ApiKeyUser
    from .app_context import AppContext
    from .assign_annotation_config_to_project_response_body import (
        AssignAnnotationConfigToProjectResponseBody,
    )
    from .assistant_message_metadata_usage import AssistantMessageMetadataUsage
    from .assistant_message_metadata_usage_cache_token_details import (
        AssistantMessageMetadataUsageCacheTokenDetails,
    )
    from .assistant_message_metadata_usage_tokens import AssistantMessageMetadataUsageTokens
    from .built_in_model_provider import BuiltInModelProvider
    from .built_in_provider_model_selection import BuiltInProviderModelSelection
    from .categorical_annotation_config import CategoricalAnnotationConfig
    from .categorical_annotation_config_data import CategoricalAnnotationConfigData
    from .categorical_annotation_value import CategoricalAnnotationValue
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_error_detail import ChatCompletionErrorDetail
    from .chat_completion_error_response import ChatCompletionErrorResponse
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_request_message import ChatCompletionRequestMessage
    from .chat_completion_request_message_role import ChatCompletionRequestMessageRole
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_text_part import ChatCompletionTextPart
    from .chat_completion_usage import ChatCompletionUsage
    from .chat_completion_usage_prompt_tokens_details import ChatCompletionUsagePromptTokensDetails
    from .chat_request_body import ChatRequestBody
    from .chat_request_body_editpermission import ChatRequestBodyEditpermission
    from .chat_request_credential import ChatRequestCredential
    from .code_evaluator_ui_context import CodeEvaluatorUIContext
    from .compact_agent_session_request_body import CompactAgentSessionRequestBody
    from .compact_agent_session_response_body import CompactAgentSessionResponseBody
    from .continuous_annotation_config import ContinuousAnnotationConfig
    from .continuous_annotation_config_data import ContinuousAnnotationConfigData
    from .create_agent_session_request_body import CreateAgentSessionRequestBody
    from .create_agent_session_response_body import CreateAgentSessionResponseBody
    from .create_annotation_config_response_body import CreateAnnotationConfigResponseBody
    from .create_api_key_request_body import CreateApiKeyRequestBody
    from .create_api_key_response_body import CreateApiKeyResponseBody
    from .create_chat_completion_request_body import CreateChatCompletionRequestBody
    from .create_chat_completion_request_body_response_format_type_0 import (
        CreateChatCompletionRequestBodyResponseFormatType0,
    )
    from .create_dataset_label_request_body import CreateDatasetLabelRequestBody
    from .create_dataset_label_response_body import CreateDatasetLabelResponseBody
    from .create_dataset_split_request_body import CreateDatasetSplitRequestBody
    from .create_dataset_split_request_body_metadata import CreateDatasetSplitRequestBodyMetadata
    from .create_dataset_split_response_body import CreateDatasetSplitResponseBody
    from .create_experiment_request_body import CreateExperimentRequestBody
    from .create_experiment_request_body_metadata_type_0 import (
        CreateExperimentRequestBodyMetadataType0,
    )
    from .create_experiment_response_body import CreateExperimentResponseBody
    from .create_experiment_run_request_body import CreateExperimentRunRequestBody
    from .create_experiment_run_response_body import CreateExperimentRunResponseBody
    from .create_experiment_run_response_body_data import CreateExperimentRunResponseBodyData
    from .create_project_request_body import CreateProjectRequestBody
    from .create_project_response_body import CreateProjectResponseBody
    from .create_prompt_request_body import CreatePromptRequestBody
    from .create_prompt_response_body import CreatePromptResponseBody
    from .create_prompt_version_request_body import CreatePromptVersionRequestBody
    from .create_prompt_version_response_body import CreatePromptVersionResponseBody
    from .create_session_note_request_body import CreateSessionNoteRequestBody
    from .create_session_note_response_body import CreateSessionNoteResponseBody
    from .create_span_note_request_body import CreateSpanNoteRequestBody
    from .create_span_note_response_body import CreateSpanNoteResponseBody
    from .create_spans_request_body import CreateSpansRequestBody
    from .create_spans_response_body import CreateSpansResponseBody
    from .create_trace_note_request_body import CreateTraceNoteRequestBody
    from .create_trace_note_response_body import CreateTraceNoteResponseBody
    from .create_user_request_body import CreateUserRequestBody
    from .create_user_response_body import CreateUserResponseBody
    from .created_agent_session import CreatedAgentSession
    from .created_api_key import CreatedApiKey
    from .custom_model_provider import CustomModelProvider
    from .custom_model_provider_sdk import CustomModelProviderSdk
    from .custom_provider_model_selection import CustomProviderModelSelection
    from .data_ui_part import DataUIPart
    from .dataset import Dataset
    from .dataset_example import DatasetExample
    from .dataset_example_input import DatasetExampleInput
    from .dataset_example_metadata import DatasetExampleMetadata
    from .dataset_example_output import DatasetExampleOutput
    from .dataset_example_source import DatasetExampleSource
    from .dataset_label import DatasetLabel
    from .dataset_metadata import DatasetMetadata
    from .dataset_split import DatasetSplit
    from .dataset_split_metadata import DatasetSplitMetadata
    from .dataset_ui_context import DatasetUIContext
    from .dataset_version import DatasetVersion
    from .dataset_version_metadata import DatasetVersionMetadata
    from .dataset_with_example_count import DatasetWithExampleCount
    from .dataset_with_example_count_metadata import DatasetWithExampleCountMetadata
    from .delete_annotation_config_response_body import DeleteAnnotationConfigResponseBody
    from .delete_session_annotations_annotator_kind_type_0 import (
        DeleteSessionAnnotationsAnnotatorKindType0,
    )
    from .delete_sessions_request_body import DeleteSessionsRequestBody
    from .delete_span_annotations_annotator_kind_type_0 import (
        DeleteSpanAnnotationsAnnotatorKindType0,
    )
    from .delete_trace_annotations_annotator_kind_type_0 import (
        DeleteTraceAnnotationsAnnotatorKindType0,
    )
    from .dynamic_tool_approval_requested_part import DynamicToolApprovalRequestedPart
    from .dynamic_tool_approval_requested_part_call_provider_metadata_type_0 import (
        DynamicToolApprovalRequestedPartCallProviderMetadataType0,
    )
    from .dynamic_tool_approval_requested_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolApprovalRequestedPartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_approval_responded_part import DynamicToolApprovalRespondedPart
    from .dynamic_tool_approval_responded_part_call_provider_metadata_type_0 import (
        DynamicToolApprovalRespondedPartCallProviderMetadataType0,
    )
    from .dynamic_tool_approval_responded_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolApprovalRespondedPartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_input_available_part import DynamicToolInputAvailablePart
    from .dynamic_tool_input_available_part_call_provider_metadata_type_0 import (
        DynamicToolInputAvailablePartCallProviderMetadataType0,
    )
    from .dynamic_tool_input_available_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolInputAvailablePartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_input_streaming_part import DynamicToolInputStreamingPart
    from .dynamic_tool_input_streaming_part_call_provider_metadata_type_0 import (
        DynamicToolInputStreamingPartCallProviderMetadataType0,
    )
    from .dynamic_tool_input_streaming_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolInputStreamingPartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_output_available_part import DynamicToolOutputAvailablePart
    from .dynamic_tool_output_available_part_call_provider_metadata_type_0 import (
        DynamicToolOutputAvailablePartCallProviderMetadataType0,
    )
    from .dynamic_tool_output_available_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolOutputAvailablePartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_output_available_part_result_provider_metadata_type_0 import (
        DynamicToolOutputAvailablePartResultProviderMetadataType0,
    )
    from .dynamic_tool_output_available_part_result_provider_metadata_type_0_additional_property import (
        DynamicToolOutputAvailablePartResultProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_output_denied_part import DynamicToolOutputDeniedPart
    from .dynamic_tool_output_denied_part_call_provider_metadata_type_0 import (
        DynamicToolOutputDeniedPartCallProviderMetadataType0,
    )
    from .dynamic_tool_output_denied_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolOutputDeniedPartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_output_error_part import DynamicToolOutputErrorPart
    from .dynamic_tool_output_error_part_call_provider_metadata_type_0 import (
        DynamicToolOutputErrorPartCallProviderMetadataType0,
    )
    from .dynamic_tool_output_error_part_call_provider_metadata_type_0_additional_property import (
        DynamicToolOutputErrorPartCallProviderMetadataType0AdditionalProperty,
    )
    from .dynamic_tool_output_error_part_result_provider_metadata_type_0 import (
        DynamicToolOutputErrorPartResultProviderMetadataType0,
    )
    from .dynamic_tool_output_error_part_result_provider_metadata_type_0_additional_property import (
        DynamicToolOutputErrorPartResultProviderMetadataType0AdditionalProperty,
    )
    from .experiment import Experiment
    from .experiment_evaluation_result import ExperimentEvaluationResult
    from .experiment_metadata import ExperimentMetadata
    from .experiment_run import ExperimentRun
    from .experiment_tag import ExperimentTag
    from .file_ui_part import FileUIPart
    from .file_ui_part_provider_metadata_type_0 import FileUIPartProviderMetadataType0
    from .file_ui_part_provider_metadata_type_0_additional_property import (
        FileUIPartProviderMetadataType0AdditionalProperty,
    )
    from .freeform_annotation_config import FreeformAnnotationConfig
    from .freeform_annotation_config_data import FreeformAnnotationConfigData
    from .get_agent_session_response_body import GetAgentSessionResponseBody
    from .get_all_user_api_keys_response_body import GetAllUserApiKeysResponseBody
    from .get_annotation_config_response_body import GetAnnotationConfigResponseBody
    from .get_annotation_configs_response_body import GetAnnotationConfigsResponseBody
    from .get_api_keys_response_body import GetApiKeysResponseBody
    from .get_custom_model_providers_response_body import GetCustomModelProvidersResponseBody
    from .get_dataset_label_response_body import GetDatasetLabelResponseBody
    from .get_dataset_labels_response_body import GetDatasetLabelsResponseBody
    from .get_dataset_response_body import GetDatasetResponseBody
    from .get_experiment_response_body import GetExperimentResponseBody
    from .get_incomplete_evaluations_response_body import GetIncompleteEvaluationsResponseBody
    from .get_incomplete_experiment_runs_response_body import (
        GetIncompleteExperimentRunsResponseBody,
    )
    from .get_model_providers_response_body import GetModelProvidersResponseBody
    from .get_project_annotation_configs_response_body import (
        GetProjectAnnotationConfigsResponseBody,
    )
    from .get_project_response_body import GetProjectResponseBody
    from .get_projects_response_body import GetProjectsResponseBody
    from .get_prompt_response_body import GetPromptResponseBody
    from .get_prompt_version_tags_response_body import GetPromptVersionTagsResponseBody
    from .get_prompt_versions_response_body import GetPromptVersionsResponseBody
    from .get_prompts_response_body import GetPromptsResponseBody
    from .get_session_response_body import GetSessionResponseBody
    from .get_sessions_response_body import GetSessionsResponseBody
    from .get_spans_order import GetSpansOrder
    from .get_spans_sort import GetSpansSort
    from .get_traces_response_body import GetTracesResponseBody
    from .get_users_response_body import GetUsersResponseBody
    from .get_viewer_response_body import GetViewerResponseBody
    from .graph_ql_context import GraphQLContext
    from .http_validation_error import HTTPValidationError
    from .incomplete_experiment_evaluation import IncompleteExperimentEvaluation
    from .incomplete_experiment_run import IncompleteExperimentRun
    from .inserted_session_annotation import InsertedSessionAnnotation
    from .inserted_span_annotation import InsertedSpanAnnotation
    from .inserted_span_document_annotation import InsertedSpanDocumentAnnotation
    from .inserted_trace_annotation import InsertedTraceAnnotation
    from .ldap_user import LDAPUser
    from .ldap_user_data import LDAPUserData
    from .ldap_user_data_role import LDAPUserDataRole
    from .ldap_user_role import LDAPUserRole
    from .list_agent_session_messages_response_body import ListAgentSessionMessagesResponseBody
    from .list_agent_sessions_response_body import ListAgentSessionsResponseBody
    from .list_dataset_examples_data import ListDatasetExamplesData
    from .list_dataset_examples_response_body import ListDatasetExamplesResponseBody
    from .list_dataset_labels_for_dataset_response_body import (
        ListDatasetLabelsForDatasetResponseBody,
    )
    from .list_dataset_splits_response_body import ListDatasetSplitsResponseBody
    from .list_dataset_versions_response_body import ListDatasetVersionsResponseBody
    from .list_datasets_response_body import ListDatasetsResponseBody
    from .list_experiment_runs_response_body import ListExperimentRunsResponseBody
    from .list_experiment_tags_response_body import ListExperimentTagsResponseBody
    from .list_experiments_response_body import ListExperimentsResponseBody
    from .list_project_sessions_order import ListProjectSessionsOrder
    from .list_project_traces_order import ListProjectTracesOrder
    from .list_project_traces_sort import ListProjectTracesSort
    from .llm_evaluator_ui_context import LlmEvaluatorUIContext
    from .local_user import LocalUser
    from .local_user_data import LocalUserData
    from .local_user_data_role import LocalUserDataRole
    from .local_user_role import LocalUserRole
    from .message_metadata import MessageMetadata
    from .model_provider import ModelProvider
    from .o_auth_2_user import OAuth2User
    from .o_auth_2_user_data import OAuth2UserData
    from .o_auth_2_user_data_role import OAuth2UserDataRole
    from .o_auth_2_user_role import OAuth2UserRole
    from .optimization_direction import OptimizationDirection
    from .otlp_any_value import OtlpAnyValue
    from .otlp_array_value import OtlpArrayValue
    from .otlp_double_value import OtlpDoubleValue
    from .otlp_event import OtlpEvent
    from .otlp_key_value import OtlpKeyValue
    from .otlp_kind import OtlpKind
    from .otlp_span import OtlpSpan
    from .otlp_spans_response_body import OtlpSpansResponseBody
    from .otlp_status import OtlpStatus
    from .patch_agent_session_request_body import PatchAgentSessionRequestBody
    from .patch_agent_session_response_body import PatchAgentSessionResponseBody
    from .patch_prompt_request_body import PatchPromptRequestBody
    from .patch_prompt_request_body_metadata import PatchPromptRequestBodyMetadata
    from .patch_prompt_response_body import PatchPromptResponseBody
    from .phoenix_assistant_message_metadata import PhoenixAssistantMessageMetadata
    from .phoenix_ui_message import PhoenixUIMessage
    from .phoenix_ui_message_role import PhoenixUIMessageRole
    from .phoenix_user_message_metadata import PhoenixUserMessageMetadata
    from .phoenix_user_message_metadata_editpermission import (
        PhoenixUserMessageMetadataEditpermission,
    )
    from .playground_builtin_model_ui_context import PlaygroundBuiltinModelUIContext
    from .playground_custom_provider_model_ui_context import PlaygroundCustomProviderModelUIContext
    from .playground_evaluator_ui_context import PlaygroundEvaluatorUIContext
    from .playground_evaluator_ui_context_kind import PlaygroundEvaluatorUIContextKind
    from .playground_experiment_scaffold_ui_context import PlaygroundExperimentScaffoldUIContext
    from .playground_instance_ui_context import PlaygroundInstanceUIContext
    from .playground_ui_context import PlaygroundUIContext
    from .project import Project
    from .project_retention_policy_data import ProjectRetentionPolicyData
    from .project_ui_context import ProjectUIContext
    from .prompt import Prompt
    from .prompt_anthropic_invocation_parameters import PromptAnthropicInvocationParameters
    from .prompt_anthropic_invocation_parameters_content import (
        PromptAnthropicInvocationParametersContent,
    )
    from .prompt_anthropic_invocation_parameters_content_extra_body import (
        PromptAnthropicInvocationParametersContentExtraBody,
    )
    from .prompt_anthropic_output_config import PromptAnthropicOutputConfig
    from .prompt_anthropic_output_config_effort import PromptAnthropicOutputConfigEffort
    from .prompt_anthropic_thinking_config_adaptive import PromptAnthropicThinkingConfigAdaptive
    from .prompt_anthropic_thinking_config_adaptive_display import (
        PromptAnthropicThinkingConfigAdaptiveDisplay,
    )
    from .prompt_anthropic_thinking_config_disabled import PromptAnthropicThinkingConfigDisabled
    from .prompt_anthropic_thinking_config_enabled import PromptAnthropicThinkingConfigEnabled
    from .prompt_anthropic_thinking_config_enabled_display import (
        PromptAnthropicThinkingConfigEnabledDisplay,
    )
    from .prompt_aws_invocation_parameters import PromptAwsInvocationParameters
    from .prompt_aws_invocation_parameters_content import PromptAwsInvocationParametersContent
    from .prompt_azure_open_ai_invocation_parameters import PromptAzureOpenAIInvocationParameters
    from .prompt_azure_open_ai_invocation_parameters_content import (
        PromptAzureOpenAIInvocationParametersContent,
    )
    from .prompt_azure_open_ai_invocation_parameters_content_extra_body import (
        PromptAzureOpenAIInvocationParametersContentExtraBody,
    )
    from .prompt_azure_open_ai_invocation_parameters_content_reasoning_effort import (
        PromptAzureOpenAIInvocationParametersContentReasoningEffort,
    )
    from .prompt_cerebras_invocation_parameters import PromptCerebrasInvocationParameters
    from .prompt_cerebras_invocation_parameters_content import (
        PromptCerebrasInvocationParametersContent,
    )
    from .prompt_cerebras_invocation_parameters_content_extra_body import (
        PromptCerebrasInvocationParametersContentExtraBody,
    )
    from .prompt_cerebras_invocation_parameters_content_reasoning_effort import (
        PromptCerebrasInvocationParametersContentReasoningEffort,
    )
    from .prompt_chat_template import PromptChatTemplate
    from .prompt_data import PromptData
    from .prompt_data_metadata_type_0 import PromptDataMetadataType0
    from .prompt_deep_seek_invocation_parameters import PromptDeepSeekInvocationParameters
    from .prompt_deep_seek_invocation_parameters_content import (
        PromptDeepSeekInvocationParametersContent,
    )
    from .prompt_deep_seek_invocation_parameters_content_extra_body import (
        PromptDeepSeekInvocationParametersContentExtraBody,
    )
    from .prompt_deep_seek_invocation_parameters_content_reasoning_effort import (
        PromptDeepSeekInvocationParametersContentReasoningEffort,
    )
    from .prompt_fireworks_invocation_parameters import PromptFireworksInvocationParameters
    from .prompt_fireworks_invocation_parameters_content import (
        PromptFireworksInvocationParametersContent,
    )
    from .prompt_fireworks_invocation_parameters_content_extra_body import (
        PromptFireworksInvocationParametersContentExtraBody,
    )
    from .prompt_fireworks_invocation_parameters_content_reasoning_effort import (
        PromptFireworksInvocationParametersContentReasoningEffort,
    )
    from .prompt_google_invocation_parameters import PromptGoogleInvocationParameters
    from .prompt_google_invocation_parameters_content import PromptGoogleInvocationParametersContent
    from .prompt_google_thinking_config import PromptGoogleThinkingConfig
    from .prompt_google_thinking_config_thinking_level import (
        PromptGoogleThinkingConfigThinkingLevel,
    )
    from .prompt_groq_invocation_parameters import PromptGroqInvocationParameters
    from .prompt_groq_invocation_parameters_content import PromptGroqInvocationParametersContent
    from .prompt_groq_invocation_parameters_content_extra_body import (
        PromptGroqInvocationParametersContentExtraBody,
    )
    from .prompt_groq_invocation_parameters_content_reasoning_effort import (
        PromptGroqInvocationParametersContentReasoningEffort,
    )
    from .prompt_message import PromptMessage
    from .prompt_message_role import PromptMessageRole
    from .prompt_meta_invocation_parameters import PromptMetaInvocationParameters
    from .prompt_meta_invocation_parameters_content import PromptMetaInvocationParametersContent
    from .prompt_meta_invocation_parameters_content_extra_body import (
        PromptMetaInvocationParametersContentExtraBody,
    )
    from .prompt_meta_invocation_parameters_content_reasoning_effort import (
        PromptMetaInvocationParametersContentReasoningEffort,
    )
    from .prompt_metadata_type_0 import PromptMetadataType0
    from .prompt_moonshot_invocation_parameters import PromptMoonshotInvocationParameters
    from .prompt_moonshot_invocation_parameters_content import (
        PromptMoonshotInvocationParametersContent,
    )
    from .prompt_moonshot_invocation_parameters_content_extra_body import (
        PromptMoonshotInvocationParametersContentExtraBody,
    )
    from .prompt_moonshot_invocation_parameters_content_reasoning_effort import (
        PromptMoonshotInvocationParametersContentReasoningEffort,
    )
    from .prompt_ollama_invocation_parameters import PromptOllamaInvocationParameters
    from .prompt_ollama_invocation_parameters_content import PromptOllamaInvocationParametersContent
    from .prompt_ollama_invocation_parameters_content_extra_body import (
        PromptOllamaInvocationParametersContentExtraBody,
    )
    from .prompt_ollama_invocation_parameters_content_reasoning_effort import (
        PromptOllamaInvocationParametersContentReasoningEffort,
    )
    from .prompt_open_ai_invocation_parameters import PromptOpenAIInvocationParameters
    from .prompt_open_ai_invocation_parameters_content import (
        PromptOpenAIInvocationParametersContent,
    )
    from .prompt_open_ai_invocation_parameters_content_extra_body import (
        PromptOpenAIInvocationParametersContentExtraBody,
    )
    from .prompt_open_ai_invocation_parameters_content_reasoning_effort import (
        PromptOpenAIInvocationParametersContentReasoningEffort,
    )
    from .prompt_perplexity_invocation_parameters import PromptPerplexityInvocationParameters
    from .prompt_perplexity_invocation_parameters_content import (
        PromptPerplexityInvocationParametersContent,
    )
    from .prompt_perplexity_invocation_parameters_content_extra_body import (
        PromptPerplexityInvocationParametersContentExtraBody,
    )
    from .prompt_perplexity_invocation_parameters_content_reasoning_effort import (
        PromptPerplexityInvocationParametersContentReasoningEffort,
    )
    from .prompt_response_format_json_schema import PromptResponseFormatJSONSchema
    from .prompt_response_format_json_schema_definition import (
        PromptResponseFormatJSONSchemaDefinition,
    )
    from .prompt_response_format_json_schema_definition_schema import (
        PromptResponseFormatJSONSchemaDefinitionSchema,
    )
    from .prompt_string_template import PromptStringTemplate
    from .prompt_template_format import PromptTemplateFormat
    from .prompt_template_type import PromptTemplateType
    from .prompt_together_invocation_parameters import PromptTogetherInvocationParameters
    from .prompt_together_invocation_parameters_content import (
        PromptTogetherInvocationParametersContent,
    )
    from .prompt_together_invocation_parameters_content_extra_body import (
        PromptTogetherInvocationParametersContentExtraBody,
    )
    from .prompt_together_invocation_parameters_content_reasoning_effort import (
        PromptTogetherInvocationParametersContentReasoningEffort,
    )
    from .prompt_tool_choice_none import PromptToolChoiceNone
    from .prompt_tool_choice_one_or_more import PromptToolChoiceOneOrMore
    from .prompt_tool_choice_specific_function_tool import PromptToolChoiceSpecificFunctionTool
    from .prompt_tool_choice_zero_or_more import PromptToolChoiceZeroOrMore
    from .prompt_tool_function import PromptToolFunction
    from .prompt_tool_function_definition import PromptToolFunctionDefinition
    from .prompt_tool_function_definition_parameters import PromptToolFunctionDefinitionParameters
    from .prompt_tool_raw import PromptToolRaw
    from .prompt_tool_raw_raw import PromptToolRawRaw
    from .prompt_tools import PromptTools
    from .prompt_ui_context import PromptUIContext
    from .prompt_version import PromptVersion
    from .prompt_version_data import PromptVersionData
    from .prompt_version_data_metadata import PromptVersionDataMetadata
    from .prompt_version_metadata import PromptVersionMetadata
    from .prompt_version_tag import PromptVersionTag
    from .prompt_version_tag_data import PromptVersionTagData
    from .prompt_version_ui_context import PromptVersionUIContext
    from .prompt_xai_invocation_parameters import PromptXAIInvocationParameters
    from .prompt_xai_invocation_parameters_content import PromptXAIInvocationParametersContent
    from .prompt_xai_invocation_parameters_content_extra_body import (
        PromptXAIInvocationParametersContentExtraBody,
    )
    from .prompt_xai_invocation_parameters_content_reasoning_effort import (
        PromptXAIInvocationParametersContentReasoningEffort,
    )
    from .prompt_zai_invocation_parameters import PromptZAIInvocationParameters
    from .prompt_zai_invocation_parameters_content import PromptZAIInvocationParametersContent
    from .prompt_zai_invocation_parameters_content_extra_body import (
        PromptZAIInvocationParametersContentExtraBody,
    )
    from .prompt_zai_invocation_parameters_content_reasoning_effort import (
        PromptZAIInvocationParametersContentReasoningEffort,
    )
    from .pydantic_ai_message_metadata import PydanticAIMessageMetadata
    from .reasoning_ui_part import ReasoningUIPart
    from .reasoning_ui_part_provider_metadata_type_0 import ReasoningUIPartProviderMetadataType0
    from .reasoning_ui_part_provider_metadata_type_0_additional_property import (
        ReasoningUIPartProviderMetadataType0AdditionalProperty,
    )
    from .reasoning_ui_part_state_type_0 import ReasoningUIPartStateType0
    from .response_body_upsert_or_delete_secrets_result import (
        ResponseBodyUpsertOrDeleteSecretsResult,
    )
    from .secret_key_value import SecretKeyValue
    from .session_annotation import SessionAnnotation
    from .session_annotation_annotator_kind import SessionAnnotationAnnotatorKind
    from .session_annotation_data import SessionAnnotationData
    from .session_annotation_data_annotator_kind import SessionAnnotationDataAnnotatorKind
    from .session_annotation_data_metadata_type_0 import SessionAnnotationDataMetadataType0
    from .session_annotation_metadata_type_0 import SessionAnnotationMetadataType0
    from .session_annotation_source import SessionAnnotationSource
    from .session_annotations_response_body import SessionAnnotationsResponseBody
    from .session_data import SessionData
    from .session_note_data import SessionNoteData
    from .session_trace_data import SessionTraceData
    from .session_ui_context import SessionUIContext
    from .set_dataset_labels_for_dataset_response_body import SetDatasetLabelsForDatasetResponseBody
    from .set_dataset_labels_request_body import SetDatasetLabelsRequestBody
    from .set_experiment_tag_request_body import SetExperimentTagRequestBody
    from .set_experiment_tag_response_body import SetExperimentTagResponseBody
    from .set_project_annotation_configs_request_body import SetProjectAnnotationConfigsRequestBody
    from .set_project_annotation_configs_response_body import (
        SetProjectAnnotationConfigsResponseBody,
    )
    from .set_project_retention_policy_request_body import SetProjectRetentionPolicyRequestBody
    from .set_project_retention_policy_response_body import SetProjectRetentionPolicyResponseBody
    from .source_document_ui_part import SourceDocumentUIPart
    from .source_document_ui_part_provider_metadata_type_0 import (
        SourceDocumentUIPartProviderMetadataType0,
    )
    from .source_document_ui_part_provider_metadata_type_0_additional_property import (
        SourceDocumentUIPartProviderMetadataType0AdditionalProperty,
    )
    from .source_url_ui_part import SourceUrlUIPart
    from .source_url_ui_part_provider_metadata_type_0 import SourceUrlUIPartProviderMetadataType0
    from .source_url_ui_part_provider_metadata_type_0_additional_property import (
        SourceUrlUIPartProviderMetadataType0AdditionalProperty,
    )
    from .span import Span
    from .span_annotation import SpanAnnotation
    from .span_annotation_annotator_kind import SpanAnnotationAnnotatorKind
    from .span_annotation_data import SpanAnnotationData
    from .span_annotation_data_annotator_kind import SpanAnnotationDataAnnotatorKind
    from .span_annotation_data_metadata_type_0 import SpanAnnotationDataMetadataType0
    from .span_annotation_metadata_type_0 import SpanAnnotationMetadataType0
    from .span_annotation_source import SpanAnnotationSource
    from .span_annotations_response_body import SpanAnnotationsResponseBody
    from .span_attributes import SpanAttributes
    from .span_context import SpanContext
    from .span_document_annotation_data import SpanDocumentAnnotationData
    from .span_document_annotation_data_annotator_kind import (
        SpanDocumentAnnotationDataAnnotatorKind,
    )
    from .span_document_annotation_data_metadata_type_0 import (
        SpanDocumentAnnotationDataMetadataType0,
    )
    from .span_event import SpanEvent
    from .span_event_attributes import SpanEventAttributes
    from .span_note_data import SpanNoteData
    from .span_ui_context import SpanUIContext
    from .spans_response_body import SpansResponseBody
    from .step_start_ui_part import StepStartUIPart
    from .subagents_context import SubagentsContext
    from .submit_agent_session_tool_approvals_request_body import (
        SubmitAgentSessionToolApprovalsRequestBody,
    )
    from .submit_agent_session_tool_approvals_response_body import (
        SubmitAgentSessionToolApprovalsResponseBody,
    )
    from .submit_agent_session_tool_outputs_request_body import (
        SubmitAgentSessionToolOutputsRequestBody,
    )
    from .submit_agent_session_tool_outputs_response_body import (
        SubmitAgentSessionToolOutputsResponseBody,
    )
    from .text_content_part import TextContentPart
    from .text_ui_part import TextUIPart
    from .text_ui_part_provider_metadata_type_0 import TextUIPartProviderMetadataType0
    from .text_ui_part_provider_metadata_type_0_additional_property import (
        TextUIPartProviderMetadataType0AdditionalProperty,
    )
    from .text_ui_part_state_type_0 import TextUIPartStateType0
    from .tool_approval import ToolApproval
    from .tool_approval_requested import ToolApprovalRequested
    from .tool_approval_requested_part import ToolApprovalRequestedPart
    from .tool_approval_requested_part_call_provider_metadata_type_0 import (
        ToolApprovalRequestedPartCallProviderMetadataType0,
    )
    from .tool_approval_requested_part_call_provider_metadata_type_0_additional_property import (
        ToolApprovalRequestedPartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_approval_responded import ToolApprovalResponded
    from .tool_approval_responded_part import ToolApprovalRespondedPart
    from .tool_approval_responded_part_call_provider_metadata_type_0 import (
        ToolApprovalRespondedPartCallProviderMetadataType0,
    )
    from .tool_approval_responded_part_call_provider_metadata_type_0_additional_property import (
        ToolApprovalRespondedPartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_call_content_part import ToolCallContentPart
    from .tool_call_function import ToolCallFunction
    from .tool_input_available_part import ToolInputAvailablePart
    from .tool_input_available_part_call_provider_metadata_type_0 import (
        ToolInputAvailablePartCallProviderMetadataType0,
    )
    from .tool_input_available_part_call_provider_metadata_type_0_additional_property import (
        ToolInputAvailablePartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_input_streaming_part import ToolInputStreamingPart
    from .tool_input_streaming_part_call_provider_metadata_type_0 import (
        ToolInputStreamingPartCallProviderMetadataType0,
    )
    from .tool_input_streaming_part_call_provider_metadata_type_0_additional_property import (
        ToolInputStreamingPartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_output_available_part import ToolOutputAvailablePart
    from .tool_output_available_part_call_provider_metadata_type_0 import (
        ToolOutputAvailablePartCallProviderMetadataType0,
    )
    from .tool_output_available_part_call_provider_metadata_type_0_additional_property import (
        ToolOutputAvailablePartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_output_available_part_result_provider_metadata_type_0 import (
        ToolOutputAvailablePartResultProviderMetadataType0,
    )
    from .tool_output_available_part_result_provider_metadata_type_0_additional_property import (
        ToolOutputAvailablePartResultProviderMetadataType0AdditionalProperty,
    )
    from .tool_output_denied_part import ToolOutputDeniedPart
    from .tool_output_denied_part_call_provider_metadata_type_0 import (
        ToolOutputDeniedPartCallProviderMetadataType0,
    )
    from .tool_output_denied_part_call_provider_metadata_type_0_additional_property import (
        ToolOutputDeniedPartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_output_error_part import ToolOutputErrorPart
    from .tool_output_error_part_call_provider_metadata_type_0 import (
        ToolOutputErrorPartCallProviderMetadataType0,
    )
    from .tool_output_error_part_call_provider_metadata_type_0_additional_property import (
        ToolOutputErrorPartCallProviderMetadataType0AdditionalProperty,
    )
    from .tool_output_error_part_result_provider_metadata_type_0 import (
        ToolOutputErrorPartResultProviderMetadataType0,
    )
    from .tool_output_error_part_result_provider_metadata_type_0_additional_property import (
        ToolOutputErrorPartResultProviderMetadataType0AdditionalProperty,
    )
    from .tool_result_content_part import ToolResultContentPart
    from .tool_result_content_part_tool_result_type_4 import ToolResultContentPartToolResultType4
    from .trace_annotation import TraceAnnotation
    from .trace_annotation_annotator_kind import TraceAnnotationAnnotatorKind
    from .trace_annotation_data import TraceAnnotationData
    from .trace_annotation_data_annotator_kind import TraceAnnotationDataAnnotatorKind
    from .trace_annotation_data_metadata_type_0 import TraceAnnotationDataMetadataType0
    from .trace_annotation_metadata_type_0 import TraceAnnotationMetadataType0
    from .trace_annotation_source import TraceAnnotationSource
    from .trace_annotations_response_body import TraceAnnotationsResponseBody
    from .trace_data import TraceData
    from .trace_note_data import TraceNoteData
    from .trace_span_data import TraceSpanData
    from .trace_ui_context import TraceUIContext
    from .transfer_traces_data import TransferTracesData
    from .transfer_traces_request_body import TransferTracesRequestBody
    from .transfer_traces_response_body import TransferTracesResponseBody
    from .turn_trace_context import TurnTraceContext
    from .ui_contexts import UIContexts
    from .update_annotation_config_response_body import UpdateAnnotationConfigResponseBody
    from .update_dataset_label_request_body import UpdateDatasetLabelRequestBody
    from .update_dataset_label_response_body import UpdateDatasetLabelResponseBody
    from .update_dataset_split_request_body import UpdateDatasetSplitRequestBody
    from .update_dataset_split_request_body_metadata_type_0 import (
        UpdateDatasetSplitRequestBodyMetadataType0,
    )
    from .update_dataset_split_response_body import UpdateDatasetSplitResponseBody
    from .update_experiment_request_body import UpdateExperimentRequestBody
    from .update_experiment_request_body_metadata_type_0 import (
        UpdateExperimentRequestBodyMetadataType0,
    )
    from .update_experiment_response_body import UpdateExperimentResponseBody
    from .update_project_request_body import UpdateProjectRequestBody
    from .update_project_response_body import UpdateProjectResponseBody
    from .upload_dataset_data import UploadDatasetData
    from .upload_dataset_files_body import UploadDatasetFilesBody
    from .upload_dataset_files_body_action import UploadDatasetFilesBodyAction
    from .upload_dataset_json_body import UploadDatasetJsonBody
    from .upload_dataset_json_body_action import UploadDatasetJsonBodyAction
    from .upload_dataset_json_body_inputs_item import UploadDatasetJsonBodyInputsItem
    from .upload_dataset_json_body_metadata_item import UploadDatasetJsonBodyMetadataItem
    from .upload_dataset_json_body_outputs_item import UploadDatasetJsonBodyOutputsItem
    from .upload_dataset_response_body import UploadDatasetResponseBody
    from .upsert_experiment_evaluation_request_body import UpsertExperimentEvaluationRequestBody
    from .upsert_experiment_evaluation_request_body_annotator_kind import (
        UpsertExperimentEvaluationRequestBodyAnnotatorKind,
    )
    from .upsert_experiment_evaluation_request_body_metadata_type_0 import (
        UpsertExperimentEvaluationRequestBodyMetadataType0,
    )
    from .upsert_experiment_evaluation_response_body import UpsertExperimentEvaluationResponseBody
    from .upsert_experiment_evaluation_response_body_data import (
        UpsertExperimentEvaluationResponseBodyData,
    )
    from .upsert_or_delete_secrets_request import UpsertOrDeleteSecretsRequest
    from .upsert_or_delete_secrets_result import UpsertOrDeleteSecretsResult
    from .user_api_key import UserApiKey
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .web_access_context import WebAccessContext

_MODULES: dict[str, str] = {
    "AddDatasetLabelToDatasetResponseBody": ".add_dataset_label_to_dataset_response_body",
    "AgentSessionConflictError": ".agent_session_conflict_error",
    "AgentSessionConflictErrorCode": ".agent_session_conflict_error_code",
    "AgentSessionData": ".agent_session_data",
    "AgentSessionSummary": ".agent_session_summary",
    "AnnotateSessionsRequestBody": ".annotate_sessions_request_body",
    "AnnotateSessionsResponseBody": ".annotate_sessions_response_body",
    "AnnotateSpanDocumentsRequestBody": ".annotate_span_documents_request_body",
    "AnnotateSpanDocumentsResponseBody": ".annotate_span_documents_response_body",
    "AnnotateSpansRequestBody": ".annotate_spans_request_body",
    "AnnotateSpansResponseBody": ".annotate_spans_response_body",
    "AnnotateTracesRequestBody": ".annotate_traces_request_body",
    "AnnotateTracesResponseBody": ".annotate_traces_response_body",
    "AnnotationResult": ".annotation_result",
    "AnonymousUser": ".anonymous_user",
    "ApiKey": ".api_key",
    "ApiKeyData": ".api_key_data",
    "ApiKeyUser": ".api_key_user",
    "AppContext": ".app_context",
    "AssignAnnotationConfigToProjectResponseBody": ".assign_annotation_config_to_project_response_body",
    "AssistantMessageMetadataUsage": ".assistant_message_metadata_usage",
    "AssistantMessageMetadataUsageCacheTokenDetails": ".assistant_message_metadata_usage_cache_token_details",
    "AssistantMessageMetadataUsageTokens": ".assistant_message_metadata_usage_tokens",
    "BuiltInModelProvider": ".built_in_model_provider",
    "BuiltInProviderModelSelection": ".built_in_provider_model_selection",
    "CategoricalAnnotationConfig": ".categorical_annotation_config",
    "CategoricalAnnotationConfigData": ".categorical_annotation_config_data",
    "CategoricalAnnotationValue": ".categorical_annotation_value",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionErrorDetail": ".chat_completion_error_detail",
    "ChatCompletionErrorResponse": ".chat_completion_error_response",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionRequestMessage": ".chat_completion_request_message",
    "ChatCompletionRequestMessageRole": ".chat_completion_request_message_role",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionTextPart": ".chat_completion_text_part",
    "ChatCompletionUsage": ".chat_completion_usage",
    "ChatCompletionUsagePromptTokensDetails": ".chat_completion_usage_prompt_tokens_details",
    "ChatRequestBody": ".chat_request_body",
    "ChatRequestBodyEditpermission": ".chat_request_body_editpermission",
    "ChatRequestCredential": ".chat_request_credential",
    "CodeEvaluatorUIContext": ".code_evaluator_ui_context",
    "CompactAgentSessionRequestBody": ".compact_agent_session_request_body",
    "CompactAgentSessionResponseBody": ".compact_agent_session_response_body",
    "ContinuousAnnotationConfig": ".continuous_annotation_config",
    "ContinuousAnnotationConfigData": ".continuous_annotation_config_data",
    "CreateAgentSessionRequestBody": ".create_agent_session_request_body",
    "CreateAgentSessionResponseBody": ".create_agent_session_response_body",
    "CreateAnnotationConfigResponseBody": ".create_annotation_config_response_body",
    "CreateApiKeyRequestBody": ".create_api_key_request_body",
    "CreateApiKeyResponseBody": ".create_api_key_response_body",
    "CreateChatCompletionRequestBody": ".create_chat_completion_request_body",
    "CreateChatCompletionRequestBodyResponseFormatType0": ".create_chat_completion_request_body_response_format_type_0",
    "CreateDatasetLabelRequestBody": ".create_dataset_label_request_body",
    "CreateDatasetLabelResponseBody": ".create_dataset_label_response_body",
    "CreateDatasetSplitRequestBody": ".create_dataset_split_request_body",
    "CreateDatasetSplitRequestBodyMetadata": ".create_dataset_split_request_body_metadata",
    "CreateDatasetSplitResponseBody": ".create_dataset_split_response_body",
    "CreateExperimentRequestBody": ".create_experiment_request_body",
    "CreateExperimentRequestBodyMetadataType0": ".create_experiment_request_body_metadata_type_0",
    "CreateExperimentResponseBody": ".create_experiment_response_body",
    "CreateExperimentRunRequestBody": ".create_experiment_run_request_body",
    "CreateExperimentRunResponseBody": ".create_experiment_run_response_body",
    "CreateExperimentRunResponseBodyData": ".create_experiment_run_response_body_data",
    "CreateProjectRequestBody": ".create_project_request_body",
    "CreateProjectResponseBody": ".create_project_response_body",
    "CreatePromptRequestBody": ".create_prompt_request_body",
    "CreatePromptResponseBody": ".create_prompt_response_body",
    "CreatePromptVersionRequestBody": ".create_prompt_version_request_body",
    "CreatePromptVersionResponseBody": ".create_prompt_version_response_body",
    "CreateSessionNoteRequestBody": ".create_session_note_request_body",
    "CreateSessionNoteResponseBody": ".create_session_note_response_body",
    "CreateSpanNoteRequestBody": ".create_span_note_request_body",
    "CreateSpanNoteResponseBody": ".create_span_note_response_body",
    "CreateSpansRequestBody": ".create_spans_request_body",
    "CreateSpansResponseBody": ".create_spans_response_body",
    "CreateTraceNoteRequestBody": ".create_trace_note_request_body",
    "CreateTraceNoteResponseBody": ".create_trace_note_response_body",
    "CreateUserRequestBody": ".create_user_request_body",
    "CreateUserResponseBody": ".create_user_response_body",
    "CreatedAgentSession": ".created_agent_session",
    "CreatedApiKey": ".created_api_key",
    "CustomModelProvider": ".custom_model_provider",
    "CustomModelProviderSdk": ".custom_model_provider_sdk",
    "CustomProviderModelSelection": ".custom_provider_model_selection",
    "DataUIPart": ".data_ui_part",
    "Dataset": ".dataset",
    "DatasetExample": ".dataset_example",
    "DatasetExampleInput": ".dataset_example_input",
    "DatasetExampleMetadata": ".dataset_example_metadata",
    "DatasetExampleOutput": ".dataset_example_output",
    "DatasetExampleSource": ".dataset_example_source",
    "DatasetLabel": ".dataset_label",
    "DatasetMetadata": ".dataset_metadata",
    "DatasetSplit": ".dataset_split",
    "DatasetSplitMetadata": ".dataset_split_metadata",
    "DatasetUIContext": ".dataset_ui_context",
    "DatasetVersion": ".dataset_version",
    "DatasetVersionMetadata": ".dataset_version_metadata",
    "DatasetWithExampleCount": ".dataset_with_example_count",
    "DatasetWithExampleCountMetadata": ".dataset_with_example_count_metadata",
    "DeleteAnnotationConfigResponseBody": ".delete_annotation_config_response_body",
    "DeleteSessionAnnotationsAnnotatorKindType0": ".delete_session_annotations_annotator_kind_type_0",
    "DeleteSessionsRequestBody": ".delete_sessions_request_body",
    "DeleteSpanAnnotationsAnnotatorKindType0": ".delete_span_annotations_annotator_kind_type_0",
    "DeleteTraceAnnotationsAnnotatorKindType0": ".delete_trace_annotations_annotator_kind_type_0",
    "DynamicToolApprovalRequestedPart": ".dynamic_tool_approval_requested_part",
    "DynamicToolApprovalRequestedPartCallProviderMetadataType0": ".dynamic_tool_approval_requested_part_call_provider_metadata_type_0",
    "DynamicToolApprovalRequestedPartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_approval_requested_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolApprovalRespondedPart": ".dynamic_tool_approval_responded_part",
    "DynamicToolApprovalRespondedPartCallProviderMetadataType0": ".dynamic_tool_approval_responded_part_call_provider_metadata_type_0",
    "DynamicToolApprovalRespondedPartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_approval_responded_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolInputAvailablePart": ".dynamic_tool_input_available_part",
    "DynamicToolInputAvailablePartCallProviderMetadataType0": ".dynamic_tool_input_available_part_call_provider_metadata_type_0",
    "DynamicToolInputAvailablePartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_input_available_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolInputStreamingPart": ".dynamic_tool_input_streaming_part",
    "DynamicToolInputStreamingPartCallProviderMetadataType0": ".dynamic_tool_input_streaming_part_call_provider_metadata_type_0",
    "DynamicToolInputStreamingPartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_input_streaming_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolOutputAvailablePart": ".dynamic_tool_output_available_part",
    "DynamicToolOutputAvailablePartCallProviderMetadataType0": ".dynamic_tool_output_available_part_call_provider_metadata_type_0",
    "DynamicToolOutputAvailablePartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_output_available_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolOutputAvailablePartResultProviderMetadataType0": ".dynamic_tool_output_available_part_result_provider_metadata_type_0",
    "DynamicToolOutputAvailablePartResultProviderMetadataType0AdditionalProperty": ".dynamic_tool_output_available_part_result_provider_metadata_type_0_additional_property",
    "DynamicToolOutputDeniedPart": ".dynamic_tool_output_denied_part",
    "DynamicToolOutputDeniedPartCallProviderMetadataType0": ".dynamic_tool_output_denied_part_call_provider_metadata_type_0",
    "DynamicToolOutputDeniedPartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_output_denied_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolOutputErrorPart": ".dynamic_tool_output_error_part",
    "DynamicToolOutputErrorPartCallProviderMetadataType0": ".dynamic_tool_output_error_part_call_provider_metadata_type_0",
    "DynamicToolOutputErrorPartCallProviderMetadataType0AdditionalProperty": ".dynamic_tool_output_error_part_call_provider_metadata_type_0_additional_property",
    "DynamicToolOutputErrorPartResultProviderMetadataType0": ".dynamic_tool_output_error_part_result_provider_metadata_type_0",
    "DynamicToolOutputErrorPartResultProviderMetadataType0AdditionalProperty": ".dynamic_tool_output_error_part_result_provider_metadata_type_0_additional_property",
    "Experiment": ".experiment",
    "ExperimentEvaluationResult": ".experiment_evaluation_result",
    "ExperimentMetadata": ".experiment_metadata",
    "ExperimentRun": ".experiment_run",
    "ExperimentTag": ".experiment_tag",
    "FileUIPart": ".file_ui_part",
    "FileUIPartProviderMetadataType0": ".file_ui_part_provider_metadata_type_0",
    "FileUIPartProviderMetadataType0AdditionalProperty": ".file_ui_part_provider_metadata_type_0_additional_property",
    "FreeformAnnotationConfig": ".freeform_annotation_config",
    "FreeformAnnotationConfigData": ".freeform_annotation_config_data",
    "GetAgentSessionResponseBody": ".get_agent_session_response_body",
    "GetAllUserApiKeysResponseBody": ".get_all_user_api_keys_response_body",
    "GetAnnotationConfigResponseBody": ".get_annotation_config_response_body",
    "GetAnnotationConfigsResponseBody": ".get_annotation_configs_response_body",
    "GetApiKeysResponseBody": ".get_api_keys_response_body",
    "GetCustomModelProvidersResponseBody": ".get_custom_model_providers_response_body",
    "GetDatasetLabelResponseBody": ".get_dataset_label_response_body",
    "GetDatasetLabelsResponseBody": ".get_dataset_labels_response_body",
    "GetDatasetResponseBody": ".get_dataset_response_body",
    "GetExperimentResponseBody": ".get_experiment_response_body",
    "GetIncompleteEvaluationsResponseBody": ".get_incomplete_evaluations_response_body",
    "GetIncompleteExperimentRunsResponseBody": ".get_incomplete_experiment_runs_response_body",
    "GetModelProvidersResponseBody": ".get_model_providers_response_body",
    "GetProjectAnnotationConfigsResponseBody": ".get_project_annotation_configs_response_body",
    "GetProjectResponseBody": ".get_project_response_body",
    "GetProjectsResponseBody": ".get_projects_response_body",
    "GetPromptResponseBody": ".get_prompt_response_body",
    "GetPromptVersionTagsResponseBody": ".get_prompt_version_tags_response_body",
    "GetPromptVersionsResponseBody": ".get_prompt_versions_response_body",
    "GetPromptsResponseBody": ".get_prompts_response_body",
    "GetSessionResponseBody": ".get_session_response_body",
    "GetSessionsResponseBody": ".get_sessions_response_body",
    "GetSpansOrder": ".get_spans_order",
    "GetSpansSort": ".get_spans_sort",
    "GetTracesResponseBody": ".get_traces_response_body",
    "GetUsersResponseBody": ".get_users_response_body",
    "GetViewerResponseBody": ".get_viewer_response_body",
    "GraphQLContext": ".graph_ql_context",
    "HTTPValidationError": ".http_validation_error",
    "IncompleteExperimentEvaluation": ".incomplete_experiment_evaluation",
    "IncompleteExperimentRun": ".incomplete_experiment_run",
    "InsertedSessionAnnotation": ".inserted_session_annotation",
    "InsertedSpanAnnotation": ".inserted_span_annotation",
    "InsertedSpanDocumentAnnotation": ".inserted_span_document_annotation",
    "InsertedTraceAnnotation": ".inserted_trace_annotation",
    "LDAPUser": ".ldap_user",
    "LDAPUserData": ".ldap_user_data",
    "LDAPUserDataRole": ".ldap_user_data_role",
    "LDAPUserRole": ".ldap_user_role",
    "ListAgentSessionMessagesResponseBody": ".list_agent_session_messages_response_body",
    "ListAgentSessionsResponseBody": ".list_agent_sessions_response_body",
    "ListDatasetExamplesData": ".list_dataset_examples_data",
    "ListDatasetExamplesResponseBody": ".list_dataset_examples_response_body",
    "ListDatasetLabelsForDatasetResponseBody": ".list_dataset_labels_for_dataset_response_body",
    "ListDatasetSplitsResponseBody": ".list_dataset_splits_response_body",
    "ListDatasetVersionsResponseBody": ".list_dataset_versions_response_body",
    "ListDatasetsResponseBody": ".list_datasets_response_body",
    "ListExperimentRunsResponseBody": ".list_experiment_runs_response_body",
    "ListExperimentTagsResponseBody": ".list_experiment_tags_response_body",
    "ListExperimentsResponseBody": ".list_experiments_response_body",
    "ListProjectSessionsOrder": ".list_project_sessions_order",
    "ListProjectTracesOrder": ".list_project_traces_order",
    "ListProjectTracesSort": ".list_project_traces_sort",
    "LlmEvaluatorUIContext": ".llm_evaluator_ui_context",
    "LocalUser": ".local_user",
    "LocalUserData": ".local_user_data",
    "LocalUserDataRole": ".local_user_data_role",
    "LocalUserRole": ".local_user_role",
    "MessageMetadata": ".message_metadata",
    "ModelProvider": ".model_provider",
    "OAuth2User": ".o_auth_2_user",
    "OAuth2UserData": ".o_auth_2_user_data",
    "OAuth2UserDataRole": ".o_auth_2_user_data_role",
    "OAuth2UserRole": ".o_auth_2_user_role",
    "OptimizationDirection": ".optimization_direction",
    "OtlpAnyValue": ".otlp_any_value",
    "OtlpArrayValue": ".otlp_array_value",
    "OtlpDoubleValue": ".otlp_double_value",
    "OtlpEvent": ".otlp_event",
    "OtlpKeyValue": ".otlp_key_value",
    "OtlpKind": ".otlp_kind",
    "OtlpSpan": ".otlp_span",
    "OtlpSpansResponseBody": ".otlp_spans_response_body",
    "OtlpStatus": ".otlp_status",
    "PatchAgentSessionRequestBody": ".patch_agent_session_request_body",
    "PatchAgentSessionResponseBody": ".patch_agent_session_response_body",
    "PatchPromptRequestBody": ".patch_prompt_request_body",
    "PatchPromptRequestBodyMetadata": ".patch_prompt_request_body_metadata",
    "PatchPromptResponseBody": ".patch_prompt_response_body",
    "PhoenixAssistantMessageMetadata": ".phoenix_assistant_message_metadata",
    "PhoenixUIMessage": ".phoenix_ui_message",
    "PhoenixUIMessageRole": ".phoenix_ui_message_role",
    "PhoenixUserMessageMetadata": ".phoenix_user_message_metadata",
    "PhoenixUserMessageMetadataEditpermission": ".phoenix_user_message_metadata_editpermission",
    "PlaygroundBuiltinModelUIContext": ".playground_builtin_model_ui_context",
    "PlaygroundCustomProviderModelUIContext": ".playground_custom_provider_model_ui_context",
    "PlaygroundEvaluatorUIContext": ".playground_evaluator_ui_context",
    "PlaygroundEvaluatorUIContextKind": ".playground_evaluator_ui_context_kind",
    "PlaygroundExperimentScaffoldUIContext": ".playground_experiment_scaffold_ui_context",
    "PlaygroundInstanceUIContext": ".playground_instance_ui_context",
    "PlaygroundUIContext": ".playground_ui_context",
    "Project": ".project",
    "ProjectRetentionPolicyData": ".project_retention_policy_data",
    "ProjectUIContext": ".project_ui_context",
    "Prompt": ".prompt",
    "PromptAnthropicInvocationParameters": ".prompt_anthropic_invocation_parameters",
    "PromptAnthropicInvocationParametersContent": ".prompt_anthropic_invocation_parameters_content",
    "PromptAnthropicInvocationParametersContentExtraBody": ".prompt_anthropic_invocation_parameters_content_extra_body",
    "PromptAnthropicOutputConfig": ".prompt_anthropic_output_config",
    "PromptAnthropicOutputConfigEffort": ".prompt_anthropic_output_config_effort",
    "PromptAnthropicThinkingConfigAdaptive": ".prompt_anthropic_thinking_config_adaptive",
    "PromptAnthropicThinkingConfigAdaptiveDisplay": ".prompt_anthropic_thinking_config_adaptive_display",
    "PromptAnthropicThinkingConfigDisabled": ".prompt_anthropic_thinking_config_disabled",
    "PromptAnthropicThinkingConfigEnabled": ".prompt_anthropic_thinking_config_enabled",
    "PromptAnthropicThinkingConfigEnabledDisplay": ".prompt_anthropic_thinking_config_enabled_display",
    "PromptAwsInvocationParameters": ".prompt_aws_invocation_parameters",
    "PromptAwsInvocationParametersContent": ".prompt_aws_invocation_parameters_content",
    "PromptAzureOpenAIInvocationParameters": ".prompt_azure_open_ai_invocation_parameters",
    "PromptAzureOpenAIInvocationParametersContent": ".prompt_azure_open_ai_invocation_parameters_content",
    "PromptAzureOpenAIInvocationParametersContentExtraBody": ".prompt_azure_open_ai_invocation_parameters_content_extra_body",
    "PromptAzureOpenAIInvocationParametersContentReasoningEffort": ".prompt_azure_open_ai_invocation_parameters_content_reasoning_effort",
    "PromptCerebrasInvocationParameters": ".prompt_cerebras_invocation_parameters",
    "PromptCerebrasInvocationParametersContent": ".prompt_cerebras_invocation_parameters_content",
    "PromptCerebrasInvocationParametersContentExtraBody": ".prompt_cerebras_invocation_parameters_content_extra_body",
    "PromptCerebrasInvocationParametersContentReasoningEffort": ".prompt_cerebras_invocation_parameters_content_reasoning_effort",
    "PromptChatTemplate": ".prompt_chat_template",
    "PromptData": ".prompt_data",
    "PromptDataMetadataType0": ".prompt_data_metadata_type_0",
    "PromptDeepSeekInvocationParameters": ".prompt_deep_seek_invocation_parameters",
    "PromptDeepSeekInvocationParametersContent": ".prompt_deep_seek_invocation_parameters_content",
    "PromptDeepSeekInvocationParametersContentExtraBody": ".prompt_deep_seek_invocation_parameters_content_extra_body",
    "PromptDeepSeekInvocationParametersContentReasoningEffort": ".prompt_deep_seek_invocation_parameters_content_reasoning_effort",
    "PromptFireworksInvocationParameters": ".prompt_fireworks_invocation_parameters",
    "PromptFireworksInvocationParametersContent": ".prompt_fireworks_invocation_parameters_content",
    "PromptFireworksInvocationParametersContentExtraBody": ".prompt_fireworks_invocation_parameters_content_extra_body",
    "PromptFireworksInvocationParametersContentReasoningEffort": ".prompt_fireworks_invocation_parameters_content_reasoning_effort",
    "PromptGoogleInvocationParameters": ".prompt_google_invocation_parameters",
    "PromptGoogleInvocationParametersContent": ".prompt_google_invocation_parameters_content",
    "PromptGoogleThinkingConfig": ".prompt_google_thinking_config",
    "PromptGoogleThinkingConfigThinkingLevel": ".prompt_google_thinking_config_thinking_level",
    "PromptGroqInvocationParameters": ".prompt_groq_invocation_parameters",
    "PromptGroqInvocationParametersContent": ".prompt_groq_invocation_parameters_content",
    "PromptGroqInvocationParametersContentExtraBody": ".prompt_groq_invocation_parameters_content_extra_body",
    "PromptGroqInvocationParametersContentReasoningEffort": ".prompt_groq_invocation_parameters_content_reasoning_effort",
    "PromptMessage": ".prompt_message",
    "PromptMessageRole": ".prompt_message_role",
    "PromptMetaInvocationParameters": ".prompt_meta_invocation_parameters",
    "PromptMetaInvocationParametersContent": ".prompt_meta_invocation_parameters_content",
    "PromptMetaInvocationParametersContentExtraBody": ".prompt_meta_invocation_parameters_content_extra_body",
    "PromptMetaInvocationParametersContentReasoningEffort": ".prompt_meta_invocation_parameters_content_reasoning_effort",
    "PromptMetadataType0": ".prompt_metadata_type_0",
    "PromptMoonshotInvocationParameters": ".prompt_moonshot_invocation_parameters",
    "PromptMoonshotInvocationParametersContent": ".prompt_moonshot_invocation_parameters_content",
    "PromptMoonshotInvocationParametersContentExtraBody": ".prompt_moonshot_invocation_parameters_content_extra_body",
    "PromptMoonshotInvocationParametersContentReasoningEffort": ".prompt_moonshot_invocation_parameters_content_reasoning_effort",
    "PromptOllamaInvocationParameters": ".prompt_ollama_invocation_parameters",
    "PromptOllamaInvocationParametersContent": ".prompt_ollama_invocation_parameters_content",
    "PromptOllamaInvocationParametersContentExtraBody": ".prompt_ollama_invocation_parameters_content_extra_body",
    "PromptOllamaInvocationParametersContentReasoningEffort": ".prompt_ollama_invocation_parameters_content_reasoning_effort",
    "PromptOpenAIInvocationParameters": ".prompt_open_ai_invocation_parameters",
    "PromptOpenAIInvocationParametersContent": ".prompt_open_ai_invocation_parameters_content",
    "PromptOpenAIInvocationParametersContentExtraBody": ".prompt_open_ai_invocation_parameters_content_extra_body",
    "PromptOpenAIInvocationParametersContentReasoningEffort": ".prompt_open_ai_invocation_parameters_content_reasoning_effort",
    "PromptPerplexityInvocationParameters": ".prompt_perplexity_invocation_parameters",
    "PromptPerplexityInvocationParametersContent": ".prompt_perplexity_invocation_parameters_content",
    "PromptPerplexityInvocationParametersContentExtraBody": ".prompt_perplexity_invocation_parameters_content_extra_body",
    "PromptPerplexityInvocationParametersContentReasoningEffort": ".prompt_perplexity_invocation_parameters_content_reasoning_effort",
    "PromptResponseFormatJSONSchema": ".prompt_response_format_json_schema",
    "PromptResponseFormatJSONSchemaDefinition": ".prompt_response_format_json_schema_definition",
    "PromptResponseFormatJSONSchemaDefinitionSchema": ".prompt_response_format_json_schema_definition_schema",
    "PromptStringTemplate": ".prompt_string_template",
    "PromptTemplateFormat": ".prompt_template_format",
    "PromptTemplateType": ".prompt_template_type",
    "PromptTogetherInvocationParameters": ".prompt_together_invocation_parameters",
    "PromptTogetherInvocationParametersContent": ".prompt_together_invocation_parameters_content",
    "PromptTogetherInvocationParametersContentExtraBody": ".prompt_together_invocation_parameters_content_extra_body",
    "PromptTogetherInvocationParametersContentReasoningEffort": ".prompt_together_invocation_parameters_content_reasoning_effort",
    "PromptToolChoiceNone": ".prompt_tool_choice_none",
    "PromptToolChoiceOneOrMore": ".prompt_tool_choice_one_or_more",
    "PromptToolChoiceSpecificFunctionTool": ".prompt_tool_choice_specific_function_tool",
    "PromptToolChoiceZeroOrMore": ".prompt_tool_choice_zero_or_more",
    "PromptToolFunction": ".prompt_tool_function",
    "PromptToolFunctionDefinition": ".prompt_tool_function_definition",
    "PromptToolFunctionDefinitionParameters": ".prompt_tool_function_definition_parameters",
    "PromptToolRaw": ".prompt_tool_raw",
    "PromptToolRawRaw": ".prompt_tool_raw_raw",
    "PromptTools": ".prompt_tools",
    "PromptUIContext": ".prompt_ui_context",
    "PromptVersion": ".prompt_version",
    "PromptVersionData": ".prompt_version_data",
    "PromptVersionDataMetadata": ".prompt_version_data_metadata",
    "PromptVersionMetadata": ".prompt_version_metadata",
    "PromptVersionTag": ".prompt_version_tag",
    "PromptVersionTagData": ".prompt_version_tag_data",
    "PromptVersionUIContext": ".prompt_version_ui_context",
    "PromptXAIInvocationParameters": ".prompt_xai_invocation_parameters",
    "PromptXAIInvocationParametersContent": ".prompt_xai_invocation_parameters_content",
    "PromptXAIInvocationParametersContentExtraBody": ".prompt_xai_invocation_parameters_content_extra_body",
    "PromptXAIInvocationParametersContentReasoningEffort": ".prompt_xai_invocation_parameters_content_reasoning_effort",
    "PromptZAIInvocationParameters": ".prompt_zai_invocation_parameters",
    "PromptZAIInvocationParametersContent": ".prompt_zai_invocation_parameters_content",
    "PromptZAIInvocationParametersContentExtraBody": ".prompt_zai_invocation_parameters_content_extra_body",
    "PromptZAIInvocationParametersContentReasoningEffort": ".prompt_zai_invocation_parameters_content_reasoning_effort",
    "PydanticAIMessageMetadata": ".pydantic_ai_message_metadata",
    "ReasoningUIPart": ".reasoning_ui_part",
    "ReasoningUIPartProviderMetadataType0": ".reasoning_ui_part_provider_metadata_type_0",
    "ReasoningUIPartProviderMetadataType0AdditionalProperty": ".reasoning_ui_part_provider_metadata_type_0_additional_property",
    "ReasoningUIPartStateType0": ".reasoning_ui_part_state_type_0",
    "ResponseBodyUpsertOrDeleteSecretsResult": ".response_body_upsert_or_delete_secrets_result",
    "SecretKeyValue": ".secret_key_value",
    "SessionAnnotation": ".session_annotation",
    "SessionAnnotationAnnotatorKind": ".session_annotation_annotator_kind",
    "SessionAnnotationData": ".session_annotation_data",
    "SessionAnnotationDataAnnotatorKind": ".session_annotation_data_annotator_kind",
    "SessionAnnotationDataMetadataType0": ".session_annotation_data_metadata_type_0",
    "SessionAnnotationMetadataType0": ".session_annotation_metadata_type_0",
    "SessionAnnotationSource": ".session_annotation_source",
    "SessionAnnotationsResponseBody": ".session_annotations_response_body",
    "SessionData": ".session_data",
    "SessionNoteData": ".session_note_data",
    "SessionTraceData": ".session_trace_data",
    "SessionUIContext": ".session_ui_context",
    "SetDatasetLabelsForDatasetResponseBody": ".set_dataset_labels_for_dataset_response_body",
    "SetDatasetLabelsRequestBody": ".set_dataset_labels_request_body",
    "SetExperimentTagRequestBody": ".set_experiment_tag_request_body",
    "SetExperimentTagResponseBody": ".set_experiment_tag_response_body",
    "SetProjectAnnotationConfigsRequestBody": ".set_project_annotation_configs_request_body",
    "SetProjectAnnotationConfigsResponseBody": ".set_project_annotation_configs_response_body",
    "SetProjectRetentionPolicyRequestBody": ".set_project_retention_policy_request_body",
    "SetProjectRetentionPolicyResponseBody": ".set_project_retention_policy_response_body",
    "SourceDocumentUIPart": ".source_document_ui_part",
    "SourceDocumentUIPartProviderMetadataType0": ".source_document_ui_part_provider_metadata_type_0",
    "SourceDocumentUIPartProviderMetadataType0AdditionalProperty": ".source_document_ui_part_provider_metadata_type_0_additional_property",
    "SourceUrlUIPart": ".source_url_ui_part",
    "SourceUrlUIPartProviderMetadataType0": ".source_url_ui_part_provider_metadata_type_0",
    "SourceUrlUIPartProviderMetadataType0AdditionalProperty": ".source_url_ui_part_provider_metadata_type_0_additional_property",
    "Span": ".span",
    "SpanAnnotation": ".span_annotation",
    "SpanAnnotationAnnotatorKind": ".span_annotation_annotator_kind",
    "SpanAnnotationData": ".span_annotation_data",
    "SpanAnnotationDataAnnotatorKind": ".span_annotation_data_annotator_kind",
    "SpanAnnotationDataMetadataType0": ".span_annotation_data_metadata_type_0",
    "SpanAnnotationMetadataType0": ".span_annotation_metadata_type_0",
    "SpanAnnotationSource": ".span_annotation_source",
    "SpanAnnotationsResponseBody": ".span_annotations_response_body",
    "SpanAttributes": ".span_attributes",
    "SpanContext": ".span_context",
    "SpanDocumentAnnotationData": ".span_document_annotation_data",
    "SpanDocumentAnnotationDataAnnotatorKind": ".span_document_annotation_data_annotator_kind",
    "SpanDocumentAnnotationDataMetadataType0": ".span_document_annotation_data_metadata_type_0",
    "SpanEvent": ".span_event",
    "SpanEventAttributes": ".span_event_attributes",
    "SpanNoteData": ".span_note_data",
    "SpanUIContext": ".span_ui_context",
    "SpansResponseBody": ".spans_response_body",
    "StepStartUIPart": ".step_start_ui_part",
    "SubagentsContext": ".subagents_context",
    "SubmitAgentSessionToolApprovalsRequestBody": ".submit_agent_session_tool_approvals_request_body",
    "SubmitAgentSessionToolApprovalsResponseBody": ".submit_agent_session_tool_approvals_response_body",
    "SubmitAgentSessionToolOutputsRequestBody": ".submit_agent_session_tool_outputs_request_body",
    "SubmitAgentSessionToolOutputsResponseBody": ".submit_agent_session_tool_outputs_response_body",
    "TextContentPart": ".text_content_part",
    "TextUIPart": ".text_ui_part",
    "TextUIPartProviderMetadataType0": ".text_ui_part_provider_metadata_type_0",
    "TextUIPartProviderMetadataType0AdditionalProperty": ".text_ui_part_provider_metadata_type_0_additional_property",
    "TextUIPartStateType0": ".text_ui_part_state_type_0",
    "ToolApproval": ".tool_approval",
    "ToolApprovalRequested": ".tool_approval_requested",
    "ToolApprovalRequestedPart": ".tool_approval_requested_part",
    "ToolApprovalRequestedPartCallProviderMetadataType0": ".tool_approval_requested_part_call_provider_metadata_type_0",
    "ToolApprovalRequestedPartCallProviderMetadataType0AdditionalProperty": ".tool_approval_requested_part_call_provider_metadata_type_0_additional_property",
    "ToolApprovalResponded": ".tool_approval_responded",
    "ToolApprovalRespondedPart": ".tool_approval_responded_part",
    "ToolApprovalRespondedPartCallProviderMetadataType0": ".tool_approval_responded_part_call_provider_metadata_type_0",
    "ToolApprovalRespondedPartCallProviderMetadataType0AdditionalProperty": ".tool_approval_responded_part_call_provider_metadata_type_0_additional_property",
    "ToolCallContentPart": ".tool_call_content_part",
    "ToolCallFunction": ".tool_call_function",
    "ToolInputAvailablePart": ".tool_input_available_part",
    "ToolInputAvailablePartCallProviderMetadataType0": ".tool_input_available_part_call_provider_metadata_type_0",
    "ToolInputAvailablePartCallProviderMetadataType0AdditionalProperty": ".tool_input_available_part_call_provider_metadata_type_0_additional_property",
    "ToolInputStreamingPart": ".tool_input_streaming_part",
    "ToolInputStreamingPartCallProviderMetadataType0": ".tool_input_streaming_part_call_provider_metadata_type_0",
    "ToolInputStreamingPartCallProviderMetadataType0AdditionalProperty": ".tool_input_streaming_part_call_provider_metadata_type_0_additional_property",
    "ToolOutputAvailablePart": ".tool_output_available_part",
    "ToolOutputAvailablePartCallProviderMetadataType0": ".tool_output_available_part_call_provider_metadata_type_0",
    "ToolOutputAvailablePartCallProviderMetadataType0AdditionalProperty": ".tool_output_available_part_call_provider_metadata_type_0_additional_property",
    "ToolOutputAvailablePartResultProviderMetadataType0": ".tool_output_available_part_result_provider_metadata_type_0",
    "ToolOutputAvailablePartResultProviderMetadataType0AdditionalProperty": ".tool_output_available_part_result_provider_metadata_type_0_additional_property",
    "ToolOutputDeniedPart": ".tool_output_denied_part",
    "ToolOutputDeniedPartCallProviderMetadataType0": ".tool_output_denied_part_call_provider_metadata_type_0",
    "ToolOutputDeniedPartCallProviderMetadataType0AdditionalProperty": ".tool_output_denied_part_call_provider_metadata_type_0_additional_property",
    "ToolOutputErrorPart": ".tool_output_error_part",
    "ToolOutputErrorPartCallProviderMetadataType0": ".tool_output_error_part_call_provider_metadata_type_0",
    "ToolOutputErrorPartCallProviderMetadataType0AdditionalProperty": ".tool_output_error_part_call_provider_metadata_type_0_additional_property",
    "ToolOutputErrorPartResultProviderMetadataType0": ".tool_output_error_part_result_provider_metadata_type_0",
    "ToolOutputErrorPartResultProviderMetadataType0AdditionalProperty": ".tool_output_error_part_result_provider_metadata_type_0_additional_property",
    "ToolResultContentPart": ".tool_result_content_part",
    "ToolResultContentPartToolResultType4": ".tool_result_content_part_tool_result_type_4",
    "TraceAnnotation": ".trace_annotation",
    "TraceAnnotationAnnotatorKind": ".trace_annotation_annotator_kind",
    "TraceAnnotationData": ".trace_annotation_data",
    "TraceAnnotationDataAnnotatorKind": ".trace_annotation_data_annotator_kind",
    "TraceAnnotationDataMetadataType0": ".trace_annotation_data_metadata_type_0",
    "TraceAnnotationMetadataType0": ".trace_annotation_metadata_type_0",
    "TraceAnnotationSource": ".trace_annotation_source",
    "TraceAnnotationsResponseBody": ".trace_annotations_response_body",
    "TraceData": ".trace_data",
    "TraceNoteData": ".trace_note_data",
    "TraceSpanData": ".trace_span_data",
    "TraceUIContext": ".trace_ui_context",
    "TransferTracesData": ".transfer_traces_data",
    "TransferTracesRequestBody": ".transfer_traces_request_body",
    "TransferTracesResponseBody": ".transfer_traces_response_body",
    "TurnTraceContext": ".turn_trace_context",
    "UIContexts": ".ui_contexts",
    "UpdateAnnotationConfigResponseBody": ".update_annotation_config_response_body",
    "UpdateDatasetLabelRequestBody": ".update_dataset_label_request_body",
    "UpdateDatasetLabelResponseBody": ".update_dataset_label_response_body",
    "UpdateDatasetSplitRequestBody": ".update_dataset_split_request_body",
    "UpdateDatasetSplitRequestBodyMetadataType0": ".update_dataset_split_request_body_metadata_type_0",
    "UpdateDatasetSplitResponseBody": ".update_dataset_split_response_body",
    "UpdateExperimentRequestBody": ".update_experiment_request_body",
    "UpdateExperimentRequestBodyMetadataType0": ".update_experiment_request_body_metadata_type_0",
    "UpdateExperimentResponseBody": ".update_experiment_response_body",
    "UpdateProjectRequestBody": ".update_project_request_body",
    "UpdateProjectResponseBody": ".update_project_response_body",
    "UploadDatasetData": ".upload_dataset_data",
    "UploadDatasetFilesBody": ".upload_dataset_files_body",
    "UploadDatasetFilesBodyAction": ".upload_dataset_files_body_action",
    "UploadDatasetJsonBody": ".upload_dataset_json_body",
    "UploadDatasetJsonBodyAction": ".upload_dataset_json_body_action",
    "UploadDatasetJsonBodyInputsItem": ".upload_dataset_json_body_inputs_item",
    "UploadDatasetJsonBodyMetadataItem": ".upload_dataset_json_body_metadata_item",
    "UploadDatasetJsonBodyOutputsItem": ".upload_dataset_json_body_outputs_item",
    "UploadDatasetResponseBody": ".upload_dataset_response_body",
    "UpsertExperimentEvaluationRequestBody": ".upsert_experiment_evaluation_request_body",
    "UpsertExperimentEvaluationRequestBodyAnnotatorKind": ".upsert_experiment_evaluation_request_body_annotator_kind",
    "UpsertExperimentEvaluationRequestBodyMetadataType0": ".upsert_experiment_evaluation_request_body_metadata_type_0",
    "UpsertExperimentEvaluationResponseBody": ".upsert_experiment_evaluation_response_body",
    "UpsertExperimentEvaluationResponseBodyData": ".upsert_experiment_evaluation_response_body_data",
    "UpsertOrDeleteSecretsRequest": ".upsert_or_delete_secrets_request",
    "UpsertOrDeleteSecretsResult": ".upsert_or_delete_secrets_result",
    "UserApiKey": ".user_api_key",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "WebAccessContext": ".web_access_context",
}

__all__ = (
    "AddDatasetLabelToDatasetResponseBody",
    "AgentSessionConflictError",
    "AgentSessionConflictErrorCode",
    "AgentSessionData",
    "AgentSessionSummary",
    "AnnotateSessionsRequestBody",
    "AnnotateSessionsResponseBody",
    "AnnotateSpanDocumentsRequestBody",
    "AnnotateSpanDocumentsResponseBody",
    "AnnotateSpansRequestBody",
    "AnnotateSpansResponseBody",
    "AnnotateTracesRequestBody",
    "AnnotateTracesResponseBody",
    "AnnotationResult",
    "AnonymousUser",
    "ApiKey",
    "ApiKeyData",
    "ApiKeyUser",
    "AppContext",
    "AssignAnnotationConfigToProjectResponseBody",
    "AssistantMessageMetadataUsage",
    "AssistantMessageMetadataUsageCacheTokenDetails",
    "AssistantMessageMetadataUsageTokens",
    "BuiltInModelProvider",
    "BuiltInProviderModelSelection",
    "CategoricalAnnotationConfig",
    "CategoricalAnnotationConfigData",
    "CategoricalAnnotationValue",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionErrorDetail",
    "ChatCompletionErrorResponse",
    "ChatCompletionMessage",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageRole",
    "ChatCompletionStreamOptions",
    "ChatCompletionTextPart",
    "ChatCompletionUsage",
    "ChatCompletionUsagePromptTokensDetails",
    "ChatRequestBody",
    "ChatRequestBodyEditpermission",
    "ChatRequestCredential",
    "CodeEvaluatorUIContext",
    "CompactAgentSessionRequestBody",
    "CompactAgentSessionResponseBody",
    "ContinuousAnnotationConfig",
    "ContinuousAnnotationConfigData",
    "CreateAgentSessionRequestBody",
    "CreateAgentSessionResponseBody",
    "CreateAnnotationConfigResponseBody",
    "CreateApiKeyRequestBody",
    "CreateApiKeyResponseBody",
    "CreateChatCompletionRequestBody",
    "CreateChatCompletionRequestBodyResponseFormatType0",
    "CreatedAgentSession",
    "CreatedApiKey",
    "CreateDatasetLabelRequestBody",
    "CreateDatasetLabelResponseBody",
    "CreateDatasetSplitRequestBody",
    "CreateDatasetSplitRequestBodyMetadata",
    "CreateDatasetSplitResponseBody",
    "CreateExperimentRequestBody",
    "CreateExperimentRequestBodyMetadataType0",
    "CreateExperimentResponseBody",
    "CreateExperimentRunRequestBody",
    "CreateExperimentRunResponseBody",
    "CreateExperimentRunResponseBodyData",
    "CreateProjectRequestBody",
    "CreateProjectResponseBody",
    "CreatePromptRequestBody",
    "CreatePromptResponseBody",
    "CreatePromptVersionRequestBody",
    "CreatePromptVersionResponseBody",
    "CreateSessionNoteRequestBody",
    "CreateSessionNoteResponseBody",
    "CreateSpanNoteRequestBody",
    "CreateSpanNoteResponseBody",
    "CreateSpansRequestBody",
    "CreateSpansResponseBody",
    "CreateTraceNoteRequestBody",
    "CreateTraceNoteResponseBody",
    "CreateUserRequestBody",
    "CreateUserResponseBody",
    "CustomModelProvider",
    "CustomModelProviderSdk",
    "CustomProviderModelSelection",
    "Dataset",
    "DatasetExample",
    "DatasetExampleInput",
    "DatasetExampleMetadata",
    "DatasetExampleOutput",
    "DatasetExampleSource",
    "DatasetLabel",
    "DatasetMetadata",
    "DatasetSplit",
    "DatasetSplitMetadata",
    "DatasetUIContext",
    "DatasetVersion",
    "DatasetVersionMetadata",
    "DatasetWithExampleCount",
    "DatasetWithExampleCountMetadata",
    "DataUIPart",
    "DeleteAnnotationConfigResponseBody",
    "DeleteSessionAnnotationsAnnotatorKindType0",
    "DeleteSessionsRequestBody",
    "DeleteSpanAnnotationsAnnotatorKindType0",
    "DeleteTraceAnnotationsAnnotatorKindType0",
    "DynamicToolApprovalRequestedPart",
    "DynamicToolApprovalRequestedPartCallProviderMetadataType0",
    "DynamicToolApprovalRequestedPartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolApprovalRespondedPart",
    "DynamicToolApprovalRespondedPartCallProviderMetadataType0",
    "DynamicToolApprovalRespondedPartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolInputAvailablePart",
    "DynamicToolInputAvailablePartCallProviderMetadataType0",
    "DynamicToolInputAvailablePartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolInputStreamingPart",
    "DynamicToolInputStreamingPartCallProviderMetadataType0",
    "DynamicToolInputStreamingPartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolOutputAvailablePart",
    "DynamicToolOutputAvailablePartCallProviderMetadataType0",
    "DynamicToolOutputAvailablePartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolOutputAvailablePartResultProviderMetadataType0",
    "DynamicToolOutputAvailablePartResultProviderMetadataType0AdditionalProperty",
    "DynamicToolOutputDeniedPart",
    "DynamicToolOutputDeniedPartCallProviderMetadataType0",
    "DynamicToolOutputDeniedPartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolOutputErrorPart",
    "DynamicToolOutputErrorPartCallProviderMetadataType0",
    "DynamicToolOutputErrorPartCallProviderMetadataType0AdditionalProperty",
    "DynamicToolOutputErrorPartResultProviderMetadataType0",
    "DynamicToolOutputErrorPartResultProviderMetadataType0AdditionalProperty",
    "Experiment",
    "ExperimentEvaluationResult",
    "ExperimentMetadata",
    "ExperimentRun",
    "ExperimentTag",
    "FileUIPart",
    "FileUIPartProviderMetadataType0",
    "FileUIPartProviderMetadataType0AdditionalProperty",
    "FreeformAnnotationConfig",
    "FreeformAnnotationConfigData",
    "GetAgentSessionResponseBody",
    "GetAllUserApiKeysResponseBody",
    "GetAnnotationConfigResponseBody",
    "GetAnnotationConfigsResponseBody",
    "GetApiKeysResponseBody",
    "GetCustomModelProvidersResponseBody",
    "GetDatasetLabelResponseBody",
    "GetDatasetLabelsResponseBody",
    "GetDatasetResponseBody",
    "GetExperimentResponseBody",
    "GetIncompleteEvaluationsResponseBody",
    "GetIncompleteExperimentRunsResponseBody",
    "GetModelProvidersResponseBody",
    "GetProjectAnnotationConfigsResponseBody",
    "GetProjectResponseBody",
    "GetProjectsResponseBody",
    "GetPromptResponseBody",
    "GetPromptsResponseBody",
    "GetPromptVersionsResponseBody",
    "GetPromptVersionTagsResponseBody",
    "GetSessionResponseBody",
    "GetSessionsResponseBody",
    "GetSpansOrder",
    "GetSpansSort",
    "GetTracesResponseBody",
    "GetUsersResponseBody",
    "GetViewerResponseBody",
    "GraphQLContext",
    "HTTPValidationError",
    "IncompleteExperimentEvaluation",
    "IncompleteExperimentRun",
    "InsertedSessionAnnotation",
    "InsertedSpanAnnotation",
    "InsertedSpanDocumentAnnotation",
    "InsertedTraceAnnotation",
    "LDAPUser",
    "LDAPUserData",
    "LDAPUserDataRole",
    "LDAPUserRole",
    "ListAgentSessionMessagesResponseBody",
    "ListAgentSessionsResponseBody",
    "ListDatasetExamplesData",
    "ListDatasetExamplesResponseBody",
    "ListDatasetLabelsForDatasetResponseBody",
    "ListDatasetSplitsResponseBody",
    "ListDatasetsResponseBody",
    "ListDatasetVersionsResponseBody",
    "ListExperimentRunsResponseBody",
    "ListExperimentsResponseBody",
    "ListExperimentTagsResponseBody",
    "ListProjectSessionsOrder",
    "ListProjectTracesOrder",
    "ListProjectTracesSort",
    "LlmEvaluatorUIContext",
    "LocalUser",
    "LocalUserData",
    "LocalUserDataRole",
    "LocalUserRole",
    "MessageMetadata",
    "ModelProvider",
    "OAuth2User",
    "OAuth2UserData",
    "OAuth2UserDataRole",
    "OAuth2UserRole",
    "OptimizationDirection",
    "OtlpAnyValue",
    "OtlpArrayValue",
    "OtlpDoubleValue",
    "OtlpEvent",
    "OtlpKeyValue",
    "OtlpKind",
    "OtlpSpan",
    "OtlpSpansResponseBody",
    "OtlpStatus",
    "PatchAgentSessionRequestBody",
    "PatchAgentSessionResponseBody",
    "PatchPromptRequestBody",
    "PatchPromptRequestBodyMetadata",
    "PatchPromptResponseBody",
    "PhoenixAssistantMessageMetadata",
    "PhoenixUIMessage",
    "PhoenixUIMessageRole",
    "PhoenixUserMessageMetadata",
    "PhoenixUserMessageMetadataEditpermission",
    "PlaygroundBuiltinModelUIContext",
    "PlaygroundCustomProviderModelUIContext",
    "PlaygroundEvaluatorUIContext",
    "PlaygroundEvaluatorUIContextKind",
    "PlaygroundExperimentScaffoldUIContext",
    "PlaygroundInstanceUIContext",
    "PlaygroundUIContext",
    "Project",
    "ProjectRetentionPolicyData",
    "ProjectUIContext",
    "Prompt",
    "PromptAnthropicInvocationParameters",
    "PromptAnthropicInvocationParametersContent",
    "PromptAnthropicInvocationParametersContentExtraBody",
    "PromptAnthropicOutputConfig",
    "PromptAnthropicOutputConfigEffort",
    "PromptAnthropicThinkingConfigAdaptive",
    "PromptAnthropicThinkingConfigAdaptiveDisplay",
    "PromptAnthropicThinkingConfigDisabled",
    "PromptAnthropicThinkingConfigEnabled",
    "PromptAnthropicThinkingConfigEnabledDisplay",
    "PromptAwsInvocationParameters",
    "PromptAwsInvocationParametersContent",
    "PromptAzureOpenAIInvocationParameters",
    "PromptAzureOpenAIInvocationParametersContent",
    "PromptAzureOpenAIInvocationParametersContentExtraBody",
    "PromptAzureOpenAIInvocationParametersContentReasoningEffort",
    "PromptCerebrasInvocationParameters",
    "PromptCerebrasInvocationParametersContent",
    "PromptCerebrasInvocationParametersContentExtraBody",
    "PromptCerebrasInvocationParametersContentReasoningEffort",
    "PromptChatTemplate",
    "PromptData",
    "PromptDataMetadataType0",
    "PromptDeepSeekInvocationParameters",
    "PromptDeepSeekInvocationParametersContent",
    "PromptDeepSeekInvocationParametersContentExtraBody",
    "PromptDeepSeekInvocationParametersContentReasoningEffort",
    "PromptFireworksInvocationParameters",
    "PromptFireworksInvocationParametersContent",
    "PromptFireworksInvocationParametersContentExtraBody",
    "PromptFireworksInvocationParametersContentReasoningEffort",
    "PromptGoogleInvocationParameters",
    "PromptGoogleInvocationParametersContent",
    "PromptGoogleThinkingConfig",
    "PromptGoogleThinkingConfigThinkingLevel",
    "PromptGroqInvocationParameters",
    "PromptGroqInvocationParametersContent",
    "PromptGroqInvocationParametersContentExtraBody",
    "PromptGroqInvocationParametersContentReasoningEffort",
    "PromptMessage",
    "PromptMessageRole",
    "PromptMetadataType0",
    "PromptMetaInvocationParameters",
    "PromptMetaInvocationParametersContent",
    "PromptMetaInvocationParametersContentExtraBody",
    "PromptMetaInvocationParametersContentReasoningEffort",
    "PromptMoonshotInvocationParameters",
    "PromptMoonshotInvocationParametersContent",
    "PromptMoonshotInvocationParametersContentExtraBody",
    "PromptMoonshotInvocationParametersContentReasoningEffort",
    "PromptOllamaInvocationParameters",
    "PromptOllamaInvocationParametersContent",
    "PromptOllamaInvocationParametersContentExtraBody",
    "PromptOllamaInvocationParametersContentReasoningEffort",
    "PromptOpenAIInvocationParameters",
    "PromptOpenAIInvocationParametersContent",
    "PromptOpenAIInvocationParametersContentExtraBody",
    "PromptOpenAIInvocationParametersContentReasoningEffort",
    "PromptPerplexityInvocationParameters",
    "PromptPerplexityInvocationParametersContent",
    "PromptPerplexityInvocationParametersContentExtraBody",
    "PromptPerplexityInvocationParametersContentReasoningEffort",
    "PromptResponseFormatJSONSchema",
    "PromptResponseFormatJSONSchemaDefinition",
    "PromptResponseFormatJSONSchemaDefinitionSchema",
    "PromptStringTemplate",
    "PromptTemplateFormat",
    "PromptTemplateType",
    "PromptTogetherInvocationParameters",
    "PromptTogetherInvocationParametersContent",
    "PromptTogetherInvocationParametersContentExtraBody",
    "PromptTogetherInvocationParametersContentReasoningEffort",
    "PromptToolChoiceNone",
    "PromptToolChoiceOneOrMore",
    "PromptToolChoiceSpecificFunctionTool",
    "PromptToolChoiceZeroOrMore",
    "PromptToolFunction",
    "PromptToolFunctionDefinition",
    "PromptToolFunctionDefinitionParameters",
    "PromptToolRaw",
    "PromptToolRawRaw",
    "PromptTools",
    "PromptUIContext",
    "PromptVersion",
    "PromptVersionData",
    "PromptVersionDataMetadata",
    "PromptVersionMetadata",
    "PromptVersionTag",
    "PromptVersionTagData",
    "PromptVersionUIContext",
    "PromptXAIInvocationParameters",
    "PromptXAIInvocationParametersContent",
    "PromptXAIInvocationParametersContentExtraBody",
    "PromptXAIInvocationParametersContentReasoningEffort",
    "PromptZAIInvocationParameters",
    "PromptZAIInvocationParametersContent",
    "PromptZAIInvocationParametersContentExtraBody",
    "PromptZAIInvocationParametersContentReasoningEffort",
    "PydanticAIMessageMetadata",
    "ReasoningUIPart",
    "ReasoningUIPartProviderMetadataType0",
    "ReasoningUIPartProviderMetadataType0AdditionalProperty",
    "ReasoningUIPartStateType0",
    "ResponseBodyUpsertOrDeleteSecretsResult",
    "SecretKeyValue",
    "SessionAnnotation",
    "SessionAnnotationAnnotatorKind",
    "SessionAnnotationData",
    "SessionAnnotationDataAnnotatorKind",
    "SessionAnnotationDataMetadataType0",
    "SessionAnnotationMetadataType0",
    "SessionAnnotationSource",
    "SessionAnnotationsResponseBody",
    "SessionData",
    "SessionNoteData",
    "SessionTraceData",
    "SessionUIContext",
    "SetDatasetLabelsForDatasetResponseBody",
    "SetDatasetLabelsRequestBody",
    "SetExperimentTagRequestBody",
    "SetExperimentTagResponseBody",
    "SetProjectAnnotationConfigsRequestBody",
    "SetProjectAnnotationConfigsResponseBody",
    "SetProjectRetentionPolicyRequestBody",
    "SetProjectRetentionPolicyResponseBody",
    "SourceDocumentUIPart",
    "SourceDocumentUIPartProviderMetadataType0",
    "SourceDocumentUIPartProviderMetadataType0AdditionalProperty",
    "SourceUrlUIPart",
    "SourceUrlUIPartProviderMetadataType0",
    "SourceUrlUIPartProviderMetadataType0AdditionalProperty",
    "Span",
    "SpanAnnotation",
    "SpanAnnotationAnnotatorKind",
    "SpanAnnotationData",
    "SpanAnnotationDataAnnotatorKind",
    "SpanAnnotationDataMetadataType0",
    "SpanAnnotationMetadataType0",
    "SpanAnnotationSource",
    "SpanAnnotationsResponseBody",
    "SpanAttributes",
    "SpanContext",
    "SpanDocumentAnnotationData",
    "SpanDocumentAnnotationDataAnnotatorKind",
    "SpanDocumentAnnotationDataMetadataType0",
    "SpanEvent",
    "SpanEventAttributes",
    "SpanNoteData",
    "SpansResponseBody",
    "SpanUIContext",
    "StepStartUIPart",
    "SubagentsContext",
    "SubmitAgentSessionToolApprovalsRequestBody",
    "SubmitAgentSessionToolApprovalsResponseBody",
    "SubmitAgentSessionToolOutputsRequestBody",
    "SubmitAgentSessionToolOutputsResponseBody",
    "TextContentPart",
    "TextUIPart",
    "TextUIPartProviderMetadataType0",
    "TextUIPartProviderMetadataType0AdditionalProperty",
    "TextUIPartStateType0",
    "ToolApproval",
    "ToolApprovalRequested",
    "ToolApprovalRequestedPart",
    "ToolApprovalRequestedPartCallProviderMetadataType0",
    "ToolApprovalRequestedPartCallProviderMetadataType0AdditionalProperty",
    "ToolApprovalResponded",
    "ToolApprovalRespondedPart",
    "ToolApprovalRespondedPartCallProviderMetadataType0",
    "ToolApprovalRespondedPartCallProviderMetadataType0AdditionalProperty",
    "ToolCallContentPart",
    "ToolCallFunction",
    "ToolInputAvailablePart",
    "ToolInputAvailablePartCallProviderMetadataType0",
    "ToolInputAvailablePartCallProviderMetadataType0AdditionalProperty",
    "ToolInputStreamingPart",
    "ToolInputStreamingPartCallProviderMetadataType0",
    "ToolInputStreamingPartCallProviderMetadataType0AdditionalProperty",
    "ToolOutputAvailablePart",
    "ToolOutputAvailablePartCallProviderMetadataType0",
    "ToolOutputAvailablePartCallProviderMetadataType0AdditionalProperty",
    "ToolOutputAvailablePartResultProviderMetadataType0",
    "ToolOutputAvailablePartResultProviderMetadataType0AdditionalProperty",
    "ToolOutputDeniedPart",
    "ToolOutputDeniedPartCallProviderMetadataType0",
    "ToolOutputDeniedPartCallProviderMetadataType0AdditionalProperty",
    "ToolOutputErrorPart",
    "ToolOutputErrorPartCallProviderMetadataType0",
    "ToolOutputErrorPartCallProviderMetadataType0AdditionalProperty",
    "ToolOutputErrorPartResultProviderMetadataType0",
    "ToolOutputErrorPartResultProviderMetadataType0AdditionalProperty",
    "ToolResultContentPart",
    "ToolResultContentPartToolResultType4",
    "TraceAnnotation",
    "TraceAnnotationAnnotatorKind",
    "TraceAnnotationData",
    "TraceAnnotationDataAnnotatorKind",
    "TraceAnnotationDataMetadataType0",
    "TraceAnnotationMetadataType0",
    "TraceAnnotationSource",
    "TraceAnnotationsResponseBody",
    "TraceData",
    "TraceNoteData",
    "TraceSpanData",
    "TraceUIContext",
    "TransferTracesData",
    "TransferTracesRequestBody",
    "TransferTracesResponseBody",
    "TurnTraceContext",
    "UIContexts",
    "UpdateAnnotationConfigResponseBody",
    "UpdateDatasetLabelRequestBody",
    "UpdateDatasetLabelResponseBody",
    "UpdateDatasetSplitRequestBody",
    "UpdateDatasetSplitRequestBodyMetadataType0",
    "UpdateDatasetSplitResponseBody",
    "UpdateExperimentRequestBody",
    "UpdateExperimentRequestBodyMetadataType0",
    "UpdateExperimentResponseBody",
    "UpdateProjectRequestBody",
    "UpdateProjectResponseBody",
    "UploadDatasetData",
    "UploadDatasetFilesBody",
    "UploadDatasetFilesBodyAction",
    "UploadDatasetJsonBody",
    "UploadDatasetJsonBodyAction",
    "UploadDatasetJsonBodyInputsItem",
    "UploadDatasetJsonBodyMetadataItem",
    "UploadDatasetJsonBodyOutputsItem",
    "UploadDatasetResponseBody",
    "UpsertExperimentEvaluationRequestBody",
    "UpsertExperimentEvaluationRequestBodyAnnotatorKind",
    "UpsertExperimentEvaluationRequestBodyMetadataType0",
    "UpsertExperimentEvaluationResponseBody",
    "UpsertExperimentEvaluationResponseBodyData",
    "UpsertOrDeleteSecretsRequest",
    "UpsertOrDeleteSecretsResult",
    "UserApiKey",
    "ValidationError",
    "ValidationErrorContext",
    "WebAccessContext",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
