from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="EvaluatorAggregate")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "evaluator_id",
        "evaluator_version_id",
        "updated_at",
        "value",
    }
)


@_attrs_define
class EvaluatorAggregate:
    """
    Attributes:
        created_at (datetime.datetime):
        evaluator_id (str): ID of the evaluator.
        evaluator_version_id (str): ID of the evaluator version.
        updated_at (datetime.datetime):
        value (float): The aggregated value of the evaluator.
    """

    created_at: datetime.datetime | Unset
    evaluator_id: str | Unset
    evaluator_version_id: str | Unset
    updated_at: datetime.datetime | Unset
    value: float | Unset
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

        evaluator_id = self.evaluator_id

        evaluator_version_id = self.evaluator_version_id

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "evaluator_id": evaluator_id,
                "evaluator_version_id": evaluator_version_id,
                "updated_at": updated_at,
                "value": value,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            evaluator_id = d["evaluator_id"]
            if not (type(evaluator_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_id, _drifted = _keep(cls, d, "evaluator_id", "str", "type", _drifted)

        try:
            evaluator_version_id = d["evaluator_version_id"]
            if not (type(evaluator_version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_version_id, _drifted = _keep(
                cls, d, "evaluator_version_id", "str", "type", _drifted
            )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            value = d["value"]
            if not (type(value) is float or type(value) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            value, _drifted = _keep(cls, d, "value", "float", "type", _drifted)

        _evaluator_aggregate_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_aggregate_._created_at_slot = created_at  # type: ignore[attr-defined]
        _evaluator_aggregate_.evaluator_id = evaluator_id
        _evaluator_aggregate_.evaluator_version_id = evaluator_version_id
        _evaluator_aggregate_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _evaluator_aggregate_.value = value
        _evaluator_aggregate_.additional_properties = {}
        _evaluator_aggregate_._pending = _pending

        if _extra:
            _evaluator_aggregate_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_aggregate_, _drifted)
        return _evaluator_aggregate_

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


def _decode_created_at(self: EvaluatorAggregate, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(EvaluatorAggregate, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: EvaluatorAggregate, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(EvaluatorAggregate, "updated_at", 2, _decode_updated_at)
