"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_dataset_label_to_dataset_response_body import AddDatasetLabelToDatasetResponseBody
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
    from .assign_annotation_config_to_project_response_body import (
        AssignAnnotationConfigToProjectResponseBody,
    )
    from .built_in_model_provider import BuiltInModelProvider
    from .categorical_annotation_config import CategoricalAnnotationConfig
    from .categorical_annotation_config_data import CategoricalAnnotationConfigData
    from .categorical_annotation_value import CategoricalAnnotationValue
    from .continuous_annotation_config import ContinuousAnnotationConfig
    from .continuous_annotation_config_data import ContinuousAnnotationConfigData
    from .create_annotation_config_response_body import CreateAnnotationConfigResponseBody
    from .create_api_key_request_body import CreateApiKeyRequestBody
    from .create_api_key_response_body import CreateApiKeyResponseBody
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
    from .created_api_key import CreatedApiKey
    from .custom_model_provider import CustomModelProvider
    from .custom_model_provider_sdk import CustomModelProviderSdk
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
    from .experiment import Experiment
    from .experiment_evaluation_result import ExperimentEvaluationResult
    from .experiment_json_annotation import ExperimentJSONAnnotation
    from .experiment_json_annotation_annotator_kind import ExperimentJSONAnnotationAnnotatorKind
    from .experiment_json_annotation_metadata import ExperimentJSONAnnotationMetadata
    from .experiment_json_record import ExperimentJSONRecord
    from .experiment_json_record_input import ExperimentJSONRecordInput
    from .experiment_json_record_reference_output import ExperimentJSONRecordReferenceOutput
    from .experiment_metadata import ExperimentMetadata
    from .experiment_run import ExperimentRun
    from .experiment_tag import ExperimentTag
    from .freeform_annotation_config import FreeformAnnotationConfig
    from .freeform_annotation_config_data import FreeformAnnotationConfigData
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
    from .local_user import LocalUser
    from .local_user_data import LocalUserData
    from .local_user_data_role import LocalUserDataRole
    from .local_user_role import LocalUserRole
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
    from .patch_prompt_request_body import PatchPromptRequestBody
    from .patch_prompt_request_body_metadata import PatchPromptRequestBodyMetadata
    from .patch_prompt_response_body import PatchPromptResponseBody
    from .project import Project
    from .project_retention_policy_data import ProjectRetentionPolicyData
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
    from .prompt_version import PromptVersion
    from .prompt_version_data import PromptVersionData
    from .prompt_version_data_metadata import PromptVersionDataMetadata
    from .prompt_version_metadata import PromptVersionMetadata
    from .prompt_version_tag import PromptVersionTag
    from .prompt_version_tag_data import PromptVersionTagData
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
    from .spans_response_body import SpansResponseBody
    from .text_content_part import TextContentPart
    from .tool_call_content_part import ToolCallContentPart
    from .tool_call_function import ToolCallFunction
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
    from .transfer_traces_data import TransferTracesData
    from .transfer_traces_request_body import TransferTracesRequestBody
    from .transfer_traces_response_body import TransferTracesResponseBody
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

