from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_example import DatasetExample
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListDatasetExamplesResponse")
_FIELDS = frozenset(
    {
        "examples",
        "pagination",
    }
)


@_attrs_define
class ListDatasetExamplesResponse:
    """ListDatasetExamplesResponse

    Attributes:
        examples (list[DatasetExample] | Unset): Array of example objects from the dataset
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    examples: list[DatasetExample] | Unset = UNSET
    pagination: PaginationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = []
            for examples_item_data in self.examples:
                examples_item = examples_item_data.to_dict()
                examples.append(examples_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if examples is not UNSET:
            field_dict["examples"] = examples
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _examples = d.get("examples", UNSET)
        examples: list[DatasetExample] | Unset = UNSET
        if _examples is not UNSET:
            examples = [
                DatasetExample.from_dict(examples_item_data) for examples_item_data in _examples
            ]

        _pagination = d.get("pagination", UNSET)
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)

        list_dataset_examples_response = cls(
            examples,
            pagination,
        )

        if not d.keys() <= _FIELDS:
            list_dataset_examples_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_dataset_examples_response

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
    global _LAZY_PENDING, DatasetExample, PaginationMetadata
    from ..models.dataset_example import DatasetExample  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
