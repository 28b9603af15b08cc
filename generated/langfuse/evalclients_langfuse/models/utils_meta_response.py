from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UtilsMetaResponse")
_FIELDS = frozenset(
    {
        "limit",
        "page",
        "totalItems",
        "totalPages",
    }
)


@_attrs_define
class UtilsMetaResponse:
    """
    Attributes:
        limit (int): number of items per page
        page (int): current page number
        total_items (int): number of total items given the current filters/selection (if any)
        total_pages (int): number of total pages given the current limit
    """

    limit: int
    page: int
    total_items: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        page = self.page

        total_items = self.total_items

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "page": page,
                "totalItems": total_items,
                "totalPages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        limit = d["limit"]

        page = d["page"]

        total_items = d["totalItems"]

        total_pages = d["totalPages"]

        utils_meta_response = cls(
            limit,
            page,
            total_items,
            total_pages,
        )

        if not d.keys() <= _FIELDS:
            utils_meta_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return utils_meta_response

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
