from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_type import ResponseFormatType, check_response_format_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config_request import JsonSchemaConfigRequest


T = TypeVar("T", bound="ResponseFormatRequest")
_FIELDS = frozenset(
    {
        "json_schema",
        "type",
    }
)


@_attrs_define
class ResponseFormatRequest:
    """Response format configuration in a write request (strict form of ResponseFormat)

    Attributes:
        json_schema (JsonSchemaConfigRequest | Unset): JSON schema configuration in a write request (strict form of
            JsonSchemaConfig)
        type_ (ResponseFormatType | Unset): The response format type
    """

    json_schema: JsonSchemaConfigRequest | Unset = UNSET
    type_: ResponseFormatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _json_schema = d.get("json_schema", UNSET)
        json_schema: JsonSchemaConfigRequest | Unset
        if _json_schema is UNSET:
            json_schema = UNSET
        else:
            json_schema = JsonSchemaConfigRequest.from_dict(_json_schema)

        _type_ = d.get("type", UNSET)
        type_: ResponseFormatType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_response_format_type(_type_)

        response_format_request = cls(
            json_schema,
            type_,
        )

        if not d.keys() <= _FIELDS:
            response_format_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return response_format_request

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, JsonSchemaConfigRequest
    from ..models.json_schema_config_request import JsonSchemaConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False
