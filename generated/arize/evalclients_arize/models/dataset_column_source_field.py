from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_source_data_type import WidgetSourceDataType, check_widget_source_data_type
from ..models.widget_source_field_kind import WidgetSourceFieldKind, check_widget_source_field_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetColumnSourceField")
_FIELDS = frozenset(
    {
        "column_name",
        "data_type",
        "kind",
    }
)


@_attrs_define
class DatasetColumnSourceField:
    """A top-level dataset column used by a widget.

    Attributes:
        column_name (str | Unset): Name of the selected dataset column.
        data_type (WidgetSourceDataType | Unset): Data type of a dataset field used by a widget.
        kind (WidgetSourceFieldKind | Unset): The kind of dataset field reference.
    """

    column_name: str | Unset = UNSET
    data_type: WidgetSourceDataType | Unset = UNSET
    kind: WidgetSourceFieldKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_name = self.column_name

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        column_name = d.get("column_name", UNSET)

        _data_type = d.get("data_type", UNSET)
        data_type: WidgetSourceDataType | Unset
        if _data_type is UNSET:
            data_type = UNSET
        else:
            data_type = check_widget_source_data_type(_data_type)

        _kind = d.get("kind", UNSET)
        kind: WidgetSourceFieldKind | Unset
        if _kind is UNSET:
            kind = UNSET
        else:
            kind = check_widget_source_field_kind(_kind)

        dataset_column_source_field = cls(
            column_name,
            data_type,
            kind,
        )

        if not d.keys() <= _FIELDS:
            dataset_column_source_field.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_column_source_field

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
