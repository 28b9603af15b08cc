"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_dataset import CreateDataset
    from .create_dataset_metadata_type_0 import CreateDatasetMetadataType0
    from .create_experiment import CreateExperiment
    from .create_experiment_internal_metadata_type_0 import CreateExperimentInternalMetadataType0
    from .create_experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        CreateExperimentInternalMetadataType0DatasetFilterType0,
    )
    from .create_experiment_metadata_type_0 import CreateExperimentMetadataType0
    from .dataset import Dataset
    from .dataset_event import DatasetEvent
    from .dataset_event_classifications_type_0 import DatasetEventClassificationsType0
    from .dataset_event_classifications_type_0_additional_property_item import (
        DatasetEventClassificationsType0AdditionalPropertyItem,
    )
    from .dataset_event_classifications_type_0_additional_property_item_metadata_type_0 import (
        DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0,
    )
    from .dataset_event_facets_type_0 import DatasetEventFacetsType0
    from .dataset_event_metadata_type_0 import DatasetEventMetadataType0
    from .dataset_metadata_type_0 import DatasetMetadataType0
    from .experiment import Experiment
    from .experiment_event import ExperimentEvent
    from .experiment_event_classifications_type_0 import ExperimentEventClassificationsType0
    from .experiment_event_classifications_type_0_additional_property_item import (
        ExperimentEventClassificationsType0AdditionalPropertyItem,
    )
    from .experiment_event_classifications_type_0_additional_property_item_metadata_type_0 import (
        ExperimentEventClassificationsType0AdditionalPropertyItemMetadataType0,
    )
    from .experiment_event_context_type_0 import ExperimentEventContextType0
    from .experiment_event_facets_type_0 import ExperimentEventFacetsType0
    from .experiment_event_metadata_type_0 import ExperimentEventMetadataType0
    from .experiment_event_metrics_type_0 import ExperimentEventMetricsType0
    from .experiment_event_scores_type_0 import ExperimentEventScoresType0
    from .experiment_internal_metadata_type_0 import ExperimentInternalMetadataType0
    from .experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        ExperimentInternalMetadataType0DatasetFilterType0,
    )
    from .experiment_metadata_type_0 import ExperimentMetadataType0
    from .fetch_dataset_events_response import FetchDatasetEventsResponse
    from .fetch_events_request import FetchEventsRequest
    from .fetch_experiment_events_response import FetchExperimentEventsResponse
    from .function import Function
    from .function_type import FunctionType
    from .function_type_enum_type_1 import FunctionTypeEnumType1
    from .get_dataset_response_200 import GetDatasetResponse200
    from .get_experiment_response_200 import GetExperimentResponse200
    from .global_ import Global
    from .global_type import GlobalType
    from .metric_summary import MetricSummary
    from .object_reference_nullish_type_0 import ObjectReferenceNullishType0
    from .object_reference_nullish_type_0_object_type import ObjectReferenceNullishType0ObjectType
    from .patch_dataset import PatchDataset
    from .patch_dataset_metadata_type_0 import PatchDatasetMetadataType0
    from .patch_experiment import PatchExperiment
    from .patch_experiment_internal_metadata_type_0 import PatchExperimentInternalMetadataType0
    from .patch_experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        PatchExperimentInternalMetadataType0DatasetFilterType0,
    )
    from .patch_experiment_metadata_type_0 import PatchExperimentMetadataType0
    from .repo_info_type_0 import RepoInfoType0
    from .score_summary import ScoreSummary
    from .span_attributes_type_0 import SpanAttributesType0
    from .span_attributes_type_0_purpose_type_1 import SpanAttributesType0PurposeType1
    from .span_attributes_type_0_purpose_type_2_type_1 import SpanAttributesType0PurposeType2Type1
    from .span_attributes_type_0_purpose_type_3_type_1 import SpanAttributesType0PurposeType3Type1
    from .span_type_type_1 import SpanTypeType1
    from .span_type_type_2_type_1 import SpanTypeType2Type1
    from .span_type_type_3_type_1 import SpanTypeType3Type1
    from .summarize_experiment_response import SummarizeExperimentResponse
    from .summarize_experiment_response_metrics_type_0 import (
        SummarizeExperimentResponseMetricsType0,
    )
    from .summarize_experiment_response_scores_type_0 import SummarizeExperimentResponseScoresType0

