from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Deprecation")
_FIELDS = frozenset(
    {
        "message",
        "docsUrl",
        "replacement",
        "sunsetAt",
    }
)


@_attrs_define
class Deprecation:
    """Migration signal returned by deprecated endpoints. Optional fields are omitted when they have no value.

    Attributes:
        message (str): Human- and agent-readable summary of the deprecation and its replacement.
        docs_url (None | str | Unset): Link to the migration documentation (markdown), when available.
        replacement (None | str | Unset): The replacement endpoint, e.g. "GET /api/public/v2/observations". Omitted when
            the endpoint is being removed without a direct replacement.
        sunset_at (None | str | Unset): ISO date after which the endpoint may stop working, when a removal date is
            committed.
    """

    message: str
    docs_url: None | str | Unset = UNSET
    replacement: None | str | Unset = UNSET
    sunset_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        docs_url: None | str | Unset
        if isinstance(self.docs_url, Unset):
            docs_url = UNSET
        else:
            docs_url = self.docs_url

        replacement: None | str | Unset
        if isinstance(self.replacement, Unset):
            replacement = UNSET
        else:
            replacement = self.replacement

        sunset_at: None | str | Unset
        if isinstance(self.sunset_at, Unset):
            sunset_at = UNSET
        else:
            sunset_at = self.sunset_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if docs_url is not UNSET:
            field_dict["docsUrl"] = docs_url
        if replacement is not UNSET:
            field_dict["replacement"] = replacement
        if sunset_at is not UNSET:
            field_dict["sunsetAt"] = sunset_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d["message"]

        docs_url: None | str | Unset = d.get("docsUrl", UNSET)

        replacement: None | str | Unset = d.get("replacement", UNSET)

        sunset_at: None | str | Unset = d.get("sunsetAt", UNSET)

        deprecation = cls(
            message,
            docs_url,
            replacement,
            sunset_at,
        )

        if not d.keys() <= _FIELDS:
            deprecation.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return deprecation

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
