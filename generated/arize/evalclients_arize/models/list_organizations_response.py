from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListOrganizationsResponse")
_FIELDS = frozenset(
    {
        "organizations",
        "pagination",
    }
)


@_attrs_define
class ListOrganizationsResponse:
    """ListOrganizationsResponse

    Attributes:
        organizations (list[Organization] | Unset): A list of organizations
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    organizations: list[Organization] | Unset = UNSET
    pagination: PaginationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _organizations = d.get("organizations", UNSET)
        organizations: list[Organization] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = [
                Organization.from_dict(organizations_item_data)
                for organizations_item_data in _organizations
            ]

        _pagination = d.get("pagination", UNSET)
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)

        list_organizations_response = cls(
            organizations,
            pagination,
        )

        if not d.keys() <= _FIELDS:
            list_organizations_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_organizations_response

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
    global _LAZY_PENDING, Organization, PaginationMetadata
    from ..models.organization import Organization  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
