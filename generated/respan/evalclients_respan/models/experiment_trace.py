from __future__ import annotations

import datetime
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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_trace_scores import ExperimentTraceScores
    from ..models.experiment_trace_span_tree_item import ExperimentTraceSpanTreeItem


T = TypeVar("T", bound="ExperimentTrace")
_new = object.__new__
_FIELDS = frozenset(
    {
        "comparison_key",
        "customer_identifier",
        "duration",
        "end_time",
        "environment",
        "error_count",
        "expected_output",
        "id",
        "input",
        "llm_call_count",
        "name",
        "output",
        "root_span_unique_id",
        "scores",
        "span_count",
        "span_tree",
        "start_time",
        "status",
        "total_completion_tokens",
        "total_cost",
        "total_prompt_tokens",
        "total_tokens",
        "trace_unique_id",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "comparison_key",
        "comparison_key",
        False,
        0,
        "comparison_key: None | str | Unset = _j_comparison_key\n\nif not (comparison_key is None or type(comparison_key) is str or comparison_key is UNSET):\n    raise TypeError",
    ),
    (
        "customer_identifier",
        "customer_identifier",
        False,
        0,
        "customer_identifier: None | str | Unset = _j_customer_identifier\n\nif not (customer_identifier is None or type(customer_identifier) is str or customer_identifier is UNSET):\n    raise TypeError",
    ),
    (
        "duration",
        "duration",
        False,
        0,
        "duration: float | None | Unset = _j_duration\n\nif not (duration is None or type(duration) is float or type(duration) is int or duration is UNSET):\n    raise TypeError",
    ),
    ("end_time", "_end_time_slot", False, 1, ""),
    (
        "environment",
        "environment",
        False,
        0,
        "environment: None | str | Unset = _j_environment\n\nif not (environment is None or type(environment) is str or environment is UNSET):\n    raise TypeError",
    ),
    (
        "error_count",
        "error_count",
        False,
        0,
        "error_count: int | None | Unset = _j_error_count\n\nif not (error_count is None or type(error_count) is int or error_count is UNSET):\n    raise TypeError",
    ),
    ("expected_output", "expected_output", False, 0, "expected_output = _j_expected_output"),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    (
        "llm_call_count",
        "llm_call_count",
        False,
        0,
        "llm_call_count: int | None | Unset = _j_llm_call_count\n\nif not (llm_call_count is None or type(llm_call_count) is int or llm_call_count is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name: None | str | Unset = _j_name\n\nif not (name is None or type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    ("output", "output", False, 0, "output = _j_output"),
    (
        "root_span_unique_id",
        "root_span_unique_id",
        False,
        0,
        "root_span_unique_id: None | str | Unset = _j_root_span_unique_id\n\nif not (root_span_unique_id is None or type(root_span_unique_id) is str or root_span_unique_id is UNSET):\n    raise TypeError",
    ),
    ("scores", "_scores_slot", False, 2, ""),
    (
        "span_count",
        "span_count",
        False,
        0,
        "span_count: int | None | Unset = _j_span_count\n\nif not (span_count is None or type(span_count) is int or span_count is UNSET):\n    raise TypeError",
    ),
    ("span_tree", "_span_tree_slot", False, 4, ""),
    ("start_time", "_start_time_slot", False, 8, ""),
    (
        "status",
        "status",
        False,
        0,
        "status: None | str | Unset = _j_status\n\nif not (status is None or type(status) is str or status is UNSET):\n    raise TypeError",
    ),
    (
        "total_completion_tokens",
        "total_completion_tokens",
        False,
        0,
        "total_completion_tokens: int | None | Unset = _j_total_completion_tokens\n\nif not (total_completion_tokens is None or type(total_completion_tokens) is int or total_completion_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "total_cost",
        "total_cost",
        False,
        0,
        "total_cost: float | None | Unset = _j_total_cost\n\nif not (total_cost is None or type(total_cost) is float or type(total_cost) is int or total_cost is UNSET):\n    raise TypeError",
    ),
    (
        "total_prompt_tokens",
        "total_prompt_tokens",
        False,
        0,
        "total_prompt_tokens: int | None | Unset = _j_total_prompt_tokens\n\nif not (total_prompt_tokens is None or type(total_prompt_tokens) is int or total_prompt_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "total_tokens",
        "total_tokens",
        False,
        0,
        "total_tokens: int | None | Unset = _j_total_tokens\n\nif not (total_tokens is None or type(total_tokens) is int or total_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "trace_unique_id",
        "trace_unique_id",
        False,
        0,
        "trace_unique_id = _j_trace_unique_id\nif not (type(trace_unique_id) is str or trace_unique_id is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class ExperimentTrace:
    """An experiment trace: one dataset row run through the experiment's workflow, with its span tree and evaluator scores.
    Every field of the docs page "Retrieve an experiment trace" (the list pages show the same object without span_tree);
    which fields are always present is not documented, so none is required and unknown fields pass through.

        Attributes:
            comparison_key (None | str | Unset): Stable key for comparing the same input across experiments.
            customer_identifier (None | str | Unset):
            duration (float | None | Unset): Trace duration in seconds.
            end_time (datetime.datetime | None | Unset):
            environment (None | str | Unset):
            error_count (int | None | Unset):
            expected_output (Any | Unset): Expected output from the dataset row, when available.
            id (str | Unset): Trace ID. Use this value as log_id for trace detail and wait-workflow resume routes.
            input_ (Any | Unset): Trace input. May be a JSON value or serialized JSON string depending on storage.
            llm_call_count (int | None | Unset):
            name (None | str | Unset):
            output (Any | Unset): Trace output. May be a JSON value or serialized JSON string depending on storage.
            root_span_unique_id (None | str | Unset):
            scores (ExperimentTraceScores | Unset): Scores keyed by evaluator ID or slug. Each value includes evaluator
                metadata and the score value field matching score_value_type.
            span_count (int | None | Unset):
            span_tree (list[ExperimentTraceSpanTreeItem] | Unset): Hierarchical span tree for this trace.
            start_time (datetime.datetime | None | Unset):
            status (None | str | Unset):
            total_completion_tokens (int | None | Unset):
            total_cost (float | None | Unset):
            total_prompt_tokens (int | None | Unset):
            total_tokens (int | None | Unset):
            trace_unique_id (str | Unset): Trace unique ID.
    """

    comparison_key: None | str | Unset = UNSET
    customer_identifier: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    error_count: int | None | Unset = UNSET
    expected_output: Any | Unset = UNSET
    id: str | Unset = UNSET
    input_: Any | Unset = UNSET
    llm_call_count: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    output: Any | Unset = UNSET
    root_span_unique_id: None | str | Unset = UNSET
    scores: ExperimentTraceScores | Unset = UNSET
    span_count: int | None | Unset = UNSET
    span_tree: list[ExperimentTraceSpanTreeItem] | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    total_completion_tokens: int | None | Unset = UNSET
    total_cost: float | None | Unset = UNSET
    total_prompt_tokens: int | None | Unset = UNSET
    total_tokens: int | None | Unset = UNSET
    trace_unique_id: str | Unset = UNSET
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
        comparison_key: None | str | Unset
        if isinstance(self.comparison_key, Unset):
            comparison_key = UNSET
        else:
            comparison_key = self.comparison_key

        customer_identifier: None | str | Unset
        if isinstance(self.customer_identifier, Unset):
            customer_identifier = UNSET
        else:
            customer_identifier = self.customer_identifier

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        try:
            end_time: None | str | Unset
            if isinstance(self.end_time, Unset):
                end_time = UNSET
            elif isinstance(self.end_time, datetime.datetime):
                end_time = self.end_time.isoformat()
            else:
                end_time = self.end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        error_count: int | None | Unset
        if isinstance(self.error_count, Unset):
            error_count = UNSET
        else:
            error_count = self.error_count

        expected_output = self.expected_output

        id = self.id

        input_ = self.input_

        llm_call_count: int | None | Unset
        if isinstance(self.llm_call_count, Unset):
            llm_call_count = UNSET
        else:
            llm_call_count = self.llm_call_count

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        output = self.output

        root_span_unique_id: None | str | Unset
        if isinstance(self.root_span_unique_id, Unset):
            root_span_unique_id = UNSET
        else:
            root_span_unique_id = self.root_span_unique_id

        try:
            scores: dict[str, Any] | Unset = UNSET
            if not isinstance(self.scores, Unset):
                scores = self.scores.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scores = _as_json(self.scores)

        span_count: int | None | Unset
        if isinstance(self.span_count, Unset):
            span_count = UNSET
        else:
            span_count = self.span_count

        try:
            span_tree: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.span_tree, Unset):
                span_tree = []
                for span_tree_item_data in self.span_tree:
                    span_tree_item = span_tree_item_data.to_dict()
                    span_tree.append(span_tree_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            span_tree = _as_json(self.span_tree)

        try:
            start_time: None | str | Unset
            if isinstance(self.start_time, Unset):
                start_time = UNSET
            elif isinstance(self.start_time, datetime.datetime):
                start_time = self.start_time.isoformat()
            else:
                start_time = self.start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        total_completion_tokens: int | None | Unset
        if isinstance(self.total_completion_tokens, Unset):
            total_completion_tokens = UNSET
        else:
            total_completion_tokens = self.total_completion_tokens

        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        total_prompt_tokens: int | None | Unset
        if isinstance(self.total_prompt_tokens, Unset):
            total_prompt_tokens = UNSET
        else:
            total_prompt_tokens = self.total_prompt_tokens

        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        trace_unique_id = self.trace_unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comparison_key is not UNSET:
            field_dict["comparison_key"] = comparison_key
        if customer_identifier is not UNSET:
            field_dict["customer_identifier"] = customer_identifier
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment is not UNSET:
            field_dict["environment"] = environment
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if expected_output is not UNSET:
            field_dict["expected_output"] = expected_output
        if id is not UNSET:
            field_dict["id"] = id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if llm_call_count is not UNSET:
            field_dict["llm_call_count"] = llm_call_count
        if name is not UNSET:
            field_dict["name"] = name
        if output is not UNSET:
            field_dict["output"] = output
        if root_span_unique_id is not UNSET:
            field_dict["root_span_unique_id"] = root_span_unique_id
        if scores is not UNSET:
            field_dict["scores"] = scores
        if span_count is not UNSET:
            field_dict["span_count"] = span_count
        if span_tree is not UNSET:
            field_dict["span_tree"] = span_tree
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if total_completion_tokens is not UNSET:
            field_dict["total_completion_tokens"] = total_completion_tokens
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if total_prompt_tokens is not UNSET:
            field_dict["total_prompt_tokens"] = total_prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if trace_unique_id is not UNSET:
            field_dict["trace_unique_id"] = trace_unique_id

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
            comparison_key: None | str | Unset = d.get("comparison_key", UNSET)

            if not (
                comparison_key is None or type(comparison_key) is str or comparison_key is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comparison_key, _drifted = _keep(
                cls, d, "comparison_key", "None | str", "type", _drifted
            )

        try:
            customer_identifier: None | str | Unset = d.get("customer_identifier", UNSET)

            if not (
                customer_identifier is None
                or type(customer_identifier) is str
                or customer_identifier is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            customer_identifier, _drifted = _keep(
                cls, d, "customer_identifier", "None | str", "type", _drifted
            )

        try:
            duration: float | None | Unset = d.get("duration", UNSET)

            if not (
                duration is None
                or type(duration) is float
                or type(duration) is int
                or duration is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            duration, _drifted = _keep(cls, d, "duration", "float | None", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time = (
                    _end_time
                    if _end_time is None or _end_time is UNSET
                    else datetime.datetime.fromisoformat(_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime | None", "union", _drifted
                )

        try:
            environment: None | str | Unset = d.get("environment", UNSET)

            if not (environment is None or type(environment) is str or environment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "None | str", "type", _drifted)

        try:
            error_count: int | None | Unset = d.get("error_count", UNSET)

            if not (error_count is None or type(error_count) is int or error_count is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error_count, _drifted = _keep(cls, d, "error_count", "int | None", "type", _drifted)

        try:
            expected_output = d.get("expected_output", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            expected_output, _drifted = _keep(cls, d, "expected_output", "Any", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            llm_call_count: int | None | Unset = d.get("llm_call_count", UNSET)

            if not (
                llm_call_count is None or type(llm_call_count) is int or llm_call_count is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            llm_call_count, _drifted = _keep(
                cls, d, "llm_call_count", "int | None", "type", _drifted
            )

        try:
            name: None | str | Unset = d.get("name", UNSET)

            if not (name is None or type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            output = d.get("output", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        try:
            root_span_unique_id: None | str | Unset = d.get("root_span_unique_id", UNSET)

            if not (
                root_span_unique_id is None
                or type(root_span_unique_id) is str
                or root_span_unique_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            root_span_unique_id, _drifted = _keep(
                cls, d, "root_span_unique_id", "None | str", "type", _drifted
            )

        _scores_raw = d.get("scores", UNSET)
        if _scores_raw is UNSET:
            scores = UNSET
        elif not _strict:
            scores = _scores_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _scores = d.get("scores", UNSET)
                scores: ExperimentTraceScores | Unset
                if _scores is UNSET:
                    scores = UNSET
                else:
                    scores = ExperimentTraceScores.from_dict(_scores)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scores, _drifted = _keep(
                    cls, d, "scores", "ExperimentTraceScores", "type", _drifted
                )

        try:
            span_count: int | None | Unset = d.get("span_count", UNSET)

            if not (span_count is None or type(span_count) is int or span_count is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_count, _drifted = _keep(cls, d, "span_count", "int | None", "type", _drifted)

        _span_tree_raw = d.get("span_tree", UNSET)
        if _span_tree_raw is UNSET:
            span_tree = UNSET
        elif not _strict:
            span_tree = _span_tree_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _span_tree = d.get("span_tree", UNSET)
                span_tree: list[ExperimentTraceSpanTreeItem] | Unset = UNSET
                if _span_tree is not UNSET:
                    span_tree = [
                        ExperimentTraceSpanTreeItem.from_dict(span_tree_item_data)
                        for span_tree_item_data in _span_tree
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                span_tree, _drifted = _keep_each(
                    cls,
                    d,
                    "span_tree",
                    "list[ExperimentTraceSpanTreeItem]",
                    "type",
                    lambda span_tree_item_data: ExperimentTraceSpanTreeItem.from_dict(
                        span_tree_item_data
                    ),
                    _drifted,
                )

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time = (
                    _start_time
                    if _start_time is None or _start_time is UNSET
                    else datetime.datetime.fromisoformat(_start_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime | None", "union", _drifted
                )

        try:
            status: None | str | Unset = d.get("status", UNSET)

            if not (status is None or type(status) is str or status is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(cls, d, "status", "None | str", "type", _drifted)

        try:
            total_completion_tokens: int | None | Unset = d.get("total_completion_tokens", UNSET)

            if not (
                total_completion_tokens is None
                or type(total_completion_tokens) is int
                or total_completion_tokens is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_completion_tokens, _drifted = _keep(
                cls, d, "total_completion_tokens", "int | None", "type", _drifted
            )

        try:
            total_cost: float | None | Unset = d.get("total_cost", UNSET)

            if not (
                total_cost is None
                or type(total_cost) is float
                or type(total_cost) is int
                or total_cost is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_cost, _drifted = _keep(cls, d, "total_cost", "float | None", "type", _drifted)

        try:
            total_prompt_tokens: int | None | Unset = d.get("total_prompt_tokens", UNSET)

            if not (
                total_prompt_tokens is None
                or type(total_prompt_tokens) is int
                or total_prompt_tokens is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_prompt_tokens, _drifted = _keep(
                cls, d, "total_prompt_tokens", "int | None", "type", _drifted
            )

        try:
            total_tokens: int | None | Unset = d.get("total_tokens", UNSET)

            if not (total_tokens is None or type(total_tokens) is int or total_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_tokens, _drifted = _keep(cls, d, "total_tokens", "int | None", "type", _drifted)

        try:
            trace_unique_id = d.get("trace_unique_id", UNSET)
            if not (type(trace_unique_id) is str or trace_unique_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_unique_id, _drifted = _keep(cls, d, "trace_unique_id", "str", "type", _drifted)

        _experiment_trace_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_trace_.comparison_key = comparison_key
        _experiment_trace_.customer_identifier = customer_identifier
        _experiment_trace_.duration = duration
        _experiment_trace_._end_time_slot = end_time  # type: ignore[attr-defined]
        _experiment_trace_.environment = environment
        _experiment_trace_.error_count = error_count
        _experiment_trace_.expected_output = expected_output
        _experiment_trace_.id = id
        _experiment_trace_.input_ = input_
        _experiment_trace_.llm_call_count = llm_call_count
        _experiment_trace_.name = name
        _experiment_trace_.output = output
        _experiment_trace_.root_span_unique_id = root_span_unique_id
        _experiment_trace_._scores_slot = scores  # type: ignore[attr-defined]
        _experiment_trace_.span_count = span_count
        _experiment_trace_._span_tree_slot = span_tree  # type: ignore[attr-defined]
        _experiment_trace_._start_time_slot = start_time  # type: ignore[attr-defined]
        _experiment_trace_.status = status
        _experiment_trace_.total_completion_tokens = total_completion_tokens
        _experiment_trace_.total_cost = total_cost
        _experiment_trace_.total_prompt_tokens = total_prompt_tokens
        _experiment_trace_.total_tokens = total_tokens
        _experiment_trace_.trace_unique_id = trace_unique_id
        _experiment_trace_.additional_properties = {}
        _experiment_trace_._pending = _pending

        if _extra:
            _experiment_trace_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_trace_, _drifted)
        return _experiment_trace_

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


def _decode_end_time(self: ExperimentTrace, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time = (
            _end_time
            if _end_time is None or _end_time is UNSET
            else datetime.datetime.fromisoformat(_end_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(ExperimentTrace, "end_time", 1, _decode_end_time)


def _decode_scores(self: ExperimentTrace, raw: Any) -> Any:
    """``scores`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scores = raw
        scores: ExperimentTraceScores | Unset
        if _scores is UNSET:
            scores = UNSET
        else:
            scores = ExperimentTraceScores.from_dict(_scores)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scores, _drifted = _keep(
            type(self), {"scores": raw}, "scores", "ExperimentTraceScores", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scores


_lazy(ExperimentTrace, "scores", 2, _decode_scores)


def _decode_span_tree(self: ExperimentTrace, raw: Any) -> Any:
    """``span_tree`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _span_tree = raw
        span_tree: list[ExperimentTraceSpanTreeItem] | Unset = UNSET
        if _span_tree is not UNSET:
            span_tree = [
                ExperimentTraceSpanTreeItem.from_dict(span_tree_item_data)
                for span_tree_item_data in _span_tree
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        span_tree, _drifted = _keep_each(
            type(self),
            {"span_tree": raw},
            "span_tree",
            "list[ExperimentTraceSpanTreeItem]",
            "type",
            lambda span_tree_item_data: ExperimentTraceSpanTreeItem.from_dict(span_tree_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return span_tree


_lazy(ExperimentTrace, "span_tree", 4, _decode_span_tree)


def _decode_start_time(self: ExperimentTrace, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time = (
            _start_time
            if _start_time is None or _start_time is UNSET
            else datetime.datetime.fromisoformat(_start_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self),
            {"start_time": raw},
            "start_time",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(ExperimentTrace, "start_time", 8, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentTraceScores, ExperimentTraceSpanTreeItem
    from ..models.experiment_trace_scores import ExperimentTraceScores  # noqa: PLC0415
    from ..models.experiment_trace_span_tree_item import ExperimentTraceSpanTreeItem  # noqa: PLC0415

    _LAZY_PENDING = False
