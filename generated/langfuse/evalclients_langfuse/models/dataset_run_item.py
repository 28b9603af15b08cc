from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetRunItem")
_new = object.__new__
_FIELDS = frozenset(
    {
        "createdAt",
        "datasetItemId",
        "datasetRunId",
        "datasetRunName",
        "id",
        "observationId",
        "traceId",
        "updatedAt",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("createdAt", "_created_at_slot", True, 1, ""),
    (
        "datasetItemId",
        "dataset_item_id",
        True,
        0,
        "dataset_item_id = _j_dataset_item_id\nif not (type(dataset_item_id) is str):\n    raise TypeError",
    ),
    (
        "datasetRunId",
        "dataset_run_id",
        True,
        0,
        "dataset_run_id = _j_dataset_run_id\nif not (type(dataset_run_id) is str):\n    raise TypeError",
    ),
    (
        "datasetRunName",
        "dataset_run_name",
        True,
        0,
        "dataset_run_name = _j_dataset_run_name\nif not (type(dataset_run_name) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "observationId",
        "observation_id",
        True,
        0,
        "observation_id: None | str = _j_observation_id\n\nif not (observation_id is None or type(observation_id) is str):\n    raise TypeError",
    ),
    (
        "traceId",
        "trace_id",
        True,
        0,
        "trace_id = _j_trace_id\nif not (type(trace_id) is str):\n    raise TypeError",
    ),
    ("updatedAt", "_updated_at_slot", True, 2, ""),
)


@_attrs_define
class DatasetRunItem:
    """
    Attributes:
        created_at (datetime.datetime):
        dataset_item_id (str):
        dataset_run_id (str):
        dataset_run_name (str):
        id (str):
        observation_id (None | str): The observation ID associated with this run item
        trace_id (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime | Unset
    dataset_item_id: str | Unset
    dataset_run_id: str | Unset
    dataset_run_name: str | Unset
    id: str | Unset
    observation_id: None | str | Unset
    trace_id: str | Unset
    updated_at: datetime.datetime | Unset
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
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        dataset_item_id = self.dataset_item_id

        dataset_run_id = self.dataset_run_id

        dataset_run_name = self.dataset_run_name

        id = self.id

        observation_id: None | str
        observation_id = self.observation_id

        trace_id = self.trace_id

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "datasetItemId": dataset_item_id,
                "datasetRunId": dataset_run_id,
                "datasetRunName": dataset_run_name,
                "id": id,
                "observationId": observation_id,
                "traceId": trace_id,
                "updatedAt": updated_at,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
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
            dataset_item_id = d["datasetItemId"]
            if not (type(dataset_item_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_item_id, _drifted = _keep(cls, d, "datasetItemId", "str", "type", _drifted)

        try:
            dataset_run_id = d["datasetRunId"]
            if not (type(dataset_run_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_run_id, _drifted = _keep(cls, d, "datasetRunId", "str", "type", _drifted)

        try:
            dataset_run_name = d["datasetRunName"]
            if not (type(dataset_run_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_run_name, _drifted = _keep(cls, d, "datasetRunName", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            observation_id: None | str = d["observationId"]

            if not (observation_id is None or type(observation_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            observation_id, _drifted = _keep(
                cls, d, "observationId", "None | str", "type", _drifted
            )

        try:
            trace_id = d["traceId"]
            if not (type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "str", "type", _drifted)

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

        _dataset_run_item_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_run_item_._created_at_slot = created_at  # type: ignore[attr-defined]
        _dataset_run_item_.dataset_item_id = dataset_item_id
        _dataset_run_item_.dataset_run_id = dataset_run_id
        _dataset_run_item_.dataset_run_name = dataset_run_name
        _dataset_run_item_.id = id
        _dataset_run_item_.observation_id = observation_id
        _dataset_run_item_.trace_id = trace_id
        _dataset_run_item_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _dataset_run_item_.additional_properties = {}
        _dataset_run_item_._pending = _pending

        if _extra:
            _dataset_run_item_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_run_item_, _drifted)
        return _dataset_run_item_

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


def _decode_created_at(self: DatasetRunItem, raw: Any) -> Any:
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


_lazy(DatasetRunItem, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: DatasetRunItem, raw: Any) -> Any:
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


_lazy(DatasetRunItem, "updated_at", 2, _decode_updated_at)
