"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_annotation_queue_records_request import AddAnnotationQueueRecordsRequest
    from .add_organization_user_request import AddOrganizationUserRequest
    from .add_space_user_request import AddSpaceUserRequest
    from .agent_config import AgentConfig
    from .agent_config_input_schema import AgentConfigInputSchema
    from .agent_integration import AgentIntegration
    from .agent_request_preset import AgentRequestPreset
    from .agent_request_preset_config import AgentRequestPresetConfig
    from .ai_integration import AiIntegration
    from .ai_integration_auth_type import AiIntegrationAuthType
    from .ai_integration_headers_type_0 import AiIntegrationHeadersType0
    from .ai_integration_provider import AiIntegrationProvider
    from .ai_integration_scoping import AiIntegrationScoping
    from .annotate_annotation_queue_record_request import AnnotateAnnotationQueueRecordRequest
    from .annotate_annotation_queue_record_response import AnnotateAnnotationQueueRecordResponse
    from .annotate_dataset_examples_request import AnnotateDatasetExamplesRequest
    from .annotate_experiment_runs_request import AnnotateExperimentRunsRequest
    from .annotate_record_input import AnnotateRecordInput
    from .annotate_record_result import AnnotateRecordResult
    from .annotate_spans_request import AnnotateSpansRequest
    from .annotation import Annotation
    from .annotation_batch_result import AnnotationBatchResult
    from .annotation_config_type import AnnotationConfigType
    from .annotation_input import AnnotationInput
    from .annotation_queue import AnnotationQueue
    from .annotation_queue_assigned_user import AnnotationQueueAssignedUser
    from .annotation_queue_completion_status import AnnotationQueueCompletionStatus
    from .annotation_queue_example_record_input import AnnotationQueueExampleRecordInput
    from .annotation_queue_record import AnnotationQueueRecord
    from .annotation_queue_record_data import AnnotationQueueRecordData
    from .annotation_queue_source_type import AnnotationQueueSourceType
    from .annotation_queue_span_record_input import AnnotationQueueSpanRecordInput
    from .annotation_queue_trace_record_input import AnnotationQueueTraceRecordInput
    from .annotator_user import AnnotatorUser
    from .anthropic_config import AnthropicConfig
    from .anthropic_headers import AnthropicHeaders
    from .api_key import ApiKey
    from .api_key_status import ApiKeyStatus
    from .api_key_type import ApiKeyType
    from .assign_annotation_queue_record_request import AssignAnnotationQueueRecordRequest
    from .assign_annotation_queue_record_response import AssignAnnotationQueueRecordResponse
    from .assignment_method import AssignmentMethod
    from .audit_log import AuditLog
    from .audit_log_operation_type import AuditLogOperationType
    from .aws_bedrock_bearer_token_auth import AwsBedrockBearerTokenAuth
    from .aws_bedrock_config import AwsBedrockConfig
    from .aws_bedrock_default_auth import AwsBedrockDefaultAuth
    from .aws_bedrock_proxy_with_headers_auth import AwsBedrockProxyWithHeadersAuth
    from .aws_provider_metadata import AwsProviderMetadata
    from .aws_provider_metadata_kind import AwsProviderMetadataKind
    from .azure_params import AzureParams
    from .bedrock_options import BedrockOptions
    from .categorical_annotation_config import CategoricalAnnotationConfig
    from .categorical_annotation_value import CategoricalAnnotationValue
    from .continuous_annotation_config import ContinuousAnnotationConfig
    from .create_agent_config import CreateAgentConfig
    from .create_agent_config_headers import CreateAgentConfigHeaders
    from .create_agent_config_input_schema import CreateAgentConfigInputSchema
    from .create_agent_integration_request import CreateAgentIntegrationRequest
    from .create_agent_request_preset_input import CreateAgentRequestPresetInput
    from .create_agent_request_preset_input_config import CreateAgentRequestPresetInputConfig
    from .create_ai_integration_request import CreateAiIntegrationRequest
    from .create_ai_integration_request_headers import CreateAiIntegrationRequestHeaders
    from .create_annotation_queue_record_response import CreateAnnotationQueueRecordResponse
    from .create_annotation_queue_request import CreateAnnotationQueueRequest
    from .create_anthropic_config import CreateAnthropicConfig
    from .create_aws_bedrock_bearer_token_auth import CreateAwsBedrockBearerTokenAuth
    from .create_aws_bedrock_config import CreateAwsBedrockConfig
    from .create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth
    from .create_aws_bedrock_proxy_with_headers_auth import CreateAwsBedrockProxyWithHeadersAuth
    from .create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,
    )
    from .create_categorical_annotation_config_request import (
        CreateCategoricalAnnotationConfigRequest,
    )
    from .create_code_evaluation_task_request import CreateCodeEvaluationTaskRequest
    from .create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest
    from .create_continuous_annotation_config_request import CreateContinuousAnnotationConfigRequest
    from .create_custom_config import CreateCustomConfig
    from .create_custom_config_headers import CreateCustomConfigHeaders
    from .create_dataset_example_input import CreateDatasetExampleInput
    from .create_dataset_request import CreateDatasetRequest
    from .create_evaluator_request import CreateEvaluatorRequest
    from .create_experiment_request import CreateExperimentRequest
    from .create_freeform_annotation_config_request import CreateFreeformAnnotationConfigRequest
    from .create_gemini_config import CreateGeminiConfig
    from .create_llm_integration_request import CreateLlmIntegrationRequest
    from .create_nvidia_nim_config import CreateNvidiaNimConfig
    from .create_nvidia_nim_config_headers import CreateNvidiaNimConfigHeaders
    from .create_open_ai_config import CreateOpenAiConfig
    from .create_organization_request import CreateOrganizationRequest
    from .create_project_request import CreateProjectRequest
    from .create_prompt_request import CreatePromptRequest
    from .create_prompt_version_request import CreatePromptVersionRequest
    from .create_resource_restriction_request import CreateResourceRestrictionRequest
    from .create_role_binding_request import CreateRoleBindingRequest
    from .create_role_request import CreateRoleRequest
    from .create_run_experiment_task_request import CreateRunExperimentTaskRequest
    from .create_service_api_key_request import CreateServiceApiKeyRequest
    from .create_space_request import CreateSpaceRequest
    from .create_template_evaluation_task_request import CreateTemplateEvaluationTaskRequest
    from .create_template_evaluator_version_request import CreateTemplateEvaluatorVersionRequest
    from .create_user_api_key_request import CreateUserApiKeyRequest
    from .create_user_request import CreateUserRequest
    from .create_user_response import CreateUserResponse
    from .create_vertex_ai_config import CreateVertexAiConfig
    from .custom_baseline_config import CustomBaselineConfig
    from .custom_code_config import CustomCodeConfig
    from .custom_config import CustomConfig
    from .custom_metric_monitor import CustomMetricMonitor
    from .custom_metric_monitor_type import CustomMetricMonitorType
    from .custom_role_assignment import CustomRoleAssignment
    from .custom_user_role_assignment import CustomUserRoleAssignment
    from .data_granularity import DataGranularity
    from .data_quality_metric import DataQualityMetric
    from .data_quality_monitor import DataQualityMonitor
    from .data_quality_monitor_type import DataQualityMonitorType
    from .dataset import Dataset
    from .dataset_example import DatasetExample
    from .dataset_version import DatasetVersion
    from .dataset_version_with_example_ids import DatasetVersionWithExampleIds
    from .delete_annotation_queue_records_request import DeleteAnnotationQueueRecordsRequest
    from .delete_dataset_examples_problem import DeleteDatasetExamplesProblem
    from .delete_dataset_examples_request import DeleteDatasetExamplesRequest
    from .delete_dataset_examples_response import DeleteDatasetExamplesResponse
    from .delete_spans_problem import DeleteSpansProblem
    from .delete_spans_request import DeleteSpansRequest
    from .delete_spans_response import DeleteSpansResponse
    from .dimension import Dimension
    from .dimension_category import DimensionCategory
    from .downtime_config import DowntimeConfig
    from .drift_metric import DriftMetric
    from .drift_monitor import DriftMonitor
    from .drift_monitor_type import DriftMonitorType
    from .dynamic_range_threshold import DynamicRangeThreshold
    from .dynamic_single_threshold import DynamicSingleThreshold
    from .dynamic_threshold_bound import DynamicThresholdBound
    from .email_notification_config import EmailNotificationConfig
    from .evaluation import Evaluation
    from .evaluator import Evaluator
    from .evaluator_llm_config import EvaluatorLlmConfig
    from .evaluator_type import EvaluatorType
    from .evaluator_version_code import EvaluatorVersionCode
    from .evaluator_version_code_type import EvaluatorVersionCodeType
    from .evaluator_version_common import EvaluatorVersionCommon
    from .evaluator_version_harness import EvaluatorVersionHarness
    from .evaluator_version_harness_type import EvaluatorVersionHarnessType
    from .evaluator_version_remote import EvaluatorVersionRemote
    from .evaluator_version_remote_type import EvaluatorVersionRemoteType
    from .evaluator_version_template import EvaluatorVersionTemplate
    from .evaluator_version_template_type import EvaluatorVersionTemplateType
    from .evaluator_with_version import EvaluatorWithVersion
    from .experiment import Experiment
    from .experiment_run import ExperimentRun
    from .experiment_run_input import ExperimentRunInput
    from .experiment_with_run_ids import ExperimentWithRunIds
    from .filter_operator import FilterOperator
    from .fixed_custom_baseline_window import FixedCustomBaselineWindow
    from .freeform_annotation_config import FreeformAnnotationConfig
    from .gcp_provider_metadata import GcpProviderMetadata
    from .gcp_provider_metadata_kind import GcpProviderMetadataKind
    from .gemini_config import GeminiConfig
    from .input_variable_format import InputVariableFormat
    from .insert_dataset_examples_request import InsertDatasetExamplesRequest
    from .insert_experiment_runs_request import InsertExperimentRunsRequest
    from .integration_notification_config import IntegrationNotificationConfig
    from .integration_scoping import IntegrationScoping
    from .integration_type import IntegrationType
    from .invite_mode import InviteMode
    from .invocation_params import InvocationParams
    from .json_schema_config import JsonSchemaConfig
    from .json_schema_config_schema import JsonSchemaConfigSchema
    from .list_ai_integrations_response import ListAiIntegrationsResponse
    from .list_annotation_configs_response import ListAnnotationConfigsResponse
    from .list_annotation_queue_records_response import ListAnnotationQueueRecordsResponse
    from .list_annotation_queues_response import ListAnnotationQueuesResponse
    from .list_api_keys_response import ListApiKeysResponse
    from .list_audit_logs_response import ListAuditLogsResponse
    from .list_dataset_examples_response import ListDatasetExamplesResponse
    from .list_datasets_response import ListDatasetsResponse
    from .list_evaluator_versions_response import ListEvaluatorVersionsResponse
    from .list_evaluators_response import ListEvaluatorsResponse
    from .list_experiment_runs_response import ListExperimentRunsResponse
    from .list_experiments_response import ListExperimentsResponse
    from .list_integrations_response import ListIntegrationsResponse
    from .list_organizations_response import ListOrganizationsResponse
    from .list_projects_response import ListProjectsResponse
    from .list_prompt_versions_response import ListPromptVersionsResponse
    from .list_prompts_response import ListPromptsResponse
    from .list_resource_restrictions_response import ListResourceRestrictionsResponse
    from .list_role_bindings_response import ListRoleBindingsResponse
    from .list_roles_response import ListRolesResponse
    from .list_spaces_response import ListSpacesResponse
    from .list_spans_request import ListSpansRequest
    from .list_spans_response import ListSpansResponse
    from .list_task_runs_response import ListTaskRunsResponse
    from .list_tasks_response import ListTasksResponse
    from .list_traces_request import ListTracesRequest
    from .list_traces_response import ListTracesResponse
    from .list_users_response import ListUsersResponse
    from .llm_generation_run_config import LlmGenerationRunConfig
    from .llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,
    )
    from .llm_integration import LlmIntegration
    from .llm_integration_provider import LlmIntegrationProvider
    from .llm_message import LLMMessage
    from .llm_provider import LlmProvider
    from .managed_code_config import ManagedCodeConfig
    from .managed_code_evaluator import ManagedCodeEvaluator
    from .manual_range_threshold import ManualRangeThreshold
    from .manual_single_threshold import ManualSingleThreshold
    from .manual_threshold_bound import ManualThresholdBound
    from .message_role import MessageRole
    from .model_baseline_config import ModelBaselineConfig
    from .monitor_base import MonitorBase
    from .monitor_filter import MonitorFilter
    from .monitor_status import MonitorStatus
    from .monitor_type import MonitorType
    from .moving_custom_baseline_window import MovingCustomBaselineWindow
    from .nvidia_nim_config import NvidiaNimConfig
    from .open_ai_config import OpenAiConfig
    from .optimization_direction import OptimizationDirection
    from .organization import Organization
    from .organization_custom_role_assignment import OrganizationCustomRoleAssignment
    from .organization_membership import OrganizationMembership
    from .organization_predefined_role_assignment import OrganizationPredefinedRoleAssignment
    from .organization_role import OrganizationRole
    from .organization_role_assignment_type import OrganizationRoleAssignmentType
    from .pagination_metadata import PaginationMetadata
    from .performance_metric import PerformanceMetric
    from .performance_monitor import PerformanceMonitor
    from .performance_monitor_type import PerformanceMonitorType
    from .permission import Permission
    from .predefined_role_assignment import PredefinedRoleAssignment
    from .predefined_user_role_assignment import PredefinedUserRoleAssignment
    from .problem import Problem
    from .project import Project
    from .prompt import Prompt
    from .prompt_version import PromptVersion
    from .prompt_version_create_request import PromptVersionCreateRequest
    from .prompt_with_version import PromptWithVersion
    from .provider_params import ProviderParams
    from .record_granularity import RecordGranularity
    from .refresh_api_key_request import RefreshApiKeyRequest
    from .refresh_api_key_response import RefreshApiKeyResponse
    from .resource_restriction import ResourceRestriction
    from .resource_restriction_type import ResourceRestrictionType
    from .response_format import ResponseFormat
    from .response_format_type import ResponseFormatType
    from .role import Role
    from .role_binding import RoleBinding
    from .role_binding_resource_type import RoleBindingResourceType
    from .scheduled_runtime_config import ScheduledRuntimeConfig
    from .service_api_key_created import ServiceApiKeyCreated
    from .service_api_key_created_key_type import ServiceApiKeyCreatedKeyType
    from .service_key_bot_user import ServiceKeyBotUser
    from .service_key_bot_user_org_assignment import ServiceKeyBotUserOrgAssignment
    from .service_key_bot_user_space_assignment import ServiceKeyBotUserSpaceAssignment
    from .service_key_org_assignment import ServiceKeyOrgAssignment
    from .service_key_space_assignment import ServiceKeySpaceAssignment
    from .set_prompt_version_labels_request import SetPromptVersionLabelsRequest
    from .space import Space
    from .space_membership import SpaceMembership
    from .space_role_assignment_type import SpaceRoleAssignmentType
    from .span import Span
    from .span_attributes import SpanAttributes
    from .span_context import SpanContext
    from .span_event import SpanEvent
    from .span_event_attributes import SpanEventAttributes
    from .span_kind import SpanKind
    from .span_status_code import SpanStatusCode
    from .static_param import StaticParam
    from .static_param_type import StaticParamType
    from .task import Task
    from .task_evaluator import TaskEvaluator
    from .task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0
    from .task_evaluator_input import TaskEvaluatorInput
    from .task_evaluator_input_column_mappings import TaskEvaluatorInputColumnMappings
    from .task_run import TaskRun
    from .task_run_status import TaskRunStatus
    from .task_type import TaskType
    from .template_config import TemplateConfig
    from .template_config_classification_choices_type_0 import (
        TemplateConfigClassificationChoicesType0,
    )
    from .template_evaluation_run_config import TemplateEvaluationRunConfig
    from .template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,
    )
    from .template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,
    )
    from .template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,
    )
    from .threshold_calculation import ThresholdCalculation
    from .threshold_operator import ThresholdOperator
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_call_type import ToolCallType
    from .tool_config import ToolConfig
    from .tool_definition import ToolDefinition
    from .trace import Trace
    from .tracing_data_quality_metric import TracingDataQualityMetric
    from .tracing_monitor import TracingMonitor
    from .tracing_monitor_type import TracingMonitorType
    from .trigger_evaluation_task_run_request import TriggerEvaluationTaskRunRequest
    from .trigger_run_experiment_task_run_request import TriggerRunExperimentTaskRunRequest
    from .trigger_run_experiment_task_run_request_tracing_metadata import (
        TriggerRunExperimentTaskRunRequestTracingMetadata,
    )
    from .update_agent_config import UpdateAgentConfig
    from .update_agent_config_headers_type_0 import UpdateAgentConfigHeadersType0
    from .update_agent_config_input_schema import UpdateAgentConfigInputSchema
    from .update_agent_integration_request import UpdateAgentIntegrationRequest
    from .update_agent_request_preset_input import UpdateAgentRequestPresetInput
    from .update_agent_request_preset_input_config import UpdateAgentRequestPresetInputConfig
    from .update_ai_integration_request import UpdateAiIntegrationRequest
    from .update_ai_integration_request_headers_type_0 import UpdateAiIntegrationRequestHeadersType0
    from .update_annotation_queue_request import UpdateAnnotationQueueRequest
    from .update_categorical_annotation_config_request import (
        UpdateCategoricalAnnotationConfigRequest,
    )
    from .update_continuous_annotation_config_request import UpdateContinuousAnnotationConfigRequest
    from .update_dataset_example_input import UpdateDatasetExampleInput
    from .update_dataset_examples_request import UpdateDatasetExamplesRequest
    from .update_dataset_request import UpdateDatasetRequest
    from .update_evaluation_task_request import UpdateEvaluationTaskRequest
    from .update_evaluator_request import UpdateEvaluatorRequest
    from .update_freeform_annotation_config_request import UpdateFreeformAnnotationConfigRequest
    from .update_llm_config import UpdateLlmConfig
    from .update_llm_config_headers_type_0 import UpdateLlmConfigHeadersType0
    from .update_llm_integration_request import UpdateLlmIntegrationRequest
    from .update_organization_request import UpdateOrganizationRequest
    from .update_project_request import UpdateProjectRequest
    from .update_prompt_request import UpdatePromptRequest
    from .update_role_binding_request import UpdateRoleBindingRequest
    from .update_role_request import UpdateRoleRequest
    from .update_run_experiment_task_request import UpdateRunExperimentTaskRequest
    from .update_space_request import UpdateSpaceRequest
    from .update_user_request import UpdateUserRequest
    from .user import User
    from .user_api_key_created import UserApiKeyCreated
    from .user_api_key_created_key_type import UserApiKeyCreatedKeyType
    from .user_role import UserRole
    from .user_role_assignment_type import UserRoleAssignmentType
    from .user_space_role import UserSpaceRole
    from .user_status import UserStatus
    from .vertex_ai_config import VertexAiConfig
    from .webhook_notification_config import WebhookNotificationConfig

