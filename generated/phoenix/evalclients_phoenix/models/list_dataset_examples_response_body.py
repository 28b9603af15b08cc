from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_dataset_examples_data import ListDatasetExamplesData


T = TypeVar("T", bound="ListDatasetExamplesResponseBody")
_FIELDS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class ListDatasetExamplesResponseBody:
    """
    Attributes:
        data (ListDatasetExamplesData):
    """

    data: ListDatasetExamplesData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        data = ListDatasetExamplesData.from_dict(d["data"])

        list_dataset_examples_response_body = cls(
            data,
        )

        if not d.keys() <= _FIELDS:
            list_dataset_examples_response_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_dataset_examples_response_body

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
    global _LAZY_PENDING, ListDatasetExamplesData
    from ..models.list_dataset_examples_data import ListDatasetExamplesData  # noqa: PLC0415

    _LAZY_PENDING = False
