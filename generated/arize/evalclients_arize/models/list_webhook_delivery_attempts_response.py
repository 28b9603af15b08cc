from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt


T = TypeVar("T", bound="ListWebhookDeliveryAttemptsResponse")
_FIELDS = frozenset(
    {
        "delivery_attempts",
        "pagination",
    }
)


@_attrs_define
class ListWebhookDeliveryAttemptsResponse:
    """ListWebhookDeliveryAttemptsResponse

    Attributes:
        delivery_attempts (list[WebhookDeliveryAttempt] | Unset): A list of delivery attempts, most recent first
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    delivery_attempts: list[WebhookDeliveryAttempt] | Unset = UNSET
    pagination: PaginationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        delivery_attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delivery_attempts, Unset):
            delivery_attempts = []
            for delivery_attempts_item_data in self.delivery_attempts:
                delivery_attempts_item = delivery_attempts_item_data.to_dict()
                delivery_attempts.append(delivery_attempts_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_attempts is not UNSET:
            field_dict["delivery_attempts"] = delivery_attempts
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _delivery_attempts = d.get("delivery_attempts", UNSET)
        delivery_attempts: list[WebhookDeliveryAttempt] | Unset = UNSET
        if _delivery_attempts is not UNSET:
            delivery_attempts = [
                WebhookDeliveryAttempt.from_dict(delivery_attempts_item_data)
                for delivery_attempts_item_data in _delivery_attempts
            ]

        _pagination = d.get("pagination", UNSET)
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)

        list_webhook_delivery_attempts_response = cls(
            delivery_attempts,
            pagination,
        )

        if not d.keys() <= _FIELDS:
            list_webhook_delivery_attempts_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_webhook_delivery_attempts_response

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
    global _LAZY_PENDING, PaginationMetadata, WebhookDeliveryAttempt
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt  # noqa: PLC0415

    _LAZY_PENDING = False
