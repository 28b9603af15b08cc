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

T = TypeVar("T", bound="Usage")
_new = object.__new__
_FIELDS = frozenset(
    {
        "input",
        "output",
        "total",
        "unit",
        "inputCost",
        "outputCost",
        "totalCost",
    }
)


@_attrs_define
class Usage:
    """(Deprecated. Use usageDetails and costDetails instead.) Standard interface for usage and cost

    Attributes:
        input_ (int): Number of input units (e.g. tokens)
        output (int): Number of output units (e.g. tokens)
        total (int): Defaults to input+output if not set
        unit (None | str): Unit of measurement
        input_cost (float | None | Unset): USD input cost
        output_cost (float | None | Unset): USD output cost
        total_cost (float | None | Unset): USD total cost, defaults to input+output
    """

    input_: int | Unset
    output: int | Unset
    total: int | Unset
    unit: None | str | Unset
    input_cost: float | None | Unset = UNSET
    output_cost: float | None | Unset = UNSET
    total_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        output = self.output

        total = self.total

        unit: None | str
        unit = self.unit

        input_cost: float | None | Unset
        if isinstance(self.input_cost, Unset):
            input_cost = UNSET
        else:
            input_cost = self.input_cost

        output_cost: float | None | Unset
        if isinstance(self.output_cost, Unset):
            output_cost = UNSET
        else:
            output_cost = self.output_cost

        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
                "total": total,
                "unit": unit,
            }
        )
        if input_cost is not UNSET:
            field_dict["inputCost"] = input_cost
        if output_cost is not UNSET:
            field_dict["outputCost"] = output_cost
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

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
            input_ = d["input"]
            if not (type(input_) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "int", "type", _drifted)

        try:
            output = d["output"]
            if not (type(output) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "int", "type", _drifted)

        try:
            total = d["total"]
            if not (type(total) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total, _drifted = _keep(cls, d, "total", "int", "type", _drifted)

        try:
            unit: None | str = d["unit"]

            if not (unit is None or type(unit) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            unit, _drifted = _keep(cls, d, "unit", "None | str", "type", _drifted)

        try:
            input_cost: float | None | Unset = d.get("inputCost", UNSET)

            if not (
                input_cost is None
                or type(input_cost) is float
                or type(input_cost) is int
                or input_cost is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_cost, _drifted = _keep(cls, d, "inputCost", "float | None", "type", _drifted)

        try:
            output_cost: float | None | Unset = d.get("outputCost", UNSET)

            if not (
                output_cost is None
                or type(output_cost) is float
                or type(output_cost) is int
                or output_cost is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_cost, _drifted = _keep(cls, d, "outputCost", "float | None", "type", _drifted)

        try:
            total_cost: float | None | Unset = d.get("totalCost", UNSET)

            if not (
                total_cost is None
                or type(total_cost) is float
                or type(total_cost) is int
                or total_cost is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_cost, _drifted = _keep(cls, d, "totalCost", "float | None", "type", _drifted)

        _usage_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _usage_.input_ = input_
        _usage_.output = output
        _usage_.total = total
        _usage_.unit = unit
        _usage_.input_cost = input_cost
        _usage_.output_cost = output_cost
        _usage_.total_cost = total_cost
        _usage_.additional_properties = {}

        if _extra:
            _usage_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_usage_, _drifted)
        return _usage_

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
