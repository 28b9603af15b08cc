from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_evaluator_input_column_mappings import SpanEvaluatorInputColumnMappings


T = TypeVar("T", bound="SpanEvaluatorInput")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluator_id",
        "column_mappings",
        "evaluator_version_id",
        "query_filter",
    }
)


@_attrs_define
class SpanEvaluatorInput:
    """Span-granularity evaluator input. Uses `query_filter` and `column_mappings`.

    Attributes:
        evaluator_id (str): Evaluator identifier (base64). Duplicates are not allowed.
        column_mappings (SpanEvaluatorInputColumnMappings | Unset): Maps evaluator template variable names to data
            source column names (span shape).
        evaluator_version_id (None | str | Unset): Pin this evaluator to a specific version (base64). Defaults to null,
            which always runs the evaluator's latest version; omitting the field and sending null are equivalent. Must be a
            version of the evaluator named by `evaluator_id`, otherwise the request returns 422.
        query_filter (str | Unset): Per-evaluator query filter (span shape). Combined with the task-level filter (AND).
    """

    evaluator_id: str | Unset
    column_mappings: SpanEvaluatorInputColumnMappings | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    query_filter: str | Unset = UNSET
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
        evaluator_id = self.evaluator_id

        try:
            column_mappings: dict[str, Any] | Unset = UNSET
            if not isinstance(self.column_mappings, Unset):
                column_mappings = self.column_mappings.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_mappings = _as_json(self.column_mappings)

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        query_filter = self.query_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
            }
        )
        if column_mappings is not UNSET:
            field_dict["column_mappings"] = column_mappings
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter

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
            evaluator_id = d["evaluator_id"]
            if not (type(evaluator_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_id, _drifted = _keep(cls, d, "evaluator_id", "str", "type", _drifted)

        _column_mappings_raw = d.get("column_mappings", UNSET)
        if _column_mappings_raw is UNSET:
            column_mappings = UNSET
        elif not _strict:
            column_mappings = _column_mappings_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _column_mappings = d.get("column_mappings", UNSET)
                column_mappings: SpanEvaluatorInputColumnMappings | Unset
                if _column_mappings is UNSET:
                    column_mappings = UNSET
                else:
                    column_mappings = SpanEvaluatorInputColumnMappings.from_dict(_column_mappings)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                column_mappings, _drifted = _keep(
                    cls, d, "column_mappings", "SpanEvaluatorInputColumnMappings", "type", _drifted
                )

        try:
            evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

            if not (
                evaluator_version_id is None
                or type(evaluator_version_id) is str
                or evaluator_version_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_version_id, _drifted = _keep(
                cls, d, "evaluator_version_id", "None | str", "type", _drifted
            )

        try:
            query_filter = d.get("query_filter", UNSET)
            if not (type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "str", "type", _drifted)

        _span_evaluator_input_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _span_evaluator_input_.evaluator_id = evaluator_id
        _span_evaluator_input_._column_mappings_slot = column_mappings  # type: ignore[attr-defined]
        _span_evaluator_input_.evaluator_version_id = evaluator_version_id
        _span_evaluator_input_.query_filter = query_filter
        _span_evaluator_input_.additional_properties = {}
        _span_evaluator_input_._pending = _pending

        if _extra:
            _span_evaluator_input_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_span_evaluator_input_, _drifted)
        return _span_evaluator_input_

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


def _decode_column_mappings(self: SpanEvaluatorInput, raw: Any) -> Any:
    """``column_mappings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _column_mappings = raw
        column_mappings: SpanEvaluatorInputColumnMappings | Unset
        if _column_mappings is UNSET:
            column_mappings = UNSET
        else:
            column_mappings = SpanEvaluatorInputColumnMappings.from_dict(_column_mappings)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        column_mappings, _drifted = _keep(
            type(self),
            {"column_mappings": raw},
            "column_mappings",
            "SpanEvaluatorInputColumnMappings",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return column_mappings


_lazy(SpanEvaluatorInput, "column_mappings", 1, _decode_column_mappings)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanEvaluatorInputColumnMappings
    from ..models.span_evaluator_input_column_mappings import SpanEvaluatorInputColumnMappings  # noqa: PLC0415

    _LAZY_PENDING = False
