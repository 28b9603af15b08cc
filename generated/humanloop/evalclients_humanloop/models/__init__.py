"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_evaluators_request import AddEvaluatorsRequest
    from .add_logs_to_run_request import AddLogsToRunRequest
    from .body_upload_csv_datasets_id_datapoints_csv_post import (
        BodyUploadCsvDatasetsIdDatapointsCsvPost,
    )
    from .boolean_evaluator_stats_response import BooleanEvaluatorStatsResponse
    from .chat_message import ChatMessage
    from .chat_role import ChatRole
    from .chat_tool_type import ChatToolType
    from .code_evaluator_request import CodeEvaluatorRequest
    from .code_evaluator_request_attributes import CodeEvaluatorRequestAttributes
    from .code_evaluator_request_evaluator_type import CodeEvaluatorRequestEvaluatorType
    from .commit_request import CommitRequest
    from .create_datapoint_request import CreateDatapointRequest
    from .create_datapoint_request_inputs import CreateDatapointRequestInputs
    from .create_datapoint_request_target import CreateDatapointRequestTarget
    from .create_datapoint_request_target_additional_property_type_5 import (
        CreateDatapointRequestTargetAdditionalPropertyType5,
    )
    from .create_directory_request import CreateDirectoryRequest
    from .create_evaluation_request import CreateEvaluationRequest
    from .create_evaluator_log_request import CreateEvaluatorLogRequest
    from .create_evaluator_log_request_inputs import CreateEvaluatorLogRequestInputs
    from .create_evaluator_log_request_metadata import CreateEvaluatorLogRequestMetadata
    from .create_evaluator_log_request_provider_request import (
        CreateEvaluatorLogRequestProviderRequest,
    )
    from .create_evaluator_log_request_provider_response import (
        CreateEvaluatorLogRequestProviderResponse,
    )
    from .create_evaluator_log_response import CreateEvaluatorLogResponse
    from .create_flow_log_response import CreateFlowLogResponse
    from .create_prompt_log_response import CreatePromptLogResponse
    from .create_run_request import CreateRunRequest
    from .create_tool_log_response import CreateToolLogResponse
    from .dashboard_configuration import DashboardConfiguration
    from .datapoint_response import DatapointResponse
    from .datapoint_response_inputs import DatapointResponseInputs
    from .datapoint_response_target import DatapointResponseTarget
    from .datapoint_response_target_additional_property_type_5 import (
        DatapointResponseTargetAdditionalPropertyType5,
    )
    from .dataset_response import DatasetResponse
    from .dataset_response_attributes import DatasetResponseAttributes
    from .dataset_response_type import DatasetResponseType
    from .datasets_request import DatasetsRequest
    from .datasets_request_attributes import DatasetsRequestAttributes
    from .directory_response import DirectoryResponse
    from .directory_with_parents_and_children_response import (
        DirectoryWithParentsAndChildrenResponse,
    )
    from .environment_response import EnvironmentResponse
    from .environment_tag import EnvironmentTag
    from .evaluatee_request import EvaluateeRequest
    from .evaluatee_response import EvaluateeResponse
    from .evaluation_evaluator_response import EvaluationEvaluatorResponse
    from .evaluation_log_response import EvaluationLogResponse
    from .evaluation_response import EvaluationResponse
    from .evaluation_run_response import EvaluationRunResponse
    from .evaluation_runs_response import EvaluationRunsResponse
    from .evaluation_stats import EvaluationStats
    from .evaluation_status import EvaluationStatus
    from .evaluations_dataset_request import EvaluationsDatasetRequest
    from .evaluations_request import EvaluationsRequest
    from .evaluator_activation_deactivation_request import EvaluatorActivationDeactivationRequest
    from .evaluator_aggregate import EvaluatorAggregate
    from .evaluator_arguments_type import EvaluatorArgumentsType
    from .evaluator_file_id import EvaluatorFileId
    from .evaluator_file_path import EvaluatorFilePath
    from .evaluator_judgment_number_limit import EvaluatorJudgmentNumberLimit
    from .evaluator_judgment_option_response import EvaluatorJudgmentOptionResponse
    from .evaluator_log_response import EvaluatorLogResponse
    from .evaluator_log_response_inputs import EvaluatorLogResponseInputs
    from .evaluator_log_response_metadata import EvaluatorLogResponseMetadata
    from .evaluator_log_response_provider_request import EvaluatorLogResponseProviderRequest
    from .evaluator_log_response_provider_response import EvaluatorLogResponseProviderResponse
    from .evaluator_response import EvaluatorResponse
    from .evaluator_response_attributes import EvaluatorResponseAttributes
    from .evaluator_response_type import EvaluatorResponseType
    from .evaluator_return_type_enum import EvaluatorReturnTypeEnum
    from .evaluator_version_id import EvaluatorVersionId
    from .evaluators_request import EvaluatorsRequest
    from .external_evaluator_request import ExternalEvaluatorRequest
    from .external_evaluator_request_attributes import ExternalEvaluatorRequestAttributes
    from .external_evaluator_request_evaluator_type import ExternalEvaluatorRequestEvaluatorType
    from .file_environment_response import FileEnvironmentResponse
    from .file_id import FileId
    from .file_path import FilePath
    from .file_request import FileRequest
    from .file_type import FileType
    from .files_tool_type import FilesToolType
    from .flow_kernel_request import FlowKernelRequest
    from .flow_kernel_request_attributes import FlowKernelRequestAttributes
    from .flow_log_request import FlowLogRequest
    from .flow_log_request_inputs import FlowLogRequestInputs
    from .flow_log_request_metadata import FlowLogRequestMetadata
    from .flow_log_request_provider_request import FlowLogRequestProviderRequest
    from .flow_log_request_provider_response import FlowLogRequestProviderResponse
    from .flow_log_response import FlowLogResponse
    from .flow_log_response_inputs import FlowLogResponseInputs
    from .flow_log_response_metadata import FlowLogResponseMetadata
    from .flow_log_response_provider_request import FlowLogResponseProviderRequest
    from .flow_log_response_provider_response import FlowLogResponseProviderResponse
    from .flow_request import FlowRequest
    from .flow_request_attributes import FlowRequestAttributes
    from .flow_response import FlowResponse
    from .flow_response_attributes import FlowResponseAttributes
    from .flow_response_type import FlowResponseType
    from .function_tool import FunctionTool
    from .function_tool_choice import FunctionToolChoice
    from .http_validation_error import HTTPValidationError
    from .human_evaluator_request import HumanEvaluatorRequest
    from .human_evaluator_request_attributes import HumanEvaluatorRequestAttributes
    from .human_evaluator_request_evaluator_type import HumanEvaluatorRequestEvaluatorType
    from .human_evaluator_request_return_type import HumanEvaluatorRequestReturnType
    from .image_chat_content import ImageChatContent
    from .image_chat_content_type import ImageChatContentType
    from .image_url import ImageUrl
    from .image_url_image_detail_level import ImageUrlImageDetailLevel
    from .input_response import InputResponse
    from .linked_tool_response import LinkedToolResponse
    from .linked_tool_response_tool_parameters import LinkedToolResponseToolParameters
    from .list_datasets import ListDatasets
    from .list_evaluators import ListEvaluators
    from .list_flows import ListFlows
    from .list_prompts import ListPrompts
    from .list_tools import ListTools
    from .llm_evaluator_request import LLMEvaluatorRequest
    from .llm_evaluator_request_attributes import LLMEvaluatorRequestAttributes
    from .llm_evaluator_request_evaluator_type import LLMEvaluatorRequestEvaluatorType
    from .model_endpoints import ModelEndpoints
    from .model_providers import ModelProviders
    from .monitoring_evaluator_environment_request import MonitoringEvaluatorEnvironmentRequest
    from .monitoring_evaluator_response import MonitoringEvaluatorResponse
    from .monitoring_evaluator_state import MonitoringEvaluatorState
    from .monitoring_evaluator_version_request import MonitoringEvaluatorVersionRequest
    from .numeric_evaluator_stats_response import NumericEvaluatorStatsResponse
    from .numeric_evaluator_stats_response_percentiles import (
        NumericEvaluatorStatsResponsePercentiles,
    )
    from .observability_status import ObservabilityStatus
    from .overall_stats import OverallStats
    from .paginated_data_datapoint_response import PaginatedDataDatapointResponse
    from .paginated_data_dataset_response import PaginatedDataDatasetResponse
    from .paginated_data_evaluation_log_response import PaginatedDataEvaluationLogResponse
    from .paginated_data_evaluator_response import PaginatedDataEvaluatorResponse
    from .paginated_data_flow_response import PaginatedDataFlowResponse
    from .paginated_data_log_response import PaginatedDataLogResponse
    from .paginated_data_prompt_response import PaginatedDataPromptResponse
    from .paginated_data_tool_response import PaginatedDataToolResponse
    from .paginated_data_union_prompt_response_tool_response_dataset_response_evaluator_response_flow_response import (
        PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse,
    )
    from .paginated_evaluation_response import PaginatedEvaluationResponse
    from .platform_access_enum import PlatformAccessEnum
    from .project_sort_by import ProjectSortBy
    from .prompt_call_log_response import PromptCallLogResponse
    from .prompt_call_request import PromptCallRequest
    from .prompt_call_request_inputs import PromptCallRequestInputs
    from .prompt_call_request_metadata import PromptCallRequestMetadata
    from .prompt_call_request_tool_choice_type_0 import PromptCallRequestToolChoiceType0
    from .prompt_call_request_tool_choice_type_1 import PromptCallRequestToolChoiceType1
    from .prompt_call_request_tool_choice_type_2 import PromptCallRequestToolChoiceType2
    from .prompt_call_response import PromptCallResponse
    from .prompt_call_response_inputs import PromptCallResponseInputs
    from .prompt_call_response_metadata import PromptCallResponseMetadata
    from .prompt_call_response_tool_choice_type_0 import PromptCallResponseToolChoiceType0
    from .prompt_call_response_tool_choice_type_1 import PromptCallResponseToolChoiceType1
    from .prompt_call_response_tool_choice_type_2 import PromptCallResponseToolChoiceType2
    from .prompt_call_stream_response import PromptCallStreamResponse
    from .prompt_kernel_request import PromptKernelRequest
    from .prompt_kernel_request_attributes import PromptKernelRequestAttributes
    from .prompt_kernel_request_other_provider_parameters import (
        PromptKernelRequestOtherProviderParameters,
    )
    from .prompt_log_request import PromptLogRequest
    from .prompt_log_request_inputs import PromptLogRequestInputs
    from .prompt_log_request_metadata import PromptLogRequestMetadata
    from .prompt_log_request_provider_request import PromptLogRequestProviderRequest
    from .prompt_log_request_provider_response import PromptLogRequestProviderResponse
    from .prompt_log_request_tool_choice_type_0 import PromptLogRequestToolChoiceType0
    from .prompt_log_request_tool_choice_type_1 import PromptLogRequestToolChoiceType1
    from .prompt_log_request_tool_choice_type_2 import PromptLogRequestToolChoiceType2
    from .prompt_log_response import PromptLogResponse
    from .prompt_log_response_inputs import PromptLogResponseInputs
    from .prompt_log_response_metadata import PromptLogResponseMetadata
    from .prompt_log_response_provider_request import PromptLogResponseProviderRequest
    from .prompt_log_response_provider_response import PromptLogResponseProviderResponse
    from .prompt_log_response_tool_choice_type_0 import PromptLogResponseToolChoiceType0
    from .prompt_log_response_tool_choice_type_1 import PromptLogResponseToolChoiceType1
    from .prompt_log_response_tool_choice_type_2 import PromptLogResponseToolChoiceType2
    from .prompt_log_update_request import PromptLogUpdateRequest
    from .prompt_log_update_request_inputs import PromptLogUpdateRequestInputs
    from .prompt_log_update_request_metadata import PromptLogUpdateRequestMetadata
    from .prompt_log_update_request_provider_request import PromptLogUpdateRequestProviderRequest
    from .prompt_log_update_request_provider_response import PromptLogUpdateRequestProviderResponse
    from .prompt_log_update_request_tool_choice_type_0 import PromptLogUpdateRequestToolChoiceType0
    from .prompt_log_update_request_tool_choice_type_1 import PromptLogUpdateRequestToolChoiceType1
    from .prompt_log_update_request_tool_choice_type_2 import PromptLogUpdateRequestToolChoiceType2
    from .prompt_request import PromptRequest
    from .prompt_request_attributes import PromptRequestAttributes
    from .prompt_request_other_provider_parameters import PromptRequestOtherProviderParameters
    from .prompt_response import PromptResponse
    from .prompt_response_attributes import PromptResponseAttributes
    from .prompt_response_other_provider_parameters import PromptResponseOtherProviderParameters
    from .prompt_response_type import PromptResponseType
    from .provider_api_keys import ProviderApiKeys
    from .response_format import ResponseFormat
    from .response_format_json_schema import ResponseFormatJSONSchema
    from .response_format_type_type_0 import ResponseFormatTypeType0
    from .response_format_type_type_1 import ResponseFormatTypeType1
    from .run_stats_response import RunStatsResponse
    from .select_evaluator_stats_response import SelectEvaluatorStatsResponse
    from .select_evaluator_stats_response_number_of_judgments import (
        SelectEvaluatorStatsResponseNumberOfJudgments,
    )
    from .sort_order import SortOrder
    from .text_chat_content import TextChatContent
    from .text_chat_content_type import TextChatContentType
    from .text_evaluator_stats_response import TextEvaluatorStatsResponse
    from .time_unit import TimeUnit
    from .tool_call import ToolCall
    from .tool_choice import ToolChoice
    from .tool_function import ToolFunction
    from .tool_function_tool_parameters import ToolFunctionToolParameters
    from .tool_kernel_request import ToolKernelRequest
    from .tool_kernel_request_attributes import ToolKernelRequestAttributes
    from .tool_kernel_request_setup_values import ToolKernelRequestSetupValues
    from .tool_log_request import ToolLogRequest
    from .tool_log_request_inputs import ToolLogRequestInputs
    from .tool_log_request_metadata import ToolLogRequestMetadata
    from .tool_log_request_provider_request import ToolLogRequestProviderRequest
    from .tool_log_request_provider_response import ToolLogRequestProviderResponse
    from .tool_log_response import ToolLogResponse
    from .tool_log_response_inputs import ToolLogResponseInputs
    from .tool_log_response_metadata import ToolLogResponseMetadata
    from .tool_log_response_provider_request import ToolLogResponseProviderRequest
    from .tool_log_response_provider_response import ToolLogResponseProviderResponse
    from .tool_log_update_request import ToolLogUpdateRequest
    from .tool_log_update_request_inputs import ToolLogUpdateRequestInputs
    from .tool_log_update_request_metadata import ToolLogUpdateRequestMetadata
    from .tool_log_update_request_provider_request import ToolLogUpdateRequestProviderRequest
    from .tool_log_update_request_provider_response import ToolLogUpdateRequestProviderResponse
    from .tool_request import ToolRequest
    from .tool_request_attributes import ToolRequestAttributes
    from .tool_request_setup_values import ToolRequestSetupValues
    from .tool_response import ToolResponse
    from .tool_response_attributes import ToolResponseAttributes
    from .tool_response_setup_values import ToolResponseSetupValues
    from .tool_response_type import ToolResponseType
    from .trace_status import TraceStatus
    from .update_dataset_request import UpdateDatasetRequest
    from .update_dateset_action import UpdateDatesetAction
    from .update_directory_request import UpdateDirectoryRequest
    from .update_evaluation_run_request import UpdateEvaluationRunRequest
    from .update_evaluator_request import UpdateEvaluatorRequest
    from .update_flow_request import UpdateFlowRequest
    from .update_prompt_request import UpdatePromptRequest
    from .update_tool_request import UpdateToolRequest
    from .update_trace_request import UpdateTraceRequest
    from .update_trace_request_inputs import UpdateTraceRequestInputs
    from .user_response import UserResponse
    from .valence import Valence
    from .validation_error import ValidationError
    from .version_deployment_response import VersionDeploymentResponse
    from .version_deployment_response_type import VersionDeploymentResponseType
    from .version_id import VersionId
    from .version_id_response import VersionIdResponse
    from .version_id_response_type import VersionIdResponseType
    from .version_stats_response import VersionStatsResponse
    from .version_status import VersionStatus

