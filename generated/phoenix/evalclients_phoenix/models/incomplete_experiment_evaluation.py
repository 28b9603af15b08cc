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
from ..drift import strs as _strs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_example import DatasetExample
    from ..models.experiment_run import ExperimentRun


T = TypeVar("T", bound="IncompleteExperimentEvaluation")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_example",
        "evaluation_names",
        "experiment_run",
    }
)


@_attrs_define
class IncompleteExperimentEvaluation:
    """Information about an experiment run with incomplete evaluations

    Attributes:
        dataset_example (DatasetExample):
        evaluation_names (list[str]): List of evaluation names that are incomplete (either missing or failed)
        experiment_run (ExperimentRun):
    """

    dataset_example: DatasetExample | Unset
    evaluation_names: list[str] | Unset
    experiment_run: ExperimentRun | Unset
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
        try:
            dataset_example = self.dataset_example.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_example = _as_json(self.dataset_example)

        try:
            evaluation_names = self.evaluation_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluation_names = _as_json(self.evaluation_names)

        try:
            experiment_run = self.experiment_run.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_run = _as_json(self.experiment_run)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_example": dataset_example,
                "evaluation_names": evaluation_names,
                "experiment_run": experiment_run,
            }
        )

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
        _dataset_example_raw = d.get("dataset_example", UNSET)
        if _dataset_example_raw is not UNSET and not _strict:
            dataset_example = _dataset_example_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                dataset_example = DatasetExample.from_dict(d["dataset_example"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_example, _drifted = _keep(
                    cls, d, "dataset_example", "DatasetExample", "type", _drifted
                )

        try:
            evaluation_names: list[str] = d["evaluation_names"]

            if not (type(evaluation_names) is list and _strs(evaluation_names)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluation_names, _drifted = _keep(
                cls, d, "evaluation_names", "list[str]", "type", _drifted
            )

        _experiment_run_raw = d.get("experiment_run", UNSET)
        if _experiment_run_raw is not UNSET and not _strict:
            experiment_run = _experiment_run_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                experiment_run = ExperimentRun.from_dict(d["experiment_run"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                experiment_run, _drifted = _keep(
                    cls, d, "experiment_run", "ExperimentRun", "type", _drifted
                )

        _incomplete_experiment_evaluation_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _incomplete_experiment_evaluation_._dataset_example_slot = dataset_example  # type: ignore[attr-defined]
        _incomplete_experiment_evaluation_.evaluation_names = evaluation_names
        _incomplete_experiment_evaluation_._experiment_run_slot = experiment_run  # type: ignore[attr-defined]
        _incomplete_experiment_evaluation_.additional_properties = {}
        _incomplete_experiment_evaluation_._pending = _pending

        if _extra:
            _incomplete_experiment_evaluation_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_incomplete_experiment_evaluation_, _drifted)
        return _incomplete_experiment_evaluation_

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


def _decode_dataset_example(self: IncompleteExperimentEvaluation, raw: Any) -> Any:
    """``dataset_example`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        dataset_example = DatasetExample.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_example, _drifted = _keep(
            type(self),
            {"dataset_example": raw},
            "dataset_example",
            "DatasetExample",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_example


_lazy(IncompleteExperimentEvaluation, "dataset_example", 1, _decode_dataset_example)


def _decode_experiment_run(self: IncompleteExperimentEvaluation, raw: Any) -> Any:
    """``experiment_run`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        experiment_run = ExperimentRun.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        experiment_run, _drifted = _keep(
            type(self), {"experiment_run": raw}, "experiment_run", "ExperimentRun", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return experiment_run


_lazy(IncompleteExperimentEvaluation, "experiment_run", 2, _decode_experiment_run)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetExample, ExperimentRun
    from ..models.dataset_example import DatasetExample  # noqa: PLC0415
    from ..models.experiment_run import ExperimentRun  # noqa: PLC0415

    _LAZY_PENDING = False
