from __future__ import annotations

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
from ..models.create_score_source import CreateScoreSource, check_create_score_source
from ..models.score_data_type import ScoreDataType, check_score_data_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_score_request_metadata_type_0 import CreateScoreRequestMetadataType0


T = TypeVar("T", bound="CreateScoreRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "value",
        "comment",
        "configId",
        "dataType",
        "datasetRunId",
        "environment",
        "id",
        "metadata",
        "observationId",
        "queueId",
        "sessionId",
        "source",
        "traceId",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "value",
        "value",
        True,
        0,
        "value: float | str = _j_value\n\nif not (type(value) is float or type(value) is int or type(value) is str):\n    raise TypeError",
    ),
    (
        "comment",
        "comment",
        False,
        0,
        "comment: None | str | Unset = _j_comment\n\nif not (comment is None or type(comment) is str or comment is UNSET):\n    raise TypeError",
    ),
    (
        "configId",
        "config_id",
        False,
        0,
        "config_id: None | str | Unset = _j_config_id\n\nif not (config_id is None or type(config_id) is str or config_id is UNSET):\n    raise TypeError",
    ),
    (
        "dataType",
        "data_type",
        False,
        0,
        "_data_type = _j_data_type\ndata_type: ScoreDataType | Unset\nif _data_type is UNSET:\n    data_type = UNSET\nelse:\n    data_type = check_score_data_type(_data_type)",
    ),
    (
        "datasetRunId",
        "dataset_run_id",
        False,
        0,
        "dataset_run_id: None | str | Unset = _j_dataset_run_id\n\nif not (dataset_run_id is None or type(dataset_run_id) is str or dataset_run_id is UNSET):\n    raise TypeError",
    ),
    (
        "environment",
        "environment",
        False,
        0,
        "environment: None | str | Unset = _j_environment\n\nif not (environment is None or type(environment) is str or environment is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id: None | str | Unset = _j_id\n\nif not (id is None or type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", False, 1, ""),
    (
        "observationId",
        "observation_id",
        False,
        0,
        "observation_id: None | str | Unset = _j_observation_id\n\nif not (observation_id is None or type(observation_id) is str or observation_id is UNSET):\n    raise TypeError",
    ),
    (
        "queueId",
        "queue_id",
        False,
        0,
        "queue_id: None | str | Unset = _j_queue_id\n\nif not (queue_id is None or type(queue_id) is str or queue_id is UNSET):\n    raise TypeError",
    ),
    (
        "sessionId",
        "session_id",
        False,
        0,
        "session_id: None | str | Unset = _j_session_id\n\nif not (session_id is None or type(session_id) is str or session_id is UNSET):\n    raise TypeError",
    ),
    (
        "source",
        "source",
        False,
        0,
        "_source = _j_source\nsource: CreateScoreSource | Unset\nif _source is UNSET:\n    source = UNSET\nelse:\n    source = check_create_score_source(_source)",
    ),
    (
        "traceId",
        "trace_id",
        False,
        0,
        "trace_id: None | str | Unset = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str or trace_id is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateScoreRequest:
    """
    Attributes:
        name (str):
        value (float | str): The value of the score. Must be passed as string for categorical and text scores, and
            numeric for boolean and numeric scores
        comment (None | str | Unset):
        config_id (None | str | Unset): Reference a score config on a score. The unique langfuse identifier of a score
            config. When passing this field, the dataType and stringValue fields are automatically populated.
        data_type (ScoreDataType | Unset):
        dataset_run_id (None | str | Unset):
        environment (None | str | Unset): The environment of the score. Can be any lowercase alphanumeric string with
            hyphens and underscores that does not start with 'langfuse'.
        id (None | str | Unset):
        metadata (CreateScoreRequestMetadataType0 | None | Unset):
        observation_id (None | str | Unset):
        queue_id (None | str | Unset): The annotation queue referenced by the score. Indicates if score was initially
            created while processing annotation queue.
        session_id (None | str | Unset):
        source (CreateScoreSource | Unset): Source values accepted when creating a score via the public REST API.
            EVAL is reserved for internal evaluator outputs and is intentionally not
            exposed here — use commons.ScoreSource when reading scores.
        trace_id (None | str | Unset):
    """

    name: str | Unset
    value: float | str | Unset
    comment: None | str | Unset = UNSET
    config_id: None | str | Unset = UNSET
    data_type: ScoreDataType | Unset = UNSET
    dataset_run_id: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    metadata: CreateScoreRequestMetadataType0 | None | Unset = UNSET
    observation_id: None | str | Unset = UNSET
    queue_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    source: CreateScoreSource | Unset = UNSET
    trace_id: None | str | Unset = UNSET
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
        name = self.name

        value: float | str
        value = self.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        config_id: None | str | Unset
        if isinstance(self.config_id, Unset):
            config_id = UNSET
        else:
            config_id = self.config_id

        try:
            data_type: str | Unset = UNSET
            if not isinstance(self.data_type, Unset):
                data_type = self.data_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_type = _as_json(self.data_type)

        dataset_run_id: None | str | Unset
        if isinstance(self.dataset_run_id, Unset):
            dataset_run_id = UNSET
        else:
            dataset_run_id = self.dataset_run_id

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CreateScoreRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        observation_id: None | str | Unset
        if isinstance(self.observation_id, Unset):
            observation_id = UNSET
        else:
            observation_id = self.observation_id

        queue_id: None | str | Unset
        if isinstance(self.queue_id, Unset):
            queue_id = UNSET
        else:
            queue_id = self.queue_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        try:
            source: str | Unset = UNSET
            if not isinstance(self.source, Unset):
                source = self.source

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source = _as_json(self.source)

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if config_id is not UNSET:
            field_dict["configId"] = config_id
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if dataset_run_id is not UNSET:
            field_dict["datasetRunId"] = dataset_run_id
        if environment is not UNSET:
            field_dict["environment"] = environment
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if observation_id is not UNSET:
            field_dict["observationId"] = observation_id
        if queue_id is not UNSET:
            field_dict["queueId"] = queue_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if source is not UNSET:
            field_dict["source"] = source
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            value: float | str = d["value"]

            if not (type(value) is float or type(value) is int or type(value) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            value, _drifted = _keep(cls, d, "value", "float | str", "type", _drifted)

        try:
            comment: None | str | Unset = d.get("comment", UNSET)

            if not (comment is None or type(comment) is str or comment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comment, _drifted = _keep(cls, d, "comment", "None | str", "type", _drifted)

        try:
            config_id: None | str | Unset = d.get("configId", UNSET)

            if not (config_id is None or type(config_id) is str or config_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            config_id, _drifted = _keep(cls, d, "configId", "None | str", "type", _drifted)

        try:
            _data_type = d.get("dataType", UNSET)
            data_type: ScoreDataType | Unset
            if _data_type is UNSET:
                data_type = UNSET
            else:
                data_type = check_score_data_type(_data_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_type, _drifted = _keep(
                cls,
                d,
                "dataType",
                "one of BOOLEAN, CATEGORICAL, CORRECTION, NUMERIC, TEXT",
                "enum",
                _drifted,
            )

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
            environment: None | str | Unset = d.get("environment", UNSET)

            if not (environment is None or type(environment) is str or environment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "None | str", "type", _drifted)

        try:
            id: None | str | Unset = d.get("id", UNSET)

            if not (id is None or type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "None | str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 1
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
                    cls, d, "metadata", "CreateScoreRequestMetadataType0 | None", "union", _drifted
                )

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
            queue_id: None | str | Unset = d.get("queueId", UNSET)

            if not (queue_id is None or type(queue_id) is str or queue_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            queue_id, _drifted = _keep(cls, d, "queueId", "None | str", "type", _drifted)

        try:
            session_id: None | str | Unset = d.get("sessionId", UNSET)

            if not (session_id is None or type(session_id) is str or session_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "sessionId", "None | str", "type", _drifted)

        try:
            _source = d.get("source", UNSET)
            source: CreateScoreSource | Unset
            if _source is UNSET:
                source = UNSET
            else:
                source = check_create_score_source(_source)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source, _drifted = _keep(cls, d, "source", "one of ANNOTATION, API", "enum", _drifted)

        try:
            trace_id: None | str | Unset = d.get("traceId", UNSET)

            if not (trace_id is None or type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "None | str", "type", _drifted)

        _create_score_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_score_request_.name = name
        _create_score_request_.value = value
        _create_score_request_.comment = comment
        _create_score_request_.config_id = config_id
        _create_score_request_.data_type = data_type
        _create_score_request_.dataset_run_id = dataset_run_id
        _create_score_request_.environment = environment
        _create_score_request_.id = id
        _create_score_request_._metadata_slot = metadata  # type: ignore[attr-defined]
        _create_score_request_.observation_id = observation_id
        _create_score_request_.queue_id = queue_id
        _create_score_request_.session_id = session_id
        _create_score_request_.source = source
        _create_score_request_.trace_id = trace_id
        _create_score_request_.additional_properties = {}
        _create_score_request_._pending = _pending

        if _extra:
            _create_score_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_score_request_, _drifted)
        return _create_score_request_

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


def _parse_metadata(data: object) -> CreateScoreRequestMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = CreateScoreRequestMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_metadata(self: CreateScoreRequest, raw: Any) -> Any:
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
            "CreateScoreRequestMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(CreateScoreRequest, "metadata", 1, _decode_metadata)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateScoreRequestMetadataType0
    from ..models.create_score_request_metadata_type_0 import CreateScoreRequestMetadataType0  # noqa: PLC0415

    _LAZY_PENDING = False