_MODULES: dict[str, str] = {
    "CreateDataset": ".create_dataset",
    "CreateDatasetMetadataType0": ".create_dataset_metadata_type_0",
    "CreateExperiment": ".create_experiment",
    "CreateExperimentInternalMetadataType0": ".create_experiment_internal_metadata_type_0",
    "CreateExperimentInternalMetadataType0DatasetFilterType0": ".create_experiment_internal_metadata_type_0_dataset_filter_type_0",
    "CreateExperimentMetadataType0": ".create_experiment_metadata_type_0",
    "Dataset": ".dataset",
    "DatasetEvent": ".dataset_event",
    "DatasetEventClassificationsType0": ".dataset_event_classifications_type_0",
    "DatasetEventClassificationsType0AdditionalPropertyItem": ".dataset_event_classifications_type_0_additional_property_item",
    "DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0": ".dataset_event_classifications_type_0_additional_property_item_metadata_type_0",
    "DatasetEventFacetsType0": ".dataset_event_facets_type_0",
    "DatasetEventMetadataType0": ".dataset_event_metadata_type_0",
    "DatasetMetadataType0": ".dataset_metadata_type_0",
    "Experiment": ".experiment",
    "ExperimentEvent": ".experiment_event",
    "ExperimentEventClassificationsType0": ".experiment_event_classifications_type_0",
    "ExperimentEventClassificationsType0AdditionalPropertyItem": ".experiment_event_classifications_type_0_additional_property_item",
    "ExperimentEventClassificationsType0AdditionalPropertyItemMetadataType0": ".experiment_event_classifications_type_0_additional_property_item_metadata_type_0",
    "ExperimentEventContextType0": ".experiment_event_context_type_0",
    "ExperimentEventFacetsType0": ".experiment_event_facets_type_0",
    "ExperimentEventMetadataType0": ".experiment_event_metadata_type_0",
    "ExperimentEventMetricsType0": ".experiment_event_metrics_type_0",
    "ExperimentEventScoresType0": ".experiment_event_scores_type_0",
    "ExperimentInternalMetadataType0": ".experiment_internal_metadata_type_0",
    "ExperimentInternalMetadataType0DatasetFilterType0": ".experiment_internal_metadata_type_0_dataset_filter_type_0",
    "ExperimentMetadataType0": ".experiment_metadata_type_0",
    "FetchDatasetEventsResponse": ".fetch_dataset_events_response",
    "FetchEventsRequest": ".fetch_events_request",
    "FetchExperimentEventsResponse": ".fetch_experiment_events_response",
    "Function": ".function",
    "FunctionType": ".function_type",
    "FunctionTypeEnumType1": ".function_type_enum_type_1",
    "GetDatasetResponse200": ".get_dataset_response_200",
    "GetExperimentResponse200": ".get_experiment_response_200",
    "Global": ".global_",
    "GlobalType": ".global_type",
    "MetricSummary": ".metric_summary",
    "ObjectReferenceNullishType0": ".object_reference_nullish_type_0",
    "ObjectReferenceNullishType0ObjectType": ".object_reference_nullish_type_0_object_type",
    "PatchDataset": ".patch_dataset",
    "PatchDatasetMetadataType0": ".patch_dataset_metadata_type_0",
    "PatchExperiment": ".patch_experiment",
    "PatchExperimentInternalMetadataType0": ".patch_experiment_internal_metadata_type_0",
    "PatchExperimentInternalMetadataType0DatasetFilterType0": ".patch_experiment_internal_metadata_type_0_dataset_filter_type_0",
    "PatchExperimentMetadataType0": ".patch_experiment_metadata_type_0",
    "RepoInfoType0": ".repo_info_type_0",
    "ScoreSummary": ".score_summary",
    "SpanAttributesType0": ".span_attributes_type_0",
    "SpanAttributesType0PurposeType1": ".span_attributes_type_0_purpose_type_1",
    "SpanAttributesType0PurposeType2Type1": ".span_attributes_type_0_purpose_type_2_type_1",
    "SpanAttributesType0PurposeType3Type1": ".span_attributes_type_0_purpose_type_3_type_1",
    "SpanTypeType1": ".span_type_type_1",
    "SpanTypeType2Type1": ".span_type_type_2_type_1",
    "SpanTypeType3Type1": ".span_type_type_3_type_1",
    "SummarizeExperimentResponse": ".summarize_experiment_response",
    "SummarizeExperimentResponseMetricsType0": ".summarize_experiment_response_metrics_type_0",
    "SummarizeExperimentResponseScoresType0": ".summarize_experiment_response_scores_type_0",
}

__all__ = (
    "CreateDataset",
    "CreateDatasetMetadataType0",
    "CreateExperiment",
    "CreateExperimentInternalMetadataType0",
    "CreateExperimentInternalMetadataType0DatasetFilterType0",
    "CreateExperimentMetadataType0",
    "Dataset",
    "DatasetEvent",
    "DatasetEventClassificationsType0",
    "DatasetEventClassificationsType0AdditionalPropertyItem",
    "DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0",
    "DatasetEventFacetsType0",
    "DatasetEventMetadataType0",
    "DatasetMetadataType0",
    "Experiment",
    "ExperimentEvent",
    "ExperimentEventClassificationsType0",
    "ExperimentEventClassificationsType0AdditionalPropertyItem",
    "ExperimentEventClassificationsType0AdditionalPropertyItemMetadataType0",
    "ExperimentEventContextType0",
    "ExperimentEventFacetsType0",
    "ExperimentEventMetadataType0",
    "ExperimentEventMetricsType0",
    "ExperimentEventScoresType0",
    "ExperimentInternalMetadataType0",
    "ExperimentInternalMetadataType0DatasetFilterType0",
    "ExperimentMetadataType0",
    "FetchDatasetEventsResponse",
    "FetchEventsRequest",
    "FetchExperimentEventsResponse",
    "Function",
    "FunctionType",
    "FunctionTypeEnumType1",
    "GetDatasetResponse200",
    "GetExperimentResponse200",
    "Global",
    "GlobalType",
    "MetricSummary",
    "ObjectReferenceNullishType0",
    "ObjectReferenceNullishType0ObjectType",
    "PatchDataset",
    "PatchDatasetMetadataType0",
    "PatchExperiment",
    "PatchExperimentInternalMetadataType0",
    "PatchExperimentInternalMetadataType0DatasetFilterType0",
    "PatchExperimentMetadataType0",
    "RepoInfoType0",
    "ScoreSummary",
    "SpanAttributesType0",
    "SpanAttributesType0PurposeType1",
    "SpanAttributesType0PurposeType2Type1",
    "SpanAttributesType0PurposeType3Type1",
    "SpanTypeType1",
    "SpanTypeType2Type1",
    "SpanTypeType3Type1",
    "SummarizeExperimentResponse",
    "SummarizeExperimentResponseMetricsType0",
    "SummarizeExperimentResponseScoresType0",
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
