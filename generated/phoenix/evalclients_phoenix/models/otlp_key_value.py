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


T = TypeVar("T", bound="OtlpKeyValue")
_new = object.__new__
_FIELDS = frozenset(
    {
        "key",
        "value",
    }
)


@_attrs_define
class OtlpKeyValue:
    """
    Attributes:
        key (None | str | Unset):
        value (None | OtlpAnyValue | Unset):
    """

    key: None | str | Unset = UNSET
    value: None | OtlpAnyValue | Unset = UNSET
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
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        try:
            value: dict[str, Any] | None | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            elif isinstance(self.value, OtlpAnyValue):
                value = self.value.to_dict()
            else:
                value = self.value
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            value = _as_json(self.value)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

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
            key: None | str | Unset = d.get("key", UNSET)

            if not (key is None or type(key) is str or key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            key, _drifted = _keep(cls, d, "key", "None | str", "type", _drifted)

        _value_raw = d.get("value", UNSET)
        if _value_raw is UNSET:
            value = UNSET
        elif not _strict:
            value = _value_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _value = d.get("value", UNSET)
                value = _value if _value is None or _value is UNSET else _parse_value(_value)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                value, _drifted = _keep(cls, d, "value", "None | OtlpAnyValue", "union", _drifted)

        _otlp_key_value_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _otlp_key_value_.key = key
        _otlp_key_value_._value_slot = value  # type: ignore[attr-defined]
        _otlp_key_value_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_otlp_key_value_, _drifted)
        return _otlp_key_value_


def _parse_value(data: object) -> None | OtlpAnyValue | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value_type_0 = OtlpAnyValue.from_dict(data)

        return value_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_value(self: OtlpKeyValue, raw: Any) -> Any:
    """``value`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _value = raw
        value = _value if _value is None or _value is UNSET else _parse_value(_value)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        value, _drifted = _keep(
            type(self), {"value": raw}, "value", "None | OtlpAnyValue", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return value


_lazy(OtlpKeyValue, "value", 1, _decode_value)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpAnyValue
    from ..models.otlp_any_value import OtlpAnyValue  # noqa: PLC0415

    _LAZY_PENDING = False
