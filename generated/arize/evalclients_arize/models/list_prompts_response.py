from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.prompt import Prompt


T = TypeVar("T", bound="ListPromptsResponse")
_FIELDS = frozenset(
    {
        "pagination",
        "prompts",
    }
)


@_attrs_define
class ListPromptsResponse:
    """
    Attributes:
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        prompts (list[Prompt]): A list of prompts
    """

    pagination: PaginationMetadata
    prompts: list[Prompt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination = self.pagination.to_dict()

        prompts = []
        for prompts_item_data in self.prompts:
            prompts_item = prompts_item_data.to_dict()
            prompts.append(prompts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "prompts": prompts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        pagination = PaginationMetadata.from_dict(d["pagination"])

        prompts = [Prompt.from_dict(prompts_item_data) for prompts_item_data in d["prompts"]]

        list_prompts_response = cls(
            pagination,
            prompts,
        )

        if not d.keys() <= _FIELDS:
            list_prompts_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_prompts_response

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
    global _LAZY_PENDING, PaginationMetadata, Prompt
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.prompt import Prompt  # noqa: PLC0415

    _LAZY_PENDING = False
