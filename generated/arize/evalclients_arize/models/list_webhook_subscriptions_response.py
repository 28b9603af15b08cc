from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.webhook_subscription import WebhookSubscription


T = TypeVar("T", bound="ListWebhookSubscriptionsResponse")
_FIELDS = frozenset(
    {
        "pagination",
        "subscriptions",
    }
)


@_attrs_define
class ListWebhookSubscriptionsResponse:
    """ListWebhookSubscriptionsResponse

    Attributes:
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        subscriptions (list[WebhookSubscription] | Unset): A list of webhook subscriptions, most recently created first
    """

    pagination: PaginationMetadata | Unset = UNSET
    subscriptions: list[WebhookSubscription] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

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

        _subscriptions = d.get("subscriptions", UNSET)
        subscriptions: list[WebhookSubscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = [
                WebhookSubscription.from_dict(subscriptions_item_data)
                for subscriptions_item_data in _subscriptions
            ]

        list_webhook_subscriptions_response = cls(
            pagination,
            subscriptions,
        )

        if not d.keys() <= _FIELDS:
            list_webhook_subscriptions_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_webhook_subscriptions_response

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
    global _LAZY_PENDING, PaginationMetadata, WebhookSubscription
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.webhook_subscription import WebhookSubscription  # noqa: PLC0415

    _LAZY_PENDING = False
