from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_run_input import ExperimentRunInput


T = TypeVar("T", bound="CreateExperimentRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "experiment_runs",
        "name",
        "dataset_id",
        "space_id",
    }
)


@_attrs_define
class CreateExperimentRequest:
    """Experiment creation parameters with an initial set of runs.  An experiment belongs to a space and may optionally be
    associated with a dataset. Provide exactly one of: - `dataset_id` — associate the experiment with a dataset; it's
    created in   that dataset's space, and its runs may reference the dataset's examples   via `example_id`. -
    `space_id` — the space to create the experiment in, when it isn't   associated with a dataset.  Providing both, or
    neither, is a validation error.

        Attributes:
            experiment_runs (list[ExperimentRunInput]): Array of experiment run data. Between 1 and 1000 runs per request.
            name (str): Name of the experiment. Must be 1–255 characters and must not contain double quotes (`"`) or
                backslashes (`\\`).
            dataset_id (None | str | Unset): ID of the dataset to associate the experiment with. Provide `space_id` instead
                when the experiment isn't associated with a dataset.
            space_id (None | str | Unset): ID of the space to create the experiment in. Provide instead of `dataset_id`.
    """

    experiment_runs: list[ExperimentRunInput] | Unset
    name: str | Unset
    dataset_id: None | str | Unset = UNSET
    space_id: None | str | Unset = UNSET
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
            experiment_runs = []
            for experiment_runs_item_data in self.experiment_runs:
                experiment_runs_item = experiment_runs_item_data.to_dict()
                experiment_runs.append(experiment_runs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_runs = _as_json(self.experiment_runs)

        name = self.name

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_runs": experiment_runs,
                "name": name,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

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
        _experiment_runs_raw = d.get("experiment_runs", UNSET)
        if _experiment_runs_raw is not UNSET and not _strict:
            experiment_runs = _experiment_runs_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                experiment_runs = [
                    ExperimentRunInput.from_dict(experiment_runs_item_data)
                    for experiment_runs_item_data in d["experiment_runs"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                experiment_runs, _drifted = _keep_each(
                    cls,
                    d,
                    "experiment_runs",
                    "list[ExperimentRunInput]",
                    "type",
                    lambda experiment_runs_item_data: ExperimentRunInput.from_dict(
                        experiment_runs_item_data
                    ),
                    _drifted,
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

        try:
            space_id: None | str | Unset = d.get("space_id", UNSET)

            if not (space_id is None or type(space_id) is str or space_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "None | str", "type", _drifted)

        _create_experiment_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_experiment_request_._experiment_runs_slot = experiment_runs  # type: ignore[attr-defined]
        _create_experiment_request_.name = name
        _create_experiment_request_.dataset_id = dataset_id
        _create_experiment_request_.space_id = space_id
        _create_experiment_request_.additional_properties = {}
        _create_experiment_request_._pending = _pending

        if _extra:
            _create_experiment_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_experiment_request_, _drifted)
        return _create_experiment_request_

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


def _decode_experiment_runs(self: CreateExperimentRequest, raw: Any) -> Any:
    """``experiment_runs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        experiment_runs = [
            ExperimentRunInput.from_dict(experiment_runs_item_data)
            for experiment_runs_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        experiment_runs, _drifted = _keep_each(
            type(self),
            {"experiment_runs": raw},
            "experiment_runs",
            "list[ExperimentRunInput]",
            "type",
            lambda experiment_runs_item_data: ExperimentRunInput.from_dict(
                experiment_runs_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return experiment_runs


_lazy(CreateExperimentRequest, "experiment_runs", 1, _decode_experiment_runs)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentRunInput
    from ..models.experiment_run_input import ExperimentRunInput  # noqa: PLC0415

    _LAZY_PENDING = False
