"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base_score import BaseScore
    from .base_score_v1 import BaseScoreV1
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
    from .dataset_status import DatasetStatus
    from .delete_dataset_item_response import DeleteDatasetItemResponse
    from .delete_dataset_run_response import DeleteDatasetRunResponse
    from .delete_trace_response import DeleteTraceResponse
    from .deprecation import Deprecation
    from .get_scores_response import GetScoresResponse
    from .get_scores_response_trace_data import GetScoresResponseTraceData
    from .observation import Observation
    from .observation_cost_details import ObservationCostDetails
    from .observation_level import ObservationLevel
    from .observation_usage_details import ObservationUsageDetails
    from .paginated_dataset_items import PaginatedDatasetItems
    from .paginated_dataset_run_items import PaginatedDatasetRunItems
    from .paginated_dataset_runs import PaginatedDatasetRuns
    from .paginated_datasets import PaginatedDatasets
    from .score_data_type import ScoreDataType
    from .score_source import ScoreSource
    from .trace import Trace
    from .trace_delete_multiple_body import TraceDeleteMultipleBody
    from .traces import Traces
    from .usage import Usage
    from .utils_meta_response import UtilsMetaResponse

_MODULES: dict[str, str] = {
    "BaseScore": ".base_score",
    "BaseScoreV1": ".base_score_v1",
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
    "DatasetStatus": ".dataset_status",
    "DeleteDatasetItemResponse": ".delete_dataset_item_response",
    "DeleteDatasetRunResponse": ".delete_dataset_run_response",
    "DeleteTraceResponse": ".delete_trace_response",
    "Deprecation": ".deprecation",
    "GetScoresResponse": ".get_scores_response",
    "GetScoresResponseTraceData": ".get_scores_response_trace_data",
    "Observation": ".observation",
    "ObservationCostDetails": ".observation_cost_details",
    "ObservationLevel": ".observation_level",
    "ObservationUsageDetails": ".observation_usage_details",
    "PaginatedDatasetItems": ".paginated_dataset_items",
    "PaginatedDatasetRunItems": ".paginated_dataset_run_items",
    "PaginatedDatasetRuns": ".paginated_dataset_runs",
    "PaginatedDatasets": ".paginated_datasets",
    "ScoreDataType": ".score_data_type",
    "ScoreSource": ".score_source",
    "Trace": ".trace",
    "TraceDeleteMultipleBody": ".trace_delete_multiple_body",
    "Traces": ".traces",
    "Usage": ".usage",
    "UtilsMetaResponse": ".utils_meta_response",
}

__all__ = (
    "BaseScore",
    "BaseScoreV1",
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
    "DatasetStatus",
    "DeleteDatasetItemResponse",
    "DeleteDatasetRunResponse",
    "DeleteTraceResponse",
    "Deprecation",
    "GetScoresResponse",
    "GetScoresResponseTraceData",
    "Observation",
    "ObservationCostDetails",
    "ObservationLevel",
    "ObservationUsageDetails",
    "PaginatedDatasetItems",
    "PaginatedDatasetRunItems",
    "PaginatedDatasetRuns",
    "PaginatedDatasets",
    "ScoreDataType",
    "ScoreSource",
    "Trace",
    "TraceDeleteMultipleBody",
    "Traces",
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
