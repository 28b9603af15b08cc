"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_annotation_queue_records_request import AddAnnotationQueueRecordsRequest
    from .add_organization_user_request import AddOrganizationUserRequest
    from .add_space_user_request import AddSpaceUserRequest
    from .add_tags_request import AddTagsRequest
    from .agent_call_run_config import AgentCallRunConfig
    from .agent_call_run_config_experiment_type import AgentCallRunConfigExperimentType
    from .agent_call_run_config_input_template import AgentCallRunConfigInputTemplate
    from .agent_call_run_config_request import AgentCallRunConfigRequest
    from .agent_call_run_config_request_experiment_type import (
        AgentCallRunConfigRequestExperimentType,
    )
    from .agent_call_run_config_request_input_template import AgentCallRunConfigRequestInputTemplate
    from .agent_config import AgentConfig
    from .agent_config_input_schema import AgentConfigInputSchema
    from .agent_integration import AgentIntegration
    from .agent_integration_type import AgentIntegrationType
    from .agent_request_preset import AgentRequestPreset
    from .agent_request_preset_config import AgentRequestPresetConfig
    from .ai_integration import AiIntegration
    from .ai_integration_auth_type import AiIntegrationAuthType
    from .ai_integration_headers_type_0 import AiIntegrationHeadersType0
    from .ai_integration_provider import AiIntegrationProvider
    from .ai_integration_scoping import AiIntegrationScoping
    from .ai_integration_scoping_request import AiIntegrationScopingRequest
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
    from .annotation_queue_example_record_input_record_type import (
        AnnotationQueueExampleRecordInputRecordType,
    )
    from .annotation_queue_record import AnnotationQueueRecord
    from .annotation_queue_record_data import AnnotationQueueRecordData
    from .annotation_queue_session_record_input import AnnotationQueueSessionRecordInput
    from .annotation_queue_session_record_input_record_type import (
        AnnotationQueueSessionRecordInputRecordType,
    )
    from .annotation_queue_source_type import AnnotationQueueSourceType
    from .annotation_queue_span_record_input import AnnotationQueueSpanRecordInput
    from .annotation_queue_span_record_input_record_type import (
        AnnotationQueueSpanRecordInputRecordType,
    )
    from .annotation_queue_trace_record_input import AnnotationQueueTraceRecordInput
    from .annotation_queue_trace_record_input_record_type import (
        AnnotationQueueTraceRecordInputRecordType,
    )
    from .annotator_user import AnnotatorUser
    from .anthropic_config import AnthropicConfig
    from .anthropic_config_provider import AnthropicConfigProvider
    from .anthropic_headers import AnthropicHeaders
    from .anthropic_headers_request import AnthropicHeadersRequest
    from .api_key_status import ApiKeyStatus
    from .api_key_type import ApiKeyType
    from .assign_annotation_queue_record_request import AssignAnnotationQueueRecordRequest
    from .assign_annotation_queue_record_response import AssignAnnotationQueueRecordResponse
    from .assignment_method import AssignmentMethod
    from .audit_log import AuditLog
    from .audit_log_operation_type import AuditLogOperationType
    from .aws_bedrock_bearer_token_auth import AwsBedrockBearerTokenAuth
    from .aws_bedrock_bearer_token_auth_auth_type import AwsBedrockBearerTokenAuthAuthType
    from .aws_bedrock_config import AwsBedrockConfig
    from .aws_bedrock_config_provider import AwsBedrockConfigProvider
    from .aws_bedrock_default_auth import AwsBedrockDefaultAuth
    from .aws_bedrock_default_auth_auth_type import AwsBedrockDefaultAuthAuthType
    from .aws_bedrock_proxy_with_headers_auth import AwsBedrockProxyWithHeadersAuth
    from .aws_bedrock_proxy_with_headers_auth_auth_type import (
        AwsBedrockProxyWithHeadersAuthAuthType,
    )
    from .aws_provider_metadata import AwsProviderMetadata
    from .aws_provider_metadata_kind import AwsProviderMetadataKind
    from .aws_provider_metadata_request import AwsProviderMetadataRequest
    from .azure_params import AzureParams
    from .azure_params_request import AzureParamsRequest
    from .bar_chart_widget import BarChartWidget
    from .bedrock_options import BedrockOptions
    from .bedrock_options_request import BedrockOptionsRequest
    from .categorical_annotation_config import CategoricalAnnotationConfig
    from .categorical_annotation_config_type import CategoricalAnnotationConfigType
    from .categorical_annotation_value import CategoricalAnnotationValue
    from .categorical_annotation_value_request import CategoricalAnnotationValueRequest
    from .continuous_annotation_config import ContinuousAnnotationConfig
    from .continuous_annotation_config_type import ContinuousAnnotationConfigType
    from .create_agent_config import CreateAgentConfig
    from .create_agent_config_headers import CreateAgentConfigHeaders
    from .create_agent_config_input_schema import CreateAgentConfigInputSchema
    from .create_agent_integration_request import CreateAgentIntegrationRequest
    from .create_agent_integration_request_type import CreateAgentIntegrationRequestType
    from .create_agent_request_preset_input import CreateAgentRequestPresetInput
    from .create_agent_request_preset_input_config import CreateAgentRequestPresetInputConfig
    from .create_ai_integration_request import CreateAiIntegrationRequest
    from .create_ai_integration_request_headers import CreateAiIntegrationRequestHeaders
    from .create_annotation_queue_record_response import CreateAnnotationQueueRecordResponse
    from .create_annotation_queue_request import CreateAnnotationQueueRequest
    from .create_anthropic_config import CreateAnthropicConfig
    from .create_anthropic_config_provider import CreateAnthropicConfigProvider
    from .create_aws_bedrock_bearer_token_auth import CreateAwsBedrockBearerTokenAuth
    from .create_aws_bedrock_bearer_token_auth_auth_type import (
        CreateAwsBedrockBearerTokenAuthAuthType,
    )
    from .create_aws_bedrock_config import CreateAwsBedrockConfig
    from .create_aws_bedrock_config_provider import CreateAwsBedrockConfigProvider
    from .create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth
    from .create_aws_bedrock_default_auth_auth_type import CreateAwsBedrockDefaultAuthAuthType
    from .create_aws_bedrock_proxy_with_headers_auth import CreateAwsBedrockProxyWithHeadersAuth
    from .create_aws_bedrock_proxy_with_headers_auth_auth_type import (
        CreateAwsBedrockProxyWithHeadersAuthAuthType,
    )
    from .create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,
    )
    from .create_categorical_annotation_config_request import (
        CreateCategoricalAnnotationConfigRequest,
    )
    from .create_categorical_annotation_config_request_annotation_config_type import (
        CreateCategoricalAnnotationConfigRequestAnnotationConfigType,
    )
    from .create_code_evaluation_task_request import CreateCodeEvaluationTaskRequest
    from .create_code_evaluation_task_request_type import CreateCodeEvaluationTaskRequestType
    from .create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest
    from .create_continuous_annotation_config_request import CreateContinuousAnnotationConfigRequest
    from .create_continuous_annotation_config_request_annotation_config_type import (
        CreateContinuousAnnotationConfigRequestAnnotationConfigType,
    )
    from .create_custom_config import CreateCustomConfig
    from .create_custom_config_headers import CreateCustomConfigHeaders
    from .create_custom_config_provider import CreateCustomConfigProvider
    from .create_custom_default_auth import CreateCustomDefaultAuth
    from .create_custom_default_auth_auth_type import CreateCustomDefaultAuthAuthType
    from .create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,
    )
    from .create_custom_oauth_2_client_credentials_auth_auth_type import (
        CreateCustomOauth2ClientCredentialsAuthAuthType,
    )
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_examples_item import CreateDatasetRequestExamplesItem
    from .create_evaluator_integration_config_input import CreateEvaluatorIntegrationConfigInput
    from .create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,
    )
    from .create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,
    )
    from .create_evaluator_integration_request import CreateEvaluatorIntegrationRequest
    from .create_evaluator_integration_request_type import CreateEvaluatorIntegrationRequestType
    from .create_evaluator_request import CreateEvaluatorRequest
    from .create_experiment_request import CreateExperimentRequest
    from .create_fireworks_config import CreateFireworksConfig
    from .create_fireworks_config_provider import CreateFireworksConfigProvider
    from .create_freeform_annotation_config_request import CreateFreeformAnnotationConfigRequest
    from .create_freeform_annotation_config_request_annotation_config_type import (
        CreateFreeformAnnotationConfigRequestAnnotationConfigType,
    )
    from .create_gemini_config import CreateGeminiConfig
    from .create_gemini_config_provider import CreateGeminiConfigProvider
    from .create_lite_llm_config import CreateLiteLlmConfig
    from .create_lite_llm_config_headers import CreateLiteLlmConfigHeaders
    from .create_lite_llm_config_provider import CreateLiteLlmConfigProvider
    from .create_llm_integration_request import CreateLlmIntegrationRequest
    from .create_llm_integration_request_type import CreateLlmIntegrationRequestType
    from .create_nvidia_nim_config import CreateNvidiaNimConfig
    from .create_nvidia_nim_config_headers import CreateNvidiaNimConfigHeaders
    from .create_nvidia_nim_config_provider import CreateNvidiaNimConfigProvider
    from .create_open_ai_config import CreateOpenAiConfig
    from .create_open_ai_config_provider import CreateOpenAiConfigProvider
    from .create_organization_request import CreateOrganizationRequest
    from .create_project_request import CreateProjectRequest
    from .create_prompt_request import CreatePromptRequest
    from .create_prompt_version_request import CreatePromptVersionRequest
    from .create_remote_evaluator_version_request import CreateRemoteEvaluatorVersionRequest
    from .create_resource_restriction_request import CreateResourceRestrictionRequest
    from .create_role_binding_request import CreateRoleBindingRequest
    from .create_role_request import CreateRoleRequest
    from .create_run_experiment_task_request import CreateRunExperimentTaskRequest
    from .create_run_experiment_task_request_type import CreateRunExperimentTaskRequestType
    from .create_service_api_key_request import CreateServiceApiKeyRequest
    from .create_service_api_key_request_key_type import CreateServiceApiKeyRequestKeyType
    from .create_space_request import CreateSpaceRequest
    from .create_tag_request import CreateTagRequest
    from .create_template_evaluation_task_request import CreateTemplateEvaluationTaskRequest
    from .create_template_evaluation_task_request_type import (
        CreateTemplateEvaluationTaskRequestType,
    )
    from .create_template_evaluator_version_request import CreateTemplateEvaluatorVersionRequest
    from .create_together_ai_config import CreateTogetherAiConfig
    from .create_together_ai_config_provider import CreateTogetherAiConfigProvider
    from .create_user_api_key_request import CreateUserApiKeyRequest
    from .create_user_api_key_request_key_type import CreateUserApiKeyRequestKeyType
    from .create_user_request import CreateUserRequest
    from .create_user_response import CreateUserResponse
    from .create_vertex_ai_config import CreateVertexAiConfig
    from .create_vertex_ai_config_provider import CreateVertexAiConfigProvider
    from .create_webhook_request import CreateWebhookRequest
    from .create_webhook_request_headers import CreateWebhookRequestHeaders
    from .create_webhook_response import CreateWebhookResponse
    from .create_webhook_subscription_request import CreateWebhookSubscriptionRequest
    from .created_service_api_key import CreatedServiceApiKey
    from .created_service_api_key_key_type import CreatedServiceApiKeyKeyType
    from .created_service_key_bot_user import CreatedServiceKeyBotUser
    from .created_user_api_key import CreatedUserApiKey
    from .created_user_api_key_key_type import CreatedUserApiKeyKeyType
    from .custom_baseline_config import CustomBaselineConfig
    from .custom_baseline_config_type import CustomBaselineConfigType
    from .custom_code_config import CustomCodeConfig
    from .custom_code_config_request import CustomCodeConfigRequest
    from .custom_code_config_request_type import CustomCodeConfigRequestType
    from .custom_code_config_type import CustomCodeConfigType
    from .custom_config import CustomConfig
    from .custom_config_provider import CustomConfigProvider
    from .custom_default_auth import CustomDefaultAuth
    from .custom_default_auth_auth_type import CustomDefaultAuthAuthType
    from .custom_metric_monitor import CustomMetricMonitor
    from .custom_metric_monitor_type import CustomMetricMonitorType
    from .custom_oauth_2_client_credentials_auth import CustomOauth2ClientCredentialsAuth
    from .custom_oauth_2_client_credentials_auth_auth_type import (
        CustomOauth2ClientCredentialsAuthAuthType,
    )
    from .custom_role_assignment import CustomRoleAssignment
    from .custom_role_assignment_request import CustomRoleAssignmentRequest
    from .custom_user_role_assignment import CustomUserRoleAssignment
    from .custom_user_role_assignment_request import CustomUserRoleAssignmentRequest
    from .data_granularity import DataGranularity
    from .data_quality_metric import DataQualityMetric
    from .data_quality_monitor import DataQualityMonitor
    from .data_quality_monitor_type import DataQualityMonitorType
    from .dataset import Dataset
    from .dataset_column_source_field import DatasetColumnSourceField
    from .dataset_example import DatasetExample
    from .dataset_source import DatasetSource
    from .dataset_version import DatasetVersion
    from .dataset_version_with_example_ids import DatasetVersionWithExampleIds
    from .default_agent_runtime import DefaultAgentRuntime
    from .default_agent_runtime_response import DefaultAgentRuntimeResponse
    from .default_llm_integration import DefaultLLMIntegration
    from .default_llm_integration_response import DefaultLLMIntegrationResponse
    from .delete_annotation_queue_records_request import DeleteAnnotationQueueRecordsRequest
    from .delete_dataset_examples_problem import DeleteDatasetExamplesProblem
    from .delete_dataset_examples_request import DeleteDatasetExamplesRequest
    from .delete_dataset_examples_response import DeleteDatasetExamplesResponse
    from .delete_evaluator_versions_request import DeleteEvaluatorVersionsRequest
    from .delete_evaluator_versions_response import DeleteEvaluatorVersionsResponse
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
    from .dynamic_range_threshold_type import DynamicRangeThresholdType
    from .dynamic_single_threshold import DynamicSingleThreshold
    from .dynamic_single_threshold_type import DynamicSingleThresholdType
    from .dynamic_threshold_bound import DynamicThresholdBound
    from .email_notification_config import EmailNotificationConfig
    from .email_notification_config_type import EmailNotificationConfigType
    from .evaluation import Evaluation
    from .evaluation_metadata import EvaluationMetadata
    from .evaluator import Evaluator
    from .evaluator_integration import EvaluatorIntegration
    from .evaluator_integration_config import EvaluatorIntegrationConfig
    from .evaluator_integration_config_input_schema import EvaluatorIntegrationConfigInputSchema
    from .evaluator_integration_type import EvaluatorIntegrationType
    from .evaluator_llm_config import EvaluatorLlmConfig
    from .evaluator_llm_config_request import EvaluatorLlmConfigRequest
    from .evaluator_template import EvaluatorTemplate
    from .evaluator_template_classification_choices import EvaluatorTemplateClassificationChoices
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
    from .experiment_chart_widget import ExperimentChartWidget
    from .experiment_chart_widget_plot import ExperimentChartWidgetPlot
    from .experiment_run import ExperimentRun
    from .experiment_run_input import ExperimentRunInput
    from .experiment_with_run_ids import ExperimentWithRunIds
    from .filter_operator import FilterOperator
    from .fireworks_config import FireworksConfig
    from .fireworks_config_provider import FireworksConfigProvider
    from .fixed_custom_baseline_window import FixedCustomBaselineWindow
    from .fixed_custom_baseline_window_type import FixedCustomBaselineWindowType
    from .forbidden_problem import ForbiddenProblem
    from .freeform_annotation_config import FreeformAnnotationConfig
    from .freeform_annotation_config_type import FreeformAnnotationConfigType
    from .gcp_provider_metadata import GcpProviderMetadata
    from .gcp_provider_metadata_kind import GcpProviderMetadataKind
    from .gcp_provider_metadata_request import GcpProviderMetadataRequest
    from .gemini_config import GeminiConfig
    from .gemini_config_provider import GeminiConfigProvider
    from .input_variable_format import InputVariableFormat
    from .insert_dataset_examples_request import InsertDatasetExamplesRequest
    from .insert_dataset_examples_request_examples_item import (
        InsertDatasetExamplesRequestExamplesItem,
    )
    from .insert_experiment_runs_request import InsertExperimentRunsRequest
    from .integration_notification_config import IntegrationNotificationConfig
    from .integration_notification_config_type import IntegrationNotificationConfigType
    from .integration_scoping import IntegrationScoping
    from .integration_scoping_request import IntegrationScopingRequest
    from .integration_type import IntegrationType
    from .invite_mode import InviteMode
    from .invocation_params import InvocationParams
    from .invocation_params_request import InvocationParamsRequest
    from .json_schema_config import JsonSchemaConfig
    from .json_schema_config_request import JsonSchemaConfigRequest
    from .json_schema_config_request_schema import JsonSchemaConfigRequestSchema
    from .json_schema_config_schema import JsonSchemaConfigSchema
    from .line_chart_type import LineChartType
    from .line_chart_widget import LineChartWidget
    from .list_ai_integrations_response import ListAiIntegrationsResponse
    from .list_annotation_configs_response import ListAnnotationConfigsResponse
    from .list_annotation_queue_records_response import ListAnnotationQueueRecordsResponse
    from .list_annotation_queues_response import ListAnnotationQueuesResponse
    from .list_api_keys_response import ListApiKeysResponse
    from .list_audit_logs_response import ListAuditLogsResponse
    from .list_dataset_examples_response import ListDatasetExamplesResponse
    from .list_datasets_response import ListDatasetsResponse
    from .list_evaluator_templates_response import ListEvaluatorTemplatesResponse
    from .list_evaluator_versions_response import ListEvaluatorVersionsResponse
    from .list_evaluators_response import ListEvaluatorsResponse
    from .list_experiment_runs_response import ListExperimentRunsResponse
    from .list_experiments_response import ListExperimentsResponse
    from .list_integrations_response import ListIntegrationsResponse
    from .list_monitors_response import ListMonitorsResponse
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
    from .list_tags_response import ListTagsResponse
    from .list_task_runs_response import ListTaskRunsResponse
    from .list_tasks_response import ListTasksResponse
    from .list_traces_request import ListTracesRequest
    from .list_traces_response import ListTracesResponse
    from .list_users_response import ListUsersResponse
    from .list_webhook_delivery_attempts_response import ListWebhookDeliveryAttemptsResponse
    from .list_webhook_subscriptions_response import ListWebhookSubscriptionsResponse
    from .list_webhooks_response import ListWebhooksResponse
    from .lite_llm_config import LiteLlmConfig
    from .lite_llm_config_provider import LiteLlmConfigProvider
    from .llm_generation_run_config import LlmGenerationRunConfig
    from .llm_generation_run_config_experiment_type import LlmGenerationRunConfigExperimentType
    from .llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,
    )
    from .llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from .llm_generation_run_config_request_experiment_type import (
        LlmGenerationRunConfigRequestExperimentType,
    )
    from .llm_generation_run_config_request_provider_parameters import (
        LlmGenerationRunConfigRequestProviderParameters,
    )
    from .llm_integration import LlmIntegration
    from .llm_integration_provider import LlmIntegrationProvider
    from .llm_integration_type import LlmIntegrationType
    from .llm_message import LLMMessage
    from .llm_message_request import LLMMessageRequest
    from .llm_provider import LlmProvider
    from .managed_code_config import ManagedCodeConfig
    from .managed_code_config_request import ManagedCodeConfigRequest
    from .managed_code_config_request_type import ManagedCodeConfigRequestType
    from .managed_code_config_type import ManagedCodeConfigType
    from .managed_code_evaluator import ManagedCodeEvaluator
    from .manual_range_threshold import ManualRangeThreshold
    from .manual_range_threshold_type import ManualRangeThresholdType
    from .manual_single_threshold import ManualSingleThreshold
    from .manual_single_threshold_type import ManualSingleThresholdType
    from .manual_threshold_bound import ManualThresholdBound
    from .message_role import MessageRole
    from .model_baseline_config import ModelBaselineConfig
    from .model_baseline_config_type import ModelBaselineConfigType
    from .monitor_base import MonitorBase
    from .monitor_filter import MonitorFilter
    from .monitor_status import MonitorStatus
    from .monitor_type import MonitorType
    from .moving_custom_baseline_window import MovingCustomBaselineWindow
    from .moving_custom_baseline_window_type import MovingCustomBaselineWindowType
    from .nested_json_field_source_field import NestedJsonFieldSourceField
    from .nvidia_nim_config import NvidiaNimConfig
    from .nvidia_nim_config_provider import NvidiaNimConfigProvider
    from .open_ai_config import OpenAiConfig
    from .open_ai_config_provider import OpenAiConfigProvider
    from .optimization_direction import OptimizationDirection
    from .organization import Organization
    from .organization_custom_role_assignment import OrganizationCustomRoleAssignment
    from .organization_custom_role_assignment_request import OrganizationCustomRoleAssignmentRequest
    from .organization_membership import OrganizationMembership
    from .organization_predefined_role_assignment import OrganizationPredefinedRoleAssignment
    from .organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,
    )
    from .organization_role import OrganizationRole
    from .organization_role_assignment_type import OrganizationRoleAssignmentType
    from .pagination_metadata import PaginationMetadata
    from .performance_metric import PerformanceMetric
    from .performance_monitor import PerformanceMonitor
    from .performance_monitor_type import PerformanceMonitorType
    from .permission import Permission
    from .pivot_table_column import PivotTableColumn
    from .pivot_table_widget import PivotTableWidget
    from .predefined_role_assignment import PredefinedRoleAssignment
    from .predefined_role_assignment_request import PredefinedRoleAssignmentRequest
    from .predefined_user_role_assignment import PredefinedUserRoleAssignment
    from .predefined_user_role_assignment_request import PredefinedUserRoleAssignmentRequest
    from .problem import Problem
    from .project import Project
    from .project_type import ProjectType
    from .prompt import Prompt
    from .prompt_version import PromptVersion
    from .prompt_version_create_request import PromptVersionCreateRequest
    from .prompt_with_version import PromptWithVersion
    from .provider_params import ProviderParams
    from .provider_params_request import ProviderParamsRequest
    from .record_granularity import RecordGranularity
    from .refresh_api_key_request import RefreshApiKeyRequest
    from .refresh_api_key_response import RefreshApiKeyResponse
    from .remote_config import RemoteConfig
    from .remote_config_input import RemoteConfigInput
    from .remove_tags_request import RemoveTagsRequest
    from .remove_tags_response import RemoveTagsResponse
    from .resource_restriction import ResourceRestriction
    from .resource_restriction_type import ResourceRestrictionType
    from .response_format import ResponseFormat
    from .response_format_request import ResponseFormatRequest
    from .response_format_type import ResponseFormatType
    from .role import Role
    from .role_binding import RoleBinding
    from .role_binding_resource_type import RoleBindingResourceType
    from .scheduled_runtime_config import ScheduledRuntimeConfig
    from .search_dataset_examples_request import SearchDatasetExamplesRequest
    from .search_experiment_runs_request import SearchExperimentRunsRequest
    from .service_api_key import ServiceApiKey
    from .service_api_key_key_type import ServiceApiKeyKeyType
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
    from .span_evaluator_input import SpanEvaluatorInput
    from .span_evaluator_input_column_mappings import SpanEvaluatorInputColumnMappings
    from .span_event import SpanEvent
    from .span_event_attributes import SpanEventAttributes
    from .span_kind import SpanKind
    from .span_status_code import SpanStatusCode
    from .static_param import StaticParam
    from .static_param_request import StaticParamRequest
    from .static_param_type import StaticParamType
    from .statistic_widget import StatisticWidget
    from .tag import Tag
    from .tag_color import TagColor
    from .task import Task
    from .task_evaluator import TaskEvaluator
    from .task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0
    from .task_query_filter import TaskQueryFilter
    from .task_query_filter_input import TaskQueryFilterInput
    from .task_query_filters import TaskQueryFilters
    from .task_query_filters_input import TaskQueryFiltersInput
    from .task_query_mapping import TaskQueryMapping
    from .task_query_mapping_input import TaskQueryMappingInput
    from .task_run import TaskRun
    from .task_run_status import TaskRunStatus
    from .task_type import TaskType
    from .template_config import TemplateConfig
    from .template_config_classification_choices_type_0 import (
        TemplateConfigClassificationChoicesType0,
    )
    from .template_config_input import TemplateConfigInput
    from .template_config_input_classification_choices_type_0 import (
        TemplateConfigInputClassificationChoicesType0,
    )
    from .template_evaluation_run_config import TemplateEvaluationRunConfig
    from .template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,
    )
    from .template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,
    )
    from .template_evaluation_run_config_experiment_type import (
        TemplateEvaluationRunConfigExperimentType,
    )
    from .template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,
    )
    from .template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest
    from .template_evaluation_run_config_request_classification_choices import (
        TemplateEvaluationRunConfigRequestClassificationChoices,
    )
    from .template_evaluation_run_config_request_column_mapping import (
        TemplateEvaluationRunConfigRequestColumnMapping,
    )
    from .template_evaluation_run_config_request_experiment_type import (
        TemplateEvaluationRunConfigRequestExperimentType,
    )
    from .template_evaluation_run_config_request_provider_parameters import (
        TemplateEvaluationRunConfigRequestProviderParameters,
    )
    from .test_webhook_response import TestWebhookResponse
    from .text_widget import TextWidget
    from .threshold_calculation import ThresholdCalculation
    from .threshold_operator import ThresholdOperator
    from .together_ai_config import TogetherAiConfig
    from .together_ai_config_provider import TogetherAiConfigProvider
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_call_function_request import ToolCallFunctionRequest
    from .tool_call_request import ToolCallRequest
    from .tool_call_type import ToolCallType
    from .tool_config import ToolConfig
    from .tool_config_request import ToolConfigRequest
    from .tool_config_request_tools_item import ToolConfigRequestToolsItem
    from .tool_config_tools_item import ToolConfigToolsItem
    from .trace import Trace
    from .trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput
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
    from .update_agent_integration_request_type import UpdateAgentIntegrationRequestType
    from .update_agent_request_preset_input import UpdateAgentRequestPresetInput
    from .update_agent_request_preset_input_config import UpdateAgentRequestPresetInputConfig
    from .update_ai_integration_request import UpdateAiIntegrationRequest
    from .update_ai_integration_request_headers_type_0 import UpdateAiIntegrationRequestHeadersType0
    from .update_annotation_queue_request import UpdateAnnotationQueueRequest
    from .update_categorical_annotation_config_request import (
        UpdateCategoricalAnnotationConfigRequest,
    )
    from .update_categorical_annotation_config_request_annotation_config_type import (
        UpdateCategoricalAnnotationConfigRequestAnnotationConfigType,
    )
    from .update_continuous_annotation_config_request import UpdateContinuousAnnotationConfigRequest
    from .update_continuous_annotation_config_request_annotation_config_type import (
        UpdateContinuousAnnotationConfigRequestAnnotationConfigType,
    )
    from .update_dataset_example_input import UpdateDatasetExampleInput
    from .update_dataset_examples_request import UpdateDatasetExamplesRequest
    from .update_dataset_request import UpdateDatasetRequest
    from .update_evaluation_task_request import UpdateEvaluationTaskRequest
    from .update_evaluator_integration_config_input import UpdateEvaluatorIntegrationConfigInput
    from .update_evaluator_integration_config_input_headers_type_0 import (
        UpdateEvaluatorIntegrationConfigInputHeadersType0,
    )
    from .update_evaluator_integration_config_input_input_schema import (
        UpdateEvaluatorIntegrationConfigInputInputSchema,
    )
    from .update_evaluator_integration_request import UpdateEvaluatorIntegrationRequest
    from .update_evaluator_integration_request_type import UpdateEvaluatorIntegrationRequestType
    from .update_evaluator_request import UpdateEvaluatorRequest
    from .update_freeform_annotation_config_request import UpdateFreeformAnnotationConfigRequest
    from .update_freeform_annotation_config_request_annotation_config_type import (
        UpdateFreeformAnnotationConfigRequestAnnotationConfigType,
    )
    from .update_llm_config import UpdateLlmConfig
    from .update_llm_config_headers_type_0 import UpdateLlmConfigHeadersType0
    from .update_llm_integration_request import UpdateLlmIntegrationRequest
    from .update_llm_integration_request_type import UpdateLlmIntegrationRequestType
    from .update_organization_request import UpdateOrganizationRequest
    from .update_project_request import UpdateProjectRequest
    from .update_prompt_request import UpdatePromptRequest
    from .update_role_binding_request import UpdateRoleBindingRequest
    from .update_role_request import UpdateRoleRequest
    from .update_run_experiment_task_request import UpdateRunExperimentTaskRequest
    from .update_space_request import UpdateSpaceRequest
    from .update_tag_request import UpdateTagRequest
    from .update_user_request import UpdateUserRequest
    from .update_webhook_request import UpdateWebhookRequest
    from .update_webhook_request_headers import UpdateWebhookRequestHeaders
    from .upgrade_plan import UpgradePlan
    from .user import User
    from .user_api_key import UserApiKey
    from .user_api_key_key_type import UserApiKeyKeyType
    from .user_role import UserRole
    from .user_role_assignment_type import UserRoleAssignmentType
    from .user_space_role import UserSpaceRole
    from .user_status import UserStatus
    from .vertex_ai_config import VertexAiConfig
    from .vertex_ai_config_provider import VertexAiConfigProvider
    from .webhook import Webhook
    from .webhook_auth_type import WebhookAuthType
    from .webhook_delivery_attempt import WebhookDeliveryAttempt
    from .webhook_delivery_attempt_payload import WebhookDeliveryAttemptPayload
    from .webhook_event_type import WebhookEventType
    from .webhook_notification_config import WebhookNotificationConfig
    from .webhook_notification_config_type import WebhookNotificationConfigType
    from .webhook_source_type import WebhookSourceType
    from .webhook_subscription import WebhookSubscription
    from .widget_creation_status import WidgetCreationStatus
    from .widget_filter import WidgetFilter
    from .widget_plot import WidgetPlot
    from .widget_plot_comparison_fixed_reference_value import (
        WidgetPlotComparisonFixedReferenceValue,
    )
    from .widget_plot_comparison_fixed_reference_value_type import (
        WidgetPlotComparisonFixedReferenceValueType,
    )
    from .widget_plot_comparison_moving_reference_value import (
        WidgetPlotComparisonMovingReferenceValue,
    )
    from .widget_plot_comparison_moving_reference_value_type import (
        WidgetPlotComparisonMovingReferenceValueType,
    )
    from .widget_plot_comparison_reference_source import WidgetPlotComparisonReferenceSource
    from .widget_source_data_type import WidgetSourceDataType
    from .widget_source_field_kind import WidgetSourceFieldKind
    from .widget_type import WidgetType

