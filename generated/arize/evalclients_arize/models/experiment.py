from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    created_at: datetime.datetime
    dataset_id: str
    dataset_version_id: str
    id: str
    name: str
    updated_at: datetime.datetime
    experiment_traces_project_id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        dataset_id = d["dataset_id"]

        dataset_version_id = d["dataset_version_id"]

        id = d["id"]

        name = d["name"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        experiment_traces_project_id = d.get("experiment_traces_project_id", UNSET)

        integration_id: None | str | Unset = d.get("integration_id", UNSET)

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

        if not d.keys() <= _FIELDS:
            experiment.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
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
