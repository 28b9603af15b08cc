from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summarize_experiment_response_metrics_type_0 import (
        SummarizeExperimentResponseMetricsType0,
    )
    from ..models.summarize_experiment_response_scores_type_0 import (
        SummarizeExperimentResponseScoresType0,
    )


T = TypeVar("T", bound="SummarizeExperimentResponse")
_FIELDS = frozenset(
    {
        "experiment_name",
        "experiment_url",
        "project_name",
        "project_url",
        "comparison_experiment_name",
        "metrics",
        "scores",
    }
)


@_attrs_define
class SummarizeExperimentResponse:
    """Summary of an experiment

    Attributes:
        experiment_name (str): Name of the experiment
        experiment_url (str): URL to the experiment's page in the Braintrust app
        project_name (str): Name of the project that the experiment belongs to
        project_url (str): URL to the project's page in the Braintrust app
        comparison_experiment_name (None | str | Unset): The experiment which scores are baselined against
        metrics (None | SummarizeExperimentResponseMetricsType0 | Unset): Summary of the experiment's metrics
        scores (None | SummarizeExperimentResponseScoresType0 | Unset): Summary of the experiment's scores
    """

    experiment_name: str
    experiment_url: str
    project_name: str
    project_url: str
    comparison_experiment_name: None | str | Unset = UNSET
    metrics: None | SummarizeExperimentResponseMetricsType0 | Unset = UNSET
    scores: None | SummarizeExperimentResponseScoresType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        experiment_name = self.experiment_name

        experiment_url = self.experiment_url

        project_name = self.project_name

        project_url = self.project_url

        comparison_experiment_name: None | str | Unset
        if isinstance(self.comparison_experiment_name, Unset):
            comparison_experiment_name = UNSET
        else:
            comparison_experiment_name = self.comparison_experiment_name

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, SummarizeExperimentResponseMetricsType0):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        scores: dict[str, Any] | None | Unset
        if isinstance(self.scores, Unset):
            scores = UNSET
        elif isinstance(self.scores, SummarizeExperimentResponseScoresType0):
            scores = self.scores.to_dict()
        else:
            scores = self.scores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_name": experiment_name,
                "experiment_url": experiment_url,
                "project_name": project_name,
                "project_url": project_url,
            }
        )
        if comparison_experiment_name is not UNSET:
            field_dict["comparison_experiment_name"] = comparison_experiment_name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        experiment_name = d["experiment_name"]

        experiment_url = d["experiment_url"]

        project_name = d["project_name"]

        project_url = d["project_url"]

        comparison_experiment_name: None | str | Unset = d.get("comparison_experiment_name", UNSET)

        metrics = _parse_metrics(d.get("metrics", UNSET))

        scores = _parse_scores(d.get("scores", UNSET))

        summarize_experiment_response = cls(
            experiment_name,
            experiment_url,
            project_name,
            project_url,
            comparison_experiment_name,
            metrics,
            scores,
        )

        if not d.keys() <= _FIELDS:
            summarize_experiment_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return summarize_experiment_response

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


def _parse_metrics(data: object) -> None | SummarizeExperimentResponseMetricsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metrics_type_0 = SummarizeExperimentResponseMetricsType0.from_dict(data)

        return metrics_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SummarizeExperimentResponseMetricsType0 | Unset, data)


def _parse_scores(data: object) -> None | SummarizeExperimentResponseScoresType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        scores_type_0 = SummarizeExperimentResponseScoresType0.from_dict(data)

        return scores_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SummarizeExperimentResponseScoresType0 | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        SummarizeExperimentResponseMetricsType0, \
        SummarizeExperimentResponseScoresType0
    from ..models.summarize_experiment_response_metrics_type_0 import (
        SummarizeExperimentResponseMetricsType0,  # noqa: PLC0415
    )
    from ..models.summarize_experiment_response_scores_type_0 import (
        SummarizeExperimentResponseScoresType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
