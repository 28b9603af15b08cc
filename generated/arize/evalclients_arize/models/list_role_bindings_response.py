from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.role_binding import RoleBinding


T = TypeVar("T", bound="ListRoleBindingsResponse")
_FIELDS = frozenset(
    {
        "pagination",
        "role_bindings",
    }
)


@_attrs_define
class ListRoleBindingsResponse:
    """ListRoleBindingsResponse

    Attributes:
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        role_bindings (list[RoleBinding] | Unset): A list of role bindings.
    """

    pagination: PaginationMetadata | Unset = UNSET
    role_bindings: list[RoleBinding] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        role_bindings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.role_bindings, Unset):
            role_bindings = []
            for role_bindings_item_data in self.role_bindings:
                role_bindings_item = role_bindings_item_data.to_dict()
                role_bindings.append(role_bindings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if role_bindings is not UNSET:
            field_dict["role_bindings"] = role_bindings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _pagination = d.get("pagination", UNSET)
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)

        _role_bindings = d.get("role_bindings", UNSET)
        role_bindings: list[RoleBinding] | Unset = UNSET
        if _role_bindings is not UNSET:
            role_bindings = [
                RoleBinding.from_dict(role_bindings_item_data)
                for role_bindings_item_data in _role_bindings
            ]

        list_role_bindings_response = cls(
            pagination,
            role_bindings,
        )

        if not d.keys() <= _FIELDS:
            list_role_bindings_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_role_bindings_response

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
    global _LAZY_PENDING, PaginationMetadata, RoleBinding
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.role_binding import RoleBinding  # noqa: PLC0415

    _LAZY_PENDING = False
