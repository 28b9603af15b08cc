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
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.span import Span


T = TypeVar("T", bound="ListSpansResponse")
_new = object.__new__
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
        try:
            pagination: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pagination, Unset):
                pagination = self.pagination.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            pagination = _as_json(self.pagination)

        try:
            spans: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.spans, Unset):
                spans = []
                for spans_item_data in self.spans:
                    spans_item = spans_item_data.to_dict()
                    spans.append(spans_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spans = _as_json(self.spans)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if spans is not UNSET:
            field_dict["spans"] = spans

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
        _pagination_raw = d.get("pagination", UNSET)
        if _pagination_raw is UNSET:
            pagination = UNSET
        elif not _strict:
            pagination = _pagination_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _pagination = d.get("pagination", UNSET)
                pagination: PaginationMetadata | Unset
                if _pagination is UNSET:
                    pagination = UNSET
                else:
                    pagination = PaginationMetadata.from_dict(_pagination)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                pagination, _drifted = _keep(
                    cls, d, "pagination", "PaginationMetadata", "type", _drifted
                )

        _spans_raw = d.get("spans", UNSET)
        if _spans_raw is UNSET:
            spans = UNSET
        elif not _strict:
            spans = _spans_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _spans = d.get("spans", UNSET)
                spans: list[Span] | Unset = UNSET
                if _spans is not UNSET:
                    spans = [Span.from_dict(spans_item_data) for spans_item_data in _spans]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spans, _drifted = _keep_each(
                    cls,
                    d,
                    "spans",
                    "list[Span]",
                    "type",
                    lambda spans_item_data: Span.from_dict(spans_item_data),
                    _drifted,
                )

        _list_spans_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _list_spans_response_._pagination_slot = pagination  # type: ignore[attr-defined]
        _list_spans_response_._spans_slot = spans  # type: ignore[attr-defined]
        _list_spans_response_.additional_properties = {}
        _list_spans_response_._pending = _pending

        if _extra:
            _list_spans_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_list_spans_response_, _drifted)
        return _list_spans_response_

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


def _decode_pagination(self: ListSpansResponse, raw: Any) -> Any:
    """``pagination`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _pagination = raw
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        pagination, _drifted = _keep(
            type(self), {"pagination": raw}, "pagination", "PaginationMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return pagination


_lazy(ListSpansResponse, "pagination", 1, _decode_pagination)


def _decode_spans(self: ListSpansResponse, raw: Any) -> Any:
    """``spans`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _spans = raw
        spans: list[Span] | Unset = UNSET
        if _spans is not UNSET:
            spans = [Span.from_dict(spans_item_data) for spans_item_data in _spans]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spans, _drifted = _keep_each(
            type(self),
            {"spans": raw},
            "spans",
            "list[Span]",
            "type",
            lambda spans_item_data: Span.from_dict(spans_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spans


_lazy(ListSpansResponse, "spans", 2, _decode_spans)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PaginationMetadata, Span
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.span import Span  # noqa: PLC0415

    _LAZY_PENDING = False
