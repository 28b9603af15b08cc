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
from ..models.threshold_operator import ThresholdOperator, check_threshold_operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualThresholdBound")
_new = object.__new__
_FIELDS = frozenset(
    {
        "operator",
        "value",
    }
)


@_attrs_define
class ManualThresholdBound:
    """ManualThresholdBound

    Attributes:
        operator (ThresholdOperator | Unset): Numeric comparison operators used when evaluating a computed metric value
            against a threshold.
        value (float | Unset): The bound value the computed metric is compared against.
    """

    operator: ThresholdOperator | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            operator: str | Unset = UNSET
            if not isinstance(self.operator, Unset):
                operator = self.operator

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            operator = _as_json(self.operator)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

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
            _operator = d.get("operator", UNSET)
            operator: ThresholdOperator | Unset
            if _operator is UNSET:
                operator = UNSET
            else:
                operator = check_threshold_operator(_operator)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            operator, _drifted = _keep(
                cls,
                d,
                "operator",
                "one of EQUALS, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, NOT_EQUALS",
                "enum",
                _drifted,
            )

        try:
            value = d.get("value", UNSET)
            if not (type(value) is float or type(value) is int or value is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            value, _drifted = _keep(cls, d, "value", "float", "type", _drifted)

        _manual_threshold_bound_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _manual_threshold_bound_.operator = operator
        _manual_threshold_bound_.value = value
        _manual_threshold_bound_.additional_properties = {}

        if _extra:
            _manual_threshold_bound_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_manual_threshold_bound_, _drifted)
        return _manual_threshold_bound_

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
