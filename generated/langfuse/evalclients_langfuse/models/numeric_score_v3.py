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
from ..models.numeric_score_v3_data_type import (
    NumericScoreV3DataType,
    check_numeric_score_v3_data_type,
)
from ..models.score_source import ScoreSource, check_score_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_score_v3_metadata_type_0 import BaseScoreV3MetadataType0
    from ..models.score_subject_experiment_v3 import ScoreSubjectExperimentV3
    from ..models.score_subject_observation_v3 import ScoreSubjectObservationV3
    from ..models.score_subject_session_v3 import ScoreSubjectSessionV3
    from ..models.score_subject_trace_v3 import ScoreSubjectTraceV3


T = TypeVar("T", bound="NumericScoreV3")
_new = object.__new__
_FIELDS = frozenset(
    {
        "createdAt",
        "environment",
        "id",
        "name",
        "projectId",
        "source",
        "timestamp",
        "updatedAt",
        "dataType",
        "value",
        "authorUserId",
        "comment",
        "configId",
        "metadata",
        "queueId",
        "subject",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("createdAt", "_created_at_slot", True, 1, ""),
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "projectId",
        "project_id",
        True,
        0,
        "project_id = _j_project_id\nif not (type(project_id) is str):\n    raise TypeError",
    ),
    ("source", "source", True, 0, "source = check_score_source(_j_source)"),
    ("timestamp", "_timestamp_slot", True, 2, ""),
    ("updatedAt", "_updated_at_slot", True, 4, ""),
    (
        "dataType",
        "data_type",
        True,
        0,
        "data_type = check_numeric_score_v3_data_type(_j_data_type)",
    ),
    (
        "value",
        "value",
        True,
        0,
        "value = _j_value\nif not (type(value) is float or type(value) is int):\n    raise TypeError",
    ),
    (
        "authorUserId",
        "author_user_id",
        False,
        0,
        "author_user_id: None | str | Unset = _j_author_user_id\n\nif not (author_user_id is None or type(author_user_id) is str or author_user_id is UNSET):\n    raise TypeError",
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
    ("metadata", "_metadata_slot", False, 8, ""),
    (
        "queueId",
        "queue_id",
        False,
        0,
        "queue_id: None | str | Unset = _j_queue_id\n\nif not (queue_id is None or type(queue_id) is str or queue_id is UNSET):\n    raise TypeError",
    ),
    ("subject", "_subject_slot", False, 16, ""),
)


@_attrs_define
class NumericScoreV3:
    """
    Attributes:
        created_at (datetime.datetime):
        environment (str): The environment from which this score originated.
        id (str):
        name (str):
        project_id (str):
        source (ScoreSource):
        timestamp (datetime.datetime):
        updated_at (datetime.datetime):
        data_type (NumericScoreV3DataType):
        value (float): The numeric value of the score.
        author_user_id (None | str | Unset): The user who created this score, if available. Present when "annotation" is
            included in the fields parameter.
        comment (None | str | Unset): Optional comment attached to the score. Present when "details" is included in the
            fields parameter.
        config_id (None | str | Unset): The score config ID, if this score was created from a config. Present when
            "details" is included in the fields parameter.
        metadata (BaseScoreV3MetadataType0 | None | Unset): Arbitrary metadata attached to the score. Present when
            "details" is included in the fields parameter.
        queue_id (None | str | Unset): The annotation queue this score belongs to, if any. Present when "annotation" is
            included in the fields parameter.
        subject (ScoreSubjectExperimentV3 | ScoreSubjectObservationV3 | ScoreSubjectSessionV3 | ScoreSubjectTraceV3 |
            Unset): A reference to the entity this score is attached to. Discriminated by "kind" — one of trace,
            observation, session, or experiment.
    """

    created_at: datetime.datetime | Unset
    environment: str | Unset
    id: str | Unset
    name: str | Unset
    project_id: str | Unset
    source: ScoreSource | Unset
    timestamp: datetime.datetime | Unset
    updated_at: datetime.datetime | Unset
    data_type: NumericScoreV3DataType | Unset
    value: float | Unset
    author_user_id: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    config_id: None | str | Unset = UNSET
    metadata: BaseScoreV3MetadataType0 | None | Unset = UNSET
    queue_id: None | str | Unset = UNSET
    subject: (
        ScoreSubjectExperimentV3
        | ScoreSubjectObservationV3
        | ScoreSubjectSessionV3
        | ScoreSubjectTraceV3
        | Unset
    ) = UNSET
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
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        environment = self.environment

        id = self.id

        name = self.name

        project_id = self.project_id

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

        author_user_id: None | str | Unset
        if isinstance(self.author_user_id, Unset):
            author_user_id = UNSET
        else:
            author_user_id = self.author_user_id

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
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, BaseScoreV3MetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        queue_id: None | str | Unset
        if isinstance(self.queue_id, Unset):
            queue_id = UNSET
        else:
            queue_id = self.queue_id

        try:
            subject: dict[str, Any] | Unset
            if isinstance(self.subject, Unset):
                subject = UNSET
            elif isinstance(self.subject, ScoreSubjectTraceV3):
                subject = self.subject.to_dict()
            elif isinstance(self.subject, ScoreSubjectObservationV3):
                subject = self.subject.to_dict()
            elif isinstance(self.subject, ScoreSubjectSessionV3):
                subject = self.subject.to_dict()
            else:
                subject = self.subject.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            subject = _as_json(self.subject)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "environment": environment,
                "id": id,
                "name": name,
                "projectId": project_id,
                "source": source,
                "timestamp": timestamp,
                "updatedAt": updated_at,
                "dataType": data_type,
                "value": value,
            }
        )
        if author_user_id is not UNSET:
            field_dict["authorUserId"] = author_user_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if config_id is not UNSET:
            field_dict["configId"] = config_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if queue_id is not UNSET:
            field_dict["queueId"] = queue_id
        if subject is not UNSET:
            field_dict["subject"] = subject

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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            project_id = d["projectId"]
            if not (type(project_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "projectId", "str", "type", _drifted)

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
            data_type = check_numeric_score_v3_data_type(d["dataType"])
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
            author_user_id: None | str | Unset = d.get("authorUserId", UNSET)

            if not (
                author_user_id is None or type(author_user_id) is str or author_user_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            author_user_id, _drifted = _keep(cls, d, "authorUserId", "None | str", "type", _drifted)

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

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 8
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
                    cls, d, "metadata", "BaseScoreV3MetadataType0 | None", "union", _drifted
                )

        try:
            queue_id: None | str | Unset = d.get("queueId", UNSET)

            if not (queue_id is None or type(queue_id) is str or queue_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            queue_id, _drifted = _keep(cls, d, "queueId", "None | str", "type", _drifted)

        _subject_raw = d.get("subject", UNSET)
        if _subject_raw is UNSET:
            subject = UNSET
        elif not _strict:
            subject = _subject_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _subject = d.get("subject", UNSET)
                subject = _subject if _subject is UNSET else _parse_subject(_subject)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                subject, _drifted = _keep(
                    cls,
                    d,
                    "subject",
                    "ScoreSubjectExperimentV3 | ScoreSubjectObservationV3 | ScoreSubjectSessionV3 | ScoreSubjectTraceV3",
                    "union",
                    _drifted,
                )

        _numeric_score_v3_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _numeric_score_v3_._created_at_slot = created_at  # type: ignore[attr-defined]
        _numeric_score_v3_.environment = environment
        _numeric_score_v3_.id = id
        _numeric_score_v3_.name = name
        _numeric_score_v3_.project_id = project_id
        _numeric_score_v3_.source = source
        _numeric_score_v3_._timestamp_slot = timestamp  # type: ignore[attr-defined]
        _numeric_score_v3_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _numeric_score_v3_.data_type = data_type
        _numeric_score_v3_.value = value
        _numeric_score_v3_.author_user_id = author_user_id
        _numeric_score_v3_.comment = comment
        _numeric_score_v3_.config_id = config_id
        _numeric_score_v3_._metadata_slot = metadata  # type: ignore[attr-defined]
        _numeric_score_v3_.queue_id = queue_id
        _numeric_score_v3_._subject_slot = subject  # type: ignore[attr-defined]
        _numeric_score_v3_.additional_properties = {}
        _numeric_score_v3_._pending = _pending

        if _extra:
            _numeric_score_v3_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_numeric_score_v3_, _drifted)
        return _numeric_score_v3_

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


def _parse_metadata(data: object) -> BaseScoreV3MetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = BaseScoreV3MetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_subject(
    data: object,
) -> (
    ScoreSubjectExperimentV3
    | ScoreSubjectObservationV3
    | ScoreSubjectSessionV3
    | ScoreSubjectTraceV3
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_score_subject_v3_type_0 = ScoreSubjectTraceV3.from_dict(
            data, _strict=True
        )

        return componentsschemas_score_subject_v3_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_score_subject_v3_type_1 = ScoreSubjectObservationV3.from_dict(
            data, _strict=True
        )

        return componentsschemas_score_subject_v3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_score_subject_v3_type_2 = ScoreSubjectSessionV3.from_dict(
            data, _strict=True
        )

        return componentsschemas_score_subject_v3_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_score_subject_v3_type_3 = ScoreSubjectExperimentV3.from_dict(
        data, _strict=True
    )

    return componentsschemas_score_subject_v3_type_3


def _decode_created_at(self: NumericScoreV3, raw: Any) -> Any:
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


_lazy(NumericScoreV3, "created_at", 1, _decode_created_at)


def _decode_timestamp(self: NumericScoreV3, raw: Any) -> Any:
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


_lazy(NumericScoreV3, "timestamp", 2, _decode_timestamp)


def _decode_updated_at(self: NumericScoreV3, raw: Any) -> Any:
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


_lazy(NumericScoreV3, "updated_at", 4, _decode_updated_at)


def _decode_metadata(self: NumericScoreV3, raw: Any) -> Any:
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
            "BaseScoreV3MetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(NumericScoreV3, "metadata", 8, _decode_metadata)


def _decode_subject(self: NumericScoreV3, raw: Any) -> Any:
    """``subject`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _subject = raw
        subject = _subject if _subject is UNSET else _parse_subject(_subject)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        subject, _drifted = _keep(
            type(self),
            {"subject": raw},
            "subject",
            "ScoreSubjectExperimentV3 | ScoreSubjectObservationV3 | ScoreSubjectSessionV3 | ScoreSubjectTraceV3",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return subject


_lazy(NumericScoreV3, "subject", 16, _decode_subject)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        BaseScoreV3MetadataType0, \
        ScoreSubjectExperimentV3, \
        ScoreSubjectObservationV3, \
        ScoreSubjectSessionV3, \
        ScoreSubjectTraceV3
    from ..models.base_score_v3_metadata_type_0 import BaseScoreV3MetadataType0  # noqa: PLC0415
    from ..models.score_subject_experiment_v3 import ScoreSubjectExperimentV3  # noqa: PLC0415
    from ..models.score_subject_observation_v3 import ScoreSubjectObservationV3  # noqa: PLC0415
    from ..models.score_subject_session_v3 import ScoreSubjectSessionV3  # noqa: PLC0415
    from ..models.score_subject_trace_v3 import ScoreSubjectTraceV3  # noqa: PLC0415

    _LAZY_PENDING = False
