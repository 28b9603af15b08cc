"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base_score import BaseScore
    from .base_score_v1 import BaseScoreV1
    from .base_score_v3 import BaseScoreV3
    from .base_score_v3_metadata_type_0 import BaseScoreV3MetadataType0
    from .boolean_score import BooleanScore
    from .boolean_score_data_type import BooleanScoreDataType
    from .boolean_score_v1 import BooleanScoreV1
    from .boolean_score_v1_data_type import BooleanScoreV1DataType
    from .boolean_score_v3 import BooleanScoreV3
    from .boolean_score_v3_data_type import BooleanScoreV3DataType
    from .categorical_score import CategoricalScore
    from .categorical_score_data_type import CategoricalScoreDataType
    from .categorical_score_v1 import CategoricalScoreV1
    from .categorical_score_v1_data_type import CategoricalScoreV1DataType
    from .categorical_score_v3 import CategoricalScoreV3
    from .categorical_score_v3_data_type import CategoricalScoreV3DataType
    from .correction_score import CorrectionScore
    from .correction_score_data_type import CorrectionScoreDataType
    from .correction_score_v3 import CorrectionScoreV3
    from .correction_score_v3_data_type import CorrectionScoreV3DataType
    from .create_dataset_item_request import CreateDatasetItemRequest
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_run_item_request import CreateDatasetRunItemRequest
    from .create_score_request import CreateScoreRequest
    from .create_score_request_metadata_type_0 import CreateScoreRequestMetadataType0
    from .create_score_response import CreateScoreResponse
    from .create_score_source import CreateScoreSource
    from .dataset import Dataset
    from .dataset_item import DatasetItem
    from .dataset_item_media_reference import DatasetItemMediaReference
    from .dataset_item_media_reference_field import DatasetItemMediaReferenceField
    from .dataset_item_media_reference_media import DatasetItemMediaReferenceMedia
    from .dataset_run import DatasetRun
    from .dataset_run_item import DatasetRunItem
    from .dataset_run_with_items import DatasetRunWithItems
    from .dataset_status import DatasetStatus
    from .delete_dataset_item_response import DeleteDatasetItemResponse
    from .delete_dataset_run_response import DeleteDatasetRunResponse
    from .delete_trace_response import DeleteTraceResponse
    from .deprecation import Deprecation
    from .experiment_item import ExperimentItem
    from .experiment_item_experiment_item_metadata_type_0 import (
        ExperimentItemExperimentItemMetadataType0,
    )
    from .experiment_item_experiment_metadata_type_0 import ExperimentItemExperimentMetadataType0
    from .experiment_item_metadata_type_0 import ExperimentItemMetadataType0
    from .experiment_items_response import ExperimentItemsResponse
    from .experiments_response_meta import ExperimentsResponseMeta
    from .get_scores_response import GetScoresResponse
    from .get_scores_response_data_boolean import GetScoresResponseDataBoolean
    from .get_scores_response_data_categorical import GetScoresResponseDataCategorical
    from .get_scores_response_data_correction import GetScoresResponseDataCorrection
    from .get_scores_response_data_numeric import GetScoresResponseDataNumeric
    from .get_scores_response_data_text import GetScoresResponseDataText
    from .get_scores_response_trace_data import GetScoresResponseTraceData
    from .get_scores_v3_meta import GetScoresV3Meta
    from .get_scores_v3_response import GetScoresV3Response
    from .numeric_score import NumericScore
    from .numeric_score_data_type import NumericScoreDataType
    from .numeric_score_v1 import NumericScoreV1
    from .numeric_score_v1_data_type import NumericScoreV1DataType
    from .numeric_score_v3 import NumericScoreV3
    from .numeric_score_v3_data_type import NumericScoreV3DataType
    from .observation import Observation
    from .observation_cost_details import ObservationCostDetails
    from .observation_level import ObservationLevel
    from .observation_usage_details import ObservationUsageDetails
    from .observations_view import ObservationsView
    from .paginated_dataset_items import PaginatedDatasetItems
    from .paginated_dataset_run_items import PaginatedDatasetRunItems
    from .paginated_dataset_runs import PaginatedDatasetRuns
    from .paginated_datasets import PaginatedDatasets
    from .score_data_type import ScoreDataType
    from .score_source import ScoreSource
    from .score_subject_experiment_v3 import ScoreSubjectExperimentV3
    from .score_subject_experiment_v3_kind import ScoreSubjectExperimentV3Kind
    from .score_subject_observation_v3 import ScoreSubjectObservationV3
    from .score_subject_observation_v3_kind import ScoreSubjectObservationV3Kind
    from .score_subject_session_v3 import ScoreSubjectSessionV3
    from .score_subject_session_v3_kind import ScoreSubjectSessionV3Kind
    from .score_subject_trace_v3 import ScoreSubjectTraceV3
    from .score_subject_trace_v3_kind import ScoreSubjectTraceV3Kind
    from .text_score import TextScore
    from .text_score_data_type import TextScoreDataType
    from .text_score_v1 import TextScoreV1
    from .text_score_v1_data_type import TextScoreV1DataType
    from .text_score_v3 import TextScoreV3
    from .text_score_v3_data_type import TextScoreV3DataType
    from .trace import Trace
    from .trace_delete_multiple_body import TraceDeleteMultipleBody
    from .trace_with_details import TraceWithDetails
    from .trace_with_full_details import TraceWithFullDetails
    from .traces import Traces
    from .usage import Usage
    from .utils_meta_response import UtilsMetaResponse

