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
    from ..models.evaluator import Evaluator
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListEvaluatorsResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluators",
        "pagination",
    }
)


@_attrs_define
class ListEvaluatorsResponse:
    """ListEvaluatorsResponse

    Attributes:
        evaluators (list[Evaluator] | Unset): A list of evaluators
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    evaluators: list[Evaluator] | Unset = UNSET
    pagination: PaginationMetadata | Unset = UNSET
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
            evaluators: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluators, Unset):
                evaluators = []
                for evaluators_item_data in self.evaluators:
                    evaluators_item = evaluators_item_data.to_dict()
                    evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        try:
            pagination: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pagination, Unset):
                pagination = self.pagination.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            pagination = _as_json(self.pagination)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

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
        _evaluators_raw = d.get("evaluators", UNSET)
        if _evaluators_raw is UNSET:
            evaluators = UNSET
        elif not _strict:
            evaluators = _evaluators_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _evaluators = d.get("evaluators", UNSET)
                evaluators: list[Evaluator] | Unset = UNSET
                if _evaluators is not UNSET:
                    evaluators = [
                        Evaluator.from_dict(evaluators_item_data)
                        for evaluators_item_data in _evaluators
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluators, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluators",
                    "list[Evaluator]",
                    "type",
                    lambda evaluators_item_data: Evaluator.from_dict(evaluators_item_data),
                    _drifted,
                )

        _pagination_raw = d.get("pagination", UNSET)
        if _pagination_raw is UNSET:
            pagination = UNSET
        elif not _strict:
            pagination = _pagination_raw  # decoded on first read
            _pending |= 2
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

        _list_evaluators_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _list_evaluators_response_._evaluators_slot = evaluators  # type: ignore[attr-defined]
        _list_evaluators_response_._pagination_slot = pagination  # type: ignore[attr-defined]
        _list_evaluators_response_.additional_properties = {}
        _list_evaluators_response_._pending = _pending

        if _extra:
            _list_evaluators_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_list_evaluators_response_, _drifted)
        return _list_evaluators_response_

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


def _decode_evaluators(self: ListEvaluatorsResponse, raw: Any) -> Any:
    """``evaluators`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluators = raw
        evaluators: list[Evaluator] | Unset = UNSET
        if _evaluators is not UNSET:
            evaluators = [
                Evaluator.from_dict(evaluators_item_data) for evaluators_item_data in _evaluators
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluators, _drifted = _keep_each(
            type(self),
            {"evaluators": raw},
            "evaluators",
            "list[Evaluator]",
            "type",
            lambda evaluators_item_data: Evaluator.from_dict(evaluators_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluators


_lazy(ListEvaluatorsResponse, "evaluators", 1, _decode_evaluators)


def _decode_pagination(self: ListEvaluatorsResponse, raw: Any) -> Any:
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


_lazy(ListEvaluatorsResponse, "pagination", 2, _decode_pagination)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Evaluator, PaginationMetadata
    from ..models.evaluator import Evaluator  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
