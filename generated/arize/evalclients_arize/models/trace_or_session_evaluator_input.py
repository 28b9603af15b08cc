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
    from ..models.task_query_mapping_input import TaskQueryMappingInput


T = TypeVar("T", bound="TraceOrSessionEvaluatorInput")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluator_id",
        "query_mappings",
        "evaluator_version_id",
    }
)


@_attrs_define
class TraceOrSessionEvaluatorInput:
    """Trace/session-granularity evaluator input. Uses `query_mappings`.

    Attributes:
        evaluator_id (str): Evaluator identifier (base64). Duplicates are not allowed.
        query_mappings (list[TaskQueryMappingInput]): Per-evaluator variable-to-query mappings (trace/session shape).
        evaluator_version_id (None | str | Unset): Pin this evaluator to a specific version (base64). Defaults to null,
            which always runs the evaluator's latest version; omitting the field and sending null are equivalent. Must be a
            version of the evaluator named by `evaluator_id`, otherwise the request returns 422.
    """

    evaluator_id: str | Unset
    query_mappings: list[TaskQueryMappingInput] | Unset
    evaluator_version_id: None | str | Unset = UNSET
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
            query_mappings = []
            for query_mappings_item_data in self.query_mappings:
                query_mappings_item = query_mappings_item_data.to_dict()
                query_mappings.append(query_mappings_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            query_mappings = _as_json(self.query_mappings)

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
                "query_mappings": query_mappings,
            }
        )
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id

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

        _query_mappings_raw = d.get("query_mappings", UNSET)
        if _query_mappings_raw is not UNSET and not _strict:
            query_mappings = _query_mappings_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                query_mappings = [
                    TaskQueryMappingInput.from_dict(query_mappings_item_data)
                    for query_mappings_item_data in d["query_mappings"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                query_mappings, _drifted = _keep_each(
                    cls,
                    d,
                    "query_mappings",
                    "list[TaskQueryMappingInput]",
                    "type",
                    lambda query_mappings_item_data: TaskQueryMappingInput.from_dict(
                        query_mappings_item_data
                    ),
                    _drifted,
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

        _trace_or_session_evaluator_input_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _trace_or_session_evaluator_input_.evaluator_id = evaluator_id
        _trace_or_session_evaluator_input_._query_mappings_slot = query_mappings  # type: ignore[attr-defined]
        _trace_or_session_evaluator_input_.evaluator_version_id = evaluator_version_id
        _trace_or_session_evaluator_input_.additional_properties = {}
        _trace_or_session_evaluator_input_._pending = _pending

        if _extra:
            _trace_or_session_evaluator_input_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trace_or_session_evaluator_input_, _drifted)
        return _trace_or_session_evaluator_input_

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


def _decode_query_mappings(self: TraceOrSessionEvaluatorInput, raw: Any) -> Any:
    """``query_mappings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        query_mappings = [
            TaskQueryMappingInput.from_dict(query_mappings_item_data)
            for query_mappings_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        query_mappings, _drifted = _keep_each(
            type(self),
            {"query_mappings": raw},
            "query_mappings",
            "list[TaskQueryMappingInput]",
            "type",
            lambda query_mappings_item_data: TaskQueryMappingInput.from_dict(
                query_mappings_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return query_mappings


_lazy(TraceOrSessionEvaluatorInput, "query_mappings", 1, _decode_query_mappings)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, TaskQueryMappingInput
    from ..models.task_query_mapping_input import TaskQueryMappingInput  # noqa: PLC0415

    _LAZY_PENDING = False
