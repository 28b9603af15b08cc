from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource


T = TypeVar("T", bound="PivotTableColumn")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        aggregation: None | str | Unset
        if isinstance(self.aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = self.aggregation

        try:
            dataset_source: dict[str, Any] | None | Unset
            if isinstance(self.dataset_source, Unset):
                dataset_source = UNSET
            elif isinstance(self.dataset_source, DatasetSource):
                dataset_source = self.dataset_source.to_dict()
            else:
                dataset_source = self.dataset_source
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_source = _as_json(self.dataset_source)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            aggregation: None | str | Unset = d.get("aggregation", UNSET)

            if not (aggregation is None or type(aggregation) is str or aggregation is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            aggregation, _drifted = _keep(cls, d, "aggregation", "None | str", "type", _drifted)

        _dataset_source_raw = d.get("dataset_source", UNSET)
        if _dataset_source_raw is UNSET:
            dataset_source = UNSET
        elif not _strict:
            dataset_source = _dataset_source_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _dataset_source = d.get("dataset_source", UNSET)
                dataset_source = (
                    _dataset_source
                    if _dataset_source is None or _dataset_source is UNSET
                    else _parse_dataset_source(_dataset_source)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_source, _drifted = _keep(
                    cls, d, "dataset_source", "DatasetSource | None", "union", _drifted
                )

        try:
            dimension: None | str | Unset = d.get("dimension", UNSET)

            if not (dimension is None or type(dimension) is str or dimension is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension, _drifted = _keep(cls, d, "dimension", "None | str", "type", _drifted)

        try:
            dimension_category: None | str | Unset = d.get("dimension_category", UNSET)

            if not (
                dimension_category is None
                or type(dimension_category) is str
                or dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_category, _drifted = _keep(
                cls, d, "dimension_category", "None | str", "type", _drifted
            )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            position: int | None | Unset = d.get("position", UNSET)

            if not (position is None or type(position) is int or position is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            position, _drifted = _keep(cls, d, "position", "int | None", "type", _drifted)

        try:
            title: None | str | Unset = d.get("title", UNSET)

            if not (title is None or type(title) is str or title is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            title, _drifted = _keep(cls, d, "title", "None | str", "type", _drifted)

        _pivot_table_column_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _pivot_table_column_.aggregation = aggregation
        _pivot_table_column_._dataset_source_slot = dataset_source  # type: ignore[attr-defined]
        _pivot_table_column_.dimension = dimension
        _pivot_table_column_.dimension_category = dimension_category
        _pivot_table_column_.id = id
        _pivot_table_column_.position = position
        _pivot_table_column_.title = title
        _pivot_table_column_.additional_properties = {}
        _pivot_table_column_._pending = _pending

        if _extra:
            _pivot_table_column_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_pivot_table_column_, _drifted)
        return _pivot_table_column_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_dataset_source(self: PivotTableColumn, raw: Any) -> Any:
    """``dataset_source`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset_source = raw
        dataset_source = (
            _dataset_source
            if _dataset_source is None or _dataset_source is UNSET
            else _parse_dataset_source(_dataset_source)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_source, _drifted = _keep(
            type(self),
            {"dataset_source": raw},
            "dataset_source",
            "DatasetSource | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_source


_lazy(PivotTableColumn, "dataset_source", 1, _decode_dataset_source)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetSource
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415

    _LAZY_PENDING = False