_MODULES: dict[str, str] = {
    "AddAnnotationQueueRecordsRequest": ".add_annotation_queue_records_request",
    "AddOrganizationUserRequest": ".add_organization_user_request",
    "AddSpaceUserRequest": ".add_space_user_request",
    "AddTagsRequest": ".add_tags_request",
    "AgentCallRunConfig": ".agent_call_run_config",
    "AgentCallRunConfigExperimentType": ".agent_call_run_config_experiment_type",
    "AgentCallRunConfigInputTemplate": ".agent_call_run_config_input_template",
    "AgentCallRunConfigRequest": ".agent_call_run_config_request",
    "AgentCallRunConfigRequestExperimentType": ".agent_call_run_config_request_experiment_type",
    "AgentCallRunConfigRequestInputTemplate": ".agent_call_run_config_request_input_template",
    "AgentConfig": ".agent_config",
    "AgentConfigInputSchema": ".agent_config_input_schema",
    "AgentIntegration": ".agent_integration",
    "AgentIntegrationType": ".agent_integration_type",
    "AgentRequestPreset": ".agent_request_preset",
    "AgentRequestPresetConfig": ".agent_request_preset_config",
    "AiIntegration": ".ai_integration",
    "AiIntegrationAuthType": ".ai_integration_auth_type",
    "AiIntegrationHeadersType0": ".ai_integration_headers_type_0",
    "AiIntegrationProvider": ".ai_integration_provider",
    "AiIntegrationScoping": ".ai_integration_scoping",
    "AiIntegrationScopingRequest": ".ai_integration_scoping_request",
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
    "AnnotationQueueExampleRecordInputRecordType": ".annotation_queue_example_record_input_record_type",
    "AnnotationQueueRecord": ".annotation_queue_record",
    "AnnotationQueueRecordData": ".annotation_queue_record_data",
    "AnnotationQueueSessionRecordInput": ".annotation_queue_session_record_input",
    "AnnotationQueueSessionRecordInputRecordType": ".annotation_queue_session_record_input_record_type",
    "AnnotationQueueSourceType": ".annotation_queue_source_type",
    "AnnotationQueueSpanRecordInput": ".annotation_queue_span_record_input",
    "AnnotationQueueSpanRecordInputRecordType": ".annotation_queue_span_record_input_record_type",
    "AnnotationQueueTraceRecordInput": ".annotation_queue_trace_record_input",
    "AnnotationQueueTraceRecordInputRecordType": ".annotation_queue_trace_record_input_record_type",
    "AnnotatorUser": ".annotator_user",
    "AnthropicConfig": ".anthropic_config",
    "AnthropicConfigProvider": ".anthropic_config_provider",
    "AnthropicHeaders": ".anthropic_headers",
    "AnthropicHeadersRequest": ".anthropic_headers_request",
    "ApiKeyStatus": ".api_key_status",
    "ApiKeyType": ".api_key_type",
    "AssignAnnotationQueueRecordRequest": ".assign_annotation_queue_record_request",
    "AssignAnnotationQueueRecordResponse": ".assign_annotation_queue_record_response",
    "AssignmentMethod": ".assignment_method",
    "AuditLog": ".audit_log",
    "AuditLogOperationType": ".audit_log_operation_type",
    "AwsBedrockBearerTokenAuth": ".aws_bedrock_bearer_token_auth",
    "AwsBedrockBearerTokenAuthAuthType": ".aws_bedrock_bearer_token_auth_auth_type",
    "AwsBedrockConfig": ".aws_bedrock_config",
    "AwsBedrockConfigProvider": ".aws_bedrock_config_provider",
    "AwsBedrockDefaultAuth": ".aws_bedrock_default_auth",
    "AwsBedrockDefaultAuthAuthType": ".aws_bedrock_default_auth_auth_type",
    "AwsBedrockProxyWithHeadersAuth": ".aws_bedrock_proxy_with_headers_auth",
    "AwsBedrockProxyWithHeadersAuthAuthType": ".aws_bedrock_proxy_with_headers_auth_auth_type",
    "AwsProviderMetadata": ".aws_provider_metadata",
    "AwsProviderMetadataKind": ".aws_provider_metadata_kind",
    "AwsProviderMetadataRequest": ".aws_provider_metadata_request",
    "AzureParams": ".azure_params",
    "AzureParamsRequest": ".azure_params_request",
    "BarChartWidget": ".bar_chart_widget",
    "BedrockOptions": ".bedrock_options",
    "BedrockOptionsRequest": ".bedrock_options_request",
    "CategoricalAnnotationConfig": ".categorical_annotation_config",
    "CategoricalAnnotationConfigType": ".categorical_annotation_config_type",
    "CategoricalAnnotationValue": ".categorical_annotation_value",
    "CategoricalAnnotationValueRequest": ".categorical_annotation_value_request",
    "ContinuousAnnotationConfig": ".continuous_annotation_config",
    "ContinuousAnnotationConfigType": ".continuous_annotation_config_type",
    "CreateAgentConfig": ".create_agent_config",
    "CreateAgentConfigHeaders": ".create_agent_config_headers",
    "CreateAgentConfigInputSchema": ".create_agent_config_input_schema",
    "CreateAgentIntegrationRequest": ".create_agent_integration_request",
    "CreateAgentIntegrationRequestType": ".create_agent_integration_request_type",
    "CreateAgentRequestPresetInput": ".create_agent_request_preset_input",
    "CreateAgentRequestPresetInputConfig": ".create_agent_request_preset_input_config",
    "CreateAiIntegrationRequest": ".create_ai_integration_request",
    "CreateAiIntegrationRequestHeaders": ".create_ai_integration_request_headers",
    "CreateAnnotationQueueRecordResponse": ".create_annotation_queue_record_response",
    "CreateAnnotationQueueRequest": ".create_annotation_queue_request",
    "CreateAnthropicConfig": ".create_anthropic_config",
    "CreateAnthropicConfigProvider": ".create_anthropic_config_provider",
    "CreateAwsBedrockBearerTokenAuth": ".create_aws_bedrock_bearer_token_auth",
    "CreateAwsBedrockBearerTokenAuthAuthType": ".create_aws_bedrock_bearer_token_auth_auth_type",
    "CreateAwsBedrockConfig": ".create_aws_bedrock_config",
    "CreateAwsBedrockConfigProvider": ".create_aws_bedrock_config_provider",
    "CreateAwsBedrockDefaultAuth": ".create_aws_bedrock_default_auth",
    "CreateAwsBedrockDefaultAuthAuthType": ".create_aws_bedrock_default_auth_auth_type",
    "CreateAwsBedrockProxyWithHeadersAuth": ".create_aws_bedrock_proxy_with_headers_auth",
    "CreateAwsBedrockProxyWithHeadersAuthAuthType": ".create_aws_bedrock_proxy_with_headers_auth_auth_type",
    "CreateAwsBedrockProxyWithHeadersAuthHeaders": ".create_aws_bedrock_proxy_with_headers_auth_headers",
    "CreateCategoricalAnnotationConfigRequest": ".create_categorical_annotation_config_request",
    "CreateCategoricalAnnotationConfigRequestAnnotationConfigType": ".create_categorical_annotation_config_request_annotation_config_type",
    "CreateCodeEvaluationTaskRequest": ".create_code_evaluation_task_request",
    "CreateCodeEvaluationTaskRequestType": ".create_code_evaluation_task_request_type",
    "CreateCodeEvaluatorVersionRequest": ".create_code_evaluator_version_request",
    "CreateContinuousAnnotationConfigRequest": ".create_continuous_annotation_config_request",
    "CreateContinuousAnnotationConfigRequestAnnotationConfigType": ".create_continuous_annotation_config_request_annotation_config_type",
    "CreateCustomConfig": ".create_custom_config",
    "CreateCustomConfigHeaders": ".create_custom_config_headers",
    "CreateCustomConfigProvider": ".create_custom_config_provider",
    "CreateCustomDefaultAuth": ".create_custom_default_auth",
    "CreateCustomDefaultAuthAuthType": ".create_custom_default_auth_auth_type",
    "CreateCustomOauth2ClientCredentialsAuth": ".create_custom_oauth_2_client_credentials_auth",
    "CreateCustomOauth2ClientCredentialsAuthAuthType": ".create_custom_oauth_2_client_credentials_auth_auth_type",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestExamplesItem": ".create_dataset_request_examples_item",
    "CreateEvaluatorIntegrationConfigInput": ".create_evaluator_integration_config_input",
    "CreateEvaluatorIntegrationConfigInputHeaders": ".create_evaluator_integration_config_input_headers",
    "CreateEvaluatorIntegrationConfigInputInputSchema": ".create_evaluator_integration_config_input_input_schema",
    "CreateEvaluatorIntegrationRequest": ".create_evaluator_integration_request",
    "CreateEvaluatorIntegrationRequestType": ".create_evaluator_integration_request_type",
    "CreateEvaluatorRequest": ".create_evaluator_request",
    "CreateExperimentRequest": ".create_experiment_request",
    "CreateFireworksConfig": ".create_fireworks_config",
    "CreateFireworksConfigProvider": ".create_fireworks_config_provider",
    "CreateFreeformAnnotationConfigRequest": ".create_freeform_annotation_config_request",
    "CreateFreeformAnnotationConfigRequestAnnotationConfigType": ".create_freeform_annotation_config_request_annotation_config_type",
    "CreateGeminiConfig": ".create_gemini_config",
    "CreateGeminiConfigProvider": ".create_gemini_config_provider",
    "CreateLiteLlmConfig": ".create_lite_llm_config",
    "CreateLiteLlmConfigHeaders": ".create_lite_llm_config_headers",
    "CreateLiteLlmConfigProvider": ".create_lite_llm_config_provider",
    "CreateLlmIntegrationRequest": ".create_llm_integration_request",
    "CreateLlmIntegrationRequestType": ".create_llm_integration_request_type",
    "CreateNvidiaNimConfig": ".create_nvidia_nim_config",
    "CreateNvidiaNimConfigHeaders": ".create_nvidia_nim_config_headers",
    "CreateNvidiaNimConfigProvider": ".create_nvidia_nim_config_provider",
    "CreateOpenAiConfig": ".create_open_ai_config",
    "CreateOpenAiConfigProvider": ".create_open_ai_config_provider",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreateProjectRequest": ".create_project_request",
    "CreatePromptRequest": ".create_prompt_request",
    "CreatePromptVersionRequest": ".create_prompt_version_request",
    "CreateRemoteEvaluatorVersionRequest": ".create_remote_evaluator_version_request",
    "CreateResourceRestrictionRequest": ".create_resource_restriction_request",
    "CreateRoleBindingRequest": ".create_role_binding_request",
    "CreateRoleRequest": ".create_role_request",
    "CreateRunExperimentTaskRequest": ".create_run_experiment_task_request",
    "CreateRunExperimentTaskRequestType": ".create_run_experiment_task_request_type",
    "CreateServiceApiKeyRequest": ".create_service_api_key_request",
    "CreateServiceApiKeyRequestKeyType": ".create_service_api_key_request_key_type",
    "CreateSpaceRequest": ".create_space_request",
    "CreateTagRequest": ".create_tag_request",
    "CreateTemplateEvaluationTaskRequest": ".create_template_evaluation_task_request",
    "CreateTemplateEvaluationTaskRequestType": ".create_template_evaluation_task_request_type",
    "CreateTemplateEvaluatorVersionRequest": ".create_template_evaluator_version_request",
    "CreateTogetherAiConfig": ".create_together_ai_config",
    "CreateTogetherAiConfigProvider": ".create_together_ai_config_provider",
    "CreateUserApiKeyRequest": ".create_user_api_key_request",
    "CreateUserApiKeyRequestKeyType": ".create_user_api_key_request_key_type",
    "CreateUserRequest": ".create_user_request",
    "CreateUserResponse": ".create_user_response",
    "CreateVertexAiConfig": ".create_vertex_ai_config",
    "CreateVertexAiConfigProvider": ".create_vertex_ai_config_provider",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWebhookRequestHeaders": ".create_webhook_request_headers",
    "CreateWebhookResponse": ".create_webhook_response",
    "CreateWebhookSubscriptionRequest": ".create_webhook_subscription_request",
    "CreatedServiceApiKey": ".created_service_api_key",
    "CreatedServiceApiKeyKeyType": ".created_service_api_key_key_type",
    "CreatedServiceKeyBotUser": ".created_service_key_bot_user",
    "CreatedUserApiKey": ".created_user_api_key",
    "CreatedUserApiKeyKeyType": ".created_user_api_key_key_type",
    "CustomBaselineConfig": ".custom_baseline_config",
    "CustomBaselineConfigType": ".custom_baseline_config_type",
    "CustomCodeConfig": ".custom_code_config",
    "CustomCodeConfigRequest": ".custom_code_config_request",
    "CustomCodeConfigRequestType": ".custom_code_config_request_type",
    "CustomCodeConfigType": ".custom_code_config_type",
    "CustomConfig": ".custom_config",
    "CustomConfigProvider": ".custom_config_provider",
    "CustomDefaultAuth": ".custom_default_auth",
    "CustomDefaultAuthAuthType": ".custom_default_auth_auth_type",
    "CustomMetricMonitor": ".custom_metric_monitor",
    "CustomMetricMonitorType": ".custom_metric_monitor_type",
    "CustomOauth2ClientCredentialsAuth": ".custom_oauth_2_client_credentials_auth",
    "CustomOauth2ClientCredentialsAuthAuthType": ".custom_oauth_2_client_credentials_auth_auth_type",
    "CustomRoleAssignment": ".custom_role_assignment",
    "CustomRoleAssignmentRequest": ".custom_role_assignment_request",
    "CustomUserRoleAssignment": ".custom_user_role_assignment",
    "CustomUserRoleAssignmentRequest": ".custom_user_role_assignment_request",
    "DataGranularity": ".data_granularity",
    "DataQualityMetric": ".data_quality_metric",
    "DataQualityMonitor": ".data_quality_monitor",
    "DataQualityMonitorType": ".data_quality_monitor_type",
    "Dataset": ".dataset",
    "DatasetColumnSourceField": ".dataset_column_source_field",
    "DatasetExample": ".dataset_example",
    "DatasetSource": ".dataset_source",
    "DatasetVersion": ".dataset_version",
    "DatasetVersionWithExampleIds": ".dataset_version_with_example_ids",
    "DefaultAgentRuntime": ".default_agent_runtime",
    "DefaultAgentRuntimeResponse": ".default_agent_runtime_response",
    "DefaultLLMIntegration": ".default_llm_integration",
    "DefaultLLMIntegrationResponse": ".default_llm_integration_response",
    "DeleteAnnotationQueueRecordsRequest": ".delete_annotation_queue_records_request",
    "DeleteDatasetExamplesProblem": ".delete_dataset_examples_problem",
    "DeleteDatasetExamplesRequest": ".delete_dataset_examples_request",
    "DeleteDatasetExamplesResponse": ".delete_dataset_examples_response",
    "DeleteEvaluatorVersionsRequest": ".delete_evaluator_versions_request",
    "DeleteEvaluatorVersionsResponse": ".delete_evaluator_versions_response",
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
    "DynamicRangeThresholdType": ".dynamic_range_threshold_type",
    "DynamicSingleThreshold": ".dynamic_single_threshold",
    "DynamicSingleThresholdType": ".dynamic_single_threshold_type",
    "DynamicThresholdBound": ".dynamic_threshold_bound",
    "EmailNotificationConfig": ".email_notification_config",
    "EmailNotificationConfigType": ".email_notification_config_type",
    "Evaluation": ".evaluation",
    "EvaluationMetadata": ".evaluation_metadata",
    "Evaluator": ".evaluator",
    "EvaluatorIntegration": ".evaluator_integration",
    "EvaluatorIntegrationConfig": ".evaluator_integration_config",
    "EvaluatorIntegrationConfigInputSchema": ".evaluator_integration_config_input_schema",
    "EvaluatorIntegrationType": ".evaluator_integration_type",
    "EvaluatorLlmConfig": ".evaluator_llm_config",
    "EvaluatorLlmConfigRequest": ".evaluator_llm_config_request",
    "EvaluatorTemplate": ".evaluator_template",
    "EvaluatorTemplateClassificationChoices": ".evaluator_template_classification_choices",
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
    "ExperimentChartWidget": ".experiment_chart_widget",
    "ExperimentChartWidgetPlot": ".experiment_chart_widget_plot",
    "ExperimentRun": ".experiment_run",
    "ExperimentRunInput": ".experiment_run_input",
    "ExperimentWithRunIds": ".experiment_with_run_ids",
    "FilterOperator": ".filter_operator",
    "FireworksConfig": ".fireworks_config",
    "FireworksConfigProvider": ".fireworks_config_provider",
    "FixedCustomBaselineWindow": ".fixed_custom_baseline_window",
    "FixedCustomBaselineWindowType": ".fixed_custom_baseline_window_type",
    "ForbiddenProblem": ".forbidden_problem",
    "FreeformAnnotationConfig": ".freeform_annotation_config",
    "FreeformAnnotationConfigType": ".freeform_annotation_config_type",
    "GcpProviderMetadata": ".gcp_provider_metadata",
    "GcpProviderMetadataKind": ".gcp_provider_metadata_kind",
    "GcpProviderMetadataRequest": ".gcp_provider_metadata_request",
    "GeminiConfig": ".gemini_config",
    "GeminiConfigProvider": ".gemini_config_provider",
    "InputVariableFormat": ".input_variable_format",
    "InsertDatasetExamplesRequest": ".insert_dataset_examples_request",
    "InsertDatasetExamplesRequestExamplesItem": ".insert_dataset_examples_request_examples_item",
    "InsertExperimentRunsRequest": ".insert_experiment_runs_request",
    "IntegrationNotificationConfig": ".integration_notification_config",
    "IntegrationNotificationConfigType": ".integration_notification_config_type",
    "IntegrationScoping": ".integration_scoping",
    "IntegrationScopingRequest": ".integration_scoping_request",
    "IntegrationType": ".integration_type",
    "InviteMode": ".invite_mode",
    "InvocationParams": ".invocation_params",
    "InvocationParamsRequest": ".invocation_params_request",
    "JsonSchemaConfig": ".json_schema_config",
    "JsonSchemaConfigRequest": ".json_schema_config_request",
    "JsonSchemaConfigRequestSchema": ".json_schema_config_request_schema",
    "JsonSchemaConfigSchema": ".json_schema_config_schema",
    "LineChartType": ".line_chart_type",
    "LineChartWidget": ".line_chart_widget",
    "ListAiIntegrationsResponse": ".list_ai_integrations_response",
    "ListAnnotationConfigsResponse": ".list_annotation_configs_response",
    "ListAnnotationQueueRecordsResponse": ".list_annotation_queue_records_response",
    "ListAnnotationQueuesResponse": ".list_annotation_queues_response",
    "ListApiKeysResponse": ".list_api_keys_response",
    "ListAuditLogsResponse": ".list_audit_logs_response",
    "ListDatasetExamplesResponse": ".list_dataset_examples_response",
    "ListDatasetsResponse": ".list_datasets_response",
    "ListEvaluatorTemplatesResponse": ".list_evaluator_templates_response",
    "ListEvaluatorVersionsResponse": ".list_evaluator_versions_response",
    "ListEvaluatorsResponse": ".list_evaluators_response",
    "ListExperimentRunsResponse": ".list_experiment_runs_response",
    "ListExperimentsResponse": ".list_experiments_response",
    "ListIntegrationsResponse": ".list_integrations_response",
    "ListMonitorsResponse": ".list_monitors_response",
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
    "ListTagsResponse": ".list_tags_response",
    "ListTaskRunsResponse": ".list_task_runs_response",
    "ListTasksResponse": ".list_tasks_response",
    "ListTracesRequest": ".list_traces_request",
    "ListTracesResponse": ".list_traces_response",
    "ListUsersResponse": ".list_users_response",
    "ListWebhookDeliveryAttemptsResponse": ".list_webhook_delivery_attempts_response",
    "ListWebhookSubscriptionsResponse": ".list_webhook_subscriptions_response",
    "ListWebhooksResponse": ".list_webhooks_response",
    "LiteLlmConfig": ".lite_llm_config",
    "LiteLlmConfigProvider": ".lite_llm_config_provider",
    "LlmGenerationRunConfig": ".llm_generation_run_config",
    "LlmGenerationRunConfigExperimentType": ".llm_generation_run_config_experiment_type",
    "LlmGenerationRunConfigProviderParameters": ".llm_generation_run_config_provider_parameters",
    "LlmGenerationRunConfigRequest": ".llm_generation_run_config_request",
    "LlmGenerationRunConfigRequestExperimentType": ".llm_generation_run_config_request_experiment_type",
    "LlmGenerationRunConfigRequestProviderParameters": ".llm_generation_run_config_request_provider_parameters",
    "LlmIntegration": ".llm_integration",
    "LlmIntegrationProvider": ".llm_integration_provider",
    "LlmIntegrationType": ".llm_integration_type",
    "LLMMessage": ".llm_message",
    "LLMMessageRequest": ".llm_message_request",
    "LlmProvider": ".llm_provider",
    "ManagedCodeConfig": ".managed_code_config",
    "ManagedCodeConfigRequest": ".managed_code_config_request",
    "ManagedCodeConfigRequestType": ".managed_code_config_request_type",
    "ManagedCodeConfigType": ".managed_code_config_type",
    "ManagedCodeEvaluator": ".managed_code_evaluator",
    "ManualRangeThreshold": ".manual_range_threshold",
    "ManualRangeThresholdType": ".manual_range_threshold_type",
    "ManualSingleThreshold": ".manual_single_threshold",
    "ManualSingleThresholdType": ".manual_single_threshold_type",
    "ManualThresholdBound": ".manual_threshold_bound",
    "MessageRole": ".message_role",
    "ModelBaselineConfig": ".model_baseline_config",
    "ModelBaselineConfigType": ".model_baseline_config_type",
    "MonitorBase": ".monitor_base",
    "MonitorFilter": ".monitor_filter",
    "MonitorStatus": ".monitor_status",
    "MonitorType": ".monitor_type",
    "MovingCustomBaselineWindow": ".moving_custom_baseline_window",
    "MovingCustomBaselineWindowType": ".moving_custom_baseline_window_type",
    "NestedJsonFieldSourceField": ".nested_json_field_source_field",
    "NvidiaNimConfig": ".nvidia_nim_config",
    "NvidiaNimConfigProvider": ".nvidia_nim_config_provider",
    "OpenAiConfig": ".open_ai_config",
    "OpenAiConfigProvider": ".open_ai_config_provider",
    "OptimizationDirection": ".optimization_direction",
    "Organization": ".organization",
    "OrganizationCustomRoleAssignment": ".organization_custom_role_assignment",
    "OrganizationCustomRoleAssignmentRequest": ".organization_custom_role_assignment_request",
    "OrganizationMembership": ".organization_membership",
    "OrganizationPredefinedRoleAssignment": ".organization_predefined_role_assignment",
    "OrganizationPredefinedRoleAssignmentRequest": ".organization_predefined_role_assignment_request",
    "OrganizationRole": ".organization_role",
    "OrganizationRoleAssignmentType": ".organization_role_assignment_type",
    "PaginationMetadata": ".pagination_metadata",
    "PerformanceMetric": ".performance_metric",
    "PerformanceMonitor": ".performance_monitor",
    "PerformanceMonitorType": ".performance_monitor_type",
    "Permission": ".permission",
    "PivotTableColumn": ".pivot_table_column",
    "PivotTableWidget": ".pivot_table_widget",
    "PredefinedRoleAssignment": ".predefined_role_assignment",
    "PredefinedRoleAssignmentRequest": ".predefined_role_assignment_request",
    "PredefinedUserRoleAssignment": ".predefined_user_role_assignment",
    "PredefinedUserRoleAssignmentRequest": ".predefined_user_role_assignment_request",
    "Problem": ".problem",
    "Project": ".project",
    "ProjectType": ".project_type",
    "Prompt": ".prompt",
    "PromptVersion": ".prompt_version",
    "PromptVersionCreateRequest": ".prompt_version_create_request",
    "PromptWithVersion": ".prompt_with_version",
    "ProviderParams": ".provider_params",
    "ProviderParamsRequest": ".provider_params_request",
    "RecordGranularity": ".record_granularity",
    "RefreshApiKeyRequest": ".refresh_api_key_request",
    "RefreshApiKeyResponse": ".refresh_api_key_response",
    "RemoteConfig": ".remote_config",
    "RemoteConfigInput": ".remote_config_input",
    "RemoveTagsRequest": ".remove_tags_request",
    "RemoveTagsResponse": ".remove_tags_response",
    "ResourceRestriction": ".resource_restriction",
    "ResourceRestrictionType": ".resource_restriction_type",
    "ResponseFormat": ".response_format",
    "ResponseFormatRequest": ".response_format_request",
    "ResponseFormatType": ".response_format_type",
    "Role": ".role",
    "RoleBinding": ".role_binding",
    "RoleBindingResourceType": ".role_binding_resource_type",
    "ScheduledRuntimeConfig": ".scheduled_runtime_config",
    "SearchDatasetExamplesRequest": ".search_dataset_examples_request",
    "SearchExperimentRunsRequest": ".search_experiment_runs_request",
    "ServiceApiKey": ".service_api_key",
    "ServiceApiKeyKeyType": ".service_api_key_key_type",
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
    "SpanEvaluatorInput": ".span_evaluator_input",
    "SpanEvaluatorInputColumnMappings": ".span_evaluator_input_column_mappings",
    "SpanEvent": ".span_event",
    "SpanEventAttributes": ".span_event_attributes",
    "SpanKind": ".span_kind",
    "SpanStatusCode": ".span_status_code",
    "StaticParam": ".static_param",
    "StaticParamRequest": ".static_param_request",
    "StaticParamType": ".static_param_type",
    "StatisticWidget": ".statistic_widget",
    "Tag": ".tag",
    "TagColor": ".tag_color",
    "Task": ".task",
    "TaskEvaluator": ".task_evaluator",
    "TaskEvaluatorColumnMappingsType0": ".task_evaluator_column_mappings_type_0",
    "TaskQueryFilter": ".task_query_filter",
    "TaskQueryFilterInput": ".task_query_filter_input",
    "TaskQueryFilters": ".task_query_filters",
    "TaskQueryFiltersInput": ".task_query_filters_input",
    "TaskQueryMapping": ".task_query_mapping",
    "TaskQueryMappingInput": ".task_query_mapping_input",
    "TaskRun": ".task_run",
    "TaskRunStatus": ".task_run_status",
    "TaskType": ".task_type",
    "TemplateConfig": ".template_config",
    "TemplateConfigClassificationChoicesType0": ".template_config_classification_choices_type_0",
    "TemplateConfigInput": ".template_config_input",
    "TemplateConfigInputClassificationChoicesType0": ".template_config_input_classification_choices_type_0",
    "TemplateEvaluationRunConfig": ".template_evaluation_run_config",
    "TemplateEvaluationRunConfigClassificationChoices": ".template_evaluation_run_config_classification_choices",
    "TemplateEvaluationRunConfigColumnMapping": ".template_evaluation_run_config_column_mapping",
    "TemplateEvaluationRunConfigExperimentType": ".template_evaluation_run_config_experiment_type",
    "TemplateEvaluationRunConfigProviderParameters": ".template_evaluation_run_config_provider_parameters",
    "TemplateEvaluationRunConfigRequest": ".template_evaluation_run_config_request",
    "TemplateEvaluationRunConfigRequestClassificationChoices": ".template_evaluation_run_config_request_classification_choices",
    "TemplateEvaluationRunConfigRequestColumnMapping": ".template_evaluation_run_config_request_column_mapping",
    "TemplateEvaluationRunConfigRequestExperimentType": ".template_evaluation_run_config_request_experiment_type",
    "TemplateEvaluationRunConfigRequestProviderParameters": ".template_evaluation_run_config_request_provider_parameters",
    "TestWebhookResponse": ".test_webhook_response",
    "TextWidget": ".text_widget",
    "ThresholdCalculation": ".threshold_calculation",
    "ThresholdOperator": ".threshold_operator",
    "TogetherAiConfig": ".together_ai_config",
    "TogetherAiConfigProvider": ".together_ai_config_provider",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallFunctionRequest": ".tool_call_function_request",
    "ToolCallRequest": ".tool_call_request",
    "ToolCallType": ".tool_call_type",
    "ToolConfig": ".tool_config",
    "ToolConfigRequest": ".tool_config_request",
    "ToolConfigRequestToolsItem": ".tool_config_request_tools_item",
    "ToolConfigToolsItem": ".tool_config_tools_item",
    "Trace": ".trace",
    "TraceOrSessionEvaluatorInput": ".trace_or_session_evaluator_input",
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
    "UpdateAgentIntegrationRequestType": ".update_agent_integration_request_type",
    "UpdateAgentRequestPresetInput": ".update_agent_request_preset_input",
    "UpdateAgentRequestPresetInputConfig": ".update_agent_request_preset_input_config",
    "UpdateAiIntegrationRequest": ".update_ai_integration_request",
    "UpdateAiIntegrationRequestHeadersType0": ".update_ai_integration_request_headers_type_0",
    "UpdateAnnotationQueueRequest": ".update_annotation_queue_request",
    "UpdateCategoricalAnnotationConfigRequest": ".update_categorical_annotation_config_request",
    "UpdateCategoricalAnnotationConfigRequestAnnotationConfigType": ".update_categorical_annotation_config_request_annotation_config_type",
    "UpdateContinuousAnnotationConfigRequest": ".update_continuous_annotation_config_request",
    "UpdateContinuousAnnotationConfigRequestAnnotationConfigType": ".update_continuous_annotation_config_request_annotation_config_type",
    "UpdateDatasetExampleInput": ".update_dataset_example_input",
    "UpdateDatasetExamplesRequest": ".update_dataset_examples_request",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateEvaluationTaskRequest": ".update_evaluation_task_request",
    "UpdateEvaluatorIntegrationConfigInput": ".update_evaluator_integration_config_input",
    "UpdateEvaluatorIntegrationConfigInputHeadersType0": ".update_evaluator_integration_config_input_headers_type_0",
    "UpdateEvaluatorIntegrationConfigInputInputSchema": ".update_evaluator_integration_config_input_input_schema",
    "UpdateEvaluatorIntegrationRequest": ".update_evaluator_integration_request",
    "UpdateEvaluatorIntegrationRequestType": ".update_evaluator_integration_request_type",
    "UpdateEvaluatorRequest": ".update_evaluator_request",
    "UpdateFreeformAnnotationConfigRequest": ".update_freeform_annotation_config_request",
    "UpdateFreeformAnnotationConfigRequestAnnotationConfigType": ".update_freeform_annotation_config_request_annotation_config_type",
    "UpdateLlmConfig": ".update_llm_config",
    "UpdateLlmConfigHeadersType0": ".update_llm_config_headers_type_0",
    "UpdateLlmIntegrationRequest": ".update_llm_integration_request",
    "UpdateLlmIntegrationRequestType": ".update_llm_integration_request_type",
    "UpdateOrganizationRequest": ".update_organization_request",
    "UpdateProjectRequest": ".update_project_request",
    "UpdatePromptRequest": ".update_prompt_request",
    "UpdateRoleBindingRequest": ".update_role_binding_request",
    "UpdateRoleRequest": ".update_role_request",
    "UpdateRunExperimentTaskRequest": ".update_run_experiment_task_request",
    "UpdateSpaceRequest": ".update_space_request",
    "UpdateTagRequest": ".update_tag_request",
    "UpdateUserRequest": ".update_user_request",
    "UpdateWebhookRequest": ".update_webhook_request",
    "UpdateWebhookRequestHeaders": ".update_webhook_request_headers",
    "UpgradePlan": ".upgrade_plan",
    "User": ".user",
    "UserApiKey": ".user_api_key",
    "UserApiKeyKeyType": ".user_api_key_key_type",
    "UserRole": ".user_role",
    "UserRoleAssignmentType": ".user_role_assignment_type",
    "UserSpaceRole": ".user_space_role",
    "UserStatus": ".user_status",
    "VertexAiConfig": ".vertex_ai_config",
    "VertexAiConfigProvider": ".vertex_ai_config_provider",
    "Webhook": ".webhook",
    "WebhookAuthType": ".webhook_auth_type",
    "WebhookDeliveryAttempt": ".webhook_delivery_attempt",
    "WebhookDeliveryAttemptPayload": ".webhook_delivery_attempt_payload",
    "WebhookEventType": ".webhook_event_type",
    "WebhookNotificationConfig": ".webhook_notification_config",
    "WebhookNotificationConfigType": ".webhook_notification_config_type",
    "WebhookSourceType": ".webhook_source_type",
    "WebhookSubscription": ".webhook_subscription",
    "WidgetCreationStatus": ".widget_creation_status",
    "WidgetFilter": ".widget_filter",
    "WidgetPlot": ".widget_plot",
    "WidgetPlotComparisonFixedReferenceValue": ".widget_plot_comparison_fixed_reference_value",
    "WidgetPlotComparisonFixedReferenceValueType": ".widget_plot_comparison_fixed_reference_value_type",
    "WidgetPlotComparisonMovingReferenceValue": ".widget_plot_comparison_moving_reference_value",
    "WidgetPlotComparisonMovingReferenceValueType": ".widget_plot_comparison_moving_reference_value_type",
    "WidgetPlotComparisonReferenceSource": ".widget_plot_comparison_reference_source",
    "WidgetSourceDataType": ".widget_source_data_type",
    "WidgetSourceFieldKind": ".widget_source_field_kind",
    "WidgetType": ".widget_type",
}