_MODULES: dict[str, str] = {
    "BaseScore": ".base_score",
    "BaseScoreV1": ".base_score_v1",
    "BaseScoreV3": ".base_score_v3",
    "BaseScoreV3MetadataType0": ".base_score_v3_metadata_type_0",
    "BooleanScore": ".boolean_score",
    "BooleanScoreDataType": ".boolean_score_data_type",
    "BooleanScoreV1": ".boolean_score_v1",
    "BooleanScoreV1DataType": ".boolean_score_v1_data_type",
    "BooleanScoreV3": ".boolean_score_v3",
    "BooleanScoreV3DataType": ".boolean_score_v3_data_type",
    "CategoricalScore": ".categorical_score",
    "CategoricalScoreDataType": ".categorical_score_data_type",
    "CategoricalScoreV1": ".categorical_score_v1",
    "CategoricalScoreV1DataType": ".categorical_score_v1_data_type",
    "CategoricalScoreV3": ".categorical_score_v3",
    "CategoricalScoreV3DataType": ".categorical_score_v3_data_type",
    "CorrectionScore": ".correction_score",
    "CorrectionScoreDataType": ".correction_score_data_type",
    "CorrectionScoreV3": ".correction_score_v3",
    "CorrectionScoreV3DataType": ".correction_score_v3_data_type",
    "CreateDatasetItemRequest": ".create_dataset_item_request",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRunItemRequest": ".create_dataset_run_item_request",
    "CreateScoreRequest": ".create_score_request",
    "CreateScoreRequestMetadataType0": ".create_score_request_metadata_type_0",
    "CreateScoreResponse": ".create_score_response",
    "CreateScoreSource": ".create_score_source",
    "Dataset": ".dataset",
    "DatasetItem": ".dataset_item",
    "DatasetItemMediaReference": ".dataset_item_media_reference",
    "DatasetItemMediaReferenceField": ".dataset_item_media_reference_field",
    "DatasetItemMediaReferenceMedia": ".dataset_item_media_reference_media",
    "DatasetRun": ".dataset_run",
    "DatasetRunItem": ".dataset_run_item",
    "DatasetRunWithItems": ".dataset_run_with_items",
    "DatasetStatus": ".dataset_status",
    "DeleteDatasetItemResponse": ".delete_dataset_item_response",
    "DeleteDatasetRunResponse": ".delete_dataset_run_response",
    "DeleteTraceResponse": ".delete_trace_response",
    "Deprecation": ".deprecation",
    "ExperimentItem": ".experiment_item",
    "ExperimentItemExperimentItemMetadataType0": ".experiment_item_experiment_item_metadata_type_0",
    "ExperimentItemExperimentMetadataType0": ".experiment_item_experiment_metadata_type_0",
    "ExperimentItemMetadataType0": ".experiment_item_metadata_type_0",
    "ExperimentItemsResponse": ".experiment_items_response",
    "ExperimentsResponseMeta": ".experiments_response_meta",
    "GetScoresResponse": ".get_scores_response",
    "GetScoresResponseDataBoolean": ".get_scores_response_data_boolean",
    "GetScoresResponseDataCategorical": ".get_scores_response_data_categorical",
    "GetScoresResponseDataCorrection": ".get_scores_response_data_correction",
    "GetScoresResponseDataNumeric": ".get_scores_response_data_numeric",
    "GetScoresResponseDataText": ".get_scores_response_data_text",
    "GetScoresResponseTraceData": ".get_scores_response_trace_data",
    "GetScoresV3Meta": ".get_scores_v3_meta",
    "GetScoresV3Response": ".get_scores_v3_response",
    "NumericScore": ".numeric_score",
    "NumericScoreDataType": ".numeric_score_data_type",
    "NumericScoreV1": ".numeric_score_v1",
    "NumericScoreV1DataType": ".numeric_score_v1_data_type",
    "NumericScoreV3": ".numeric_score_v3",
    "NumericScoreV3DataType": ".numeric_score_v3_data_type",
    "Observation": ".observation",
    "ObservationCostDetails": ".observation_cost_details",
    "ObservationLevel": ".observation_level",
    "ObservationUsageDetails": ".observation_usage_details",
    "ObservationsView": ".observations_view",
    "PaginatedDatasetItems": ".paginated_dataset_items",
    "PaginatedDatasetRunItems": ".paginated_dataset_run_items",
    "PaginatedDatasetRuns": ".paginated_dataset_runs",
    "PaginatedDatasets": ".paginated_datasets",
    "ScoreDataType": ".score_data_type",
    "ScoreSource": ".score_source",
    "ScoreSubjectExperimentV3": ".score_subject_experiment_v3",
    "ScoreSubjectExperimentV3Kind": ".score_subject_experiment_v3_kind",
    "ScoreSubjectObservationV3": ".score_subject_observation_v3",
    "ScoreSubjectObservationV3Kind": ".score_subject_observation_v3_kind",
    "ScoreSubjectSessionV3": ".score_subject_session_v3",
    "ScoreSubjectSessionV3Kind": ".score_subject_session_v3_kind",
    "ScoreSubjectTraceV3": ".score_subject_trace_v3",
    "ScoreSubjectTraceV3Kind": ".score_subject_trace_v3_kind",
    "TextScore": ".text_score",
    "TextScoreDataType": ".text_score_data_type",
    "TextScoreV1": ".text_score_v1",
    "TextScoreV1DataType": ".text_score_v1_data_type",
    "TextScoreV3": ".text_score_v3",
    "TextScoreV3DataType": ".text_score_v3_data_type",
    "Trace": ".trace",
    "TraceDeleteMultipleBody": ".trace_delete_multiple_body",
    "TraceWithDetails": ".trace_with_details",
    "TraceWithFullDetails": ".trace_with_full_details",
    "Traces": ".traces",
    "Usage": ".usage",
    "UtilsMetaResponse": ".utils_meta_response",
}

