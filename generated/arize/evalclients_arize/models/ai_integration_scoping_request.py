from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiIntegrationScopingRequest")
_FIELDS = frozenset(
    {
        "organization_id",
        "space_id",
    }
)


@_attrs_define
class AiIntegrationScopingRequest:
    """Visibility scoping for the integration in a write request (strict form of AiIntegrationScoping).

    Attributes:
        organization_id (None | str | Unset): Organization identifier (base64). Null means account-wide.
        space_id (None | str | Unset): Space identifier (base64). Null means organization-wide (or account-wide if
            organization_id is also null).
    """

    organization_id: None | str | Unset = UNSET
    space_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        organization_id: None | str | Unset = d.get("organization_id", UNSET)

        space_id: None | str | Unset = d.get("space_id", UNSET)

        ai_integration_scoping_request = cls(
            organization_id,
            space_id,
        )

        if not d.keys() <= _FIELDS:
            ai_integration_scoping_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return ai_integration_scoping_request

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
