from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import uuid as _uuid
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_event_classifications_type_0 import ExperimentEventClassificationsType0
    from ..models.experiment_event_context_type_0 import ExperimentEventContextType0
    from ..models.experiment_event_facets_type_0 import ExperimentEventFacetsType0
    from ..models.experiment_event_metadata_type_0 import ExperimentEventMetadataType0
    from ..models.experiment_event_metrics_type_0 import ExperimentEventMetricsType0
    from ..models.experiment_event_scores_type_0 import ExperimentEventScoresType0
    from ..models.object_reference_nullish_type_0 import ObjectReferenceNullishType0
    from ..models.span_attributes_type_0 import SpanAttributesType0


T = TypeVar("T", bound="ExperimentEvent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "_xact_id",
        "created",
        "experiment_id",
        "id",
        "project_id",
        "root_span_id",
        "span_id",
        "_pagination_key",
        "audit_data",
        "classifications",
        "comments",
        "context",
        "error",
        "expected",
        "facets",
        "input",
        "is_root",
        "metadata",
        "metrics",
        "origin",
        "output",
        "scores",
        "span_attributes",
        "span_parents",
        "tags",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "_xact_id",
        "field_xact_id",
        True,
        0,
        "field_xact_id = _j_field_xact_id\nif not (type(field_xact_id) is str):\n    raise TypeError",
    ),
    ("created", "_created_slot", True, 1, ""),
    ("experiment_id", "_experiment_id_slot", True, 2, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("project_id", "_project_id_slot", True, 4, ""),
    (
        "root_span_id",
        "root_span_id",
        True,
        0,
        "root_span_id = _j_root_span_id\nif not (type(root_span_id) is str):\n    raise TypeError",
    ),
    (
        "span_id",
        "span_id",
        True,
        0,
        "span_id = _j_span_id\nif not (type(span_id) is str):\n    raise TypeError",
    ),
    (
        "_pagination_key",
        "field_pagination_key",
        False,
        0,
        "field_pagination_key: None | str | Unset = _j_field_pagination_key\n\nif not (field_pagination_key is None or type(field_pagination_key) is str or field_pagination_key is UNSET):\n    raise TypeError",
    ),
    (
        "audit_data",
        "audit_data",
        False,
        0,
        "_audit_data = _j_audit_data\naudit_data = _audit_data if _audit_data is None or _audit_data is UNSET else _parse_audit_data(_audit_data)",
    ),
    ("classifications", "_classifications_slot", False, 8, ""),
    (
        "comments",
        "comments",
        False,
        0,
        "_comments = _j_comments\ncomments = _comments if _comments is None or _comments is UNSET else _parse_comments(_comments)",
    ),
    ("context", "_context_slot", False, 16, ""),
    ("error", "error", False, 0, "error = _j_error"),
    ("expected", "expected", False, 0, "expected = _j_expected"),
    ("facets", "_facets_slot", False, 32, ""),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    (
        "is_root",
        "is_root",
        False,
        0,
        "is_root: bool | None | Unset = _j_is_root\n\nif not (is_root is None or type(is_root) is bool or is_root is UNSET):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", False, 64, ""),
    ("metrics", "_metrics_slot", False, 128, ""),
    ("origin", "_origin_slot", False, 256, ""),
    ("output", "output", False, 0, "output = _j_output"),
    ("scores", "_scores_slot", False, 512, ""),
    ("span_attributes", "_span_attributes_slot", False, 1024, ""),
    (
        "span_parents",
        "span_parents",
        False,
        0,
        "_span_parents = _j_span_parents\nspan_parents = _span_parents if _span_parents is None or _span_parents is UNSET else _parse_span_parents(_span_parents)",
    ),
    (
        "tags",
        "tags",
        False,
        0,
        "_tags = _j_tags\ntags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)",
    ),
)


