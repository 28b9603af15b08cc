from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.resource_restriction import ResourceRestriction


T = TypeVar("T", bound="ListResourceRestrictionsResponse")
_FIELDS = frozenset(
    {
        "pagination",
        "resource_restrictions",
    }
)


@_attrs_define
class ListResourceRestrictionsResponse:
    """
    Attributes:
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        resource_restrictions (list[ResourceRestriction]): A list of resource restriction records.
    """

    pagination: PaginationMetadata
    resource_restrictions: list[ResourceRestriction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination = self.pagination.to_dict()

        resource_restrictions = []
        for resource_restrictions_item_data in self.resource_restrictions:
            resource_restrictions_item = resource_restrictions_item_data.to_dict()
            resource_restrictions.append(resource_restrictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "resource_restrictions": resource_restrictions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        pagination = PaginationMetadata.from_dict(d["pagination"])

        resource_restrictions = [
            ResourceRestriction.from_dict(resource_restrictions_item_data)
            for resource_restrictions_item_data in d["resource_restrictions"]
        ]

        list_resource_restrictions_response = cls(
            pagination,
            resource_restrictions,
        )

        if not d.keys() <= _FIELDS:
            list_resource_restrictions_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_resource_restrictions_response

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
    global _LAZY_PENDING, PaginationMetadata, ResourceRestriction
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.resource_restriction import ResourceRestriction  # noqa: PLC0415

    _LAZY_PENDING = False
