from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_internal_metadata_type_0 import ExperimentInternalMetadataType0
    from ..models.experiment_metadata_type_0 import ExperimentMetadataType0
    from ..models.repo_info_type_0 import RepoInfoType0


T = TypeVar("T", bound="Experiment")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "project_id",
        "public",
        "base_exp_id",
        "commit",
        "created",
        "dataset_id",
        "dataset_version",
        "deleted_at",
        "description",
        "internal_metadata",
        "metadata",
        "parameters_id",
        "parameters_version",
        "repo_info",
        "tags",
        "user_id",
    }
)


@_attrs_define
class Experiment:
    """
    Attributes:
        id (UUID): Unique identifier for the experiment
        name (str): Name of the experiment. Within a project, experiment names are unique
        project_id (UUID): Unique identifier for the project that the experiment belongs under
        public (bool): Whether or not the experiment is public. Public experiments can be viewed by anybody inside or
            outside the organization
        base_exp_id (None | Unset | UUID): Id of default base experiment to compare against when viewing this experiment
        commit (None | str | Unset): Commit, taken directly from `repo_info.commit`
        created (datetime.datetime | None | Unset): Date of experiment creation
        dataset_id (None | Unset | UUID): Identifier of the linked dataset, or null if the experiment is not linked to a
            dataset
        dataset_version (None | str | Unset): Version number of the linked dataset the experiment was run against. This
            can be used to reproduce the experiment after the dataset has been modified.
        deleted_at (datetime.datetime | None | Unset): Date of experiment deletion, or null if the experiment is still
            active
        description (None | str | Unset): Textual description of the experiment
        internal_metadata (ExperimentInternalMetadataType0 | None | Unset): Braintrust-controlled metadata about the
            experiment.
        metadata (ExperimentMetadataType0 | None | Unset): User-controlled metadata about the experiment
        parameters_id (None | Unset | UUID): Identifier of the linked saved parameters object, or null if the experiment
            is not linked to saved parameters
        parameters_version (None | str | Unset): Version number of the linked saved parameters object the experiment was
            run against.
        repo_info (None | RepoInfoType0 | Unset): Metadata about the state of the repo when the experiment was created
        tags (list[str] | None | Unset): A list of tags for the experiment
        user_id (None | Unset | UUID): Identifies the user who created the experiment
    """

    id: UUID
    name: str
    project_id: UUID
    public: bool
    base_exp_id: None | Unset | UUID = UNSET
    commit: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    dataset_id: None | Unset | UUID = UNSET
    dataset_version: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    internal_metadata: ExperimentInternalMetadataType0 | None | Unset = UNSET
    metadata: ExperimentMetadataType0 | None | Unset = UNSET
    parameters_id: None | Unset | UUID = UNSET
    parameters_version: None | str | Unset = UNSET
    repo_info: None | RepoInfoType0 | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        id = str(self.id)

        name = self.name

        project_id = str(self.project_id)

        public = self.public

        base_exp_id: None | str | Unset
        if isinstance(self.base_exp_id, Unset):
            base_exp_id = UNSET
        elif isinstance(self.base_exp_id, UUID):
            base_exp_id = str(self.base_exp_id)
        else:
            base_exp_id = self.base_exp_id

        commit: None | str | Unset
        if isinstance(self.commit, Unset):
            commit = UNSET
        else:
            commit = self.commit

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        elif isinstance(self.dataset_id, UUID):
            dataset_id = str(self.dataset_id)
        else:
            dataset_id = self.dataset_id

        dataset_version: None | str | Unset
        if isinstance(self.dataset_version, Unset):
            dataset_version = UNSET
        else:
            dataset_version = self.dataset_version

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        internal_metadata: dict[str, Any] | None | Unset
        if isinstance(self.internal_metadata, Unset):
            internal_metadata = UNSET
        elif isinstance(self.internal_metadata, ExperimentInternalMetadataType0):
            internal_metadata = self.internal_metadata.to_dict()
        else:
            internal_metadata = self.internal_metadata

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ExperimentMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parameters_id: None | str | Unset
        if isinstance(self.parameters_id, Unset):
            parameters_id = UNSET
        elif isinstance(self.parameters_id, UUID):
            parameters_id = str(self.parameters_id)
        else:
            parameters_id = self.parameters_id

        parameters_version: None | str | Unset
        if isinstance(self.parameters_version, Unset):
            parameters_version = UNSET
        else:
            parameters_version = self.parameters_version

        repo_info: dict[str, Any] | None | Unset
        if isinstance(self.repo_info, Unset):
            repo_info = UNSET
        elif isinstance(self.repo_info, RepoInfoType0):
            repo_info = self.repo_info.to_dict()
        else:
            repo_info = self.repo_info

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "project_id": project_id,
                "public": public,
            }
        )
        if base_exp_id is not UNSET:
            field_dict["base_exp_id"] = base_exp_id
        if commit is not UNSET:
            field_dict["commit"] = commit
        if created is not UNSET:
            field_dict["created"] = created
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version is not UNSET:
            field_dict["dataset_version"] = dataset_version
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if internal_metadata is not UNSET:
            field_dict["internal_metadata"] = internal_metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parameters_id is not UNSET:
            field_dict["parameters_id"] = parameters_id
        if parameters_version is not UNSET:
            field_dict["parameters_version"] = parameters_version
        if repo_info is not UNSET:
            field_dict["repo_info"] = repo_info
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]

        project_id = UUID(d["project_id"])

        public = d["public"]

        base_exp_id = _parse_base_exp_id(d.get("base_exp_id", UNSET))

        commit: None | str | Unset = d.get("commit", UNSET)

        created = _parse_created(d.get("created", UNSET))

        dataset_id = _parse_dataset_id(d.get("dataset_id", UNSET))

        dataset_version: None | str | Unset = d.get("dataset_version", UNSET)

        deleted_at = _parse_deleted_at(d.get("deleted_at", UNSET))

        description: None | str | Unset = d.get("description", UNSET)

        internal_metadata = _parse_internal_metadata(d.get("internal_metadata", UNSET))

        metadata = _parse_metadata(d.get("metadata", UNSET))

        parameters_id = _parse_parameters_id(d.get("parameters_id", UNSET))

        parameters_version: None | str | Unset = d.get("parameters_version", UNSET)

        repo_info = _parse_repo_info(d.get("repo_info", UNSET))

        tags = _parse_tags(d.get("tags", UNSET))

        user_id = _parse_user_id(d.get("user_id", UNSET))

        experiment = cls(
            id,
            name,
            project_id,
            public,
            base_exp_id,
            commit,
            created,
            dataset_id,
            dataset_version,
            deleted_at,
            description,
            internal_metadata,
            metadata,
            parameters_id,
            parameters_version,
            repo_info,
            tags,
            user_id,
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


def _parse_base_exp_id(data: object) -> None | Unset | UUID:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        base_exp_id_type_0 = UUID(data)

        return base_exp_id_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UUID, data)


