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
    from ..models.span_evaluator_input import SpanEvaluatorInput
    from ..models.task_query_filters_input import TaskQueryFiltersInput
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput


T = TypeVar("T", bound="UpdateEvaluationTaskRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluators",
        "is_continuous",
        "name",
        "query_filter",
        "query_filters",
        "sampling_rate",
    }
)


@_attrs_define
class UpdateEvaluationTaskRequest:
    """PATCH body for `TEMPLATE_EVALUATION` and `CODE_EVALUATION` tasks. The two types share the same updatable shape; the
    server derives the task type from the URL's task record. At least one field must be provided.  Evaluators carry one
    of two mutually exclusive shapes depending on their data granularity. Span evaluators use task-level `query_filter`
    plus per-evaluator `column_mappings`/`query_filter`. Trace/session evaluators use task-level `query_filters` plus
    per-evaluator `query_mappings`. Mixing the two shapes returns 400.

        Attributes:
            evaluators (list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset): Replaces the entire evaluator
                list. At least one evaluator is required when provided. Omit the field to leave evaluators unchanged.
            is_continuous (bool | Unset): Whether the task runs continuously. Only applicable for project-based tasks.
            name (str | Unset): New task name.
            query_filter (None | str | Unset): Task-level query filter (span shape). Pass `null` to clear. Mutually
                exclusive with `query_filters`.
            query_filters (None | TaskQueryFiltersInput | Unset): Named query filters plus optional expression
                (trace/session shape). Pass `null` to clear the entire multi-query shape (filters and expression together).
                Mutually exclusive with `query_filter`.
            sampling_rate (float | Unset): Sampling rate between 0 and 1. Only applicable for project-based tasks.
    """

    evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset = UNSET
    is_continuous: bool | Unset = UNSET
    name: str | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    query_filters: None | TaskQueryFiltersInput | Unset = UNSET
    sampling_rate: float | Unset = UNSET
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
                    evaluators_item: dict[str, Any]
                    if isinstance(evaluators_item_data, SpanEvaluatorInput):
                        evaluators_item = evaluators_item_data.to_dict()
                    else:
                        evaluators_item = evaluators_item_data.to_dict()

                    evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        is_continuous = self.is_continuous

        name = self.name

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        try:
            query_filters: dict[str, Any] | None | Unset
            if isinstance(self.query_filters, Unset):
                query_filters = UNSET
            elif isinstance(self.query_filters, TaskQueryFiltersInput):
                query_filters = self.query_filters.to_dict()
            else:
                query_filters = self.query_filters
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            query_filters = _as_json(self.query_filters)

        sampling_rate = self.sampling_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if name is not UNSET:
            field_dict["name"] = name
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if query_filters is not UNSET:
            field_dict["query_filters"] = query_filters
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate

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
            _evaluators = d.get("evaluators", UNSET)
            evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset = UNSET
            if _evaluators is not UNSET:
                evaluators = []
                for evaluators_item_data in _evaluators:

                    def _parse_evaluators_item(
                        data: object,
                    ) -> SpanEvaluatorInput | TraceOrSessionEvaluatorInput:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_evaluator_input_type_0 = (
                                SpanEvaluatorInput.from_dict(data, _strict=True)
                            )

                            return componentsschemas_task_evaluator_input_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_evaluator_input_type_1 = (
                            TraceOrSessionEvaluatorInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_task_evaluator_input_type_1

                    evaluators_item = _parse_evaluators_item(evaluators_item_data)

                    evaluators.append(evaluators_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(evaluators_item_data: Any) -> Any:
                def _parse_evaluators_item(
                    data: object,
                ) -> SpanEvaluatorInput | TraceOrSessionEvaluatorInput:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_evaluator_input_type_0 = (
                            SpanEvaluatorInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_task_evaluator_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_task_evaluator_input_type_1 = (
                        TraceOrSessionEvaluatorInput.from_dict(data, _strict=True)
                    )

                    return componentsschemas_task_evaluator_input_type_1

                evaluators_item = _parse_evaluators_item(evaluators_item_data)
                return evaluators_item

            evaluators, _drifted = _keep_each(
                cls,
                d,
                "evaluators",
                "list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput]",
                "type",
                _each,
                _drifted,
            )

        try:
            is_continuous = d.get("is_continuous", UNSET)
            if not (type(is_continuous) is bool or is_continuous is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_continuous, _drifted = _keep(cls, d, "is_continuous", "bool", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            query_filter: None | str | Unset = d.get("query_filter", UNSET)

            if not (query_filter is None or type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        _query_filters_raw = d.get("query_filters", UNSET)
        if _query_filters_raw is UNSET:
            query_filters = UNSET
        elif not _strict:
            query_filters = _query_filters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _query_filters = d.get("query_filters", UNSET)
                query_filters = (
                    _query_filters
                    if _query_filters is None or _query_filters is UNSET
                    else _parse_query_filters(_query_filters)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                query_filters, _drifted = _keep(
                    cls, d, "query_filters", "None | TaskQueryFiltersInput", "union", _drifted
                )

        try:
            sampling_rate = d.get("sampling_rate", UNSET)
            if not (
                type(sampling_rate) is float or type(sampling_rate) is int or sampling_rate is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            sampling_rate, _drifted = _keep(cls, d, "sampling_rate", "float", "type", _drifted)

        _update_evaluation_task_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_evaluation_task_request_.evaluators = evaluators
        _update_evaluation_task_request_.is_continuous = is_continuous
        _update_evaluation_task_request_.name = name
        _update_evaluation_task_request_.query_filter = query_filter
        _update_evaluation_task_request_._query_filters_slot = query_filters  # type: ignore[attr-defined]
        _update_evaluation_task_request_.sampling_rate = sampling_rate
        _update_evaluation_task_request_.additional_properties = {}
        _update_evaluation_task_request_._pending = _pending

        if _extra:
            _update_evaluation_task_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_evaluation_task_request_, _drifted)
        return _update_evaluation_task_request_

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


def _parse_query_filters(data: object) -> None | TaskQueryFiltersInput | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        query_filters_type_0 = TaskQueryFiltersInput.from_dict(data)

        return query_filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_query_filters(self: UpdateEvaluationTaskRequest, raw: Any) -> Any:
    """``query_filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _query_filters = raw
        query_filters = (
            _query_filters
            if _query_filters is None or _query_filters is UNSET
            else _parse_query_filters(_query_filters)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        query_filters, _drifted = _keep(
            type(self),
            {"query_filters": raw},
            "query_filters",
            "None | TaskQueryFiltersInput",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return query_filters


_lazy(UpdateEvaluationTaskRequest, "query_filters", 1, _decode_query_filters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanEvaluatorInput, TaskQueryFiltersInput, TraceOrSessionEvaluatorInput
    from ..models.span_evaluator_input import SpanEvaluatorInput  # noqa: PLC0415
    from ..models.task_query_filters_input import TaskQueryFiltersInput  # noqa: PLC0415
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput  # noqa: PLC0415

    _LAZY_PENDING = False