_MODULES: dict[str, str] = {
    "AddDatasetLabelToDatasetResponseBody": ".add_dataset_label_to_dataset_response_body",
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
    "AssignAnnotationConfigToProjectResponseBody": ".assign_annotation_config_to_project_response_body",
    "BuiltInModelProvider": ".built_in_model_provider",
    "CategoricalAnnotationConfig": ".categorical_annotation_config",
    "CategoricalAnnotationConfigData": ".categorical_annotation_config_data",
    "CategoricalAnnotationValue": ".categorical_annotation_value",
    "ContinuousAnnotationConfig": ".continuous_annotation_config",
    "ContinuousAnnotationConfigData": ".continuous_annotation_config_data",
    "CreateAnnotationConfigResponseBody": ".create_annotation_config_response_body",
    "CreateApiKeyRequestBody": ".create_api_key_request_body",
    "CreateApiKeyResponseBody": ".create_api_key_response_body",
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
    "CreatedApiKey": ".created_api_key",
    "CustomModelProvider": ".custom_model_provider",
    "CustomModelProviderSdk": ".custom_model_provider_sdk",
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
    "DatasetVersion": ".dataset_version",
    "DatasetVersionMetadata": ".dataset_version_metadata",
    "DatasetWithExampleCount": ".dataset_with_example_count",
    "DatasetWithExampleCountMetadata": ".dataset_with_example_count_metadata",
    "DeleteAnnotationConfigResponseBody": ".delete_annotation_config_response_body",
    "DeleteSessionAnnotationsAnnotatorKindType0": ".delete_session_annotations_annotator_kind_type_0",
    "DeleteSessionsRequestBody": ".delete_sessions_request_body",
    "DeleteSpanAnnotationsAnnotatorKindType0": ".delete_span_annotations_annotator_kind_type_0",
    "DeleteTraceAnnotationsAnnotatorKindType0": ".delete_trace_annotations_annotator_kind_type_0",
    "Experiment": ".experiment",
    "ExperimentEvaluationResult": ".experiment_evaluation_result",
    "ExperimentJSONAnnotation": ".experiment_json_annotation",
    "ExperimentJSONAnnotationAnnotatorKind": ".experiment_json_annotation_annotator_kind",
    "ExperimentJSONAnnotationMetadata": ".experiment_json_annotation_metadata",
    "ExperimentJSONRecord": ".experiment_json_record",
    "ExperimentJSONRecordInput": ".experiment_json_record_input",
    "ExperimentJSONRecordReferenceOutput": ".experiment_json_record_reference_output",
    "ExperimentMetadata": ".experiment_metadata",
    "ExperimentRun": ".experiment_run",
    "ExperimentTag": ".experiment_tag",
    "FreeformAnnotationConfig": ".freeform_annotation_config",
    "FreeformAnnotationConfigData": ".freeform_annotation_config_data",
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
    "LocalUser": ".local_user",
    "LocalUserData": ".local_user_data",
    "LocalUserDataRole": ".local_user_data_role",
    "LocalUserRole": ".local_user_role",
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
    "PatchPromptRequestBody": ".patch_prompt_request_body",
    "PatchPromptRequestBodyMetadata": ".patch_prompt_request_body_metadata",
    "PatchPromptResponseBody": ".patch_prompt_response_body",
    "Project": ".project",
    "ProjectRetentionPolicyData": ".project_retention_policy_data",
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
    "PromptVersion": ".prompt_version",
    "PromptVersionData": ".prompt_version_data",
    "PromptVersionDataMetadata": ".prompt_version_data_metadata",
    "PromptVersionMetadata": ".prompt_version_metadata",
    "PromptVersionTag": ".prompt_version_tag",
    "PromptVersionTagData": ".prompt_version_tag_data",
    "PromptXAIInvocationParameters": ".prompt_xai_invocation_parameters",
    "PromptXAIInvocationParametersContent": ".prompt_xai_invocation_parameters_content",
    "PromptXAIInvocationParametersContentExtraBody": ".prompt_xai_invocation_parameters_content_extra_body",
    "PromptXAIInvocationParametersContentReasoningEffort": ".prompt_xai_invocation_parameters_content_reasoning_effort",
    "PromptZAIInvocationParameters": ".prompt_zai_invocation_parameters",
    "PromptZAIInvocationParametersContent": ".prompt_zai_invocation_parameters_content",
    "PromptZAIInvocationParametersContentExtraBody": ".prompt_zai_invocation_parameters_content_extra_body",
    "PromptZAIInvocationParametersContentReasoningEffort": ".prompt_zai_invocation_parameters_content_reasoning_effort",
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
    "SetDatasetLabelsForDatasetResponseBody": ".set_dataset_labels_for_dataset_response_body",
    "SetDatasetLabelsRequestBody": ".set_dataset_labels_request_body",
    "SetExperimentTagRequestBody": ".set_experiment_tag_request_body",
    "SetExperimentTagResponseBody": ".set_experiment_tag_response_body",
    "SetProjectAnnotationConfigsRequestBody": ".set_project_annotation_configs_request_body",
    "SetProjectAnnotationConfigsResponseBody": ".set_project_annotation_configs_response_body",
    "SetProjectRetentionPolicyRequestBody": ".set_project_retention_policy_request_body",
    "SetProjectRetentionPolicyResponseBody": ".set_project_retention_policy_response_body",
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
    "SpansResponseBody": ".spans_response_body",
    "TextContentPart": ".text_content_part",
    "ToolCallContentPart": ".tool_call_content_part",
    "ToolCallFunction": ".tool_call_function",
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
    "TransferTracesData": ".transfer_traces_data",
    "TransferTracesRequestBody": ".transfer_traces_request_body",
    "TransferTracesResponseBody": ".transfer_traces_response_body",
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
}

