from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_metadata_type_0 import DatasetMetadataType0


T = TypeVar("T", bound="Dataset")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "project_id",
        "url_slug",
        "created",
        "deleted_at",
        "description",
        "metadata",
        "tags",
        "user_id",
    }
)


@_attrs_define
class Dataset:
    """
    Attributes:
        id (UUID): Unique identifier for the dataset
        name (str): Name of the dataset. Within a project, dataset names are unique
        project_id (UUID): Unique identifier for the project that the dataset belongs under
        url_slug (str): URL slug for the dataset. used to construct dataset URLs
        created (datetime.datetime | None | Unset): Date of dataset creation
        deleted_at (datetime.datetime | None | Unset): Date of dataset deletion, or null if the dataset is still active
        description (None | str | Unset): Textual description of the dataset
        metadata (DatasetMetadataType0 | None | Unset): User-controlled metadata about the dataset
        tags (list[str] | None | Unset): A list of tags for the dataset
        user_id (None | Unset | UUID): Identifies the user who created the dataset
    """

    id: UUID
    name: str
    project_id: UUID
    url_slug: str
    created: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata: DatasetMetadataType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        id = str(self.id)

        name = self.name

        project_id = str(self.project_id)

        url_slug = self.url_slug

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DatasetMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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
                "url_slug": url_slug,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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

        url_slug = d["url_slug"]

        created = _parse_created(d.get("created", UNSET))

        deleted_at = _parse_deleted_at(d.get("deleted_at", UNSET))

        description: None | str | Unset = d.get("description", UNSET)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        tags = _parse_tags(d.get("tags", UNSET))

        user_id = _parse_user_id(d.get("user_id", UNSET))

        dataset = cls(
            id,
            name,
            project_id,
            url_slug,
            created,
            deleted_at,
            description,
            metadata,
            tags,
            user_id,
        )

        if not d.keys() <= _FIELDS:
            dataset.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset

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


def _parse_metadata(data: object) -> DatasetMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = DatasetMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DatasetMetadataType0 | None | Unset, data)


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
    global _LAZY_PENDING, DatasetMetadataType0
    from ..models.dataset_metadata_type_0 import DatasetMetadataType0  # noqa: PLC0415

    _LAZY_PENDING = False
