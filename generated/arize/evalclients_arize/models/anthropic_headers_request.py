from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicHeadersRequest")
_FIELDS = frozenset(
    {
        "anthropic_beta",
    }
)


@_attrs_define
class AnthropicHeadersRequest:
    """Anthropic-specific headers in a write request (strict form of AnthropicHeaders)

    Attributes:
        anthropic_beta (list[None | str] | None | Unset): Anthropic beta feature flags
    """

    anthropic_beta: list[None | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anthropic_beta: list[None | str] | None | Unset
        if isinstance(self.anthropic_beta, Unset):
            anthropic_beta = UNSET
        elif isinstance(self.anthropic_beta, list):
            anthropic_beta = []
            for anthropic_beta_type_0_item_data in self.anthropic_beta:
                anthropic_beta_type_0_item: None | str
                anthropic_beta_type_0_item = anthropic_beta_type_0_item_data
                anthropic_beta.append(anthropic_beta_type_0_item)

        else:
            anthropic_beta = self.anthropic_beta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_beta is not UNSET:
            field_dict["anthropic_beta"] = anthropic_beta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        anthropic_beta = _parse_anthropic_beta(d.get("anthropic_beta", UNSET))

        anthropic_headers_request = cls(
            anthropic_beta,
        )

        if not d.keys() <= _FIELDS:
            anthropic_headers_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return anthropic_headers_request

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


def _parse_anthropic_beta(data: object) -> list[None | str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        anthropic_beta_type_0 = []
        _anthropic_beta_type_0 = data
        for anthropic_beta_type_0_item_data in _anthropic_beta_type_0:
            anthropic_beta_type_0_item: None | str = anthropic_beta_type_0_item_data

            anthropic_beta_type_0.append(anthropic_beta_type_0_item)

        return anthropic_beta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[None | str] | None | Unset, data)
