from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_split_metadata import DatasetSplitMetadata


T = TypeVar("T", bound="DatasetSplit")
_FIELDS = frozenset(
    {
        "color",
        "created_at",
        "description",
        "example_count",
        "id",
        "metadata",
        "name",
        "updated_at",
    }
)


@_attrs_define
class DatasetSplit:
    """
    Attributes:
        color (str):
        created_at (datetime.datetime):
        description (None | str):
        example_count (int):
        id (str):
        metadata (DatasetSplitMetadata):
        name (str):
        updated_at (datetime.datetime):
    """

    color: str
    created_at: datetime.datetime
    description: None | str
    example_count: int
    id: str
    metadata: DatasetSplitMetadata
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        color = self.color

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        example_count = self.example_count

        id = self.id

        metadata = self.metadata.to_dict()

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "created_at": created_at,
                "description": description,
                "example_count": example_count,
                "id": id,
                "metadata": metadata,
                "name": name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        color = d["color"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        description: None | str = d["description"]

        example_count = d["example_count"]

        id = d["id"]

        metadata = DatasetSplitMetadata.from_dict(d["metadata"])

        name = d["name"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        dataset_split = cls(
            color,
            created_at,
            description,
            example_count,
            id,
            metadata,
            name,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset_split.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_split

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
    global _LAZY_PENDING, DatasetSplitMetadata
    from ..models.dataset_split_metadata import DatasetSplitMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
