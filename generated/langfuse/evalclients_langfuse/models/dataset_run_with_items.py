from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_run_item import DatasetRunItem
    from ..models.deprecation import Deprecation


T = TypeVar("T", bound="DatasetRunWithItems")
_FIELDS = frozenset(
    {
        "createdAt",
        "datasetId",
        "datasetName",
        "description",
        "id",
        "metadata",
        "name",
        "updatedAt",
        "datasetRunItems",
        "_deprecation",
    }
)


@_attrs_define
class DatasetRunWithItems:
    """
    Attributes:
        created_at (datetime.datetime): The date and time when the dataset run was created
        dataset_id (str): Id of the associated dataset
        dataset_name (str): Name of the associated dataset
        description (None | str): Description of the run
        id (str): Unique identifier of the dataset run
        metadata (Any): Metadata of the dataset run
        name (str): Name of the dataset run
        updated_at (datetime.datetime): The date and time when the dataset run was last updated
        dataset_run_items (list[DatasetRunItem]):
        field_deprecation (Deprecation | Unset): Migration signal returned by deprecated endpoints. Optional fields are
            omitted when they have no value.
    """

    created_at: datetime.datetime
    dataset_id: str
    dataset_name: str
    description: None | str
    id: str
    metadata: Any
    name: str
    updated_at: datetime.datetime
    dataset_run_items: list[DatasetRunItem]
    field_deprecation: Deprecation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        description: None | str
        description = self.description

        id = self.id

        metadata = self.metadata

        name = self.name

        updated_at = self.updated_at.isoformat()

        dataset_run_items = []
        for dataset_run_items_item_data in self.dataset_run_items:
            dataset_run_items_item = dataset_run_items_item_data.to_dict()
            dataset_run_items.append(dataset_run_items_item)

        field_deprecation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_deprecation, Unset):
            field_deprecation = self.field_deprecation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "datasetId": dataset_id,
                "datasetName": dataset_name,
                "description": description,
                "id": id,
                "metadata": metadata,
                "name": name,
                "updatedAt": updated_at,
                "datasetRunItems": dataset_run_items,
            }
        )
        if field_deprecation is not UNSET:
            field_dict["_deprecation"] = field_deprecation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        dataset_id = d["datasetId"]

        dataset_name = d["datasetName"]

        description: None | str = d["description"]

        id = d["id"]

        metadata = d["metadata"]

        name = d["name"]

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        dataset_run_items = [
            DatasetRunItem.from_dict(dataset_run_items_item_data)
            for dataset_run_items_item_data in d["datasetRunItems"]
        ]

        _field_deprecation = d.get("_deprecation", UNSET)
        field_deprecation: Deprecation | Unset
        if _field_deprecation is UNSET:
            field_deprecation = UNSET
        else:
            field_deprecation = Deprecation.from_dict(_field_deprecation)

        dataset_run_with_items = cls(
            created_at,
            dataset_id,
            dataset_name,
            description,
            id,
            metadata,
            name,
            updated_at,
            dataset_run_items,
            field_deprecation,
        )

        if not d.keys() <= _FIELDS:
            dataset_run_with_items.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_run_with_items

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
    global _LAZY_PENDING, DatasetRunItem, Deprecation
    from ..models.dataset_run_item import DatasetRunItem  # noqa: PLC0415
    from ..models.deprecation import Deprecation  # noqa: PLC0415

    _LAZY_PENDING = False
