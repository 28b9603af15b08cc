from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.widget_source_data_type import WidgetSourceDataType, check_widget_source_data_type
from ..models.widget_source_field_kind import WidgetSourceFieldKind, check_widget_source_field_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetColumnSourceField")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        column_name = self.column_name

        try:
            data_type: str | Unset = UNSET
            if not isinstance(self.data_type, Unset):
                data_type = self.data_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_type = _as_json(self.data_type)

        try:
            kind: str | Unset = UNSET
            if not isinstance(self.kind, Unset):
                kind = self.kind

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            kind = _as_json(self.kind)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if kind is not UNSET:
            field_dict["kind"] = kind

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            column_name = d.get("column_name", UNSET)
            if not (type(column_name) is str or column_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            column_name, _drifted = _keep(cls, d, "column_name", "str", "type", _drifted)

        try:
            _data_type = d.get("data_type", UNSET)
            data_type: WidgetSourceDataType | Unset
            if _data_type is UNSET:
                data_type = UNSET
            else:
                data_type = check_widget_source_data_type(_data_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_type, _drifted = _keep(
                cls,
                d,
                "data_type",
                "one of BOOLEAN, DOUBLE, EMBEDDING, FLOAT, LONG, STRING, STRING_LIST",
                "enum",
                _drifted,
            )

        try:
            _kind = d.get("kind", UNSET)
            kind: WidgetSourceFieldKind | Unset
            if _kind is UNSET:
                kind = UNSET
            else:
                kind = check_widget_source_field_kind(_kind)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            kind, _drifted = _keep(
                cls, d, "kind", "one of DATASET_COLUMN, NESTED_JSON_FIELD", "enum", _drifted
            )

        _dataset_column_source_field_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_column_source_field_.column_name = column_name
        _dataset_column_source_field_.data_type = data_type
        _dataset_column_source_field_.kind = kind
        _dataset_column_source_field_.additional_properties = {}

        if _extra:
            _dataset_column_source_field_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_column_source_field_, _drifted)
        return _dataset_column_source_field_

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
