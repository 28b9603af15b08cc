from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experiment_metadata import ExperimentMetadata


T = TypeVar("T", bound="Experiment")
_FIELDS = frozenset(
    {
        "created_at",
        "dataset_id",
        "dataset_version_id",
        "description",
        "example_count",
        "failed_run_count",
        "id",
        "metadata",
        "missing_run_count",
        "name",
        "project_name",
        "repetitions",
        "successful_run_count",
        "updated_at",
    }
)


@_attrs_define
class Experiment:
    """
    Attributes:
        created_at (datetime.datetime): The creation timestamp of the experiment
        dataset_id (str): The ID of the dataset associated with the experiment
        dataset_version_id (str): The ID of the dataset version associated with the experiment
        description (None | str): The description of the experiment
        example_count (int): Number of examples in the experiment
        failed_run_count (int): Number of failed runs in the experiment
        id (str): The ID of the experiment
        metadata (ExperimentMetadata): Metadata of the experiment
        missing_run_count (int): Number of missing (not yet executed) runs in the experiment
        name (str): The name of the experiment
        project_name (None | str): The name of the project associated with the experiment
        repetitions (int): Number of times the experiment is repeated
        successful_run_count (int): Number of successful runs in the experiment
        updated_at (datetime.datetime): The last update timestamp of the experiment
    """

    created_at: datetime.datetime
    dataset_id: str
    dataset_version_id: str
    description: None | str
    example_count: int
    failed_run_count: int
    id: str
    metadata: ExperimentMetadata
    missing_run_count: int
    name: str
    project_name: None | str
    repetitions: int
    successful_run_count: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        description: None | str
        description = self.description

        example_count = self.example_count

        failed_run_count = self.failed_run_count

        id = self.id

        metadata = self.metadata.to_dict()

        missing_run_count = self.missing_run_count

        name = self.name

        project_name: None | str
        project_name = self.project_name

        repetitions = self.repetitions

        successful_run_count = self.successful_run_count

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "dataset_id": dataset_id,
                "dataset_version_id": dataset_version_id,
                "description": description,
                "example_count": example_count,
                "failed_run_count": failed_run_count,
                "id": id,
                "metadata": metadata,
                "missing_run_count": missing_run_count,
                "name": name,
                "project_name": project_name,
                "repetitions": repetitions,
                "successful_run_count": successful_run_count,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        dataset_id = d["dataset_id"]

        dataset_version_id = d["dataset_version_id"]

        description: None | str = d["description"]

        example_count = d["example_count"]

        failed_run_count = d["failed_run_count"]

        id = d["id"]

        metadata = ExperimentMetadata.from_dict(d["metadata"])

        missing_run_count = d["missing_run_count"]

        name = d["name"]

        project_name: None | str = d["project_name"]

        repetitions = d["repetitions"]

        successful_run_count = d["successful_run_count"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        experiment = cls(
            created_at,
            dataset_id,
            dataset_version_id,
            description,
            example_count,
            failed_run_count,
            id,
            metadata,
            missing_run_count,
            name,
            project_name,
            repetitions,
            successful_run_count,
            updated_at,
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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentMetadata
    from ..models.experiment_metadata import ExperimentMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
