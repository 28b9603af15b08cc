from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.span import Span


T = TypeVar("T", bound="ListSpansResponse")
_FIELDS = frozenset(
    {
        "pagination",
        "spans",
    }
)


@_attrs_define
class ListSpansResponse:
    """ListSpansResponse

    Attributes:
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        spans (list[Span] | Unset): A list of spans ordered by `start_time` from newest to oldest. Spans with the same
            start time use their trace and span identifiers for a stable order.
    """

    pagination: PaginationMetadata | Unset = UNSET
    spans: list[Span] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if spans is not UNSET:
            field_dict["spans"] = spans

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

        _spans = d.get("spans", UNSET)
        spans: list[Span] | Unset = UNSET
        if _spans is not UNSET:
            spans = [Span.from_dict(spans_item_data) for spans_item_data in _spans]

        list_spans_response = cls(
            pagination,
            spans,
        )

        if not d.keys() <= _FIELDS:
            list_spans_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_spans_response

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
    global _LAZY_PENDING, PaginationMetadata, Span
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.span import Span  # noqa: PLC0415

    _LAZY_PENDING = False
