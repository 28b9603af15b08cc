from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datapoint_response import DatapointResponse


T = TypeVar("T", bound="PaginatedDataDatapointResponse")
_new = object.__new__
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

    page: int | Unset
    records: list[DatapointResponse] | Unset
    size: int | Unset
    total: int | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        page = self.page

        try:
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            records = _as_json(self.records)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            page = d["page"]
            if not (type(page) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            page, _drifted = _keep(cls, d, "page", "int", "type", _drifted)

        _records_raw = d.get("records", UNSET)
        if _records_raw is not UNSET and not _strict:
            records = _records_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                records = [
                    DatapointResponse.from_dict(records_item_data)
                    for records_item_data in d["records"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                records, _drifted = _keep_each(
                    cls,
                    d,
                    "records",
                    "list[DatapointResponse]",
                    "type",
                    lambda records_item_data: DatapointResponse.from_dict(records_item_data),
                    _drifted,
                )

        try:
            size = d["size"]
            if not (type(size) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            size, _drifted = _keep(cls, d, "size", "int", "type", _drifted)

        try:
            total = d["total"]
            if not (type(total) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total, _drifted = _keep(cls, d, "total", "int", "type", _drifted)

        _paginated_data_datapoint_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _paginated_data_datapoint_response_.page = page
        _paginated_data_datapoint_response_._records_slot = records  # type: ignore[attr-defined]
        _paginated_data_datapoint_response_.size = size
        _paginated_data_datapoint_response_.total = total
        _paginated_data_datapoint_response_.additional_properties = {}
        _paginated_data_datapoint_response_._pending = _pending

        if _extra:
            _paginated_data_datapoint_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_paginated_data_datapoint_response_, _drifted)
        return _paginated_data_datapoint_response_

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


def _decode_records(self: PaginatedDataDatapointResponse, raw: Any) -> Any:
    """``records`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        records = [DatapointResponse.from_dict(records_item_data) for records_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        records, _drifted = _keep_each(
            type(self),
            {"records": raw},
            "records",
            "list[DatapointResponse]",
            "type",
            lambda records_item_data: DatapointResponse.from_dict(records_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return records


_lazy(PaginatedDataDatapointResponse, "records", 1, _decode_records)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatapointResponse
    from ..models.datapoint_response import DatapointResponse  # noqa: PLC0415

    _LAZY_PENDING = False
