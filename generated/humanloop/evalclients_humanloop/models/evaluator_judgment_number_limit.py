from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorJudgmentNumberLimit")
_new = object.__new__
_FIELDS = frozenset(
    {
        "max",
        "min",
        "step",
    }
)


@_attrs_define
class EvaluatorJudgmentNumberLimit:
    """
    Attributes:
        max_ (float | Unset): The maximum value that can be selected.
        min_ (float | Unset): The minimum value that can be selected.
        step (float | Unset): The step size for the number input.
    """

    max_: float | Unset = UNSET
    min_: float | Unset = UNSET
    step: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if step is not UNSET:
            field_dict["step"] = step

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
            max_ = d.get("max", UNSET)
            if not (type(max_) is float or type(max_) is int or max_ is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_, _drifted = _keep(cls, d, "max", "float", "type", _drifted)

        try:
            min_ = d.get("min", UNSET)
            if not (type(min_) is float or type(min_) is int or min_ is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            min_, _drifted = _keep(cls, d, "min", "float", "type", _drifted)

        try:
            step = d.get("step", UNSET)
            if not (type(step) is float or type(step) is int or step is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            step, _drifted = _keep(cls, d, "step", "float", "type", _drifted)

        _evaluator_judgment_number_limit_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_judgment_number_limit_.max_ = max_
        _evaluator_judgment_number_limit_.min_ = min_
        _evaluator_judgment_number_limit_.step = step
        _evaluator_judgment_number_limit_.additional_properties = {}

        if _extra:
            _evaluator_judgment_number_limit_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_judgment_number_limit_, _drifted)
        return _evaluator_judgment_number_limit_

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
