from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_any_value import OtlpAnyValue


T = TypeVar("T", bound="OtlpArrayValue")


@_attrs_define
class OtlpArrayValue:
    """
    Attributes:
        values (list[OtlpAnyValue] | None | Unset): Array of values. The array may be empty (contain 0 elements).
    """

    values: list[OtlpAnyValue] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        values = _parse_values(d.get("values", UNSET))

        otlp_array_value = cls(
            values,
        )

        return otlp_array_value


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
    return cast(list[OtlpAnyValue] | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpAnyValue
    from ..models.otlp_any_value import OtlpAnyValue  # noqa: PLC0415

    _LAZY_PENDING = False
