from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_version_metadata import DatasetVersionMetadata


T = TypeVar("T", bound="DatasetVersion")
_FIELDS = frozenset(
    {
        "created_at",
        "description",
        "metadata",
        "version_id",
    }
)


@_attrs_define
class DatasetVersion:
    """
    Attributes:
        created_at (datetime.datetime):
        description (None | str):
        metadata (DatasetVersionMetadata):
        version_id (str):
    """

    created_at: datetime.datetime
    description: None | str
    metadata: DatasetVersionMetadata
    version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        metadata = self.metadata.to_dict()

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "metadata": metadata,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        description: None | str = d["description"]

        metadata = DatasetVersionMetadata.from_dict(d["metadata"])

        version_id = d["version_id"]

        dataset_version = cls(
            created_at,
            description,
            metadata,
            version_id,
        )

        if not d.keys() <= _FIELDS:
            dataset_version.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_version

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
    global _LAZY_PENDING, DatasetVersionMetadata
    from ..models.dataset_version_metadata import DatasetVersionMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