__all__ = (
    "BaseScore",
    "BaseScoreV1",
    "BaseScoreV3",
    "BaseScoreV3MetadataType0",
    "BooleanScore",
    "BooleanScoreDataType",
    "BooleanScoreV1",
    "BooleanScoreV1DataType",
    "BooleanScoreV3",
    "BooleanScoreV3DataType",
    "CategoricalScore",
    "CategoricalScoreDataType",
    "CategoricalScoreV1",
    "CategoricalScoreV1DataType",
    "CategoricalScoreV3",
    "CategoricalScoreV3DataType",
    "CorrectionScore",
    "CorrectionScoreDataType",
    "CorrectionScoreV3",
    "CorrectionScoreV3DataType",
    "CreateDatasetItemRequest",
    "CreateDatasetRequest",
    "CreateDatasetRunItemRequest",
    "CreateScoreRequest",
    "CreateScoreRequestMetadataType0",
    "CreateScoreResponse",
    "CreateScoreSource",
    "Dataset",
    "DatasetItem",
    "DatasetItemMediaReference",
    "DatasetItemMediaReferenceField",
    "DatasetItemMediaReferenceMedia",
    "DatasetRun",
    "DatasetRunItem",
    "DatasetRunWithItems",
    "DatasetStatus",
    "DeleteDatasetItemResponse",
    "DeleteDatasetRunResponse",
    "DeleteTraceResponse",
    "Deprecation",
    "ExperimentItem",
    "ExperimentItemExperimentItemMetadataType0",
    "ExperimentItemExperimentMetadataType0",
    "ExperimentItemMetadataType0",
    "ExperimentItemsResponse",
    "ExperimentsResponseMeta",
    "GetScoresResponse",
    "GetScoresResponseDataBoolean",
    "GetScoresResponseDataCategorical",
    "GetScoresResponseDataCorrection",
    "GetScoresResponseDataNumeric",
    "GetScoresResponseDataText",
    "GetScoresResponseTraceData",
    "GetScoresV3Meta",
    "GetScoresV3Response",
    "NumericScore",
    "NumericScoreDataType",
    "NumericScoreV1",
    "NumericScoreV1DataType",
    "NumericScoreV3",
    "NumericScoreV3DataType",
    "Observation",
    "ObservationCostDetails",
    "ObservationLevel",
    "ObservationsView",
    "ObservationUsageDetails",
    "PaginatedDatasetItems",
    "PaginatedDatasetRunItems",
    "PaginatedDatasetRuns",
    "PaginatedDatasets",
    "ScoreDataType",
    "ScoreSource",
    "ScoreSubjectExperimentV3",
    "ScoreSubjectExperimentV3Kind",
    "ScoreSubjectObservationV3",
    "ScoreSubjectObservationV3Kind",
    "ScoreSubjectSessionV3",
    "ScoreSubjectSessionV3Kind",
    "ScoreSubjectTraceV3",
    "ScoreSubjectTraceV3Kind",
    "TextScore",
    "TextScoreDataType",
    "TextScoreV1",
    "TextScoreV1DataType",
    "TextScoreV3",
    "TextScoreV3DataType",
    "Trace",
    "TraceDeleteMultipleBody",
    "Traces",
    "TraceWithDetails",
    "TraceWithFullDetails",
    "Usage",
    "UtilsMetaResponse",
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
