from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summarize_experiment_response_metrics_type_0 import (
        SummarizeExperimentResponseMetricsType0,
    )
    from ..models.summarize_experiment_response_scores_type_0 import (
        SummarizeExperimentResponseScoresType0,
    )


T = TypeVar("T", bound="SummarizeExperimentResponse")
_new = object.__new__
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

    experiment_name: str | Unset
    experiment_url: str | Unset
    project_name: str | Unset
    project_url: str | Unset
    comparison_experiment_name: None | str | Unset = UNSET
    metrics: None | SummarizeExperimentResponseMetricsType0 | Unset = UNSET
    scores: None | SummarizeExperimentResponseScoresType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        try:
            metrics: dict[str, Any] | None | Unset
            if isinstance(self.metrics, Unset):
                metrics = UNSET
            elif isinstance(self.metrics, SummarizeExperimentResponseMetricsType0):
                metrics = self.metrics.to_dict()
            else:
                metrics = self.metrics
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metrics = _as_json(self.metrics)

        try:
            scores: dict[str, Any] | None | Unset
            if isinstance(self.scores, Unset):
                scores = UNSET
            elif isinstance(self.scores, SummarizeExperimentResponseScoresType0):
                scores = self.scores.to_dict()
            else:
                scores = self.scores
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scores = _as_json(self.scores)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            experiment_name = d["experiment_name"]
            if not (type(experiment_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_name, _drifted = _keep(cls, d, "experiment_name", "str", "type", _drifted)

        try:
            experiment_url = d["experiment_url"]
            if not (type(experiment_url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_url, _drifted = _keep(cls, d, "experiment_url", "str", "type", _drifted)

        try:
            project_name = d["project_name"]
            if not (type(project_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_name, _drifted = _keep(cls, d, "project_name", "str", "type", _drifted)

        try:
            project_url = d["project_url"]
            if not (type(project_url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_url, _drifted = _keep(cls, d, "project_url", "str", "type", _drifted)

        try:
            comparison_experiment_name: None | str | Unset = d.get(
                "comparison_experiment_name", UNSET
            )

            if not (
                comparison_experiment_name is None
                or type(comparison_experiment_name) is str
                or comparison_experiment_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comparison_experiment_name, _drifted = _keep(
                cls, d, "comparison_experiment_name", "None | str", "type", _drifted
            )

        _metrics_raw = d.get("metrics", UNSET)
        if _metrics_raw is UNSET:
            metrics = UNSET
        elif not _strict:
            metrics = _metrics_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _metrics = d.get("metrics", UNSET)
                metrics = (
                    _metrics if _metrics is None or _metrics is UNSET else _parse_metrics(_metrics)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metrics, _drifted = _keep(
                    cls,
                    d,
                    "metrics",
                    "None | SummarizeExperimentResponseMetricsType0",
                    "union",
                    _drifted,
                )

        _scores_raw = d.get("scores", UNSET)
        if _scores_raw is UNSET:
            scores = UNSET
        elif not _strict:
            scores = _scores_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _scores = d.get("scores", UNSET)
                scores = _scores if _scores is None or _scores is UNSET else _parse_scores(_scores)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scores, _drifted = _keep(
                    cls,
                    d,
                    "scores",
                    "None | SummarizeExperimentResponseScoresType0",
                    "union",
                    _drifted,
                )

        _summarize_experiment_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _summarize_experiment_response_.experiment_name = experiment_name
        _summarize_experiment_response_.experiment_url = experiment_url
        _summarize_experiment_response_.project_name = project_name
        _summarize_experiment_response_.project_url = project_url
        _summarize_experiment_response_.comparison_experiment_name = comparison_experiment_name
        _summarize_experiment_response_._metrics_slot = metrics  # type: ignore[attr-defined]
        _summarize_experiment_response_._scores_slot = scores  # type: ignore[attr-defined]
        _summarize_experiment_response_.additional_properties = {}
        _summarize_experiment_response_._pending = _pending

        if _extra:
            _summarize_experiment_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_summarize_experiment_response_, _drifted)
        return _summarize_experiment_response_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_metrics(self: SummarizeExperimentResponse, raw: Any) -> Any:
    """``metrics`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metrics = raw
        metrics = _metrics if _metrics is None or _metrics is UNSET else _parse_metrics(_metrics)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metrics, _drifted = _keep(
            type(self),
            {"metrics": raw},
            "metrics",
            "None | SummarizeExperimentResponseMetricsType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metrics


_lazy(SummarizeExperimentResponse, "metrics", 1, _decode_metrics)


def _decode_scores(self: SummarizeExperimentResponse, raw: Any) -> Any:
    """``scores`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scores = raw
        scores = _scores if _scores is None or _scores is UNSET else _parse_scores(_scores)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scores, _drifted = _keep(
            type(self),
            {"scores": raw},
            "scores",
            "None | SummarizeExperimentResponseScoresType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scores


_lazy(SummarizeExperimentResponse, "scores", 2, _decode_scores)

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
