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
    from ..models.otlp_any_value import OtlpAnyValue


T = TypeVar("T", bound="OtlpArrayValue")
_new = object.__new__
_FIELDS = frozenset(
    {
        "values",
    }
)


@_attrs_define
class OtlpArrayValue:
    """
    Attributes:
        values (list[OtlpAnyValue] | None | Unset): Array of values. The array may be empty (contain 0 elements).
    """

    values: list[OtlpAnyValue] | None | Unset = UNSET
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
            values: list[dict[str, Any]] | None | Unset
            if isinstance(self.values, Unset):
                values = UNSET
            elif isinstance(self.values, list):
                values = []
                for values_type_0_item_data in self.values:
                    values_type_0_item = values_type_0_item_data.to_dict()
                    values.append(values_type_0_item)

            else:
                values = self.values
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            values = _as_json(self.values)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

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
        _values_raw = d.get("values", UNSET)
        if _values_raw is UNSET:
            values = UNSET
        elif not _strict:
            values = _values_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _values = d.get("values", UNSET)
                values = _values if _values is None or _values is UNSET else _parse_values(_values)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                values, _drifted = _keep(
                    cls, d, "values", "list[OtlpAnyValue] | None", "union", _drifted
                )

        _otlp_array_value_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _otlp_array_value_._values_slot = values  # type: ignore[attr-defined]
        _otlp_array_value_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_otlp_array_value_, _drifted)
        return _otlp_array_value_


def _parse_values(data: object) -> list[OtlpAnyValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        values_type_0 = [
            OtlpAnyValue.from_dict(values_type_0_item_data) for values_type_0_item_data in data
        ]

        return values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_values(self: OtlpArrayValue, raw: Any) -> Any:
    """``values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _values = raw
        values = _values if _values is None or _values is UNSET else _parse_values(_values)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        values, _drifted = _keep(
            type(self), {"values": raw}, "values", "list[OtlpAnyValue] | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return values


_lazy(OtlpArrayValue, "values", 1, _decode_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpAnyValue
    from ..models.otlp_any_value import OtlpAnyValue  # noqa: PLC0415

    _LAZY_PENDING = False
