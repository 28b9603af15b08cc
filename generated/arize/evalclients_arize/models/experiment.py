from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..types import UNSET, Unset

T = TypeVar("T", bound="Experiment")
_FIELDS = frozenset(
    {
        "created_at",
        "dataset_id",
        "dataset_version_id",
        "id",
        "name",
        "updated_at",
        "experiment_traces_project_id",
        "integration_id",
    }
)


@_attrs_define
class Experiment:
    """Experiments combine a dataset (example inputs/expected outputs), a task
    (the function that produces model outputs), and one or more evaluators
    (code or LLM judges) to measure performance. Each run is stored independently
    so you can compare runs, track progress, and validate improvements over time.
    See the full definition on the Experiments page.

    Use an experiment to run tasks on a dataset, attach evaluators to score outputs,
    and compare runs to confirm improvements.

        Attributes:
            created_at (datetime.datetime): Timestamp for when the experiment was created
            dataset_id (str): Unique identifier for the dataset this experiment belongs to
            dataset_version_id (str): Unique identifier for the dataset version this experiment belongs to
            id (str): Unique identifier for the experiment
            name (str): Name of the experiment
            updated_at (datetime.datetime): Timestamp for the last update of the experiment
            experiment_traces_project_id (str | Unset): Unique identifier for the experiment traces project this experiment
                belongs to (if it exists)
            integration_id (None | str | Unset): Identifier (base64) of the agent integration that backs this
                experiment, as returned by the integrations API. Null for non-agent
                experiments (for example, SDK or Playground experiments).
    """

    created_at: datetime.datetime | Unset
    dataset_id: str | Unset
    dataset_version_id: str | Unset
    id: str | Unset
    name: str | Unset
    updated_at: datetime.datetime | Unset
    experiment_traces_project_id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        id = self.id

        name = self.name

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        experiment_traces_project_id = self.experiment_traces_project_id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "dataset_id": dataset_id,
                "dataset_version_id": dataset_version_id,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if experiment_traces_project_id is not UNSET:
            field_dict["experiment_traces_project_id"] = experiment_traces_project_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            created_at = datetime.datetime.fromisoformat(d["created_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_at, _drifted = _keep(
                cls, d, "created_at", "datetime.datetime", "type", _drifted
            )

        try:
            dataset_id = d["dataset_id"]
            if not (type(dataset_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "str", "type", _drifted)

        try:
            dataset_version_id = d["dataset_version_id"]
            if not (type(dataset_version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version_id, _drifted = _keep(
                cls, d, "dataset_version_id", "str", "type", _drifted
            )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            updated_at, _drifted = _keep(
                cls, d, "updated_at", "datetime.datetime", "type", _drifted
            )

        try:
            experiment_traces_project_id = d.get("experiment_traces_project_id", UNSET)
            if not (
                type(experiment_traces_project_id) is str or experiment_traces_project_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_traces_project_id, _drifted = _keep(
                cls, d, "experiment_traces_project_id", "str", "type", _drifted
            )

        try:
            integration_id: None | str | Unset = d.get("integration_id", UNSET)

            if not (
                integration_id is None or type(integration_id) is str or integration_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            integration_id, _drifted = _keep(
                cls, d, "integration_id", "None | str", "type", _drifted
            )

        experiment = cls(
            created_at,
            dataset_id,
            dataset_version_id,
            id,
            name,
            updated_at,
            experiment_traces_project_id,
            integration_id,
        )

        if _extra:
            experiment.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(experiment, _drifted)
        return experiment

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
