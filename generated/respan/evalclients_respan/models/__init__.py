"""Contains all the data models used in inputs/outputs (imported lazily, on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_detail import ErrorDetail
    from .experiment import Experiment
    from .experiment_create import ExperimentCreate
    from .experiment_create_tags_item import ExperimentCreateTagsItem
    from .experiment_tags_item import ExperimentTagsItem
    from .experiment_trace import ExperimentTrace
    from .experiment_trace_resume import ExperimentTraceResume
    from .experiment_trace_scores import ExperimentTraceScores
    from .experiment_trace_scores_additional_property import ExperimentTraceScoresAdditionalProperty
    from .experiment_trace_span_tree_item import ExperimentTraceSpanTreeItem
    from .experiment_trace_summary import ExperimentTraceSummary
    from .experiment_update import ExperimentUpdate
    from .experiment_update_tags_item import ExperimentUpdateTagsItem
    from .experiments_summary import ExperimentsSummary
    from .filter_request import FilterRequest
    from .filter_request_filters import FilterRequestFilters
    from .list_experiment_traces_export import ListExperimentTracesExport
    from .paginated_experiment_list import PaginatedExperimentList
    from .paginated_experiment_trace_list import PaginatedExperimentTraceList
    from .paginated_filter_request import PaginatedFilterRequest
    from .paginated_filter_request_filters import PaginatedFilterRequestFilters
    from .score_histogram import ScoreHistogram
    from .workflow_task import WorkflowTask
    from .workflow_task_config import WorkflowTaskConfig

_MODULES: dict[str, str] = {
    "ErrorDetail": ".error_detail",
    "Experiment": ".experiment",
    "ExperimentCreate": ".experiment_create",
    "ExperimentCreateTagsItem": ".experiment_create_tags_item",
    "ExperimentTagsItem": ".experiment_tags_item",
    "ExperimentTrace": ".experiment_trace",
    "ExperimentTraceResume": ".experiment_trace_resume",
    "ExperimentTraceScores": ".experiment_trace_scores",
    "ExperimentTraceScoresAdditionalProperty": ".experiment_trace_scores_additional_property",
    "ExperimentTraceSpanTreeItem": ".experiment_trace_span_tree_item",
    "ExperimentTraceSummary": ".experiment_trace_summary",
    "ExperimentUpdate": ".experiment_update",
    "ExperimentUpdateTagsItem": ".experiment_update_tags_item",
    "ExperimentsSummary": ".experiments_summary",
    "FilterRequest": ".filter_request",
    "FilterRequestFilters": ".filter_request_filters",
    "ListExperimentTracesExport": ".list_experiment_traces_export",
    "PaginatedExperimentList": ".paginated_experiment_list",
    "PaginatedExperimentTraceList": ".paginated_experiment_trace_list",
    "PaginatedFilterRequest": ".paginated_filter_request",
    "PaginatedFilterRequestFilters": ".paginated_filter_request_filters",
    "ScoreHistogram": ".score_histogram",
    "WorkflowTask": ".workflow_task",
    "WorkflowTaskConfig": ".workflow_task_config",
}

__all__ = (
    "ErrorDetail",
    "Experiment",
    "ExperimentCreate",
    "ExperimentCreateTagsItem",
    "ExperimentsSummary",
    "ExperimentTagsItem",
    "ExperimentTrace",
    "ExperimentTraceResume",
    "ExperimentTraceScores",
    "ExperimentTraceScoresAdditionalProperty",
    "ExperimentTraceSpanTreeItem",
    "ExperimentTraceSummary",
    "ExperimentUpdate",
    "ExperimentUpdateTagsItem",
    "FilterRequest",
    "FilterRequestFilters",
    "ListExperimentTracesExport",
    "PaginatedExperimentList",
    "PaginatedExperimentTraceList",
    "PaginatedFilterRequest",
    "PaginatedFilterRequestFilters",
    "ScoreHistogram",
    "WorkflowTask",
    "WorkflowTaskConfig",
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
