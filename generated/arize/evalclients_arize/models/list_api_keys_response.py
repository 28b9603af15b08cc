from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.service_api_key import ServiceApiKey
    from ..models.user_api_key import UserApiKey


T = TypeVar("T", bound="ListApiKeysResponse")
_FIELDS = frozenset(
    {
        "api_keys",
        "pagination",
    }
)


@_attrs_define
class ListApiKeysResponse:
    """ListApiKeysResponse

    Attributes:
        api_keys (list[ServiceApiKey | UserApiKey] | Unset): API keys matching the request filters.
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    api_keys: list[ServiceApiKey | UserApiKey] | Unset = UNSET
    pagination: PaginationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item: dict[str, Any]
                if isinstance(api_keys_item_data, UserApiKey):
                    api_keys_item = api_keys_item_data.to_dict()
                else:
                    api_keys_item = api_keys_item_data.to_dict()

                api_keys.append(api_keys_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _api_keys = d.get("api_keys", UNSET)
        api_keys: list[ServiceApiKey | UserApiKey] | Unset = UNSET
        if _api_keys is not UNSET:
            api_keys = []
            for api_keys_item_data in _api_keys:

                def _parse_api_keys_item(data: object) -> ServiceApiKey | UserApiKey:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_api_key_type_0 = UserApiKey.from_dict(data)

                        return componentsschemas_api_key_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_key_type_1 = ServiceApiKey.from_dict(data)

                    return componentsschemas_api_key_type_1

                api_keys_item = _parse_api_keys_item(api_keys_item_data)

                api_keys.append(api_keys_item)

        _pagination = d.get("pagination", UNSET)
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)

        list_api_keys_response = cls(
            api_keys,
            pagination,
        )

        if not d.keys() <= _FIELDS:
            list_api_keys_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_api_keys_response

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
    global _LAZY_PENDING, PaginationMetadata, ServiceApiKey, UserApiKey
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.service_api_key import ServiceApiKey  # noqa: PLC0415
    from ..models.user_api_key import UserApiKey  # noqa: PLC0415

    _LAZY_PENDING = False