@_attrs_define
class ExperimentEvent:
    """
    Attributes:
        field_xact_id (str): The transaction id of an event is unique to the network operation that processed the event
            insertion. Transaction ids are monotonically increasing over time and can be used to retrieve a versioned
            snapshot of the experiment (see the `version` parameter)
        created (datetime.datetime): The timestamp the experiment event was created
        experiment_id (UUID): Unique identifier for the experiment
        id (str): A unique identifier for the experiment event. If you don't provide one, Braintrust will generate one
            for you
        project_id (UUID): Unique identifier for the project that the experiment belongs under
        root_span_id (str): A unique identifier for the trace this experiment event belongs to
        span_id (str): A unique identifier used to link different experiment events together as part of a full trace.
            See the [tracing guide](https://www.braintrust.dev/docs/instrument) for full details on tracing
        field_pagination_key (None | str | Unset): A stable, time-ordered key that can be used to paginate over
            experiment events. This field is auto-generated by Braintrust and only exists in Brainstore.
        audit_data (list[Any] | None | Unset): Optional list of audit entries attached to this event
        classifications (ExperimentEventClassificationsType0 | None | Unset): Classifications for this event (dictionary
            from classification name to items)
        comments (list[Any] | None | Unset): Optional list of comments attached to this event
        context (ExperimentEventContextType0 | None | Unset): Context is additional information about the code that
            produced the experiment event. It is essentially the textual counterpart to `metrics`. Use the `caller_*`
            attributes to track the location in code which produced the experiment event
        error (Any | Unset): The error that occurred, if any.
        expected (Any | Unset): The ground truth value (an arbitrary, JSON serializable object) that you'd compare to
            `output` to determine if your `output` value is correct or not. Braintrust currently does not compare `output`
            to `expected` for you, since there are so many different ways to do that correctly. Instead, these values are
            just used to help you navigate your experiments while digging into analyses. However, we may later use these
            values to re-score outputs or fine-tune your models
        facets (ExperimentEventFacetsType0 | None | Unset): Facets for categorization (dictionary from facet id to
            value)
        input_ (Any | Unset): The arguments that uniquely define a test case (an arbitrary, JSON serializable object).
            Later on, Braintrust will use the `input` to know whether two test cases are the same between experiments, so
            they should not contain experiment-specific state. A simple rule of thumb is that if you run the same experiment
            twice, the `input` should be identical
        is_root (bool | None | Unset): Whether this span is a root span
        metadata (ExperimentEventMetadataType0 | None | Unset): A dictionary with additional data about the test
            example, model outputs, or just about anything else that's relevant, that you can use to help find and analyze
            examples later. For example, you could log the `prompt`, example's `id`, or anything else that would be useful
            to slice/dice later. The values in `metadata` can be any JSON-serializable type, but its keys must be strings
        metrics (ExperimentEventMetricsType0 | None | Unset): Metrics are numerical measurements tracking the execution
            of the code that produced the experiment event. Use "start" and "end" to track the time span over which the
            experiment event was produced
        origin (None | ObjectReferenceNullishType0 | Unset): Indicates the event was copied from another object.
        output (Any | Unset): The output of your application, including post-processing (an arbitrary, JSON serializable
            object), that allows you to determine whether the result is correct or not. For example, in an app that
            generates SQL queries, the `output` should be the _result_ of the SQL query generated by the model, not the
            query itself, because there may be multiple valid queries that answer a single question
        scores (ExperimentEventScoresType0 | None | Unset): A dictionary of numeric values (between 0 and 1) to log. The
            scores should give you a variety of signals that help you determine how accurate the outputs are compared to
            what you expect and diagnose failures. For example, a summarization app might have one score that tells you how
            accurate the summary is, and another that measures the word similarity between the generated and grouth truth
            summary. The word similarity score could help you determine whether the summarization was covering similar
            concepts or not. You can use these scores to help you sort, filter, and compare experiments
        span_attributes (None | SpanAttributesType0 | Unset): Human-identifying attributes of the span, such as name,
            type, etc.
        span_parents (list[str] | None | Unset): An array of the parent `span_ids` of this experiment event. This should
            be empty for the root span of a trace, and should most often contain just one parent element for subspans
        tags (list[str] | None | Unset): A list of tags to log
    """

    field_xact_id: str | Unset
    created: datetime.datetime | Unset
    experiment_id: UUID | Unset
    id: str | Unset
    project_id: UUID | Unset
    root_span_id: str | Unset
    span_id: str | Unset
    field_pagination_key: None | str | Unset = UNSET
    audit_data: list[Any] | None | Unset = UNSET
    classifications: ExperimentEventClassificationsType0 | None | Unset = UNSET
    comments: list[Any] | None | Unset = UNSET
    context: ExperimentEventContextType0 | None | Unset = UNSET
    error: Any | Unset = UNSET
    expected: Any | Unset = UNSET
    facets: ExperimentEventFacetsType0 | None | Unset = UNSET
    input_: Any | Unset = UNSET
    is_root: bool | None | Unset = UNSET
    metadata: ExperimentEventMetadataType0 | None | Unset = UNSET
    metrics: ExperimentEventMetricsType0 | None | Unset = UNSET
    origin: None | ObjectReferenceNullishType0 | Unset = UNSET
    output: Any | Unset = UNSET
    scores: ExperimentEventScoresType0 | None | Unset = UNSET
    span_attributes: None | SpanAttributesType0 | Unset = UNSET
    span_parents: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
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
        field_xact_id = self.field_xact_id

        try:
            created = self.created.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created = _as_json(self.created)

        try:
            experiment_id = str(self.experiment_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_id = _as_json(self.experiment_id)

        id = self.id

        try:
            project_id = str(self.project_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            project_id = _as_json(self.project_id)

        root_span_id = self.root_span_id

        span_id = self.span_id

        field_pagination_key: None | str | Unset
        if isinstance(self.field_pagination_key, Unset):
            field_pagination_key = UNSET
        else:
            field_pagination_key = self.field_pagination_key

        try:
            audit_data: list[Any] | None | Unset
            if isinstance(self.audit_data, Unset):
                audit_data = UNSET
            elif isinstance(self.audit_data, list):
                audit_data = self.audit_data

            else:
                audit_data = self.audit_data
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            audit_data = _as_json(self.audit_data)

        try:
            classifications: dict[str, Any] | None | Unset
            if isinstance(self.classifications, Unset):
                classifications = UNSET
            elif isinstance(self.classifications, ExperimentEventClassificationsType0):
                classifications = self.classifications.to_dict()
            else:
                classifications = self.classifications
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            classifications = _as_json(self.classifications)

        try:
            comments: list[Any] | None | Unset
            if isinstance(self.comments, Unset):
                comments = UNSET
            elif isinstance(self.comments, list):
                comments = self.comments

            else:
                comments = self.comments
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            comments = _as_json(self.comments)

        try:
            context: dict[str, Any] | None | Unset
            if isinstance(self.context, Unset):
                context = UNSET
            elif isinstance(self.context, ExperimentEventContextType0):
                context = self.context.to_dict()
            else:
                context = self.context
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            context = _as_json(self.context)

        error = self.error

        expected = self.expected

        try:
            facets: dict[str, Any] | None | Unset
            if isinstance(self.facets, Unset):
                facets = UNSET
            elif isinstance(self.facets, ExperimentEventFacetsType0):
                facets = self.facets.to_dict()
            else:
                facets = self.facets
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            facets = _as_json(self.facets)

        input_ = self.input_

        is_root: bool | None | Unset
        if isinstance(self.is_root, Unset):
            is_root = UNSET
        else:
            is_root = self.is_root

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, ExperimentEventMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            metrics: dict[str, Any] | None | Unset
            if isinstance(self.metrics, Unset):
                metrics = UNSET
            elif isinstance(self.metrics, ExperimentEventMetricsType0):
                metrics = self.metrics.to_dict()
            else:
                metrics = self.metrics
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metrics = _as_json(self.metrics)

        try:
            origin: dict[str, Any] | None | Unset
            if isinstance(self.origin, Unset):
                origin = UNSET
            elif isinstance(self.origin, ObjectReferenceNullishType0):
                origin = self.origin.to_dict()
            else:
                origin = self.origin
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            origin = _as_json(self.origin)

        output = self.output

        try:
            scores: dict[str, Any] | None | Unset
            if isinstance(self.scores, Unset):
                scores = UNSET
            elif isinstance(self.scores, ExperimentEventScoresType0):
                scores = self.scores.to_dict()
            else:
                scores = self.scores
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scores = _as_json(self.scores)

        try:
            span_attributes: dict[str, Any] | None | Unset
            if isinstance(self.span_attributes, Unset):
                span_attributes = UNSET
            elif isinstance(self.span_attributes, SpanAttributesType0):
                span_attributes = self.span_attributes.to_dict()
            else:
                span_attributes = self.span_attributes
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            span_attributes = _as_json(self.span_attributes)

        try:
            span_parents: list[str] | None | Unset
            if isinstance(self.span_parents, Unset):
                span_parents = UNSET
            elif isinstance(self.span_parents, list):
                span_parents = self.span_parents

            else:
                span_parents = self.span_parents
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            span_parents = _as_json(self.span_parents)

        try:
            tags: list[str] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_xact_id": field_xact_id,
                "created": created,
                "experiment_id": experiment_id,
                "id": id,
                "project_id": project_id,
                "root_span_id": root_span_id,
                "span_id": span_id,
            }
        )
        if field_pagination_key is not UNSET:
            field_dict["_pagination_key"] = field_pagination_key
        if audit_data is not UNSET:
            field_dict["audit_data"] = audit_data
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if comments is not UNSET:
            field_dict["comments"] = comments
        if context is not UNSET:
            field_dict["context"] = context
        if error is not UNSET:
            field_dict["error"] = error
        if expected is not UNSET:
            field_dict["expected"] = expected
        if facets is not UNSET:
            field_dict["facets"] = facets
        if input_ is not UNSET:
            field_dict["input"] = input_
        if is_root is not UNSET:
            field_dict["is_root"] = is_root
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if origin is not UNSET:
            field_dict["origin"] = origin
        if output is not UNSET:
            field_dict["output"] = output
        if scores is not UNSET:
            field_dict["scores"] = scores
        if span_attributes is not UNSET:
            field_dict["span_attributes"] = span_attributes
        if span_parents is not UNSET:
            field_dict["span_parents"] = span_parents
        if tags is not UNSET:
            field_dict["tags"] = tags

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
            field_xact_id = d["_xact_id"]
            if not (type(field_xact_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            field_xact_id, _drifted = _keep(cls, d, "_xact_id", "str", "type", _drifted)

        _created_raw = d.get("created", UNSET)
        if _created_raw is not UNSET and not _strict:
            created = _created_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created = datetime.datetime.fromisoformat(d["created"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created, _drifted = _keep(cls, d, "created", "datetime.datetime", "type", _drifted)

        _experiment_id_raw = d.get("experiment_id", UNSET)
        if _experiment_id_raw is not UNSET and not _strict:
            experiment_id = _experiment_id_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                experiment_id = _uuid(d["experiment_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                experiment_id, _drifted = _keep(cls, d, "experiment_id", "UUID", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _project_id_raw = d.get("project_id", UNSET)
        if _project_id_raw is not UNSET and not _strict:
            project_id = _project_id_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                project_id = _uuid(d["project_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                project_id, _drifted = _keep(cls, d, "project_id", "UUID", "type", _drifted)

        try:
            root_span_id = d["root_span_id"]
            if not (type(root_span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            root_span_id, _drifted = _keep(cls, d, "root_span_id", "str", "type", _drifted)

        try:
            span_id = d["span_id"]
            if not (type(span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_id, _drifted = _keep(cls, d, "span_id", "str", "type", _drifted)

        try:
            field_pagination_key: None | str | Unset = d.get("_pagination_key", UNSET)

            if not (
                field_pagination_key is None
                or type(field_pagination_key) is str
                or field_pagination_key is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            field_pagination_key, _drifted = _keep(
                cls, d, "_pagination_key", "None | str", "type", _drifted
            )

        try:
            _audit_data = d.get("audit_data", UNSET)
            audit_data = (
                _audit_data
                if _audit_data is None or _audit_data is UNSET
                else _parse_audit_data(_audit_data)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            audit_data, _drifted = _keep(
                cls, d, "audit_data", "list[Any] | None", "union", _drifted
            )

        _classifications_raw = d.get("classifications", UNSET)
        if _classifications_raw is UNSET:
            classifications = UNSET
        elif not _strict:
            classifications = _classifications_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _classifications = d.get("classifications", UNSET)
                classifications = (
                    _classifications
                    if _classifications is None or _classifications is UNSET
                    else _parse_classifications(_classifications)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                classifications, _drifted = _keep(
                    cls,
                    d,
                    "classifications",
                    "ExperimentEventClassificationsType0 | None",
                    "union",
                    _drifted,
                )

        try:
            _comments = d.get("comments", UNSET)
            comments = (
                _comments if _comments is None or _comments is UNSET else _parse_comments(_comments)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comments, _drifted = _keep(cls, d, "comments", "list[Any] | None", "union", _drifted)

        _context_raw = d.get("context", UNSET)
        if _context_raw is UNSET:
            context = UNSET
        elif not _strict:
            context = _context_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _context = d.get("context", UNSET)
                context = (
                    _context if _context is None or _context is UNSET else _parse_context(_context)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                context, _drifted = _keep(
                    cls, d, "context", "ExperimentEventContextType0 | None", "union", _drifted
                )

        try:
            error = d.get("error", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "Any", "type", _drifted)

        try:
            expected = d.get("expected", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            expected, _drifted = _keep(cls, d, "expected", "Any", "type", _drifted)

        _facets_raw = d.get("facets", UNSET)
        if _facets_raw is UNSET:
            facets = UNSET
        elif not _strict:
            facets = _facets_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _facets = d.get("facets", UNSET)
                facets = _facets if _facets is None or _facets is UNSET else _parse_facets(_facets)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                facets, _drifted = _keep(
                    cls, d, "facets", "ExperimentEventFacetsType0 | None", "union", _drifted
                )

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            is_root: bool | None | Unset = d.get("is_root", UNSET)

            if not (is_root is None or type(is_root) is bool or is_root is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_root, _drifted = _keep(cls, d, "is_root", "bool | None", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata = (
                    _metadata
                    if _metadata is None or _metadata is UNSET
                    else _parse_metadata(_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "ExperimentEventMetadataType0 | None", "union", _drifted
                )

        _metrics_raw = d.get("metrics", UNSET)
        if _metrics_raw is UNSET:
            metrics = UNSET
        elif not _strict:
            metrics = _metrics_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _metrics = d.get("metrics", UNSET)
                metrics = (
                    _metrics if _metrics is None or _metrics is UNSET else _parse_metrics(_metrics)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metrics, _drifted = _keep(
                    cls, d, "metrics", "ExperimentEventMetricsType0 | None", "union", _drifted
                )

        _origin_raw = d.get("origin", UNSET)
        if _origin_raw is UNSET:
            origin = UNSET
        elif not _strict:
            origin = _origin_raw  # decoded on first read
            _pending |= 256
        else:
            try:
                _origin = d.get("origin", UNSET)
                origin = _origin if _origin is None or _origin is UNSET else _parse_origin(_origin)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                origin, _drifted = _keep(
                    cls, d, "origin", "None | ObjectReferenceNullishType0", "union", _drifted
                )

        try:
            output = d.get("output", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        _scores_raw = d.get("scores", UNSET)
        if _scores_raw is UNSET:
            scores = UNSET
        elif not _strict:
            scores = _scores_raw  # decoded on first read
            _pending |= 512
        else:
            try:
                _scores = d.get("scores", UNSET)
                scores = _scores if _scores is None or _scores is UNSET else _parse_scores(_scores)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scores, _drifted = _keep(
                    cls, d, "scores", "ExperimentEventScoresType0 | None", "union", _drifted
                )

        _span_attributes_raw = d.get("span_attributes", UNSET)
        if _span_attributes_raw is UNSET:
            span_attributes = UNSET
        elif not _strict:
            span_attributes = _span_attributes_raw  # decoded on first read
            _pending |= 1024
        else:
            try:
                _span_attributes = d.get("span_attributes", UNSET)
                span_attributes = (
                    _span_attributes
                    if _span_attributes is None or _span_attributes is UNSET
                    else _parse_span_attributes(_span_attributes)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                span_attributes, _drifted = _keep(
                    cls, d, "span_attributes", "None | SpanAttributesType0", "union", _drifted
                )

        try:
            _span_parents = d.get("span_parents", UNSET)
            span_parents = (
                _span_parents
                if _span_parents is None or _span_parents is UNSET
                else _parse_span_parents(_span_parents)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_parents, _drifted = _keep(
                cls, d, "span_parents", "list[str] | None", "union", _drifted
            )

        try:
            _tags = d.get("tags", UNSET)
            tags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str] | None", "union", _drifted)

        _experiment_event_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_event_.field_xact_id = field_xact_id
        _experiment_event_._created_slot = created  # type: ignore[attr-defined]
        _experiment_event_._experiment_id_slot = experiment_id  # type: ignore[attr-defined]
        _experiment_event_.id = id
        _experiment_event_._project_id_slot = project_id  # type: ignore[attr-defined]
        _experiment_event_.root_span_id = root_span_id
        _experiment_event_.span_id = span_id
        _experiment_event_.field_pagination_key = field_pagination_key
        _experiment_event_.audit_data = audit_data
        _experiment_event_._classifications_slot = classifications  # type: ignore[attr-defined]
        _experiment_event_.comments = comments
        _experiment_event_._context_slot = context  # type: ignore[attr-defined]
        _experiment_event_.error = error
        _experiment_event_.expected = expected
        _experiment_event_._facets_slot = facets  # type: ignore[attr-defined]
        _experiment_event_.input_ = input_
        _experiment_event_.is_root = is_root
        _experiment_event_._metadata_slot = metadata  # type: ignore[attr-defined]
        _experiment_event_._metrics_slot = metrics  # type: ignore[attr-defined]
        _experiment_event_._origin_slot = origin  # type: ignore[attr-defined]
        _experiment_event_.output = output
        _experiment_event_._scores_slot = scores  # type: ignore[attr-defined]
        _experiment_event_._span_attributes_slot = span_attributes  # type: ignore[attr-defined]
        _experiment_event_.span_parents = span_parents
        _experiment_event_.tags = tags
        _experiment_event_.additional_properties = {}
        _experiment_event_._pending = _pending

        if _extra:
            _experiment_event_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_event_, _drifted)
        return _experiment_event_

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


def _parse_audit_data(data: object) -> list[Any] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        audit_data_type_0: list[Any] = data

        return audit_data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_classifications(data: object) -> ExperimentEventClassificationsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        classifications_type_0 = ExperimentEventClassificationsType0.from_dict(data)

        return classifications_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_comments(data: object) -> list[Any] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        comments_type_0: list[Any] = data

        return comments_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_context(data: object) -> ExperimentEventContextType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        context_type_0 = ExperimentEventContextType0.from_dict(data)

        return context_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_facets(data: object) -> ExperimentEventFacetsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        facets_type_0 = ExperimentEventFacetsType0.from_dict(data)

        return facets_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_metadata(data: object) -> ExperimentEventMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ExperimentEventMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_metrics(data: object) -> ExperimentEventMetricsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metrics_type_0 = ExperimentEventMetricsType0.from_dict(data)

        return metrics_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_origin(data: object) -> None | ObjectReferenceNullishType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_object_reference_nullish_type_0 = ObjectReferenceNullishType0.from_dict(
            data
        )

        return componentsschemas_object_reference_nullish_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_scores(data: object) -> ExperimentEventScoresType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        scores_type_0 = ExperimentEventScoresType0.from_dict(data)

        return scores_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_span_attributes(data: object) -> None | SpanAttributesType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_span_attributes_type_0 = SpanAttributesType0.from_dict(data)

        return componentsschemas_span_attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_span_parents(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        span_parents_type_0: list[str] = data

        return span_parents_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tags_type_0: list[str] = data

        return tags_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created(self: ExperimentEvent, raw: Any) -> Any:
    """``created`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created, _drifted = _keep(
            type(self), {"created": raw}, "created", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created


_lazy(ExperimentEvent, "created", 1, _decode_created)


def _decode_experiment_id(self: ExperimentEvent, raw: Any) -> Any:
    """``experiment_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        experiment_id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        experiment_id, _drifted = _keep(
            type(self), {"experiment_id": raw}, "experiment_id", "UUID", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return experiment_id


_lazy(ExperimentEvent, "experiment_id", 2, _decode_experiment_id)


def _decode_project_id(self: ExperimentEvent, raw: Any) -> Any:
    """``project_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        project_id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        project_id, _drifted = _keep(
            type(self), {"project_id": raw}, "project_id", "UUID", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return project_id


_lazy(ExperimentEvent, "project_id", 4, _decode_project_id)


def _decode_classifications(self: ExperimentEvent, raw: Any) -> Any:
    """``classifications`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _classifications = raw
        classifications = (
            _classifications
            if _classifications is None or _classifications is UNSET
            else _parse_classifications(_classifications)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        classifications, _drifted = _keep(
            type(self),
            {"classifications": raw},
            "classifications",
            "ExperimentEventClassificationsType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return classifications


_lazy(ExperimentEvent, "classifications", 8, _decode_classifications)


def _decode_context(self: ExperimentEvent, raw: Any) -> Any:
    """``context`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _context = raw
        context = _context if _context is None or _context is UNSET else _parse_context(_context)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        context, _drifted = _keep(
            type(self),
            {"context": raw},
            "context",
            "ExperimentEventContextType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return context


_lazy(ExperimentEvent, "context", 16, _decode_context)


def _decode_facets(self: ExperimentEvent, raw: Any) -> Any:
    """``facets`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _facets = raw
        facets = _facets if _facets is None or _facets is UNSET else _parse_facets(_facets)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        facets, _drifted = _keep(
            type(self),
            {"facets": raw},
            "facets",
            "ExperimentEventFacetsType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return facets


_lazy(ExperimentEvent, "facets", 32, _decode_facets)


def _decode_metadata(self: ExperimentEvent, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata = (
            _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "ExperimentEventMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(ExperimentEvent, "metadata", 64, _decode_metadata)


def _decode_metrics(self: ExperimentEvent, raw: Any) -> Any:
    """``metrics`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metrics = raw
        metrics = _metrics if _metrics is None or _metrics is UNSET else _parse_metrics(_metrics)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metrics, _drifted = _keep(
            type(self),
            {"metrics": raw},
            "metrics",
            "ExperimentEventMetricsType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metrics


_lazy(ExperimentEvent, "metrics", 128, _decode_metrics)


def _decode_origin(self: ExperimentEvent, raw: Any) -> Any:
    """``origin`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _origin = raw
        origin = _origin if _origin is None or _origin is UNSET else _parse_origin(_origin)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        origin, _drifted = _keep(
            type(self),
            {"origin": raw},
            "origin",
            "None | ObjectReferenceNullishType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return origin


_lazy(ExperimentEvent, "origin", 256, _decode_origin)


def _decode_scores(self: ExperimentEvent, raw: Any) -> Any:
    """``scores`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scores = raw
        scores = _scores if _scores is None or _scores is UNSET else _parse_scores(_scores)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scores, _drifted = _keep(
            type(self),
            {"scores": raw},
            "scores",
            "ExperimentEventScoresType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scores


_lazy(ExperimentEvent, "scores", 512, _decode_scores)


def _decode_span_attributes(self: ExperimentEvent, raw: Any) -> Any:
    """``span_attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _span_attributes = raw
        span_attributes = (
            _span_attributes
            if _span_attributes is None or _span_attributes is UNSET
            else _parse_span_attributes(_span_attributes)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        span_attributes, _drifted = _keep(
            type(self),
            {"span_attributes": raw},
            "span_attributes",
            "None | SpanAttributesType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return span_attributes


_lazy(ExperimentEvent, "span_attributes", 1024, _decode_span_attributes)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ExperimentEventClassificationsType0, \
        ExperimentEventContextType0, \
        ExperimentEventFacetsType0, \
        ExperimentEventMetadataType0, \
        ExperimentEventMetricsType0, \
        ExperimentEventScoresType0, \
        ObjectReferenceNullishType0, \
        SpanAttributesType0
    from ..models.experiment_event_classifications_type_0 import ExperimentEventClassificationsType0  # noqa: PLC0415
    from ..models.experiment_event_context_type_0 import ExperimentEventContextType0  # noqa: PLC0415
    from ..models.experiment_event_facets_type_0 import ExperimentEventFacetsType0  # noqa: PLC0415
    from ..models.experiment_event_metadata_type_0 import ExperimentEventMetadataType0  # noqa: PLC0415
    from ..models.experiment_event_metrics_type_0 import ExperimentEventMetricsType0  # noqa: PLC0415
    from ..models.experiment_event_scores_type_0 import ExperimentEventScoresType0  # noqa: PLC0415
    from ..models.object_reference_nullish_type_0 import ObjectReferenceNullishType0  # noqa: PLC0415
    from ..models.span_attributes_type_0 import SpanAttributesType0  # noqa: PLC0415

    _LAZY_PENDING = False
