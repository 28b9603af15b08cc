from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.datapoint_response import DatapointResponse


T = TypeVar("T", bound="PaginatedDataDatapointResponse")
_FIELDS = frozenset(
    {
        "page",
        "records",
        "size",
        "total",
    }
)


@_attrs_define
class PaginatedDataDatapointResponse:
    """
    Attributes:
        page (int):
        records (list[DatapointResponse]):
        size (int):
        total (int):
    """

    page: int
    records: list[DatapointResponse]
    size: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        page = self.page

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        size = self.size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "records": records,
                "size": size,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        page = d["page"]

        records = [
            DatapointResponse.from_dict(records_item_data) for records_item_data in d["records"]
        ]

        size = d["size"]

        total = d["total"]

        paginated_data_datapoint_response = cls(
            page,
            records,
            size,
            total,
        )

        if not d.keys() <= _FIELDS:
            paginated_data_datapoint_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return paginated_data_datapoint_response

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
    global _LAZY_PENDING, DatapointResponse
    from ..models.datapoint_response import DatapointResponse  # noqa: PLC0415

    _LAZY_PENDING = False
