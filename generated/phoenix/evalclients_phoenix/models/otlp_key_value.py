from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_any_value import OtlpAnyValue


T = TypeVar("T", bound="OtlpKeyValue")


@_attrs_define
class OtlpKeyValue:
    """
    Attributes:
        key (None | str | Unset):
        value (None | OtlpAnyValue | Unset):
    """

    key: None | str | Unset = UNSET
    value: None | OtlpAnyValue | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, OtlpAnyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        key: None | str | Unset = d.get("key", UNSET)

        value = _parse_value(d.get("value", UNSET))

        otlp_key_value = cls(
            key,
            value,
        )

        return otlp_key_value


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
    return cast(None | OtlpAnyValue | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpAnyValue
    from ..models.otlp_any_value import OtlpAnyValue  # noqa: PLC0415

    _LAZY_PENDING = False
