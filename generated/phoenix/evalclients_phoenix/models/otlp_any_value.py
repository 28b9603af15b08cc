from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..models.otlp_double_value import OtlpDoubleValue, check_otlp_double_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_array_value import OtlpArrayValue


T = TypeVar("T", bound="OtlpAnyValue")
_new = object.__new__
_FIELDS = frozenset(
    {
        "array_value",
        "bool_value",
        "bytes_value",
        "double_value",
        "int_value",
        "kvlist_value",
        "string_value",
    }
)


@_attrs_define
class OtlpAnyValue:
    """
    Attributes:
        array_value (None | OtlpArrayValue | Unset):
        bool_value (bool | None | Unset):
        bytes_value (None | str | Unset):
        double_value (float | None | OtlpDoubleValue | str | Unset):
        int_value (int | None | str | Unset):
        kvlist_value (None | Unset):
        string_value (None | str | Unset):
    """

    array_value: None | OtlpArrayValue | Unset = UNSET
    bool_value: bool | None | Unset = UNSET
    bytes_value: None | str | Unset = UNSET
    double_value: float | None | OtlpDoubleValue | str | Unset = UNSET
    int_value: int | None | str | Unset = UNSET
    kvlist_value: None | Unset = UNSET
    string_value: None | str | Unset = UNSET
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
            array_value: dict[str, Any] | None | Unset
            if isinstance(self.array_value, Unset):
                array_value = UNSET
            elif isinstance(self.array_value, OtlpArrayValue):
                array_value = self.array_value.to_dict()
            else:
                array_value = self.array_value
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            array_value = _as_json(self.array_value)

        bool_value: bool | None | Unset
        if isinstance(self.bool_value, Unset):
            bool_value = UNSET
        else:
            bool_value = self.bool_value

        bytes_value: None | str | Unset
        if isinstance(self.bytes_value, Unset):
            bytes_value = UNSET
        else:
            bytes_value = self.bytes_value

        try:
            double_value: float | None | str | Unset
            if isinstance(self.double_value, Unset):
                double_value = UNSET
            elif isinstance(self.double_value, str):
                double_value = self.double_value
            else:
                double_value = self.double_value
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            double_value = _as_json(self.double_value)

        int_value: int | None | str | Unset
        if isinstance(self.int_value, Unset):
            int_value = UNSET
        else:
            int_value = self.int_value

        kvlist_value = self.kvlist_value

        string_value: None | str | Unset
        if isinstance(self.string_value, Unset):
            string_value = UNSET
        else:
            string_value = self.string_value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if array_value is not UNSET:
            field_dict["array_value"] = array_value
        if bool_value is not UNSET:
            field_dict["bool_value"] = bool_value
        if bytes_value is not UNSET:
            field_dict["bytes_value"] = bytes_value
        if double_value is not UNSET:
            field_dict["double_value"] = double_value
        if int_value is not UNSET:
            field_dict["int_value"] = int_value
        if kvlist_value is not UNSET:
            field_dict["kvlist_value"] = kvlist_value
        if string_value is not UNSET:
            field_dict["string_value"] = string_value

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
        _array_value_raw = d.get("array_value", UNSET)
        if _array_value_raw is UNSET:
            array_value = UNSET
        elif not _strict:
            array_value = _array_value_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _array_value = d.get("array_value", UNSET)
                array_value = (
                    _array_value
                    if _array_value is None or _array_value is UNSET
                    else _parse_array_value(_array_value)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                array_value, _drifted = _keep(
                    cls, d, "array_value", "None | OtlpArrayValue", "union", _drifted
                )

        try:
            bool_value: bool | None | Unset = d.get("bool_value", UNSET)

            if not (bool_value is None or type(bool_value) is bool or bool_value is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            bool_value, _drifted = _keep(cls, d, "bool_value", "bool | None", "type", _drifted)

        try:
            bytes_value: None | str | Unset = d.get("bytes_value", UNSET)

            if not (bytes_value is None or type(bytes_value) is str or bytes_value is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            bytes_value, _drifted = _keep(cls, d, "bytes_value", "None | str", "type", _drifted)

        try:
            _double_value = d.get("double_value", UNSET)
            double_value = (
                _double_value
                if _double_value is None or _double_value is UNSET
                else _parse_double_value(_double_value)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            double_value, _drifted = _keep(
                cls, d, "double_value", "float | None | OtlpDoubleValue | str", "union", _drifted
            )

        try:
            int_value: int | None | str | Unset = d.get("int_value", UNSET)

            if not (
                int_value is None
                or type(int_value) is int
                or type(int_value) is str
                or int_value is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            int_value, _drifted = _keep(cls, d, "int_value", "int | None | str", "type", _drifted)

        try:
            kvlist_value = d.get("kvlist_value", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            kvlist_value, _drifted = _keep(cls, d, "kvlist_value", "None", "type", _drifted)

        try:
            string_value: None | str | Unset = d.get("string_value", UNSET)

            if not (string_value is None or type(string_value) is str or string_value is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            string_value, _drifted = _keep(cls, d, "string_value", "None | str", "type", _drifted)

        _otlp_any_value_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _otlp_any_value_._array_value_slot = array_value  # type: ignore[attr-defined]
        _otlp_any_value_.bool_value = bool_value
        _otlp_any_value_.bytes_value = bytes_value
        _otlp_any_value_.double_value = double_value
        _otlp_any_value_.int_value = int_value
        _otlp_any_value_.kvlist_value = kvlist_value
        _otlp_any_value_.string_value = string_value
        _otlp_any_value_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_otlp_any_value_, _drifted)
        return _otlp_any_value_


def _parse_array_value(data: object) -> None | OtlpArrayValue | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        array_value_type_0 = OtlpArrayValue.from_dict(data)

        return array_value_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_double_value(data: object) -> float | None | OtlpDoubleValue | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        double_value_type_1 = check_otlp_double_value(data)

        return double_value_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(float | None | OtlpDoubleValue | str | Unset, data)


def _decode_array_value(self: OtlpAnyValue, raw: Any) -> Any:
    """``array_value`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _array_value = raw
        array_value = (
            _array_value
            if _array_value is None or _array_value is UNSET
            else _parse_array_value(_array_value)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        array_value, _drifted = _keep(
            type(self),
            {"array_value": raw},
            "array_value",
            "None | OtlpArrayValue",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return array_value


_lazy(OtlpAnyValue, "array_value", 1, _decode_array_value)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpArrayValue
    from ..models.otlp_array_value import OtlpArrayValue  # noqa: PLC0415

    _LAZY_PENDING = False
