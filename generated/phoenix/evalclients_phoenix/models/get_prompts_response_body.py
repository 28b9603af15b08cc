from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.prompt import Prompt


T = TypeVar("T", bound="GetPromptsResponseBody")
_FIELDS = frozenset(
    {
        "data",
        "next_cursor",
    }
)


@_attrs_define
class GetPromptsResponseBody:
    """
    Attributes:
        data (list[Prompt]):
        next_cursor (None | str):
    """

    data: list[Prompt]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        data = [Prompt.from_dict(data_item_data) for data_item_data in d["data"]]

        next_cursor: None | str = d["next_cursor"]

        get_prompts_response_body = cls(
            data,
            next_cursor,
        )

        if not d.keys() <= _FIELDS:
            get_prompts_response_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return get_prompts_response_body

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
    global _LAZY_PENDING, Prompt
    from ..models.prompt import Prompt  # noqa: PLC0415

    _LAZY_PENDING = False