__all__ = (
    "AddDatasetLabelToDatasetResponseBody",
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
    "AssignAnnotationConfigToProjectResponseBody",
    "BuiltInModelProvider",
    "CategoricalAnnotationConfig",
    "CategoricalAnnotationConfigData",
    "CategoricalAnnotationValue",
    "ContinuousAnnotationConfig",
    "ContinuousAnnotationConfigData",
    "CreateAnnotationConfigResponseBody",
    "CreateApiKeyRequestBody",
    "CreateApiKeyResponseBody",
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
    "DatasetVersion",
    "DatasetVersionMetadata",
    "DatasetWithExampleCount",
    "DatasetWithExampleCountMetadata",
    "DeleteAnnotationConfigResponseBody",
    "DeleteSessionAnnotationsAnnotatorKindType0",
    "DeleteSessionsRequestBody",
    "DeleteSpanAnnotationsAnnotatorKindType0",
    "DeleteTraceAnnotationsAnnotatorKindType0",
    "Experiment",
    "ExperimentEvaluationResult",
    "ExperimentJSONAnnotation",
    "ExperimentJSONAnnotationAnnotatorKind",
    "ExperimentJSONAnnotationMetadata",
    "ExperimentJSONRecord",
    "ExperimentJSONRecordInput",
    "ExperimentJSONRecordReferenceOutput",
    "ExperimentMetadata",
    "ExperimentRun",
    "ExperimentTag",
    "FreeformAnnotationConfig",
    "FreeformAnnotationConfigData",
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
    "LocalUser",
    "LocalUserData",
    "LocalUserDataRole",
    "LocalUserRole",
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
    "PatchPromptRequestBody",
    "PatchPromptRequestBodyMetadata",
    "PatchPromptResponseBody",
    "Project",
    "ProjectRetentionPolicyData",
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
    "PromptVersion",
    "PromptVersionData",
    "PromptVersionDataMetadata",
    "PromptVersionMetadata",
    "PromptVersionTag",
    "PromptVersionTagData",
    "PromptXAIInvocationParameters",
    "PromptXAIInvocationParametersContent",
    "PromptXAIInvocationParametersContentExtraBody",
    "PromptXAIInvocationParametersContentReasoningEffort",
    "PromptZAIInvocationParameters",
    "PromptZAIInvocationParametersContent",
    "PromptZAIInvocationParametersContentExtraBody",
    "PromptZAIInvocationParametersContentReasoningEffort",
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
    "SetDatasetLabelsForDatasetResponseBody",
    "SetDatasetLabelsRequestBody",
    "SetExperimentTagRequestBody",
    "SetExperimentTagResponseBody",
    "SetProjectAnnotationConfigsRequestBody",
    "SetProjectAnnotationConfigsResponseBody",
    "SetProjectRetentionPolicyRequestBody",
    "SetProjectRetentionPolicyResponseBody",
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
    "TextContentPart",
    "ToolCallContentPart",
    "ToolCallFunction",
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
    "TransferTracesData",
    "TransferTracesRequestBody",
    "TransferTracesResponseBody",
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