_MODULES: dict[str, str] = {
    "AddEvaluatorsRequest": ".add_evaluators_request",
    "AddLogsToRunRequest": ".add_logs_to_run_request",
    "BodyUploadCsvDatasetsIdDatapointsCsvPost": ".body_upload_csv_datasets_id_datapoints_csv_post",
    "BooleanEvaluatorStatsResponse": ".boolean_evaluator_stats_response",
    "ChatMessage": ".chat_message",
    "ChatRole": ".chat_role",
    "ChatToolType": ".chat_tool_type",
    "CodeEvaluatorRequest": ".code_evaluator_request",
    "CodeEvaluatorRequestAttributes": ".code_evaluator_request_attributes",
    "CodeEvaluatorRequestEvaluatorType": ".code_evaluator_request_evaluator_type",
    "CommitRequest": ".commit_request",
    "CreateDatapointRequest": ".create_datapoint_request",
    "CreateDatapointRequestInputs": ".create_datapoint_request_inputs",
    "CreateDatapointRequestTarget": ".create_datapoint_request_target",
    "CreateDatapointRequestTargetAdditionalPropertyType5": ".create_datapoint_request_target_additional_property_type_5",
    "CreateDirectoryRequest": ".create_directory_request",
    "CreateEvaluationRequest": ".create_evaluation_request",
    "CreateEvaluatorLogRequest": ".create_evaluator_log_request",
    "CreateEvaluatorLogRequestInputs": ".create_evaluator_log_request_inputs",
    "CreateEvaluatorLogRequestMetadata": ".create_evaluator_log_request_metadata",
    "CreateEvaluatorLogRequestProviderRequest": ".create_evaluator_log_request_provider_request",
    "CreateEvaluatorLogRequestProviderResponse": ".create_evaluator_log_request_provider_response",
    "CreateEvaluatorLogResponse": ".create_evaluator_log_response",
    "CreateFlowLogResponse": ".create_flow_log_response",
    "CreatePromptLogResponse": ".create_prompt_log_response",
    "CreateRunRequest": ".create_run_request",
    "CreateToolLogResponse": ".create_tool_log_response",
    "DashboardConfiguration": ".dashboard_configuration",
    "DatapointResponse": ".datapoint_response",
    "DatapointResponseInputs": ".datapoint_response_inputs",
    "DatapointResponseTarget": ".datapoint_response_target",
    "DatapointResponseTargetAdditionalPropertyType5": ".datapoint_response_target_additional_property_type_5",
    "DatasetResponse": ".dataset_response",
    "DatasetResponseAttributes": ".dataset_response_attributes",
    "DatasetResponseType": ".dataset_response_type",
    "DatasetsRequest": ".datasets_request",
    "DatasetsRequestAttributes": ".datasets_request_attributes",
    "DirectoryResponse": ".directory_response",
    "DirectoryWithParentsAndChildrenResponse": ".directory_with_parents_and_children_response",
    "EnvironmentResponse": ".environment_response",
    "EnvironmentTag": ".environment_tag",
    "EvaluateeRequest": ".evaluatee_request",
    "EvaluateeResponse": ".evaluatee_response",
    "EvaluationEvaluatorResponse": ".evaluation_evaluator_response",
    "EvaluationLogResponse": ".evaluation_log_response",
    "EvaluationResponse": ".evaluation_response",
    "EvaluationRunResponse": ".evaluation_run_response",
    "EvaluationRunsResponse": ".evaluation_runs_response",
    "EvaluationStats": ".evaluation_stats",
    "EvaluationStatus": ".evaluation_status",
    "EvaluationsDatasetRequest": ".evaluations_dataset_request",
    "EvaluationsRequest": ".evaluations_request",
    "EvaluatorActivationDeactivationRequest": ".evaluator_activation_deactivation_request",
    "EvaluatorAggregate": ".evaluator_aggregate",
    "EvaluatorArgumentsType": ".evaluator_arguments_type",
    "EvaluatorFileId": ".evaluator_file_id",
    "EvaluatorFilePath": ".evaluator_file_path",
    "EvaluatorJudgmentNumberLimit": ".evaluator_judgment_number_limit",
    "EvaluatorJudgmentOptionResponse": ".evaluator_judgment_option_response",
    "EvaluatorLogResponse": ".evaluator_log_response",
    "EvaluatorLogResponseInputs": ".evaluator_log_response_inputs",
    "EvaluatorLogResponseMetadata": ".evaluator_log_response_metadata",
    "EvaluatorLogResponseProviderRequest": ".evaluator_log_response_provider_request",
    "EvaluatorLogResponseProviderResponse": ".evaluator_log_response_provider_response",
    "EvaluatorResponse": ".evaluator_response",
    "EvaluatorResponseAttributes": ".evaluator_response_attributes",
    "EvaluatorResponseType": ".evaluator_response_type",
    "EvaluatorReturnTypeEnum": ".evaluator_return_type_enum",
    "EvaluatorVersionId": ".evaluator_version_id",
    "EvaluatorsRequest": ".evaluators_request",
    "ExternalEvaluatorRequest": ".external_evaluator_request",
    "ExternalEvaluatorRequestAttributes": ".external_evaluator_request_attributes",
    "ExternalEvaluatorRequestEvaluatorType": ".external_evaluator_request_evaluator_type",
    "FileEnvironmentResponse": ".file_environment_response",
    "FileId": ".file_id",
    "FilePath": ".file_path",
    "FileRequest": ".file_request",
    "FileType": ".file_type",
    "FilesToolType": ".files_tool_type",
    "FlowKernelRequest": ".flow_kernel_request",
    "FlowKernelRequestAttributes": ".flow_kernel_request_attributes",
    "FlowLogRequest": ".flow_log_request",
    "FlowLogRequestInputs": ".flow_log_request_inputs",
    "FlowLogRequestMetadata": ".flow_log_request_metadata",
    "FlowLogRequestProviderRequest": ".flow_log_request_provider_request",
    "FlowLogRequestProviderResponse": ".flow_log_request_provider_response",
    "FlowLogResponse": ".flow_log_response",
    "FlowLogResponseInputs": ".flow_log_response_inputs",
    "FlowLogResponseMetadata": ".flow_log_response_metadata",
    "FlowLogResponseProviderRequest": ".flow_log_response_provider_request",
    "FlowLogResponseProviderResponse": ".flow_log_response_provider_response",
    "FlowRequest": ".flow_request",
    "FlowRequestAttributes": ".flow_request_attributes",
    "FlowResponse": ".flow_response",
    "FlowResponseAttributes": ".flow_response_attributes",
    "FlowResponseType": ".flow_response_type",
    "FunctionTool": ".function_tool",
    "FunctionToolChoice": ".function_tool_choice",
    "HTTPValidationError": ".http_validation_error",
    "HumanEvaluatorRequest": ".human_evaluator_request",
    "HumanEvaluatorRequestAttributes": ".human_evaluator_request_attributes",
    "HumanEvaluatorRequestEvaluatorType": ".human_evaluator_request_evaluator_type",
    "HumanEvaluatorRequestReturnType": ".human_evaluator_request_return_type",
    "ImageChatContent": ".image_chat_content",
    "ImageChatContentType": ".image_chat_content_type",
    "ImageUrl": ".image_url",
    "ImageUrlImageDetailLevel": ".image_url_image_detail_level",
    "InputResponse": ".input_response",
    "LinkedToolResponse": ".linked_tool_response",
    "LinkedToolResponseToolParameters": ".linked_tool_response_tool_parameters",
    "ListDatasets": ".list_datasets",
    "ListEvaluators": ".list_evaluators",
    "ListFlows": ".list_flows",
    "ListPrompts": ".list_prompts",
    "ListTools": ".list_tools",
    "LLMEvaluatorRequest": ".llm_evaluator_request",
    "LLMEvaluatorRequestAttributes": ".llm_evaluator_request_attributes",
    "LLMEvaluatorRequestEvaluatorType": ".llm_evaluator_request_evaluator_type",
    "ModelEndpoints": ".model_endpoints",
    "ModelProviders": ".model_providers",
    "MonitoringEvaluatorEnvironmentRequest": ".monitoring_evaluator_environment_request",
    "MonitoringEvaluatorResponse": ".monitoring_evaluator_response",
    "MonitoringEvaluatorState": ".monitoring_evaluator_state",
    "MonitoringEvaluatorVersionRequest": ".monitoring_evaluator_version_request",
    "NumericEvaluatorStatsResponse": ".numeric_evaluator_stats_response",
    "NumericEvaluatorStatsResponsePercentiles": ".numeric_evaluator_stats_response_percentiles",
    "ObservabilityStatus": ".observability_status",
    "OverallStats": ".overall_stats",
    "PaginatedDataDatapointResponse": ".paginated_data_datapoint_response",
    "PaginatedDataDatasetResponse": ".paginated_data_dataset_response",
    "PaginatedDataEvaluationLogResponse": ".paginated_data_evaluation_log_response",
    "PaginatedDataEvaluatorResponse": ".paginated_data_evaluator_response",
    "PaginatedDataFlowResponse": ".paginated_data_flow_response",
    "PaginatedDataLogResponse": ".paginated_data_log_response",
    "PaginatedDataPromptResponse": ".paginated_data_prompt_response",
    "PaginatedDataToolResponse": ".paginated_data_tool_response",
    "PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse": ".paginated_data_union_prompt_response_tool_response_dataset_response_evaluator_response_flow_response",
    "PaginatedEvaluationResponse": ".paginated_evaluation_response",
    "PlatformAccessEnum": ".platform_access_enum",
    "ProjectSortBy": ".project_sort_by",
    "PromptCallLogResponse": ".prompt_call_log_response",
    "PromptCallRequest": ".prompt_call_request",
    "PromptCallRequestInputs": ".prompt_call_request_inputs",
    "PromptCallRequestMetadata": ".prompt_call_request_metadata",
    "PromptCallRequestToolChoiceType0": ".prompt_call_request_tool_choice_type_0",
    "PromptCallRequestToolChoiceType1": ".prompt_call_request_tool_choice_type_1",
    "PromptCallRequestToolChoiceType2": ".prompt_call_request_tool_choice_type_2",
    "PromptCallResponse": ".prompt_call_response",
    "PromptCallResponseInputs": ".prompt_call_response_inputs",
    "PromptCallResponseMetadata": ".prompt_call_response_metadata",
    "PromptCallResponseToolChoiceType0": ".prompt_call_response_tool_choice_type_0",
    "PromptCallResponseToolChoiceType1": ".prompt_call_response_tool_choice_type_1",
    "PromptCallResponseToolChoiceType2": ".prompt_call_response_tool_choice_type_2",
    "PromptCallStreamResponse": ".prompt_call_stream_response",
    "PromptKernelRequest": ".prompt_kernel_request",
    "PromptKernelRequestAttributes": ".prompt_kernel_request_attributes",
    "PromptKernelRequestOtherProviderParameters": ".prompt_kernel_request_other_provider_parameters",
    "PromptLogRequest": ".prompt_log_request",
    "PromptLogRequestInputs": ".prompt_log_request_inputs",
    "PromptLogRequestMetadata": ".prompt_log_request_metadata",
    "PromptLogRequestProviderRequest": ".prompt_log_request_provider_request",
    "PromptLogRequestProviderResponse": ".prompt_log_request_provider_response",
    "PromptLogRequestToolChoiceType0": ".prompt_log_request_tool_choice_type_0",
    "PromptLogRequestToolChoiceType1": ".prompt_log_request_tool_choice_type_1",
    "PromptLogRequestToolChoiceType2": ".prompt_log_request_tool_choice_type_2",
    "PromptLogResponse": ".prompt_log_response",
    "PromptLogResponseInputs": ".prompt_log_response_inputs",
    "PromptLogResponseMetadata": ".prompt_log_response_metadata",
    "PromptLogResponseProviderRequest": ".prompt_log_response_provider_request",
    "PromptLogResponseProviderResponse": ".prompt_log_response_provider_response",
    "PromptLogResponseToolChoiceType0": ".prompt_log_response_tool_choice_type_0",
    "PromptLogResponseToolChoiceType1": ".prompt_log_response_tool_choice_type_1",
    "PromptLogResponseToolChoiceType2": ".prompt_log_response_tool_choice_type_2",
    "PromptLogUpdateRequest": ".prompt_log_update_request",
    "PromptLogUpdateRequestInputs": ".prompt_log_update_request_inputs",
    "PromptLogUpdateRequestMetadata": ".prompt_log_update_request_metadata",
    "PromptLogUpdateRequestProviderRequest": ".prompt_log_update_request_provider_request",
    "PromptLogUpdateRequestProviderResponse": ".prompt_log_update_request_provider_response",
    "PromptLogUpdateRequestToolChoiceType0": ".prompt_log_update_request_tool_choice_type_0",
    "PromptLogUpdateRequestToolChoiceType1": ".prompt_log_update_request_tool_choice_type_1",
    "PromptLogUpdateRequestToolChoiceType2": ".prompt_log_update_request_tool_choice_type_2",
    "PromptRequest": ".prompt_request",
    "PromptRequestAttributes": ".prompt_request_attributes",
    "PromptRequestOtherProviderParameters": ".prompt_request_other_provider_parameters",
    "PromptResponse": ".prompt_response",
    "PromptResponseAttributes": ".prompt_response_attributes",
    "PromptResponseOtherProviderParameters": ".prompt_response_other_provider_parameters",
    "PromptResponseType": ".prompt_response_type",
    "ProviderApiKeys": ".provider_api_keys",
    "ResponseFormat": ".response_format",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatTypeType0": ".response_format_type_type_0",
    "ResponseFormatTypeType1": ".response_format_type_type_1",
    "RunStatsResponse": ".run_stats_response",
    "SelectEvaluatorStatsResponse": ".select_evaluator_stats_response",
    "SelectEvaluatorStatsResponseNumberOfJudgments": ".select_evaluator_stats_response_number_of_judgments",
    "SortOrder": ".sort_order",
    "TextChatContent": ".text_chat_content",
    "TextChatContentType": ".text_chat_content_type",
    "TextEvaluatorStatsResponse": ".text_evaluator_stats_response",
    "TimeUnit": ".time_unit",
    "ToolCall": ".tool_call",
    "ToolChoice": ".tool_choice",
    "ToolFunction": ".tool_function",
    "ToolFunctionToolParameters": ".tool_function_tool_parameters",
    "ToolKernelRequest": ".tool_kernel_request",
    "ToolKernelRequestAttributes": ".tool_kernel_request_attributes",
    "ToolKernelRequestSetupValues": ".tool_kernel_request_setup_values",
    "ToolLogRequest": ".tool_log_request",
    "ToolLogRequestInputs": ".tool_log_request_inputs",
    "ToolLogRequestMetadata": ".tool_log_request_metadata",
    "ToolLogRequestProviderRequest": ".tool_log_request_provider_request",
    "ToolLogRequestProviderResponse": ".tool_log_request_provider_response",
    "ToolLogResponse": ".tool_log_response",
    "ToolLogResponseInputs": ".tool_log_response_inputs",
    "ToolLogResponseMetadata": ".tool_log_response_metadata",
    "ToolLogResponseProviderRequest": ".tool_log_response_provider_request",
    "ToolLogResponseProviderResponse": ".tool_log_response_provider_response",
    "ToolLogUpdateRequest": ".tool_log_update_request",
    "ToolLogUpdateRequestInputs": ".tool_log_update_request_inputs",
    "ToolLogUpdateRequestMetadata": ".tool_log_update_request_metadata",
    "ToolLogUpdateRequestProviderRequest": ".tool_log_update_request_provider_request",
    "ToolLogUpdateRequestProviderResponse": ".tool_log_update_request_provider_response",
    "ToolRequest": ".tool_request",
    "ToolRequestAttributes": ".tool_request_attributes",
    "ToolRequestSetupValues": ".tool_request_setup_values",
    "ToolResponse": ".tool_response",
    "ToolResponseAttributes": ".tool_response_attributes",
    "ToolResponseSetupValues": ".tool_response_setup_values",
    "ToolResponseType": ".tool_response_type",
    "TraceStatus": ".trace_status",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateDatesetAction": ".update_dateset_action",
    "UpdateDirectoryRequest": ".update_directory_request",
    "UpdateEvaluationRunRequest": ".update_evaluation_run_request",
    "UpdateEvaluatorRequest": ".update_evaluator_request",
    "UpdateFlowRequest": ".update_flow_request",
    "UpdatePromptRequest": ".update_prompt_request",
    "UpdateToolRequest": ".update_tool_request",
    "UpdateTraceRequest": ".update_trace_request",
    "UpdateTraceRequestInputs": ".update_trace_request_inputs",
    "UserResponse": ".user_response",
    "Valence": ".valence",
    "ValidationError": ".validation_error",
    "VersionDeploymentResponse": ".version_deployment_response",
    "VersionDeploymentResponseType": ".version_deployment_response_type",
    "VersionId": ".version_id",
    "VersionIdResponse": ".version_id_response",
    "VersionIdResponseType": ".version_id_response_type",
    "VersionStatsResponse": ".version_stats_response",
    "VersionStatus": ".version_status",
}

