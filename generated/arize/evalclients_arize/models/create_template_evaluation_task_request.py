from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.create_template_evaluation_task_request_type import (
    CreateTemplateEvaluationTaskRequestType,
    check_create_template_evaluation_task_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_evaluator_input import SpanEvaluatorInput
    from ..models.task_query_filters_input import TaskQueryFiltersInput
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput


T = TypeVar("T", bound="CreateTemplateEvaluationTaskRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluators",
        "name",
        "type",
        "dataset_id",
        "experiment_ids",
        "is_continuous",
        "project_id",
        "query_filter",
        "query_filters",
        "sampling_rate",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "evaluators",
        "evaluators",
        True,
        0,
        "evaluators = []\n_evaluators = _j_evaluators\nfor evaluators_item_data in (_evaluators):\n    def _parse_evaluators_item(data: object) -\u003e SpanEvaluatorInput | TraceOrSessionEvaluatorInput:\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_task_evaluator_input_type_0 = SpanEvaluatorInput.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_task_evaluator_input_type_0\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        if not isinstance(data, dict):\n            raise TypeError()\n        componentsschemas_task_evaluator_input_type_1 = TraceOrSessionEvaluatorInput.from_dict(data, _strict=True)\n\n\n\n        return componentsschemas_task_evaluator_input_type_1\n\n    evaluators_item = _parse_evaluators_item(evaluators_item_data)\n\n    evaluators.append(evaluators_item)",
    ),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "type",
        "type_",
        True,
        0,
        "type_ = check_create_template_evaluation_task_request_type(_j_type_)",
    ),
    (
        "dataset_id",
        "dataset_id",
        False,
        0,
        "dataset_id = _j_dataset_id\nif not (type(dataset_id) is str or dataset_id is UNSET):\n    raise TypeError",
    ),
    (
        "experiment_ids",
        "experiment_ids",
        False,
        0,
        "experiment_ids: list[str] = _j_experiment_ids\n\nif not ((type(experiment_ids) is list and _strs(experiment_ids)) or experiment_ids is UNSET):\n    raise TypeError",
    ),
    (
        "is_continuous",
        "is_continuous",
        False,
        0,
        "is_continuous = _j_is_continuous\nif not (type(is_continuous) is bool or is_continuous is UNSET):\n    raise TypeError",
    ),
    (
        "project_id",
        "project_id",
        False,
        0,
        "project_id = _j_project_id\nif not (type(project_id) is str or project_id is UNSET):\n    raise TypeError",
    ),
    (
        "query_filter",
        "query_filter",
        False,
        0,
        "query_filter = _j_query_filter\nif not (type(query_filter) is str or query_filter is UNSET):\n    raise TypeError",
    ),
    ("query_filters", "_query_filters_slot", False, 1, ""),
    (
        "sampling_rate",
        "sampling_rate",
        False,
        0,
        "sampling_rate = _j_sampling_rate\nif not (type(sampling_rate) is float or type(sampling_rate) is int or sampling_rate is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateTemplateEvaluationTaskRequest:
    """Request body for creating a `TEMPLATE_EVALUATION` task. Requires `evaluators` and exactly one of `project_id` or
    `dataset_id`. When `dataset_id` is provided, `experiment_ids` must contain at least one entry.

        Attributes:
            evaluators (list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput]): Evaluators to attach (at least one
                required). Evaluators use one of two mutually exclusive shapes by data granularity. Span evaluators use
                `query_filter` + per-evaluator `column_mappings`/`query_filter`. Trace/session evaluators use task-level
                `query_filters` plus per-evaluator `query_mappings`. Mixing the two shapes returns 400. The granularity must
                match the chosen shape (enforced server-side).
            name (str): Task name
            type_ (CreateTemplateEvaluationTaskRequestType): Task type discriminator. Must be `"TEMPLATE_EVALUATION"`.
            dataset_id (str | Unset): Dataset identifier (base64). Required when `project_id` is not provided. Mutually
                exclusive with `project_id`.
            experiment_ids (list[str] | Unset): Experiment identifiers (base64). Required when `dataset_id` is provided (at
                least one entry). Must be omitted or empty for project-based tasks.
            is_continuous (bool | Unset): Whether the task runs continuously. Only supported on project-based tasks. Must be
                `false` or omitted for dataset-based tasks.
            project_id (str | Unset): Project identifier (base64). Required when `dataset_id` is not provided. Mutually
                exclusive with `dataset_id`.
            query_filter (str | Unset): Task-level query filter applied to all evaluated data (span shape). Mutually
                exclusive with `query_filters`.
            query_filters (TaskQueryFiltersInput | Unset): Combined named-query filters and boolean expression for
                create/update requests (trace/session shape). Supply this object OR `query_filter` (span shape) — not both.
            sampling_rate (float | Unset): Sampling rate between 0 and 1. Only supported on project-based tasks.
    """

    evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset
    name: str | Unset
    type_: CreateTemplateEvaluationTaskRequestType | Unset
    dataset_id: str | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    is_continuous: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    query_filter: str | Unset = UNSET
    query_filters: TaskQueryFiltersInput | Unset = UNSET
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

        name = self.name

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        dataset_id = self.dataset_id

        try:
            experiment_ids: list[str] | Unset = UNSET
            if not isinstance(self.experiment_ids, Unset):
                experiment_ids = self.experiment_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_ids = _as_json(self.experiment_ids)

        is_continuous = self.is_continuous

        project_id = self.project_id

        query_filter = self.query_filter

        try:
            query_filters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.query_filters, Unset):
                query_filters = self.query_filters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            query_filters = _as_json(self.query_filters)

        sampling_rate = self.sampling_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluators": evaluators,
                "name": name,
                "type": type_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
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
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            evaluators = []
            _evaluators = d["evaluators"]
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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            type_ = check_create_template_evaluation_task_request_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of TEMPLATE_EVALUATION", "enum", _drifted)

        try:
            dataset_id = d.get("dataset_id", UNSET)
            if not (type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "str", "type", _drifted)

        try:
            experiment_ids: list[str] = d.get("experiment_ids", UNSET)

            if not (
                (type(experiment_ids) is list and _strs(experiment_ids)) or experiment_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_ids, _drifted = _keep(
                cls, d, "experiment_ids", "list[str]", "type", _drifted
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
            project_id = d.get("project_id", UNSET)
            if not (type(project_id) is str or project_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        try:
            query_filter = d.get("query_filter", UNSET)
            if not (type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "str", "type", _drifted)

        _query_filters_raw = d.get("query_filters", UNSET)
        if _query_filters_raw is UNSET:
            query_filters = UNSET
        elif not _strict:
            query_filters = _query_filters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _query_filters = d.get("query_filters", UNSET)
                query_filters: TaskQueryFiltersInput | Unset
                if _query_filters is UNSET:
                    query_filters = UNSET
                else:
                    query_filters = TaskQueryFiltersInput.from_dict(_query_filters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                query_filters, _drifted = _keep(
                    cls, d, "query_filters", "TaskQueryFiltersInput", "type", _drifted
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

        _create_template_evaluation_task_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_template_evaluation_task_request_.evaluators = evaluators
        _create_template_evaluation_task_request_.name = name
        _create_template_evaluation_task_request_.type_ = type_
        _create_template_evaluation_task_request_.dataset_id = dataset_id
        _create_template_evaluation_task_request_.experiment_ids = experiment_ids
        _create_template_evaluation_task_request_.is_continuous = is_continuous
        _create_template_evaluation_task_request_.project_id = project_id
        _create_template_evaluation_task_request_.query_filter = query_filter
        _create_template_evaluation_task_request_._query_filters_slot = query_filters  # type: ignore[attr-defined]
        _create_template_evaluation_task_request_.sampling_rate = sampling_rate
        _create_template_evaluation_task_request_.additional_properties = {}
        _create_template_evaluation_task_request_._pending = _pending

        if _extra:
            _create_template_evaluation_task_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_template_evaluation_task_request_, _drifted)
        return _create_template_evaluation_task_request_

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


def _decode_query_filters(self: CreateTemplateEvaluationTaskRequest, raw: Any) -> Any:
    """``query_filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _query_filters = raw
        query_filters: TaskQueryFiltersInput | Unset
        if _query_filters is UNSET:
            query_filters = UNSET
        else:
            query_filters = TaskQueryFiltersInput.from_dict(_query_filters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        query_filters, _drifted = _keep(
            type(self),
            {"query_filters": raw},
            "query_filters",
            "TaskQueryFiltersInput",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return query_filters


_lazy(CreateTemplateEvaluationTaskRequest, "query_filters", 1, _decode_query_filters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanEvaluatorInput, TaskQueryFiltersInput, TraceOrSessionEvaluatorInput
    from ..models.span_evaluator_input import SpanEvaluatorInput  # noqa: PLC0415
    from ..models.task_query_filters_input import TaskQueryFiltersInput  # noqa: PLC0415
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput  # noqa: PLC0415

    _LAZY_PENDING = False
