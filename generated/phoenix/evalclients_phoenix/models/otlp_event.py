from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_key_value import OtlpKeyValue


T = TypeVar("T", bound="OtlpEvent")


@_attrs_define
class OtlpEvent:
    """
    Attributes:
        attributes (list[OtlpKeyValue] | None | Unset): attributes is a collection of attribute key/value pairs on the
            event. Attribute keys MUST be unique (it is not allowed to have more than one attribute with the same key).
        dropped_attributes_count (int | None | Unset): dropped_attributes_count is the number of dropped attributes. If
            the value is 0, then no attributes were dropped.
        name (None | str | Unset): name of the event. This field is semantically required to be set to non-empty string.
        time_unix_nano (int | None | str | Unset): time_unix_nano is the time the event occurred. Value is UNIX Epoch
            time in nanoseconds since 00:00:00 UTC on 1 January 1970.
    """

    attributes: list[OtlpKeyValue] | None | Unset = UNSET
    dropped_attributes_count: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    time_unix_nano: int | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        dropped_attributes_count: int | None | Unset
        if isinstance(self.dropped_attributes_count, Unset):
            dropped_attributes_count = UNSET
        else:
            dropped_attributes_count = self.dropped_attributes_count

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        time_unix_nano: int | None | str | Unset
        if isinstance(self.time_unix_nano, Unset):
            time_unix_nano = UNSET
        else:
            time_unix_nano = self.time_unix_nano

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if dropped_attributes_count is not UNSET:
            field_dict["dropped_attributes_count"] = dropped_attributes_count
        if name is not UNSET:
            field_dict["name"] = name
        if time_unix_nano is not UNSET:
            field_dict["time_unix_nano"] = time_unix_nano

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        attributes = _parse_attributes(d.get("attributes", UNSET))

        dropped_attributes_count: int | None | Unset = d.get("dropped_attributes_count", UNSET)

        name: None | str | Unset = d.get("name", UNSET)

        time_unix_nano: int | None | str | Unset = d.get("time_unix_nano", UNSET)

        otlp_event = cls(
            attributes,
            dropped_attributes_count,
            name,
            time_unix_nano,
        )

        return otlp_event


def _parse_attributes(data: object) -> list[OtlpKeyValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attributes_type_0 = [
            OtlpKeyValue.from_dict(attributes_type_0_item_data)
            for attributes_type_0_item_data in data
        ]

        return attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[OtlpKeyValue] | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpKeyValue
    from ..models.otlp_key_value import OtlpKeyValue  # noqa: PLC0415

    _LAZY_PENDING = False