def _parse_created(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_type_0 = datetime.datetime.fromisoformat(data)

        return created_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_dataset_id(data: object) -> None | Unset | UUID:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        dataset_id_type_0 = UUID(data)

        return dataset_id_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UUID, data)


def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        deleted_at_type_0 = datetime.datetime.fromisoformat(data)

        return deleted_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_internal_metadata(data: object) -> ExperimentInternalMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        internal_metadata_type_0 = ExperimentInternalMetadataType0.from_dict(data)

        return internal_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ExperimentInternalMetadataType0 | None | Unset, data)


def _parse_metadata(data: object) -> ExperimentMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ExperimentMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ExperimentMetadataType0 | None | Unset, data)


def _parse_parameters_id(data: object) -> None | Unset | UUID:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        parameters_id_type_0 = UUID(data)

        return parameters_id_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UUID, data)


def _parse_repo_info(data: object) -> None | RepoInfoType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_repo_info_type_0 = RepoInfoType0.from_dict(data)

        return componentsschemas_repo_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RepoInfoType0 | Unset, data)


def _parse_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tags_type_0: list[str] = data

        return tags_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_user_id(data: object) -> None | Unset | UUID:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        user_id_type_0 = UUID(data)

        return user_id_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UUID, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentInternalMetadataType0, ExperimentMetadataType0, RepoInfoType0
    from ..models.experiment_internal_metadata_type_0 import ExperimentInternalMetadataType0  # noqa: PLC0415
    from ..models.experiment_metadata_type_0 import ExperimentMetadataType0  # noqa: PLC0415
    from ..models.repo_info_type_0 import RepoInfoType0  # noqa: PLC0415

    _LAZY_PENDING = False
