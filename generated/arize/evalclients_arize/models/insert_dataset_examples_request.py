from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insert_dataset_examples_request_examples_item import (
        InsertDatasetExamplesRequestExamplesItem,
    )


T = TypeVar("T", bound="InsertDatasetExamplesRequest")
_FIELDS = frozenset(
    {
        "examples",
    }
)


@_attrs_define
class InsertDatasetExamplesRequest:
    """Examples to append (insert) to a dataset version, with auto-generated IDs.

    Attributes:
        examples (list[InsertDatasetExamplesRequestExamplesItem]): Array of examples to append to the dataset version
    """

    examples: list[InsertDatasetExamplesRequestExamplesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        examples = [
            InsertDatasetExamplesRequestExamplesItem.from_dict(examples_item_data)
            for examples_item_data in d["examples"]
        ]

        insert_dataset_examples_request = cls(
            examples,
        )

        if not d.keys() <= _FIELDS:
            insert_dataset_examples_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return insert_dataset_examples_request

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
    global _LAZY_PENDING, InsertDatasetExamplesRequestExamplesItem
    from ..models.insert_dataset_examples_request_examples_item import (
        InsertDatasetExamplesRequestExamplesItem,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
