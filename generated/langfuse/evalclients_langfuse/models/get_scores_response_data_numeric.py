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
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.numeric_score_data_type import NumericScoreDataType, check_numeric_score_data_type
from ..models.score_source import ScoreSource, check_score_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_scores_response_trace_data import GetScoresResponseTraceData


T = TypeVar("T", bound="GetScoresResponseDataNumeric")
_new = object.__new__
_FIELDS = frozenset(
    {
        "authorUserId",
        "comment",
        "configId",
        "createdAt",
        "environment",
        "id",
        "metadata",
        "name",
        "queueId",
        "source",
        "timestamp",
        "updatedAt",
        "dataType",
        "value",
        "datasetRunId",
        "observationId",
        "sessionId",
        "traceId",
        "trace",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "authorUserId",
        "author_user_id",
        True,
        0,
        "author_user_id: None | str = _j_author_user_id\n\nif not (author_user_id is None or type(author_user_id) is str):\n    raise TypeError",
    ),
    (
        "comment",
        "comment",
        True,
        0,
        "comment: None | str = _j_comment\n\nif not (comment is None or type(comment) is str):\n    raise TypeError",
    ),
    (
        "configId",
        "config_id",
        True,
        0,
        "config_id: None | str = _j_config_id\n\nif not (config_id is None or type(config_id) is str):\n    raise TypeError",
    ),
    ("createdAt", "_created_at_slot", True, 1, ""),
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("metadata", "metadata", True, 0, "metadata = _j_metadata"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "queueId",
        "queue_id",
        True,
        0,
        "queue_id: None | str = _j_queue_id\n\nif not (queue_id is None or type(queue_id) is str):\n    raise TypeError",
    ),
    ("source", "source", True, 0, "source = check_score_source(_j_source)"),
    ("timestamp", "_timestamp_slot", True, 2, ""),
    ("updatedAt", "_updated_at_slot", True, 4, ""),
    ("dataType", "data_type", True, 0, "data_type = check_numeric_score_data_type(_j_data_type)"),
    (
        "value",
        "value",
        True,
        0,
        "value = _j_value\nif not (type(value) is float or type(value) is int):\n    raise TypeError",
    ),
    (
        "datasetRunId",
        "dataset_run_id",
        False,
        0,
        "dataset_run_id: None | str | Unset = _j_dataset_run_id\n\nif not (dataset_run_id is None or type(dataset_run_id) is str or dataset_run_id is UNSET):\n    raise TypeError",
    ),
    (
        "observationId",
        "observation_id",
        False,
        0,
        "observation_id: None | str | Unset = _j_observation_id\n\nif not (observation_id is None or type(observation_id) is str or observation_id is UNSET):\n    raise TypeError",
    ),
    (
        "sessionId",
        "session_id",
        False,
        0,
        "session_id: None | str | Unset = _j_session_id\n\nif not (session_id is None or type(session_id) is str or session_id is UNSET):\n    raise TypeError",
    ),
    (
        "traceId",
        "trace_id",
        False,
        0,
        "trace_id: None | str | Unset = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str or trace_id is UNSET):\n    raise TypeError",
    ),
    ("trace", "_trace_slot", False, 8, ""),
)


