from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    """
    Attributes:
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        spans (list[Span]): A list of spans
    """

    pagination: PaginationMetadata
    spans: list[Span]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination = self.pagination.to_dict()

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "spans": spans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        pagination = PaginationMetadata.from_dict(d["pagination"])

        spans = [Span.from_dict(spans_item_data) for spans_item_data in d["spans"]]

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
