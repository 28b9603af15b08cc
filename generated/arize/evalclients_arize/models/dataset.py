from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_version import DatasetVersion


T = TypeVar("T", bound="Dataset")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "space_id",
        "updated_at",
        "versions",
    }
)


@_attrs_define
class Dataset:
    """A dataset is a structured collection of examples used to test and evaluate LLM applications. Datasets allow you to
    test models consistently across any real-world scenarios and edge cases, quickly identify regressions, and track
    measurable improvements.

        Attributes:
            created_at (datetime.datetime | Unset): Timestamp for when the dataset was created
            id (str | Unset): Unique identifier for the dataset
            name (str | Unset): Name of the dataset
            space_id (str | Unset): Unique identifier for the space this dataset belongs to
            updated_at (datetime.datetime | Unset): Timestamp for the last update of the dataset
            versions (list[DatasetVersion] | Unset): List of versions associated with this dataset
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    versions: list[DatasetVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        space_id = self.space_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        space_id = d.get("space_id", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _versions = d.get("versions", UNSET)
        versions: list[DatasetVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = [
                DatasetVersion.from_dict(versions_item_data) for versions_item_data in _versions
            ]

        dataset = cls(
            created_at,
            id,
            name,
            space_id,
            updated_at,
            versions,
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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetVersion
    from ..models.dataset_version import DatasetVersion  # noqa: PLC0415

    _LAZY_PENDING = False