__all__ = (
    "AddEvaluatorsRequest",
    "AddLogsToRunRequest",
    "BodyUploadCsvDatasetsIdDatapointsCsvPost",
    "BooleanEvaluatorStatsResponse",
    "ChatMessage",
    "ChatRole",
    "ChatToolType",
    "CodeEvaluatorRequest",
    "CodeEvaluatorRequestAttributes",
    "CodeEvaluatorRequestEvaluatorType",
    "CommitRequest",
    "CreateDatapointRequest",
    "CreateDatapointRequestInputs",
    "CreateDatapointRequestTarget",
    "CreateDatapointRequestTargetAdditionalPropertyType5",
    "CreateDirectoryRequest",
    "CreateEvaluationRequest",
    "CreateEvaluatorLogRequest",
    "CreateEvaluatorLogRequestInputs",
    "CreateEvaluatorLogRequestMetadata",
    "CreateEvaluatorLogRequestProviderRequest",
    "CreateEvaluatorLogRequestProviderResponse",
    "CreateEvaluatorLogResponse",
    "CreateFlowLogResponse",
    "CreatePromptLogResponse",
    "CreateRunRequest",
    "CreateToolLogResponse",
    "DashboardConfiguration",
    "DatapointResponse",
    "DatapointResponseInputs",
    "DatapointResponseTarget",
    "DatapointResponseTargetAdditionalPropertyType5",
    "DatasetResponse",
    "DatasetResponseAttributes",
    "DatasetResponseType",
    "DatasetsRequest",
    "DatasetsRequestAttributes",
    "DirectoryResponse",
    "DirectoryWithParentsAndChildrenResponse",
    "EnvironmentResponse",
    "EnvironmentTag",
    "EvaluateeRequest",
    "EvaluateeResponse",
    "EvaluationEvaluatorResponse",
    "EvaluationLogResponse",
    "EvaluationResponse",
    "EvaluationRunResponse",
    "EvaluationRunsResponse",
    "EvaluationsDatasetRequest",
    "EvaluationsRequest",
    "EvaluationStats",
    "EvaluationStatus",
    "EvaluatorActivationDeactivationRequest",
    "EvaluatorAggregate",
    "EvaluatorArgumentsType",
    "EvaluatorFileId",
    "EvaluatorFilePath",
    "EvaluatorJudgmentNumberLimit",
    "EvaluatorJudgmentOptionResponse",
    "EvaluatorLogResponse",
    "EvaluatorLogResponseInputs",
    "EvaluatorLogResponseMetadata",
    "EvaluatorLogResponseProviderRequest",
    "EvaluatorLogResponseProviderResponse",
    "EvaluatorResponse",
    "EvaluatorResponseAttributes",
    "EvaluatorResponseType",
    "EvaluatorReturnTypeEnum",
    "EvaluatorsRequest",
    "EvaluatorVersionId",
    "ExternalEvaluatorRequest",
    "ExternalEvaluatorRequestAttributes",
    "ExternalEvaluatorRequestEvaluatorType",
    "FileEnvironmentResponse",
    "FileId",
    "FilePath",
    "FileRequest",
    "FilesToolType",
    "FileType",
    "FlowKernelRequest",
    "FlowKernelRequestAttributes",
    "FlowLogRequest",
    "FlowLogRequestInputs",
    "FlowLogRequestMetadata",
    "FlowLogRequestProviderRequest",
    "FlowLogRequestProviderResponse",
    "FlowLogResponse",
    "FlowLogResponseInputs",
    "FlowLogResponseMetadata",
    "FlowLogResponseProviderRequest",
    "FlowLogResponseProviderResponse",
    "FlowRequest",
    "FlowRequestAttributes",
    "FlowResponse",
    "FlowResponseAttributes",
    "FlowResponseType",
    "FunctionTool",
    "FunctionToolChoice",
    "HTTPValidationError",
    "HumanEvaluatorRequest",
    "HumanEvaluatorRequestAttributes",
    "HumanEvaluatorRequestEvaluatorType",
    "HumanEvaluatorRequestReturnType",
    "ImageChatContent",
    "ImageChatContentType",
    "ImageUrl",
    "ImageUrlImageDetailLevel",
    "InputResponse",
    "LinkedToolResponse",
    "LinkedToolResponseToolParameters",
    "ListDatasets",
    "ListEvaluators",
    "ListFlows",
    "ListPrompts",
    "ListTools",
    "LLMEvaluatorRequest",
    "LLMEvaluatorRequestAttributes",
    "LLMEvaluatorRequestEvaluatorType",
    "ModelEndpoints",
    "ModelProviders",
    "MonitoringEvaluatorEnvironmentRequest",
    "MonitoringEvaluatorResponse",
    "MonitoringEvaluatorState",
    "MonitoringEvaluatorVersionRequest",
    "NumericEvaluatorStatsResponse",
    "NumericEvaluatorStatsResponsePercentiles",
    "ObservabilityStatus",
    "OverallStats",
    "PaginatedDataDatapointResponse",
    "PaginatedDataDatasetResponse",
    "PaginatedDataEvaluationLogResponse",
    "PaginatedDataEvaluatorResponse",
    "PaginatedDataFlowResponse",
    "PaginatedDataLogResponse",
    "PaginatedDataPromptResponse",
    "PaginatedDataToolResponse",
    "PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse",
    "PaginatedEvaluationResponse",
    "PlatformAccessEnum",
    "ProjectSortBy",
    "PromptCallLogResponse",
    "PromptCallRequest",
    "PromptCallRequestInputs",
    "PromptCallRequestMetadata",
    "PromptCallRequestToolChoiceType0",
    "PromptCallRequestToolChoiceType1",
    "PromptCallRequestToolChoiceType2",
    "PromptCallResponse",
    "PromptCallResponseInputs",
    "PromptCallResponseMetadata",
    "PromptCallResponseToolChoiceType0",
    "PromptCallResponseToolChoiceType1",
    "PromptCallResponseToolChoiceType2",
    "PromptCallStreamResponse",
    "PromptKernelRequest",
    "PromptKernelRequestAttributes",
    "PromptKernelRequestOtherProviderParameters",
    "PromptLogRequest",
    "PromptLogRequestInputs",
    "PromptLogRequestMetadata",
    "PromptLogRequestProviderRequest",
    "PromptLogRequestProviderResponse",
    "PromptLogRequestToolChoiceType0",
    "PromptLogRequestToolChoiceType1",
    "PromptLogRequestToolChoiceType2",
    "PromptLogResponse",
    "PromptLogResponseInputs",
    "PromptLogResponseMetadata",
    "PromptLogResponseProviderRequest",
    "PromptLogResponseProviderResponse",
    "PromptLogResponseToolChoiceType0",
    "PromptLogResponseToolChoiceType1",
    "PromptLogResponseToolChoiceType2",
    "PromptLogUpdateRequest",
    "PromptLogUpdateRequestInputs",
    "PromptLogUpdateRequestMetadata",
    "PromptLogUpdateRequestProviderRequest",
    "PromptLogUpdateRequestProviderResponse",
    "PromptLogUpdateRequestToolChoiceType0",
    "PromptLogUpdateRequestToolChoiceType1",
    "PromptLogUpdateRequestToolChoiceType2",
    "PromptRequest",
    "PromptRequestAttributes",
    "PromptRequestOtherProviderParameters",
    "PromptResponse",
    "PromptResponseAttributes",
    "PromptResponseOtherProviderParameters",
    "PromptResponseType",
    "ProviderApiKeys",
    "ResponseFormat",
    "ResponseFormatJSONSchema",
    "ResponseFormatTypeType0",
    "ResponseFormatTypeType1",
    "RunStatsResponse",
    "SelectEvaluatorStatsResponse",
    "SelectEvaluatorStatsResponseNumberOfJudgments",
    "SortOrder",
    "TextChatContent",
    "TextChatContentType",
    "TextEvaluatorStatsResponse",
    "TimeUnit",
    "ToolCall",
    "ToolChoice",
    "ToolFunction",
    "ToolFunctionToolParameters",
    "ToolKernelRequest",
    "ToolKernelRequestAttributes",
    "ToolKernelRequestSetupValues",
    "ToolLogRequest",
    "ToolLogRequestInputs",
    "ToolLogRequestMetadata",
    "ToolLogRequestProviderRequest",
    "ToolLogRequestProviderResponse",
    "ToolLogResponse",
    "ToolLogResponseInputs",
    "ToolLogResponseMetadata",
    "ToolLogResponseProviderRequest",
    "ToolLogResponseProviderResponse",
    "ToolLogUpdateRequest",
    "ToolLogUpdateRequestInputs",
    "ToolLogUpdateRequestMetadata",
    "ToolLogUpdateRequestProviderRequest",
    "ToolLogUpdateRequestProviderResponse",
    "ToolRequest",
    "ToolRequestAttributes",
    "ToolRequestSetupValues",
    "ToolResponse",
    "ToolResponseAttributes",
    "ToolResponseSetupValues",
    "ToolResponseType",
    "TraceStatus",
    "UpdateDatasetRequest",
    "UpdateDatesetAction",
    "UpdateDirectoryRequest",
    "UpdateEvaluationRunRequest",
    "UpdateEvaluatorRequest",
    "UpdateFlowRequest",
    "UpdatePromptRequest",
    "UpdateToolRequest",
    "UpdateTraceRequest",
    "UpdateTraceRequestInputs",
    "UserResponse",
    "Valence",
    "ValidationError",
    "VersionDeploymentResponse",
    "VersionDeploymentResponseType",
    "VersionId",
    "VersionIdResponse",
    "VersionIdResponseType",
    "VersionStatsResponse",
    "VersionStatus",
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
