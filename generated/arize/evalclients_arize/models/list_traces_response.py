from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.trace import Trace


T = TypeVar("T", bound="ListTracesResponse")
_FIELDS = frozenset(
    {
        "pagination",
        "traces",
    }
)


@_attrs_define
class ListTracesResponse:
    """
    Attributes:
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        traces (list[Trace]): A list of traces, ordered newest-first.
    """

    pagination: PaginationMetadata
    traces: list[Trace]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        pagination = self.pagination.to_dict()

        traces = []
        for traces_item_data in self.traces:
            traces_item = traces_item_data.to_dict()
            traces.append(traces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "traces": traces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        pagination = PaginationMetadata.from_dict(d["pagination"])

        traces = [Trace.from_dict(traces_item_data) for traces_item_data in d["traces"]]

        list_traces_response = cls(
            pagination,
            traces,
        )

        if not d.keys() <= _FIELDS:
            list_traces_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_traces_response

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
    global _LAZY_PENDING, PaginationMetadata, Trace
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.trace import Trace  # noqa: PLC0415

    _LAZY_PENDING = False
