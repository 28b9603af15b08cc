from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_dataset_example_input import UpdateDatasetExampleInput


T = TypeVar("T", bound="UpdateDatasetExamplesRequest")
_FIELDS = frozenset(
    {
        "examples",
        "new_version",
    }
)


@_attrs_define
class UpdateDatasetExamplesRequest:
    """Examples to update by ID matching, optionally into a new version.

    Attributes:
        examples (list[UpdateDatasetExampleInput]): Array of examples with 'id' field for matching and updating existing
            records
        new_version (str | Unset): Name for the new version. If provided (non-empty), creates a new version with that
            name.  If omitted or empty, updates the existing version in-place.
    """

    examples: list[UpdateDatasetExampleInput]
    new_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        new_version = self.new_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
            }
        )
        if new_version is not UNSET:
            field_dict["new_version"] = new_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        examples = [
            UpdateDatasetExampleInput.from_dict(examples_item_data)
            for examples_item_data in d["examples"]
        ]

        new_version = d.get("new_version", UNSET)

        update_dataset_examples_request = cls(
            examples,
            new_version,
        )

        if not d.keys() <= _FIELDS:
            update_dataset_examples_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_dataset_examples_request

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
    global _LAZY_PENDING, UpdateDatasetExampleInput
    from ..models.update_dataset_example_input import UpdateDatasetExampleInput  # noqa: PLC0415

    _LAZY_PENDING = False
