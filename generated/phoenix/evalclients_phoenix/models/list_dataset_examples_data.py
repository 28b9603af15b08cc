from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_example import DatasetExample


T = TypeVar("T", bound="ListDatasetExamplesData")
_FIELDS = frozenset(
    {
        "dataset_id",
        "examples",
        "version_id",
        "filtered_splits",
    }
)


@_attrs_define
class ListDatasetExamplesData:
    """
    Attributes:
        dataset_id (str):
        examples (list[DatasetExample]):
        version_id (str):
        filtered_splits (list[str] | Unset):
    """

    dataset_id: str
    examples: list[DatasetExample]
    version_id: str
    filtered_splits: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        dataset_id = self.dataset_id

        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        version_id = self.version_id

        filtered_splits: list[str] | Unset = UNSET
        if not isinstance(self.filtered_splits, Unset):
            filtered_splits = self.filtered_splits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "examples": examples,
                "version_id": version_id,
            }
        )
        if filtered_splits is not UNSET:
            field_dict["filtered_splits"] = filtered_splits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        dataset_id = d["dataset_id"]

        examples = [
            DatasetExample.from_dict(examples_item_data) for examples_item_data in d["examples"]
        ]

        version_id = d["version_id"]

        filtered_splits: list[str] = d.get("filtered_splits", UNSET)

        list_dataset_examples_data = cls(
            dataset_id,
            examples,
            version_id,
            filtered_splits,
        )

        if not d.keys() <= _FIELDS:
            list_dataset_examples_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_dataset_examples_data

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
    global _LAZY_PENDING, DatasetExample
    from ..models.dataset_example import DatasetExample  # noqa: PLC0415

    _LAZY_PENDING = False