@_attrs_define
class GetScoresResponseDataNumeric:
    """
    Attributes:
        author_user_id (None | str): The user ID of the author
        comment (None | str): Comment on the score
        config_id (None | str): Reference a score config on a score. When set, config and score name must be equal and
            value must comply to optionally defined numerical range
        created_at (datetime.datetime):
        environment (str): The environment from which this score originated. Can be any lowercase alphanumeric string
            with hyphens and underscores that does not start with 'langfuse'.
        id (str):
        metadata (Any): Metadata associated with the score
        name (str):
        queue_id (None | str): The annotation queue referenced by the score. Indicates if score was initially created
            while processing annotation queue.
        source (ScoreSource):
        timestamp (datetime.datetime):
        updated_at (datetime.datetime):
        data_type (NumericScoreDataType):
        value (float): The numeric value of the score
        dataset_run_id (None | str | Unset): The dataset run ID associated with the score
        observation_id (None | str | Unset): The observation ID associated with the score
        session_id (None | str | Unset): The session ID associated with the score
        trace_id (None | str | Unset): The trace ID associated with the score
        trace (GetScoresResponseTraceData | Unset):
    """

    author_user_id: None | str | Unset
    comment: None | str | Unset
    config_id: None | str | Unset
    created_at: datetime.datetime | Unset
    environment: str | Unset
    id: str | Unset
    metadata: Any | Unset
    name: str | Unset
    queue_id: None | str | Unset
    source: ScoreSource | Unset
    timestamp: datetime.datetime | Unset
    updated_at: datetime.datetime | Unset
    data_type: NumericScoreDataType | Unset
    value: float | Unset
    dataset_run_id: None | str | Unset = UNSET
    observation_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    trace: GetScoresResponseTraceData | Unset = UNSET
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
        author_user_id: None | str
        author_user_id = self.author_user_id

        comment: None | str
        comment = self.comment

        config_id: None | str
        config_id = self.config_id

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        environment = self.environment

        id = self.id

        metadata = self.metadata

        name = self.name

        queue_id: None | str
        queue_id = self.queue_id

        try:
            source: str = self.source
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source = _as_json(self.source)

        try:
            timestamp = self.timestamp.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            timestamp = _as_json(self.timestamp)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            data_type: str = self.data_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_type = _as_json(self.data_type)

        value = self.value

        dataset_run_id: None | str | Unset
        if isinstance(self.dataset_run_id, Unset):
            dataset_run_id = UNSET
        else:
            dataset_run_id = self.dataset_run_id

        observation_id: None | str | Unset
        if isinstance(self.observation_id, Unset):
            observation_id = UNSET
        else:
            observation_id = self.observation_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        try:
            trace: dict[str, Any] | Unset = UNSET
            if not isinstance(self.trace, Unset):
                trace = self.trace.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace = _as_json(self.trace)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorUserId": author_user_id,
                "comment": comment,
                "configId": config_id,
                "createdAt": created_at,
                "environment": environment,
                "id": id,
                "metadata": metadata,
                "name": name,
                "queueId": queue_id,
                "source": source,
                "timestamp": timestamp,
                "updatedAt": updated_at,
                "dataType": data_type,
                "value": value,
            }
        )
        if dataset_run_id is not UNSET:
            field_dict["datasetRunId"] = dataset_run_id
        if observation_id is not UNSET:
            field_dict["observationId"] = observation_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if trace is not UNSET:
            field_dict["trace"] = trace

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
            author_user_id: None | str = d["authorUserId"]

            if not (author_user_id is None or type(author_user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            author_user_id, _drifted = _keep(cls, d, "authorUserId", "None | str", "type", _drifted)

        try:
            comment: None | str = d["comment"]

            if not (comment is None or type(comment) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comment, _drifted = _keep(cls, d, "comment", "None | str", "type", _drifted)

        try:
            config_id: None | str = d["configId"]

            if not (config_id is None or type(config_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            config_id, _drifted = _keep(cls, d, "configId", "None | str", "type", _drifted)

        _created_at_raw = d.get("createdAt", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["createdAt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "createdAt", "datetime.datetime", "type", _drifted
                )

        try:
            environment = d["environment"]
            if not (type(environment) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            metadata = d["metadata"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            queue_id: None | str = d["queueId"]

            if not (queue_id is None or type(queue_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            queue_id, _drifted = _keep(cls, d, "queueId", "None | str", "type", _drifted)

        try:
            source = check_score_source(d["source"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source, _drifted = _keep(
                cls, d, "source", "one of ANNOTATION, API, EVAL", "enum", _drifted
            )

        _timestamp_raw = d.get("timestamp", UNSET)
        if _timestamp_raw is not UNSET and not _strict:
            timestamp = _timestamp_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                timestamp = datetime.datetime.fromisoformat(d["timestamp"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                timestamp, _drifted = _keep(
                    cls, d, "timestamp", "datetime.datetime", "type", _drifted
                )

        _updated_at_raw = d.get("updatedAt", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updatedAt", "datetime.datetime", "type", _drifted
                )

        try:
            data_type = check_numeric_score_data_type(d["dataType"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_type, _drifted = _keep(cls, d, "dataType", "one of NUMERIC", "enum", _drifted)

        try:
            value = d["value"]
            if not (type(value) is float or type(value) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            value, _drifted = _keep(cls, d, "value", "float", "type", _drifted)

        try:
            dataset_run_id: None | str | Unset = d.get("datasetRunId", UNSET)

            if not (
                dataset_run_id is None or type(dataset_run_id) is str or dataset_run_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_run_id, _drifted = _keep(cls, d, "datasetRunId", "None | str", "type", _drifted)

        try:
            observation_id: None | str | Unset = d.get("observationId", UNSET)

            if not (
                observation_id is None or type(observation_id) is str or observation_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            observation_id, _drifted = _keep(
                cls, d, "observationId", "None | str", "type", _drifted
            )

        try:
            session_id: None | str | Unset = d.get("sessionId", UNSET)

            if not (session_id is None or type(session_id) is str or session_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "sessionId", "None | str", "type", _drifted)

        try:
            trace_id: None | str | Unset = d.get("traceId", UNSET)

            if not (trace_id is None or type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "None | str", "type", _drifted)

        _trace_raw = d.get("trace", UNSET)
        if _trace_raw is UNSET:
            trace = UNSET
        elif not _strict:
            trace = _trace_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _trace = d.get("trace", UNSET)
                trace: GetScoresResponseTraceData | Unset
                if _trace is UNSET:
                    trace = UNSET
                else:
                    trace = GetScoresResponseTraceData.from_dict(_trace)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                trace, _drifted = _keep(
                    cls, d, "trace", "GetScoresResponseTraceData", "type", _drifted
                )

        _get_scores_response_data_numeric_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _get_scores_response_data_numeric_.author_user_id = author_user_id
        _get_scores_response_data_numeric_.comment = comment
        _get_scores_response_data_numeric_.config_id = config_id
        _get_scores_response_data_numeric_._created_at_slot = created_at  # type: ignore[attr-defined]
        _get_scores_response_data_numeric_.environment = environment
        _get_scores_response_data_numeric_.id = id
        _get_scores_response_data_numeric_.metadata = metadata
        _get_scores_response_data_numeric_.name = name
        _get_scores_response_data_numeric_.queue_id = queue_id
        _get_scores_response_data_numeric_.source = source
        _get_scores_response_data_numeric_._timestamp_slot = timestamp  # type: ignore[attr-defined]
        _get_scores_response_data_numeric_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _get_scores_response_data_numeric_.data_type = data_type
        _get_scores_response_data_numeric_.value = value
        _get_scores_response_data_numeric_.dataset_run_id = dataset_run_id
        _get_scores_response_data_numeric_.observation_id = observation_id
        _get_scores_response_data_numeric_.session_id = session_id
        _get_scores_response_data_numeric_.trace_id = trace_id
        _get_scores_response_data_numeric_._trace_slot = trace  # type: ignore[attr-defined]
        _get_scores_response_data_numeric_.additional_properties = {}
        _get_scores_response_data_numeric_._pending = _pending

        if _extra:
            _get_scores_response_data_numeric_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_get_scores_response_data_numeric_, _drifted)
        return _get_scores_response_data_numeric_

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


def _decode_created_at(self: GetScoresResponseDataNumeric, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"createdAt": raw}, "createdAt", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(GetScoresResponseDataNumeric, "created_at", 1, _decode_created_at)


def _decode_timestamp(self: GetScoresResponseDataNumeric, raw: Any) -> Any:
    """``timestamp`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        timestamp = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        timestamp, _drifted = _keep(
            type(self), {"timestamp": raw}, "timestamp", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return timestamp


_lazy(GetScoresResponseDataNumeric, "timestamp", 2, _decode_timestamp)


def _decode_updated_at(self: GetScoresResponseDataNumeric, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updatedAt": raw}, "updatedAt", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(GetScoresResponseDataNumeric, "updated_at", 4, _decode_updated_at)


def _decode_trace(self: GetScoresResponseDataNumeric, raw: Any) -> Any:
    """``trace`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _trace = raw
        trace: GetScoresResponseTraceData | Unset
        if _trace is UNSET:
            trace = UNSET
        else:
            trace = GetScoresResponseTraceData.from_dict(_trace)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        trace, _drifted = _keep(
            type(self), {"trace": raw}, "trace", "GetScoresResponseTraceData", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return trace


_lazy(GetScoresResponseDataNumeric, "trace", 8, _decode_trace)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, GetScoresResponseTraceData
    from ..models.get_scores_response_trace_data import GetScoresResponseTraceData  # noqa: PLC0415

    _LAZY_PENDING = False