_MODULES: dict[str, str] = {
    "AddAnnotationQueueRecordsRequest": ".add_annotation_queue_records_request",
    "AddOrganizationUserRequest": ".add_organization_user_request",
    "AddSpaceUserRequest": ".add_space_user_request",
    "AgentConfig": ".agent_config",
    "AgentConfigInputSchema": ".agent_config_input_schema",
    "AgentIntegration": ".agent_integration",
    "AgentRequestPreset": ".agent_request_preset",
    "AgentRequestPresetConfig": ".agent_request_preset_config",
    "AiIntegration": ".ai_integration",
    "AiIntegrationAuthType": ".ai_integration_auth_type",
    "AiIntegrationHeadersType0": ".ai_integration_headers_type_0",
    "AiIntegrationProvider": ".ai_integration_provider",
    "AiIntegrationScoping": ".ai_integration_scoping",
    "AnnotateAnnotationQueueRecordRequest": ".annotate_annotation_queue_record_request",
    "AnnotateAnnotationQueueRecordResponse": ".annotate_annotation_queue_record_response",
    "AnnotateDatasetExamplesRequest": ".annotate_dataset_examples_request",
    "AnnotateExperimentRunsRequest": ".annotate_experiment_runs_request",
    "AnnotateRecordInput": ".annotate_record_input",
    "AnnotateRecordResult": ".annotate_record_result",
    "AnnotateSpansRequest": ".annotate_spans_request",
    "Annotation": ".annotation",
    "AnnotationBatchResult": ".annotation_batch_result",
    "AnnotationConfigType": ".annotation_config_type",
    "AnnotationInput": ".annotation_input",
    "AnnotationQueue": ".annotation_queue",
    "AnnotationQueueAssignedUser": ".annotation_queue_assigned_user",
    "AnnotationQueueCompletionStatus": ".annotation_queue_completion_status",
    "AnnotationQueueExampleRecordInput": ".annotation_queue_example_record_input",
    "AnnotationQueueRecord": ".annotation_queue_record",
    "AnnotationQueueRecordData": ".annotation_queue_record_data",
    "AnnotationQueueSourceType": ".annotation_queue_source_type",
    "AnnotationQueueSpanRecordInput": ".annotation_queue_span_record_input",
    "AnnotationQueueTraceRecordInput": ".annotation_queue_trace_record_input",
    "AnnotatorUser": ".annotator_user",
    "AnthropicConfig": ".anthropic_config",
    "AnthropicHeaders": ".anthropic_headers",
    "ApiKey": ".api_key",
    "ApiKeyStatus": ".api_key_status",
    "ApiKeyType": ".api_key_type",
    "AssignAnnotationQueueRecordRequest": ".assign_annotation_queue_record_request",
    "AssignAnnotationQueueRecordResponse": ".assign_annotation_queue_record_response",
    "AssignmentMethod": ".assignment_method",
    "AuditLog": ".audit_log",
    "AuditLogOperationType": ".audit_log_operation_type",
    "AwsBedrockBearerTokenAuth": ".aws_bedrock_bearer_token_auth",
    "AwsBedrockConfig": ".aws_bedrock_config",
    "AwsBedrockDefaultAuth": ".aws_bedrock_default_auth",
    "AwsBedrockProxyWithHeadersAuth": ".aws_bedrock_proxy_with_headers_auth",
    "AwsProviderMetadata": ".aws_provider_metadata",
    "AwsProviderMetadataKind": ".aws_provider_metadata_kind",
    "AzureParams": ".azure_params",
    "BedrockOptions": ".bedrock_options",
    "CategoricalAnnotationConfig": ".categorical_annotation_config",
    "CategoricalAnnotationValue": ".categorical_annotation_value",
    "ContinuousAnnotationConfig": ".continuous_annotation_config",
    "CreateAgentConfig": ".create_agent_config",
    "CreateAgentConfigHeaders": ".create_agent_config_headers",
    "CreateAgentConfigInputSchema": ".create_agent_config_input_schema",
    "CreateAgentIntegrationRequest": ".create_agent_integration_request",
    "CreateAgentRequestPresetInput": ".create_agent_request_preset_input",
    "CreateAgentRequestPresetInputConfig": ".create_agent_request_preset_input_config",
    "CreateAiIntegrationRequest": ".create_ai_integration_request",
    "CreateAiIntegrationRequestHeaders": ".create_ai_integration_request_headers",
    "CreateAnnotationQueueRecordResponse": ".create_annotation_queue_record_response",
    "CreateAnnotationQueueRequest": ".create_annotation_queue_request",
    "CreateAnthropicConfig": ".create_anthropic_config",
    "CreateAwsBedrockBearerTokenAuth": ".create_aws_bedrock_bearer_token_auth",
    "CreateAwsBedrockConfig": ".create_aws_bedrock_config",
    "CreateAwsBedrockDefaultAuth": ".create_aws_bedrock_default_auth",
    "CreateAwsBedrockProxyWithHeadersAuth": ".create_aws_bedrock_proxy_with_headers_auth",
    "CreateAwsBedrockProxyWithHeadersAuthHeaders": ".create_aws_bedrock_proxy_with_headers_auth_headers",
    "CreateCategoricalAnnotationConfigRequest": ".create_categorical_annotation_config_request",
    "CreateCodeEvaluationTaskRequest": ".create_code_evaluation_task_request",
    "CreateCodeEvaluatorVersionRequest": ".create_code_evaluator_version_request",
    "CreateContinuousAnnotationConfigRequest": ".create_continuous_annotation_config_request",
    "CreateCustomConfig": ".create_custom_config",
    "CreateCustomConfigHeaders": ".create_custom_config_headers",
    "CreateDatasetExampleInput": ".create_dataset_example_input",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateEvaluatorRequest": ".create_evaluator_request",
    "CreateExperimentRequest": ".create_experiment_request",
    "CreateFreeformAnnotationConfigRequest": ".create_freeform_annotation_config_request",
    "CreateGeminiConfig": ".create_gemini_config",
    "CreateLlmIntegrationRequest": ".create_llm_integration_request",
    "CreateNvidiaNimConfig": ".create_nvidia_nim_config",
    "CreateNvidiaNimConfigHeaders": ".create_nvidia_nim_config_headers",
    "CreateOpenAiConfig": ".create_open_ai_config",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreateProjectRequest": ".create_project_request",
    "CreatePromptRequest": ".create_prompt_request",
    "CreatePromptVersionRequest": ".create_prompt_version_request",
    "CreateResourceRestrictionRequest": ".create_resource_restriction_request",
    "CreateRoleBindingRequest": ".create_role_binding_request",
    "CreateRoleRequest": ".create_role_request",
    "CreateRunExperimentTaskRequest": ".create_run_experiment_task_request",
    "CreateServiceApiKeyRequest": ".create_service_api_key_request",
    "CreateSpaceRequest": ".create_space_request",
    "CreateTemplateEvaluationTaskRequest": ".create_template_evaluation_task_request",
    "CreateTemplateEvaluatorVersionRequest": ".create_template_evaluator_version_request",
    "CreateUserApiKeyRequest": ".create_user_api_key_request",
    "CreateUserRequest": ".create_user_request",
    "CreateUserResponse": ".create_user_response",
    "CreateVertexAiConfig": ".create_vertex_ai_config",
    "CustomBaselineConfig": ".custom_baseline_config",
    "CustomCodeConfig": ".custom_code_config",
    "CustomConfig": ".custom_config",
    "CustomMetricMonitor": ".custom_metric_monitor",
    "CustomMetricMonitorType": ".custom_metric_monitor_type",
    "CustomRoleAssignment": ".custom_role_assignment",
    "CustomUserRoleAssignment": ".custom_user_role_assignment",
    "DataGranularity": ".data_granularity",
    "DataQualityMetric": ".data_quality_metric",
    "DataQualityMonitor": ".data_quality_monitor",
    "DataQualityMonitorType": ".data_quality_monitor_type",
    "Dataset": ".dataset",
    "DatasetExample": ".dataset_example",
    "DatasetVersion": ".dataset_version",
    "DatasetVersionWithExampleIds": ".dataset_version_with_example_ids",
    "DeleteAnnotationQueueRecordsRequest": ".delete_annotation_queue_records_request",
    "DeleteDatasetExamplesProblem": ".delete_dataset_examples_problem",
    "DeleteDatasetExamplesRequest": ".delete_dataset_examples_request",
    "DeleteDatasetExamplesResponse": ".delete_dataset_examples_response",
    "DeleteSpansProblem": ".delete_spans_problem",
    "DeleteSpansRequest": ".delete_spans_request",
    "DeleteSpansResponse": ".delete_spans_response",
    "Dimension": ".dimension",
    "DimensionCategory": ".dimension_category",
    "DowntimeConfig": ".downtime_config",
    "DriftMetric": ".drift_metric",
    "DriftMonitor": ".drift_monitor",
    "DriftMonitorType": ".drift_monitor_type",
    "DynamicRangeThreshold": ".dynamic_range_threshold",
    "DynamicSingleThreshold": ".dynamic_single_threshold",
    "DynamicThresholdBound": ".dynamic_threshold_bound",
    "EmailNotificationConfig": ".email_notification_config",
    "Evaluation": ".evaluation",
    "Evaluator": ".evaluator",
    "EvaluatorLlmConfig": ".evaluator_llm_config",
    "EvaluatorType": ".evaluator_type",
    "EvaluatorVersionCode": ".evaluator_version_code",
    "EvaluatorVersionCodeType": ".evaluator_version_code_type",
    "EvaluatorVersionCommon": ".evaluator_version_common",
    "EvaluatorVersionHarness": ".evaluator_version_harness",
    "EvaluatorVersionHarnessType": ".evaluator_version_harness_type",
    "EvaluatorVersionRemote": ".evaluator_version_remote",
    "EvaluatorVersionRemoteType": ".evaluator_version_remote_type",
    "EvaluatorVersionTemplate": ".evaluator_version_template",
    "EvaluatorVersionTemplateType": ".evaluator_version_template_type",
    "EvaluatorWithVersion": ".evaluator_with_version",
    "Experiment": ".experiment",
    "ExperimentRun": ".experiment_run",
    "ExperimentRunInput": ".experiment_run_input",
    "ExperimentWithRunIds": ".experiment_with_run_ids",
    "FilterOperator": ".filter_operator",
    "FixedCustomBaselineWindow": ".fixed_custom_baseline_window",
    "FreeformAnnotationConfig": ".freeform_annotation_config",
    "GcpProviderMetadata": ".gcp_provider_metadata",
    "GcpProviderMetadataKind": ".gcp_provider_metadata_kind",
    "GeminiConfig": ".gemini_config",
    "InputVariableFormat": ".input_variable_format",
    "InsertDatasetExamplesRequest": ".insert_dataset_examples_request",
    "InsertExperimentRunsRequest": ".insert_experiment_runs_request",
    "IntegrationNotificationConfig": ".integration_notification_config",
    "IntegrationScoping": ".integration_scoping",
    "IntegrationType": ".integration_type",
    "InviteMode": ".invite_mode",
    "InvocationParams": ".invocation_params",
    "JsonSchemaConfig": ".json_schema_config",
    "JsonSchemaConfigSchema": ".json_schema_config_schema",
    "ListAiIntegrationsResponse": ".list_ai_integrations_response",
    "ListAnnotationConfigsResponse": ".list_annotation_configs_response",
    "ListAnnotationQueueRecordsResponse": ".list_annotation_queue_records_response",
    "ListAnnotationQueuesResponse": ".list_annotation_queues_response",
    "ListApiKeysResponse": ".list_api_keys_response",
    "ListAuditLogsResponse": ".list_audit_logs_response",
    "ListDatasetExamplesResponse": ".list_dataset_examples_response",
    "ListDatasetsResponse": ".list_datasets_response",
    "ListEvaluatorVersionsResponse": ".list_evaluator_versions_response",
    "ListEvaluatorsResponse": ".list_evaluators_response",
    "ListExperimentRunsResponse": ".list_experiment_runs_response",
    "ListExperimentsResponse": ".list_experiments_response",
    "ListIntegrationsResponse": ".list_integrations_response",
    "ListOrganizationsResponse": ".list_organizations_response",
    "ListProjectsResponse": ".list_projects_response",
    "ListPromptVersionsResponse": ".list_prompt_versions_response",
    "ListPromptsResponse": ".list_prompts_response",
    "ListResourceRestrictionsResponse": ".list_resource_restrictions_response",
    "ListRoleBindingsResponse": ".list_role_bindings_response",
    "ListRolesResponse": ".list_roles_response",
    "ListSpacesResponse": ".list_spaces_response",
    "ListSpansRequest": ".list_spans_request",
    "ListSpansResponse": ".list_spans_response",
    "ListTaskRunsResponse": ".list_task_runs_response",
    "ListTasksResponse": ".list_tasks_response",
    "ListTracesRequest": ".list_traces_request",
    "ListTracesResponse": ".list_traces_response",
    "ListUsersResponse": ".list_users_response",
    "LlmGenerationRunConfig": ".llm_generation_run_config",
    "LlmGenerationRunConfigProviderParameters": ".llm_generation_run_config_provider_parameters",
    "LlmIntegration": ".llm_integration",
    "LlmIntegrationProvider": ".llm_integration_provider",
    "LLMMessage": ".llm_message",
    "LlmProvider": ".llm_provider",
    "ManagedCodeConfig": ".managed_code_config",
    "ManagedCodeEvaluator": ".managed_code_evaluator",
    "ManualRangeThreshold": ".manual_range_threshold",
    "ManualSingleThreshold": ".manual_single_threshold",
    "ManualThresholdBound": ".manual_threshold_bound",
    "MessageRole": ".message_role",
    "ModelBaselineConfig": ".model_baseline_config",
    "MonitorBase": ".monitor_base",
    "MonitorFilter": ".monitor_filter",
    "MonitorStatus": ".monitor_status",
    "MonitorType": ".monitor_type",
    "MovingCustomBaselineWindow": ".moving_custom_baseline_window",
    "NvidiaNimConfig": ".nvidia_nim_config",
    "OpenAiConfig": ".open_ai_config",
    "OptimizationDirection": ".optimization_direction",
    "Organization": ".organization",
    "OrganizationCustomRoleAssignment": ".organization_custom_role_assignment",
    "OrganizationMembership": ".organization_membership",
    "OrganizationPredefinedRoleAssignment": ".organization_predefined_role_assignment",
    "OrganizationRole": ".organization_role",
    "OrganizationRoleAssignmentType": ".organization_role_assignment_type",
    "PaginationMetadata": ".pagination_metadata",
    "PerformanceMetric": ".performance_metric",
    "PerformanceMonitor": ".performance_monitor",
    "PerformanceMonitorType": ".performance_monitor_type",
    "Permission": ".permission",
    "PredefinedRoleAssignment": ".predefined_role_assignment",
    "PredefinedUserRoleAssignment": ".predefined_user_role_assignment",
    "Problem": ".problem",
    "Project": ".project",
    "Prompt": ".prompt",
    "PromptVersion": ".prompt_version",
    "PromptVersionCreateRequest": ".prompt_version_create_request",
    "PromptWithVersion": ".prompt_with_version",
    "ProviderParams": ".provider_params",
    "RecordGranularity": ".record_granularity",
    "RefreshApiKeyRequest": ".refresh_api_key_request",
    "RefreshApiKeyResponse": ".refresh_api_key_response",
    "ResourceRestriction": ".resource_restriction",
    "ResourceRestrictionType": ".resource_restriction_type",
    "ResponseFormat": ".response_format",
    "ResponseFormatType": ".response_format_type",
    "Role": ".role",
    "RoleBinding": ".role_binding",
    "RoleBindingResourceType": ".role_binding_resource_type",
    "ScheduledRuntimeConfig": ".scheduled_runtime_config",
    "ServiceApiKeyCreated": ".service_api_key_created",
    "ServiceApiKeyCreatedKeyType": ".service_api_key_created_key_type",
    "ServiceKeyBotUser": ".service_key_bot_user",
    "ServiceKeyBotUserOrgAssignment": ".service_key_bot_user_org_assignment",
    "ServiceKeyBotUserSpaceAssignment": ".service_key_bot_user_space_assignment",
    "ServiceKeyOrgAssignment": ".service_key_org_assignment",
    "ServiceKeySpaceAssignment": ".service_key_space_assignment",
    "SetPromptVersionLabelsRequest": ".set_prompt_version_labels_request",
    "Space": ".space",
    "SpaceMembership": ".space_membership",
    "SpaceRoleAssignmentType": ".space_role_assignment_type",
    "Span": ".span",
    "SpanAttributes": ".span_attributes",
    "SpanContext": ".span_context",
    "SpanEvent": ".span_event",
    "SpanEventAttributes": ".span_event_attributes",
    "SpanKind": ".span_kind",
    "SpanStatusCode": ".span_status_code",
    "StaticParam": ".static_param",
    "StaticParamType": ".static_param_type",
    "Task": ".task",
    "TaskEvaluator": ".task_evaluator",
    "TaskEvaluatorColumnMappingsType0": ".task_evaluator_column_mappings_type_0",
    "TaskEvaluatorInput": ".task_evaluator_input",
    "TaskEvaluatorInputColumnMappings": ".task_evaluator_input_column_mappings",
    "TaskRun": ".task_run",
    "TaskRunStatus": ".task_run_status",
    "TaskType": ".task_type",
    "TemplateConfig": ".template_config",
    "TemplateConfigClassificationChoicesType0": ".template_config_classification_choices_type_0",
    "TemplateEvaluationRunConfig": ".template_evaluation_run_config",
    "TemplateEvaluationRunConfigClassificationChoices": ".template_evaluation_run_config_classification_choices",
    "TemplateEvaluationRunConfigColumnMapping": ".template_evaluation_run_config_column_mapping",
    "TemplateEvaluationRunConfigProviderParameters": ".template_evaluation_run_config_provider_parameters",
    "ThresholdCalculation": ".threshold_calculation",
    "ThresholdOperator": ".threshold_operator",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallType": ".tool_call_type",
    "ToolConfig": ".tool_config",
    "ToolDefinition": ".tool_definition",
    "Trace": ".trace",
    "TracingDataQualityMetric": ".tracing_data_quality_metric",
    "TracingMonitor": ".tracing_monitor",
    "TracingMonitorType": ".tracing_monitor_type",
    "TriggerEvaluationTaskRunRequest": ".trigger_evaluation_task_run_request",
    "TriggerRunExperimentTaskRunRequest": ".trigger_run_experiment_task_run_request",
    "TriggerRunExperimentTaskRunRequestTracingMetadata": ".trigger_run_experiment_task_run_request_tracing_metadata",
    "UpdateAgentConfig": ".update_agent_config",
    "UpdateAgentConfigHeadersType0": ".update_agent_config_headers_type_0",
    "UpdateAgentConfigInputSchema": ".update_agent_config_input_schema",
    "UpdateAgentIntegrationRequest": ".update_agent_integration_request",
    "UpdateAgentRequestPresetInput": ".update_agent_request_preset_input",
    "UpdateAgentRequestPresetInputConfig": ".update_agent_request_preset_input_config",
    "UpdateAiIntegrationRequest": ".update_ai_integration_request",
    "UpdateAiIntegrationRequestHeadersType0": ".update_ai_integration_request_headers_type_0",
    "UpdateAnnotationQueueRequest": ".update_annotation_queue_request",
    "UpdateCategoricalAnnotationConfigRequest": ".update_categorical_annotation_config_request",
    "UpdateContinuousAnnotationConfigRequest": ".update_continuous_annotation_config_request",
    "UpdateDatasetExampleInput": ".update_dataset_example_input",
    "UpdateDatasetExamplesRequest": ".update_dataset_examples_request",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateEvaluationTaskRequest": ".update_evaluation_task_request",
    "UpdateEvaluatorRequest": ".update_evaluator_request",
    "UpdateFreeformAnnotationConfigRequest": ".update_freeform_annotation_config_request",
    "UpdateLlmConfig": ".update_llm_config",
    "UpdateLlmConfigHeadersType0": ".update_llm_config_headers_type_0",
    "UpdateLlmIntegrationRequest": ".update_llm_integration_request",
    "UpdateOrganizationRequest": ".update_organization_request",
    "UpdateProjectRequest": ".update_project_request",
    "UpdatePromptRequest": ".update_prompt_request",
    "UpdateRoleBindingRequest": ".update_role_binding_request",
    "UpdateRoleRequest": ".update_role_request",
    "UpdateRunExperimentTaskRequest": ".update_run_experiment_task_request",
    "UpdateSpaceRequest": ".update_space_request",
    "UpdateUserRequest": ".update_user_request",
    "User": ".user",
    "UserApiKeyCreated": ".user_api_key_created",
    "UserApiKeyCreatedKeyType": ".user_api_key_created_key_type",
    "UserRole": ".user_role",
    "UserRoleAssignmentType": ".user_role_assignment_type",
    "UserSpaceRole": ".user_space_role",
    "UserStatus": ".user_status",
    "VertexAiConfig": ".vertex_ai_config",
    "WebhookNotificationConfig": ".webhook_notification_config",
}

