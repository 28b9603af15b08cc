from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")
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

    input_: int
    output: int
    total: int
    unit: None | str
    input_cost: float | None | Unset = UNSET
    output_cost: float | None | Unset = UNSET
    total_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = d["input"]

        output = d["output"]

        total = d["total"]

        unit: None | str = d["unit"]

        input_cost: float | None | Unset = d.get("inputCost", UNSET)

        output_cost: float | None | Unset = d.get("outputCost", UNSET)

        total_cost: float | None | Unset = d.get("totalCost", UNSET)

        usage = cls(
            input_,
            output,
            total,
            unit,
            input_cost,
            output_cost,
            total_cost,
        )

        if not d.keys() <= _FIELDS:
            usage.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return usage

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
