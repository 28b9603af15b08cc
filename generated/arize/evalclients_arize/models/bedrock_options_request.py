from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BedrockOptionsRequest")
_FIELDS = frozenset(
    {
        "use_converse_endpoint",
    }
)


@_attrs_define
class BedrockOptionsRequest:
    """AWS Bedrock options in a write request (strict form of BedrockOptions)

    Attributes:
        use_converse_endpoint (bool | Unset): Whether to use the AWS Bedrock Converse endpoint. Defaults to `false`.
            Default: False.
    """

    use_converse_endpoint: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_converse_endpoint = self.use_converse_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_converse_endpoint is not UNSET:
            field_dict["use_converse_endpoint"] = use_converse_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        use_converse_endpoint = d.get("use_converse_endpoint", UNSET)

        bedrock_options_request = cls(
            use_converse_endpoint,
        )

        if not d.keys() <= _FIELDS:
            bedrock_options_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return bedrock_options_request

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
