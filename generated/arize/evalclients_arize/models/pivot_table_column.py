from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource


T = TypeVar("T", bound="PivotTableColumn")
_FIELDS = frozenset(
    {
        "aggregation",
        "dataset_source",
        "dimension",
        "dimension_category",
        "id",
        "position",
        "title",
    }
)


@_attrs_define
class PivotTableColumn:
    """A saved column definition in a pivot table widget.

    Attributes:
        aggregation (None | str | Unset): Aggregation applied to values in the column.
        dataset_source (DatasetSource | None | Unset): Dataset-backed source configuration for the column.
        dimension (None | str | Unset): Dimension or metric represented by the column.
        dimension_category (None | str | Unset): Category of the selected dimension.
        id (str | Unset): Unique identifier for the column.
        position (int | None | Unset): Display order of the column, or null when no order is saved.
        title (None | str | Unset): Display title of the column.
    """

    aggregation: None | str | Unset = UNSET
    dataset_source: DatasetSource | None | Unset = UNSET
    dimension: None | str | Unset = UNSET
    dimension_category: None | str | Unset = UNSET
    id: str | Unset = UNSET
    position: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        aggregation: None | str | Unset
        if isinstance(self.aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = self.aggregation

        dataset_source: dict[str, Any] | None | Unset
        if isinstance(self.dataset_source, Unset):
            dataset_source = UNSET
        elif isinstance(self.dataset_source, DatasetSource):
            dataset_source = self.dataset_source.to_dict()
        else:
            dataset_source = self.dataset_source

        dimension: None | str | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        else:
            dimension = self.dimension

        dimension_category: None | str | Unset
        if isinstance(self.dimension_category, Unset):
            dimension_category = UNSET
        else:
            dimension_category = self.dimension_category

        id = self.id

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if dataset_source is not UNSET:
            field_dict["dataset_source"] = dataset_source
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if dimension_category is not UNSET:
            field_dict["dimension_category"] = dimension_category
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        aggregation: None | str | Unset = d.get("aggregation", UNSET)

        dataset_source = _parse_dataset_source(d.get("dataset_source", UNSET))

        dimension: None | str | Unset = d.get("dimension", UNSET)

        dimension_category: None | str | Unset = d.get("dimension_category", UNSET)

        id = d.get("id", UNSET)

        position: int | None | Unset = d.get("position", UNSET)

        title: None | str | Unset = d.get("title", UNSET)

        pivot_table_column = cls(
            aggregation,
            dataset_source,
            dimension,
            dimension_category,
            id,
            position,
            title,
        )

        if not d.keys() <= _FIELDS:
            pivot_table_column.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return pivot_table_column

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


def _parse_dataset_source(data: object) -> DatasetSource | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        dataset_source_type_0 = DatasetSource.from_dict(data)

        return dataset_source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DatasetSource | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetSource
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415

    _LAZY_PENDING = False