__all__ = (
    "AddAnnotationQueueRecordsRequest",
    "AddOrganizationUserRequest",
    "AddSpaceUserRequest",
    "AddTagsRequest",
    "AgentCallRunConfig",
    "AgentCallRunConfigExperimentType",
    "AgentCallRunConfigInputTemplate",
    "AgentCallRunConfigRequest",
    "AgentCallRunConfigRequestExperimentType",
    "AgentCallRunConfigRequestInputTemplate",
    "AgentConfig",
    "AgentConfigInputSchema",
    "AgentIntegration",
    "AgentIntegrationType",
    "AgentRequestPreset",
    "AgentRequestPresetConfig",
    "AiIntegration",
    "AiIntegrationAuthType",
    "AiIntegrationHeadersType0",
    "AiIntegrationProvider",
    "AiIntegrationScoping",
    "AiIntegrationScopingRequest",
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
    "AnnotationQueueExampleRecordInputRecordType",
    "AnnotationQueueRecord",
    "AnnotationQueueRecordData",
    "AnnotationQueueSessionRecordInput",
    "AnnotationQueueSessionRecordInputRecordType",
    "AnnotationQueueSourceType",
    "AnnotationQueueSpanRecordInput",
    "AnnotationQueueSpanRecordInputRecordType",
    "AnnotationQueueTraceRecordInput",
    "AnnotationQueueTraceRecordInputRecordType",
    "AnnotatorUser",
    "AnthropicConfig",
    "AnthropicConfigProvider",
    "AnthropicHeaders",
    "AnthropicHeadersRequest",
    "ApiKeyStatus",
    "ApiKeyType",
    "AssignAnnotationQueueRecordRequest",
    "AssignAnnotationQueueRecordResponse",
    "AssignmentMethod",
    "AuditLog",
    "AuditLogOperationType",
    "AwsBedrockBearerTokenAuth",
    "AwsBedrockBearerTokenAuthAuthType",
    "AwsBedrockConfig",
    "AwsBedrockConfigProvider",
    "AwsBedrockDefaultAuth",
    "AwsBedrockDefaultAuthAuthType",
    "AwsBedrockProxyWithHeadersAuth",
    "AwsBedrockProxyWithHeadersAuthAuthType",
    "AwsProviderMetadata",
    "AwsProviderMetadataKind",
    "AwsProviderMetadataRequest",
    "AzureParams",
    "AzureParamsRequest",
    "BarChartWidget",
    "BedrockOptions",
    "BedrockOptionsRequest",
    "CategoricalAnnotationConfig",
    "CategoricalAnnotationConfigType",
    "CategoricalAnnotationValue",
    "CategoricalAnnotationValueRequest",
    "ContinuousAnnotationConfig",
    "ContinuousAnnotationConfigType",
    "CreateAgentConfig",
    "CreateAgentConfigHeaders",
    "CreateAgentConfigInputSchema",
    "CreateAgentIntegrationRequest",
    "CreateAgentIntegrationRequestType",
    "CreateAgentRequestPresetInput",
    "CreateAgentRequestPresetInputConfig",
    "CreateAiIntegrationRequest",
    "CreateAiIntegrationRequestHeaders",
    "CreateAnnotationQueueRecordResponse",
    "CreateAnnotationQueueRequest",
    "CreateAnthropicConfig",
    "CreateAnthropicConfigProvider",
    "CreateAwsBedrockBearerTokenAuth",
    "CreateAwsBedrockBearerTokenAuthAuthType",
    "CreateAwsBedrockConfig",
    "CreateAwsBedrockConfigProvider",
    "CreateAwsBedrockDefaultAuth",
    "CreateAwsBedrockDefaultAuthAuthType",
    "CreateAwsBedrockProxyWithHeadersAuth",
    "CreateAwsBedrockProxyWithHeadersAuthAuthType",
    "CreateAwsBedrockProxyWithHeadersAuthHeaders",
    "CreateCategoricalAnnotationConfigRequest",
    "CreateCategoricalAnnotationConfigRequestAnnotationConfigType",
    "CreateCodeEvaluationTaskRequest",
    "CreateCodeEvaluationTaskRequestType",
    "CreateCodeEvaluatorVersionRequest",
    "CreateContinuousAnnotationConfigRequest",
    "CreateContinuousAnnotationConfigRequestAnnotationConfigType",
    "CreateCustomConfig",
    "CreateCustomConfigHeaders",
    "CreateCustomConfigProvider",
    "CreateCustomDefaultAuth",
    "CreateCustomDefaultAuthAuthType",
    "CreateCustomOauth2ClientCredentialsAuth",
    "CreateCustomOauth2ClientCredentialsAuthAuthType",
    "CreateDatasetRequest",
    "CreateDatasetRequestExamplesItem",
    "CreatedServiceApiKey",
    "CreatedServiceApiKeyKeyType",
    "CreatedServiceKeyBotUser",
    "CreatedUserApiKey",
    "CreatedUserApiKeyKeyType",
    "CreateEvaluatorIntegrationConfigInput",
    "CreateEvaluatorIntegrationConfigInputHeaders",
    "CreateEvaluatorIntegrationConfigInputInputSchema",
    "CreateEvaluatorIntegrationRequest",
    "CreateEvaluatorIntegrationRequestType",
    "CreateEvaluatorRequest",
    "CreateExperimentRequest",
    "CreateFireworksConfig",
    "CreateFireworksConfigProvider",
    "CreateFreeformAnnotationConfigRequest",
    "CreateFreeformAnnotationConfigRequestAnnotationConfigType",
    "CreateGeminiConfig",
    "CreateGeminiConfigProvider",
    "CreateLiteLlmConfig",
    "CreateLiteLlmConfigHeaders",
    "CreateLiteLlmConfigProvider",
    "CreateLlmIntegrationRequest",
    "CreateLlmIntegrationRequestType",
    "CreateNvidiaNimConfig",
    "CreateNvidiaNimConfigHeaders",
    "CreateNvidiaNimConfigProvider",
    "CreateOpenAiConfig",
    "CreateOpenAiConfigProvider",
    "CreateOrganizationRequest",
    "CreateProjectRequest",
    "CreatePromptRequest",
    "CreatePromptVersionRequest",
    "CreateRemoteEvaluatorVersionRequest",
    "CreateResourceRestrictionRequest",
    "CreateRoleBindingRequest",
    "CreateRoleRequest",
    "CreateRunExperimentTaskRequest",
    "CreateRunExperimentTaskRequestType",
    "CreateServiceApiKeyRequest",
    "CreateServiceApiKeyRequestKeyType",
    "CreateSpaceRequest",
    "CreateTagRequest",
    "CreateTemplateEvaluationTaskRequest",
    "CreateTemplateEvaluationTaskRequestType",
    "CreateTemplateEvaluatorVersionRequest",
    "CreateTogetherAiConfig",
    "CreateTogetherAiConfigProvider",
    "CreateUserApiKeyRequest",
    "CreateUserApiKeyRequestKeyType",
    "CreateUserRequest",
    "CreateUserResponse",
    "CreateVertexAiConfig",
    "CreateVertexAiConfigProvider",
    "CreateWebhookRequest",
    "CreateWebhookRequestHeaders",
    "CreateWebhookResponse",
    "CreateWebhookSubscriptionRequest",
    "CustomBaselineConfig",
    "CustomBaselineConfigType",
    "CustomCodeConfig",
    "CustomCodeConfigRequest",
    "CustomCodeConfigRequestType",
    "CustomCodeConfigType",
    "CustomConfig",
    "CustomConfigProvider",
    "CustomDefaultAuth",
    "CustomDefaultAuthAuthType",
    "CustomMetricMonitor",
    "CustomMetricMonitorType",
    "CustomOauth2ClientCredentialsAuth",
    "CustomOauth2ClientCredentialsAuthAuthType",
    "CustomRoleAssignment",
    "CustomRoleAssignmentRequest",
    "CustomUserRoleAssignment",
    "CustomUserRoleAssignmentRequest",
    "DataGranularity",
    "DataQualityMetric",
    "DataQualityMonitor",
    "DataQualityMonitorType",
    "Dataset",
    "DatasetColumnSourceField",
    "DatasetExample",
    "DatasetSource",
    "DatasetVersion",
    "DatasetVersionWithExampleIds",
    "DefaultAgentRuntime",
    "DefaultAgentRuntimeResponse",
    "DefaultLLMIntegration",
    "DefaultLLMIntegrationResponse",
    "DeleteAnnotationQueueRecordsRequest",
    "DeleteDatasetExamplesProblem",
    "DeleteDatasetExamplesRequest",
    "DeleteDatasetExamplesResponse",
    "DeleteEvaluatorVersionsRequest",
    "DeleteEvaluatorVersionsResponse",
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
    "DynamicRangeThresholdType",
    "DynamicSingleThreshold",
    "DynamicSingleThresholdType",
    "DynamicThresholdBound",
    "EmailNotificationConfig",
    "EmailNotificationConfigType",
    "Evaluation",
    "EvaluationMetadata",
    "Evaluator",
    "EvaluatorIntegration",
    "EvaluatorIntegrationConfig",
    "EvaluatorIntegrationConfigInputSchema",
    "EvaluatorIntegrationType",
    "EvaluatorLlmConfig",
    "EvaluatorLlmConfigRequest",
    "EvaluatorTemplate",
    "EvaluatorTemplateClassificationChoices",
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
    "ExperimentChartWidget",
    "ExperimentChartWidgetPlot",
    "ExperimentRun",
    "ExperimentRunInput",
    "ExperimentWithRunIds",
    "FilterOperator",
    "FireworksConfig",
    "FireworksConfigProvider",
    "FixedCustomBaselineWindow",
    "FixedCustomBaselineWindowType",
    "ForbiddenProblem",
    "FreeformAnnotationConfig",
    "FreeformAnnotationConfigType",
    "GcpProviderMetadata",
    "GcpProviderMetadataKind",
    "GcpProviderMetadataRequest",
    "GeminiConfig",
    "GeminiConfigProvider",
    "InputVariableFormat",
    "InsertDatasetExamplesRequest",
    "InsertDatasetExamplesRequestExamplesItem",
    "InsertExperimentRunsRequest",
    "IntegrationNotificationConfig",
    "IntegrationNotificationConfigType",
    "IntegrationScoping",
    "IntegrationScopingRequest",
    "IntegrationType",
    "InviteMode",
    "InvocationParams",
    "InvocationParamsRequest",
    "JsonSchemaConfig",
    "JsonSchemaConfigRequest",
    "JsonSchemaConfigRequestSchema",
    "JsonSchemaConfigSchema",
    "LineChartType",
    "LineChartWidget",
    "ListAiIntegrationsResponse",
    "ListAnnotationConfigsResponse",
    "ListAnnotationQueueRecordsResponse",
    "ListAnnotationQueuesResponse",
    "ListApiKeysResponse",
    "ListAuditLogsResponse",
    "ListDatasetExamplesResponse",
    "ListDatasetsResponse",
    "ListEvaluatorsResponse",
    "ListEvaluatorTemplatesResponse",
    "ListEvaluatorVersionsResponse",
    "ListExperimentRunsResponse",
    "ListExperimentsResponse",
    "ListIntegrationsResponse",
    "ListMonitorsResponse",
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
    "ListTagsResponse",
    "ListTaskRunsResponse",
    "ListTasksResponse",
    "ListTracesRequest",
    "ListTracesResponse",
    "ListUsersResponse",
    "ListWebhookDeliveryAttemptsResponse",
    "ListWebhooksResponse",
    "ListWebhookSubscriptionsResponse",
    "LiteLlmConfig",
    "LiteLlmConfigProvider",
    "LlmGenerationRunConfig",
    "LlmGenerationRunConfigExperimentType",
    "LlmGenerationRunConfigProviderParameters",
    "LlmGenerationRunConfigRequest",
    "LlmGenerationRunConfigRequestExperimentType",
    "LlmGenerationRunConfigRequestProviderParameters",
    "LlmIntegration",
    "LlmIntegrationProvider",
    "LlmIntegrationType",
    "LLMMessage",
    "LLMMessageRequest",
    "LlmProvider",
    "ManagedCodeConfig",
    "ManagedCodeConfigRequest",
    "ManagedCodeConfigRequestType",
    "ManagedCodeConfigType",
    "ManagedCodeEvaluator",
    "ManualRangeThreshold",
    "ManualRangeThresholdType",
    "ManualSingleThreshold",
    "ManualSingleThresholdType",
    "ManualThresholdBound",
    "MessageRole",
    "ModelBaselineConfig",
    "ModelBaselineConfigType",
    "MonitorBase",
    "MonitorFilter",
    "MonitorStatus",
    "MonitorType",
    "MovingCustomBaselineWindow",
    "MovingCustomBaselineWindowType",
    "NestedJsonFieldSourceField",
    "NvidiaNimConfig",
    "NvidiaNimConfigProvider",
    "OpenAiConfig",
    "OpenAiConfigProvider",
    "OptimizationDirection",
    "Organization",
    "OrganizationCustomRoleAssignment",
    "OrganizationCustomRoleAssignmentRequest",
    "OrganizationMembership",
    "OrganizationPredefinedRoleAssignment",
    "OrganizationPredefinedRoleAssignmentRequest",
    "OrganizationRole",
    "OrganizationRoleAssignmentType",
    "PaginationMetadata",
    "PerformanceMetric",
    "PerformanceMonitor",
    "PerformanceMonitorType",
    "Permission",
    "PivotTableColumn",
    "PivotTableWidget",
    "PredefinedRoleAssignment",
    "PredefinedRoleAssignmentRequest",
    "PredefinedUserRoleAssignment",
    "PredefinedUserRoleAssignmentRequest",
    "Problem",
    "Project",
    "ProjectType",
    "Prompt",
    "PromptVersion",
    "PromptVersionCreateRequest",
    "PromptWithVersion",
    "ProviderParams",
    "ProviderParamsRequest",
    "RecordGranularity",
    "RefreshApiKeyRequest",
    "RefreshApiKeyResponse",
    "RemoteConfig",
    "RemoteConfigInput",
    "RemoveTagsRequest",
    "RemoveTagsResponse",
    "ResourceRestriction",
    "ResourceRestrictionType",
    "ResponseFormat",
    "ResponseFormatRequest",
    "ResponseFormatType",
    "Role",
    "RoleBinding",
    "RoleBindingResourceType",
    "ScheduledRuntimeConfig",
    "SearchDatasetExamplesRequest",
    "SearchExperimentRunsRequest",
    "ServiceApiKey",
    "ServiceApiKeyKeyType",
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
    "SpanEvaluatorInput",
    "SpanEvaluatorInputColumnMappings",
    "SpanEvent",
    "SpanEventAttributes",
    "SpanKind",
    "SpanStatusCode",
    "StaticParam",
    "StaticParamRequest",
    "StaticParamType",
    "StatisticWidget",
    "Tag",
    "TagColor",
    "Task",
    "TaskEvaluator",
    "TaskEvaluatorColumnMappingsType0",
    "TaskQueryFilter",
    "TaskQueryFilterInput",
    "TaskQueryFilters",
    "TaskQueryFiltersInput",
    "TaskQueryMapping",
    "TaskQueryMappingInput",
    "TaskRun",
    "TaskRunStatus",
    "TaskType",
    "TemplateConfig",
    "TemplateConfigClassificationChoicesType0",
    "TemplateConfigInput",
    "TemplateConfigInputClassificationChoicesType0",
    "TemplateEvaluationRunConfig",
    "TemplateEvaluationRunConfigClassificationChoices",
    "TemplateEvaluationRunConfigColumnMapping",
    "TemplateEvaluationRunConfigExperimentType",
    "TemplateEvaluationRunConfigProviderParameters",
    "TemplateEvaluationRunConfigRequest",
    "TemplateEvaluationRunConfigRequestClassificationChoices",
    "TemplateEvaluationRunConfigRequestColumnMapping",
    "TemplateEvaluationRunConfigRequestExperimentType",
    "TemplateEvaluationRunConfigRequestProviderParameters",
    "TestWebhookResponse",
    "TextWidget",
    "ThresholdCalculation",
    "ThresholdOperator",
    "TogetherAiConfig",
    "TogetherAiConfigProvider",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallFunctionRequest",
    "ToolCallRequest",
    "ToolCallType",
    "ToolConfig",
    "ToolConfigRequest",
    "ToolConfigRequestToolsItem",
    "ToolConfigToolsItem",
    "Trace",
    "TraceOrSessionEvaluatorInput",
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
    "UpdateAgentIntegrationRequestType",
    "UpdateAgentRequestPresetInput",
    "UpdateAgentRequestPresetInputConfig",
    "UpdateAiIntegrationRequest",
    "UpdateAiIntegrationRequestHeadersType0",
    "UpdateAnnotationQueueRequest",
    "UpdateCategoricalAnnotationConfigRequest",
    "UpdateCategoricalAnnotationConfigRequestAnnotationConfigType",
    "UpdateContinuousAnnotationConfigRequest",
    "UpdateContinuousAnnotationConfigRequestAnnotationConfigType",
    "UpdateDatasetExampleInput",
    "UpdateDatasetExamplesRequest",
    "UpdateDatasetRequest",
    "UpdateEvaluationTaskRequest",
    "UpdateEvaluatorIntegrationConfigInput",
    "UpdateEvaluatorIntegrationConfigInputHeadersType0",
    "UpdateEvaluatorIntegrationConfigInputInputSchema",
    "UpdateEvaluatorIntegrationRequest",
    "UpdateEvaluatorIntegrationRequestType",
    "UpdateEvaluatorRequest",
    "UpdateFreeformAnnotationConfigRequest",
    "UpdateFreeformAnnotationConfigRequestAnnotationConfigType",
    "UpdateLlmConfig",
    "UpdateLlmConfigHeadersType0",
    "UpdateLlmIntegrationRequest",
    "UpdateLlmIntegrationRequestType",
    "UpdateOrganizationRequest",
    "UpdateProjectRequest",
    "UpdatePromptRequest",
    "UpdateRoleBindingRequest",
    "UpdateRoleRequest",
    "UpdateRunExperimentTaskRequest",
    "UpdateSpaceRequest",
    "UpdateTagRequest",
    "UpdateUserRequest",
    "UpdateWebhookRequest",
    "UpdateWebhookRequestHeaders",
    "UpgradePlan",
    "User",
    "UserApiKey",
    "UserApiKeyKeyType",
    "UserRole",
    "UserRoleAssignmentType",
    "UserSpaceRole",
    "UserStatus",
    "VertexAiConfig",
    "VertexAiConfigProvider",
    "Webhook",
    "WebhookAuthType",
    "WebhookDeliveryAttempt",
    "WebhookDeliveryAttemptPayload",
    "WebhookEventType",
    "WebhookNotificationConfig",
    "WebhookNotificationConfigType",
    "WebhookSourceType",
    "WebhookSubscription",
    "WidgetCreationStatus",
    "WidgetFilter",
    "WidgetPlot",
    "WidgetPlotComparisonFixedReferenceValue",
    "WidgetPlotComparisonFixedReferenceValueType",
    "WidgetPlotComparisonMovingReferenceValue",
    "WidgetPlotComparisonMovingReferenceValueType",
    "WidgetPlotComparisonReferenceSource",
    "WidgetSourceDataType",
    "WidgetSourceFieldKind",
    "WidgetType",
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
