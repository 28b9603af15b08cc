from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_run_item import DatasetRunItem
    from ..models.deprecation import Deprecation


T = TypeVar("T", bound="DatasetRunWithItems")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("createdAt", "_created_at_slot", True, 1, ""),
    (
        "datasetId",
        "dataset_id",
        True,
        0,
        "dataset_id = _j_dataset_id\nif not (type(dataset_id) is str):\n    raise TypeError",
    ),
    (
        "datasetName",
        "dataset_name",
        True,
        0,
        "dataset_name = _j_dataset_name\nif not (type(dataset_name) is str):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        True,
        0,
        "description: None | str = _j_description\n\nif not (description is None or type(description) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("metadata", "metadata", True, 0, "metadata = _j_metadata"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("updatedAt", "_updated_at_slot", True, 2, ""),
    ("datasetRunItems", "_dataset_run_items_slot", True, 4, ""),
    ("_deprecation", "_field_deprecation_slot", False, 8, ""),
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

    created_at: datetime.datetime | Unset
    dataset_id: str | Unset
    dataset_name: str | Unset
    description: None | str | Unset
    id: str | Unset
    metadata: Any | Unset
    name: str | Unset
    updated_at: datetime.datetime | Unset
    dataset_run_items: list[DatasetRunItem] | Unset
    field_deprecation: Deprecation | Unset = UNSET
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
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        description: None | str
        description = self.description

        id = self.id

        metadata = self.metadata

        name = self.name

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            dataset_run_items = []
            for dataset_run_items_item_data in self.dataset_run_items:
                dataset_run_items_item = dataset_run_items_item_data.to_dict()
                dataset_run_items.append(dataset_run_items_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_run_items = _as_json(self.dataset_run_items)

        try:
            field_deprecation: dict[str, Any] | Unset = UNSET
            if not isinstance(self.field_deprecation, Unset):
                field_deprecation = self.field_deprecation.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            field_deprecation = _as_json(self.field_deprecation)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _created_at_raw = d.get("createdAt", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["createdAt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "createdAt", "datetime.datetime", "type", _drifted
                )

        try:
            dataset_id = d["datasetId"]
            if not (type(dataset_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "datasetId", "str", "type", _drifted)

        try:
            dataset_name = d["datasetName"]
            if not (type(dataset_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_name, _drifted = _keep(cls, d, "datasetName", "str", "type", _drifted)

        try:
            description: None | str = d["description"]

            if not (description is None or type(description) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            metadata = d["metadata"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _updated_at_raw = d.get("updatedAt", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updatedAt", "datetime.datetime", "type", _drifted
                )

        _dataset_run_items_raw = d.get("datasetRunItems", UNSET)
        if _dataset_run_items_raw is not UNSET and not _strict:
            dataset_run_items = _dataset_run_items_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                dataset_run_items = [
                    DatasetRunItem.from_dict(dataset_run_items_item_data)
                    for dataset_run_items_item_data in d["datasetRunItems"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_run_items, _drifted = _keep_each(
                    cls,
                    d,
                    "datasetRunItems",
                    "list[DatasetRunItem]",
                    "type",
                    lambda dataset_run_items_item_data: DatasetRunItem.from_dict(
                        dataset_run_items_item_data
                    ),
                    _drifted,
                )

        _field_deprecation_raw = d.get("_deprecation", UNSET)
        if _field_deprecation_raw is UNSET:
            field_deprecation = UNSET
        elif not _strict:
            field_deprecation = _field_deprecation_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _field_deprecation = d.get("_deprecation", UNSET)
                field_deprecation: Deprecation | Unset
                if _field_deprecation is UNSET:
                    field_deprecation = UNSET
                else:
                    field_deprecation = Deprecation.from_dict(_field_deprecation)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                field_deprecation, _drifted = _keep(
                    cls, d, "_deprecation", "Deprecation", "type", _drifted
                )

        _dataset_run_with_items_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_run_with_items_._created_at_slot = created_at  # type: ignore[attr-defined]
        _dataset_run_with_items_.dataset_id = dataset_id
        _dataset_run_with_items_.dataset_name = dataset_name
        _dataset_run_with_items_.description = description
        _dataset_run_with_items_.id = id
        _dataset_run_with_items_.metadata = metadata
        _dataset_run_with_items_.name = name
        _dataset_run_with_items_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _dataset_run_with_items_._dataset_run_items_slot = dataset_run_items  # type: ignore[attr-defined]
        _dataset_run_with_items_._field_deprecation_slot = field_deprecation  # type: ignore[attr-defined]
        _dataset_run_with_items_.additional_properties = {}
        _dataset_run_with_items_._pending = _pending

        if _extra:
            _dataset_run_with_items_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_run_with_items_, _drifted)
        return _dataset_run_with_items_

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


def _decode_created_at(self: DatasetRunWithItems, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"createdAt": raw}, "createdAt", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(DatasetRunWithItems, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: DatasetRunWithItems, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updatedAt": raw}, "updatedAt", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(DatasetRunWithItems, "updated_at", 2, _decode_updated_at)


def _decode_dataset_run_items(self: DatasetRunWithItems, raw: Any) -> Any:
    """``dataset_run_items`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        dataset_run_items = [
            DatasetRunItem.from_dict(dataset_run_items_item_data)
            for dataset_run_items_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_run_items, _drifted = _keep_each(
            type(self),
            {"datasetRunItems": raw},
            "datasetRunItems",
            "list[DatasetRunItem]",
            "type",
            lambda dataset_run_items_item_data: DatasetRunItem.from_dict(
                dataset_run_items_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_run_items


_lazy(DatasetRunWithItems, "dataset_run_items", 4, _decode_dataset_run_items)


def _decode_field_deprecation(self: DatasetRunWithItems, raw: Any) -> Any:
    """``field_deprecation`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _field_deprecation = raw
        field_deprecation: Deprecation | Unset
        if _field_deprecation is UNSET:
            field_deprecation = UNSET
        else:
            field_deprecation = Deprecation.from_dict(_field_deprecation)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        field_deprecation, _drifted = _keep(
            type(self), {"_deprecation": raw}, "_deprecation", "Deprecation", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return field_deprecation


_lazy(DatasetRunWithItems, "field_deprecation", 8, _decode_field_deprecation)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetRunItem, Deprecation
    from ..models.dataset_run_item import DatasetRunItem  # noqa: PLC0415
    from ..models.deprecation import Deprecation  # noqa: PLC0415

    _LAZY_PENDING = False
