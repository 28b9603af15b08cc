from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_dataset_request_examples_item import CreateDatasetRequestExamplesItem


T = TypeVar("T", bound="CreateDatasetRequest")
_FIELDS = frozenset(
    {
        "examples",
        "name",
        "space_id",
    }
)


@_attrs_define
class CreateDatasetRequest:
    """Dataset creation parameters.

    Attributes:
        examples (list[CreateDatasetRequestExamplesItem]): Array of examples for the new dataset
        name (str): Name of the new dataset. Must be unique within the space.
        space_id (str): ID of the space the dataset will belong to
    """

    examples: list[CreateDatasetRequestExamplesItem]
    name: str
    space_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        name = self.name

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
                "name": name,
                "space_id": space_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        examples = [
            CreateDatasetRequestExamplesItem.from_dict(examples_item_data)
            for examples_item_data in d["examples"]
        ]

        name = d["name"]

        space_id = d["space_id"]

        create_dataset_request = cls(
            examples,
            name,
            space_id,
        )

        if not d.keys() <= _FIELDS:
            create_dataset_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_dataset_request

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
    global _LAZY_PENDING, CreateDatasetRequestExamplesItem
    from ..models.create_dataset_request_examples_item import CreateDatasetRequestExamplesItem  # noqa: PLC0415

    _LAZY_PENDING = False