__all__ = (
    "AddAnnotationQueueRecordsRequest",
    "AddOrganizationUserRequest",
    "AddSpaceUserRequest",
    "AgentConfig",
    "AgentConfigInputSchema",
    "AgentIntegration",
    "AgentRequestPreset",
    "AgentRequestPresetConfig",
    "AiIntegration",
    "AiIntegrationAuthType",
    "AiIntegrationHeadersType0",
    "AiIntegrationProvider",
    "AiIntegrationScoping",
    "AnnotateAnnotationQueueRecordRequest",
    "AnnotateAnnotationQueueRecordResponse",
    "AnnotateDatasetExamplesRequest",
    "AnnotateExperimentRunsRequest",
    "AnnotateRecordInput",
    "AnnotateRecordResult",
    "AnnotateSpansRequest",
    "Annotation",
    "AnnotationBatchResult",
    "AnnotationConfigType",
    "AnnotationInput",
    "AnnotationQueue",
    "AnnotationQueueAssignedUser",
    "AnnotationQueueCompletionStatus",
    "AnnotationQueueExampleRecordInput",
    "AnnotationQueueRecord",
    "AnnotationQueueRecordData",
    "AnnotationQueueSourceType",
    "AnnotationQueueSpanRecordInput",
    "AnnotationQueueTraceRecordInput",
    "AnnotatorUser",
    "AnthropicConfig",
    "AnthropicHeaders",
    "ApiKey",
    "ApiKeyStatus",
    "ApiKeyType",
    "AssignAnnotationQueueRecordRequest",
    "AssignAnnotationQueueRecordResponse",
    "AssignmentMethod",
    "AuditLog",
    "AuditLogOperationType",
    "AwsBedrockBearerTokenAuth",
    "AwsBedrockConfig",
    "AwsBedrockDefaultAuth",
    "AwsBedrockProxyWithHeadersAuth",
    "AwsProviderMetadata",
    "AwsProviderMetadataKind",
    "AzureParams",
    "BedrockOptions",
    "CategoricalAnnotationConfig",
    "CategoricalAnnotationValue",
    "ContinuousAnnotationConfig",
    "CreateAgentConfig",
    "CreateAgentConfigHeaders",
    "CreateAgentConfigInputSchema",
    "CreateAgentIntegrationRequest",
    "CreateAgentRequestPresetInput",
    "CreateAgentRequestPresetInputConfig",
    "CreateAiIntegrationRequest",
    "CreateAiIntegrationRequestHeaders",
    "CreateAnnotationQueueRecordResponse",
    "CreateAnnotationQueueRequest",
    "CreateAnthropicConfig",
    "CreateAwsBedrockBearerTokenAuth",
    "CreateAwsBedrockConfig",
    "CreateAwsBedrockDefaultAuth",
    "CreateAwsBedrockProxyWithHeadersAuth",
    "CreateAwsBedrockProxyWithHeadersAuthHeaders",
    "CreateCategoricalAnnotationConfigRequest",
    "CreateCodeEvaluationTaskRequest",
    "CreateCodeEvaluatorVersionRequest",
    "CreateContinuousAnnotationConfigRequest",
    "CreateCustomConfig",
    "CreateCustomConfigHeaders",
    "CreateDatasetExampleInput",
    "CreateDatasetRequest",
    "CreateEvaluatorRequest",
    "CreateExperimentRequest",
    "CreateFreeformAnnotationConfigRequest",
    "CreateGeminiConfig",
    "CreateLlmIntegrationRequest",
    "CreateNvidiaNimConfig",
    "CreateNvidiaNimConfigHeaders",
    "CreateOpenAiConfig",
    "CreateOrganizationRequest",
    "CreateProjectRequest",
    "CreatePromptRequest",
    "CreatePromptVersionRequest",
    "CreateResourceRestrictionRequest",
    "CreateRoleBindingRequest",
    "CreateRoleRequest",
    "CreateRunExperimentTaskRequest",
    "CreateServiceApiKeyRequest",
    "CreateSpaceRequest",
    "CreateTemplateEvaluationTaskRequest",
    "CreateTemplateEvaluatorVersionRequest",
    "CreateUserApiKeyRequest",
    "CreateUserRequest",
    "CreateUserResponse",
    "CreateVertexAiConfig",
    "CustomBaselineConfig",
    "CustomCodeConfig",
    "CustomConfig",
    "CustomMetricMonitor",
    "CustomMetricMonitorType",
    "CustomRoleAssignment",
    "CustomUserRoleAssignment",
    "DataGranularity",
    "DataQualityMetric",
    "DataQualityMonitor",
    "DataQualityMonitorType",
    "Dataset",
    "DatasetExample",
    "DatasetVersion",
    "DatasetVersionWithExampleIds",
    "DeleteAnnotationQueueRecordsRequest",
    "DeleteDatasetExamplesProblem",
    "DeleteDatasetExamplesRequest",
    "DeleteDatasetExamplesResponse",
    "DeleteSpansProblem",
    "DeleteSpansRequest",
    "DeleteSpansResponse",
    "Dimension",
    "DimensionCategory",
    "DowntimeConfig",
    "DriftMetric",
    "DriftMonitor",
    "DriftMonitorType",
    "DynamicRangeThreshold",
    "DynamicSingleThreshold",
    "DynamicThresholdBound",
    "EmailNotificationConfig",
    "Evaluation",
    "Evaluator",
    "EvaluatorLlmConfig",
    "EvaluatorType",
    "EvaluatorVersionCode",
    "EvaluatorVersionCodeType",
    "EvaluatorVersionCommon",
    "EvaluatorVersionHarness",
    "EvaluatorVersionHarnessType",
    "EvaluatorVersionRemote",
    "EvaluatorVersionRemoteType",
    "EvaluatorVersionTemplate",
    "EvaluatorVersionTemplateType",
    "EvaluatorWithVersion",
    "Experiment",
    "ExperimentRun",
    "ExperimentRunInput",
    "ExperimentWithRunIds",
    "FilterOperator",
    "FixedCustomBaselineWindow",
    "FreeformAnnotationConfig",
    "GcpProviderMetadata",
    "GcpProviderMetadataKind",
    "GeminiConfig",
    "InputVariableFormat",
    "InsertDatasetExamplesRequest",
    "InsertExperimentRunsRequest",
    "IntegrationNotificationConfig",
    "IntegrationScoping",
    "IntegrationType",
    "InviteMode",
    "InvocationParams",
    "JsonSchemaConfig",
    "JsonSchemaConfigSchema",
    "ListAiIntegrationsResponse",
    "ListAnnotationConfigsResponse",
    "ListAnnotationQueueRecordsResponse",
    "ListAnnotationQueuesResponse",
    "ListApiKeysResponse",
    "ListAuditLogsResponse",
    "ListDatasetExamplesResponse",
    "ListDatasetsResponse",
    "ListEvaluatorsResponse",
    "ListEvaluatorVersionsResponse",
    "ListExperimentRunsResponse",
    "ListExperimentsResponse",
    "ListIntegrationsResponse",
    "ListOrganizationsResponse",
    "ListProjectsResponse",
    "ListPromptsResponse",
    "ListPromptVersionsResponse",
    "ListResourceRestrictionsResponse",
    "ListRoleBindingsResponse",
    "ListRolesResponse",
    "ListSpacesResponse",
    "ListSpansRequest",
    "ListSpansResponse",
    "ListTaskRunsResponse",
    "ListTasksResponse",
    "ListTracesRequest",
    "ListTracesResponse",
    "ListUsersResponse",
    "LlmGenerationRunConfig",
    "LlmGenerationRunConfigProviderParameters",
    "LlmIntegration",
    "LlmIntegrationProvider",
    "LLMMessage",
    "LlmProvider",
    "ManagedCodeConfig",
    "ManagedCodeEvaluator",
    "ManualRangeThreshold",
    "ManualSingleThreshold",
    "ManualThresholdBound",
    "MessageRole",
    "ModelBaselineConfig",
    "MonitorBase",
    "MonitorFilter",
    "MonitorStatus",
    "MonitorType",
    "MovingCustomBaselineWindow",
    "NvidiaNimConfig",
    "OpenAiConfig",
    "OptimizationDirection",
    "Organization",
    "OrganizationCustomRoleAssignment",
    "OrganizationMembership",
    "OrganizationPredefinedRoleAssignment",
    "OrganizationRole",
    "OrganizationRoleAssignmentType",
    "PaginationMetadata",
    "PerformanceMetric",
    "PerformanceMonitor",
    "PerformanceMonitorType",
    "Permission",
    "PredefinedRoleAssignment",
    "PredefinedUserRoleAssignment",
    "Problem",
    "Project",
    "Prompt",
    "PromptVersion",
    "PromptVersionCreateRequest",
    "PromptWithVersion",
    "ProviderParams",
    "RecordGranularity",
    "RefreshApiKeyRequest",
    "RefreshApiKeyResponse",
    "ResourceRestriction",
    "ResourceRestrictionType",
    "ResponseFormat",
    "ResponseFormatType",
    "Role",
    "RoleBinding",
    "RoleBindingResourceType",
    "ScheduledRuntimeConfig",
    "ServiceApiKeyCreated",
    "ServiceApiKeyCreatedKeyType",
    "ServiceKeyBotUser",
    "ServiceKeyBotUserOrgAssignment",
    "ServiceKeyBotUserSpaceAssignment",
    "ServiceKeyOrgAssignment",
    "ServiceKeySpaceAssignment",
    "SetPromptVersionLabelsRequest",
    "Space",
    "SpaceMembership",
    "SpaceRoleAssignmentType",
    "Span",
    "SpanAttributes",
    "SpanContext",
    "SpanEvent",
    "SpanEventAttributes",
    "SpanKind",
    "SpanStatusCode",
    "StaticParam",
    "StaticParamType",
    "Task",
    "TaskEvaluator",
    "TaskEvaluatorColumnMappingsType0",
    "TaskEvaluatorInput",
    "TaskEvaluatorInputColumnMappings",
    "TaskRun",
    "TaskRunStatus",
    "TaskType",
    "TemplateConfig",
    "TemplateConfigClassificationChoicesType0",
    "TemplateEvaluationRunConfig",
    "TemplateEvaluationRunConfigClassificationChoices",
    "TemplateEvaluationRunConfigColumnMapping",
    "TemplateEvaluationRunConfigProviderParameters",
    "ThresholdCalculation",
    "ThresholdOperator",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallType",
    "ToolConfig",
    "ToolDefinition",
    "Trace",
    "TracingDataQualityMetric",
    "TracingMonitor",
    "TracingMonitorType",
    "TriggerEvaluationTaskRunRequest",
    "TriggerRunExperimentTaskRunRequest",
    "TriggerRunExperimentTaskRunRequestTracingMetadata",
    "UpdateAgentConfig",
    "UpdateAgentConfigHeadersType0",
    "UpdateAgentConfigInputSchema",
    "UpdateAgentIntegrationRequest",
    "UpdateAgentRequestPresetInput",
    "UpdateAgentRequestPresetInputConfig",
    "UpdateAiIntegrationRequest",
    "UpdateAiIntegrationRequestHeadersType0",
    "UpdateAnnotationQueueRequest",
    "UpdateCategoricalAnnotationConfigRequest",
    "UpdateContinuousAnnotationConfigRequest",
    "UpdateDatasetExampleInput",
    "UpdateDatasetExamplesRequest",
    "UpdateDatasetRequest",
    "UpdateEvaluationTaskRequest",
    "UpdateEvaluatorRequest",
    "UpdateFreeformAnnotationConfigRequest",
    "UpdateLlmConfig",
    "UpdateLlmConfigHeadersType0",
    "UpdateLlmIntegrationRequest",
    "UpdateOrganizationRequest",
    "UpdateProjectRequest",
    "UpdatePromptRequest",
    "UpdateRoleBindingRequest",
    "UpdateRoleRequest",
    "UpdateRunExperimentTaskRequest",
    "UpdateSpaceRequest",
    "UpdateUserRequest",
    "User",
    "UserApiKeyCreated",
    "UserApiKeyCreatedKeyType",
    "UserRole",
    "UserRoleAssignmentType",
    "UserSpaceRole",
    "UserStatus",
    "VertexAiConfig",
    "WebhookNotificationConfig",
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
