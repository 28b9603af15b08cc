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
from ..drift import strs as _strs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_score_v1 import BooleanScoreV1
    from ..models.categorical_score_v1 import CategoricalScoreV1
    from ..models.deprecation import Deprecation
    from ..models.numeric_score_v1 import NumericScoreV1
    from ..models.observations_view import ObservationsView
    from ..models.text_score_v1 import TextScoreV1


T = TypeVar("T", bound="TraceWithFullDetails")
_new = object.__new__
_FIELDS = frozenset(
    {
        "environment",
        "id",
        "name",
        "public",
        "release",
        "sessionId",
        "tags",
        "timestamp",
        "userId",
        "version",
        "htmlPath",
        "observations",
        "scores",
        "input",
        "metadata",
        "output",
        "_deprecation",
        "latency",
        "totalCost",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "name",
        "name",
        True,
        0,
        "name: None | str = _j_name\n\nif not (name is None or type(name) is str):\n    raise TypeError",
    ),
    (
        "public",
        "public",
        True,
        0,
        "public = _j_public\nif not (type(public) is bool):\n    raise TypeError",
    ),
    (
        "release",
        "release",
        True,
        0,
        "release: None | str = _j_release\n\nif not (release is None or type(release) is str):\n    raise TypeError",
    ),
    (
        "sessionId",
        "session_id",
        True,
        0,
        "session_id: None | str = _j_session_id\n\nif not (session_id is None or type(session_id) is str):\n    raise TypeError",
    ),
    (
        "tags",
        "tags",
        True,
        0,
        "tags: list[str] = _j_tags\n\nif not ((type(tags) is list and _strs(tags))):\n    raise TypeError",
    ),
    ("timestamp", "_timestamp_slot", True, 1, ""),
    (
        "userId",
        "user_id",
        True,
        0,
        "user_id: None | str = _j_user_id\n\nif not (user_id is None or type(user_id) is str):\n    raise TypeError",
    ),
    (
        "version",
        "version",
        True,
        0,
        "version: None | str = _j_version\n\nif not (version is None or type(version) is str):\n    raise TypeError",
    ),
    (
        "htmlPath",
        "html_path",
        True,
        0,
        "html_path = _j_html_path\nif not (type(html_path) is str):\n    raise TypeError",
    ),
    ("observations", "_observations_slot", True, 2, ""),
    (
        "scores",
        "scores",
        True,
        0,
        "scores = []\n_scores = _j_scores\nfor scores_item_data in (_scores):\n    def _parse_scores_item(data: object) -\u003e BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1:\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_score_v1_type_0 = NumericScoreV1.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_score_v1_type_0\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_score_v1_type_1 = CategoricalScoreV1.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_score_v1_type_1\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_score_v1_type_2 = BooleanScoreV1.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_score_v1_type_2\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        if not isinstance(data, dict):\n            raise TypeError()\n        componentsschemas_score_v1_type_3 = TextScoreV1.from_dict(data, _strict=True)\n\n\n\n        return componentsschemas_score_v1_type_3\n\n    scores_item = _parse_scores_item(scores_item_data)\n\n    scores.append(scores_item)",
    ),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    ("metadata", "metadata", False, 0, "metadata = _j_metadata"),
    ("output", "output", False, 0, "output = _j_output"),
    ("_deprecation", "_field_deprecation_slot", False, 4, ""),
    (
        "latency",
        "latency",
        False,
        0,
        "latency: float | None | Unset = _j_latency\n\nif not (latency is None or type(latency) is float or type(latency) is int or latency is UNSET):\n    raise TypeError",
    ),
    (
        "totalCost",
        "total_cost",
        False,
        0,
        "total_cost: float | None | Unset = _j_total_cost\n\nif not (total_cost is None or type(total_cost) is float or type(total_cost) is int or total_cost is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class TraceWithFullDetails:
    """
    Attributes:
        environment (str): The environment from which this trace originated. Can be any lowercase alphanumeric string
            with hyphens and underscores that does not start with 'langfuse'.
        id (str): The unique identifier of a trace
        name (None | str): The name of the trace
        public (bool): Public traces are accessible via url without login
        release (None | str): The release version of the application when the trace was created
        session_id (None | str): The session identifier associated with the trace
        tags (list[str]): The tags associated with the trace.
        timestamp (datetime.datetime): The timestamp when the trace was created
        user_id (None | str): The user identifier associated with the trace
        version (None | str): The version of the trace
        html_path (str): Path of trace in Langfuse UI
        observations (list[ObservationsView]): List of observations
        scores (list[BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1]): List of scores
        input_ (Any | Unset): The input data of the trace. Can be any JSON.
        metadata (Any | Unset): The metadata associated with the trace. Can be any JSON.
        output (Any | Unset): The output data of the trace. Can be any JSON.
        field_deprecation (Deprecation | Unset): Migration signal returned by deprecated endpoints. Optional fields are
            omitted when they have no value.
        latency (float | None | Unset): Latency of trace in seconds
        total_cost (float | None | Unset): Cost of trace in USD
    """

    environment: str | Unset
    id: str | Unset
    name: None | str | Unset
    public: bool | Unset
    release: None | str | Unset
    session_id: None | str | Unset
    tags: list[str] | Unset
    timestamp: datetime.datetime | Unset
    user_id: None | str | Unset
    version: None | str | Unset
    html_path: str | Unset
    observations: list[ObservationsView] | Unset
    scores: list[BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1] | Unset
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    output: Any | Unset = UNSET
    field_deprecation: Deprecation | Unset = UNSET
    latency: float | None | Unset = UNSET
    total_cost: float | None | Unset = UNSET
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
        environment = self.environment

        id = self.id

        name: None | str
        name = self.name

        public = self.public

        release: None | str
        release = self.release

        session_id: None | str
        session_id = self.session_id

        try:
            tags = self.tags

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

        try:
            timestamp = self.timestamp.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            timestamp = _as_json(self.timestamp)

        user_id: None | str
        user_id = self.user_id

        version: None | str
        version = self.version

        html_path = self.html_path

        try:
            observations = []
            for observations_item_data in self.observations:
                observations_item = observations_item_data.to_dict()
                observations.append(observations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            observations = _as_json(self.observations)

        try:
            scores = []
            for scores_item_data in self.scores:
                scores_item: dict[str, Any]
                if isinstance(scores_item_data, NumericScoreV1):
                    scores_item = scores_item_data.to_dict()
                elif isinstance(scores_item_data, CategoricalScoreV1):
                    scores_item = scores_item_data.to_dict()
                elif isinstance(scores_item_data, BooleanScoreV1):
                    scores_item = scores_item_data.to_dict()
                else:
                    scores_item = scores_item_data.to_dict()

                scores.append(scores_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scores = _as_json(self.scores)

        input_ = self.input_

        metadata = self.metadata

        output = self.output

        try:
            field_deprecation: dict[str, Any] | Unset = UNSET
            if not isinstance(self.field_deprecation, Unset):
                field_deprecation = self.field_deprecation.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            field_deprecation = _as_json(self.field_deprecation)

        latency: float | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        else:
            latency = self.latency

        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "id": id,
                "name": name,
                "public": public,
                "release": release,
                "sessionId": session_id,
                "tags": tags,
                "timestamp": timestamp,
                "userId": user_id,
                "version": version,
                "htmlPath": html_path,
                "observations": observations,
                "scores": scores,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if field_deprecation is not UNSET:
            field_dict["_deprecation"] = field_deprecation
        if latency is not UNSET:
            field_dict["latency"] = latency
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

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
            name: None | str = d["name"]

            if not (name is None or type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            public = d["public"]
            if not (type(public) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            public, _drifted = _keep(cls, d, "public", "bool", "type", _drifted)

        try:
            release: None | str = d["release"]

            if not (release is None or type(release) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            release, _drifted = _keep(cls, d, "release", "None | str", "type", _drifted)

        try:
            session_id: None | str = d["sessionId"]

            if not (session_id is None or type(session_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "sessionId", "None | str", "type", _drifted)

        try:
            tags: list[str] = d["tags"]

            if not (type(tags) is list and _strs(tags)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str]", "type", _drifted)

        _timestamp_raw = d.get("timestamp", UNSET)
        if _timestamp_raw is not UNSET and not _strict:
            timestamp = _timestamp_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                timestamp = datetime.datetime.fromisoformat(d["timestamp"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                timestamp, _drifted = _keep(
                    cls, d, "timestamp", "datetime.datetime", "type", _drifted
                )

        try:
            user_id: None | str = d["userId"]

            if not (user_id is None or type(user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "userId", "None | str", "type", _drifted)

        try:
            version: None | str = d["version"]

            if not (version is None or type(version) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version, _drifted = _keep(cls, d, "version", "None | str", "type", _drifted)

        try:
            html_path = d["htmlPath"]
            if not (type(html_path) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            html_path, _drifted = _keep(cls, d, "htmlPath", "str", "type", _drifted)

        _observations_raw = d.get("observations", UNSET)
        if _observations_raw is not UNSET and not _strict:
            observations = _observations_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                observations = [
                    ObservationsView.from_dict(observations_item_data)
                    for observations_item_data in d["observations"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                observations, _drifted = _keep_each(
                    cls,
                    d,
                    "observations",
                    "list[ObservationsView]",
                    "type",
                    lambda observations_item_data: ObservationsView.from_dict(
                        observations_item_data
                    ),
                    _drifted,
                )

        try:
            scores = []
            _scores = d["scores"]
            for scores_item_data in _scores:

                def _parse_scores_item(
                    data: object,
                ) -> BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v1_type_0 = NumericScoreV1.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v1_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v1_type_1 = CategoricalScoreV1.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v1_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v1_type_2 = BooleanScoreV1.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v1_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v1_type_3 = TextScoreV1.from_dict(data, _strict=True)

                    return componentsschemas_score_v1_type_3

                scores_item = _parse_scores_item(scores_item_data)

                scores.append(scores_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(scores_item_data: Any) -> Any:
                def _parse_scores_item(
                    data: object,
                ) -> BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v1_type_0 = NumericScoreV1.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v1_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v1_type_1 = CategoricalScoreV1.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v1_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v1_type_2 = BooleanScoreV1.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v1_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v1_type_3 = TextScoreV1.from_dict(data, _strict=True)

                    return componentsschemas_score_v1_type_3

                scores_item = _parse_scores_item(scores_item_data)
                return scores_item

            scores, _drifted = _keep_each(
                cls,
                d,
                "scores",
                "list[BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1]",
                "type",
                _each,
                _drifted,
            )

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            metadata = d.get("metadata", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            output = d.get("output", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        _field_deprecation_raw = d.get("_deprecation", UNSET)
        if _field_deprecation_raw is UNSET:
            field_deprecation = UNSET
        elif not _strict:
            field_deprecation = _field_deprecation_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _field_deprecation = d.get("_deprecation", UNSET)
                field_deprecation: Deprecation | Unset
                if _field_deprecation is UNSET:
                    field_deprecation = UNSET
                else:
                    field_deprecation = Deprecation.from_dict(_field_deprecation)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                field_deprecation, _drifted = _keep(
                    cls, d, "_deprecation", "Deprecation", "type", _drifted
                )

        try:
            latency: float | None | Unset = d.get("latency", UNSET)

            if not (
                latency is None
                or type(latency) is float
                or type(latency) is int
                or latency is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            latency, _drifted = _keep(cls, d, "latency", "float | None", "type", _drifted)

        try:
            total_cost: float | None | Unset = d.get("totalCost", UNSET)

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
            total_cost, _drifted = _keep(cls, d, "totalCost", "float | None", "type", _drifted)

        _trace_with_full_details_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _trace_with_full_details_.environment = environment
        _trace_with_full_details_.id = id
        _trace_with_full_details_.name = name
        _trace_with_full_details_.public = public
        _trace_with_full_details_.release = release
        _trace_with_full_details_.session_id = session_id
        _trace_with_full_details_.tags = tags
        _trace_with_full_details_._timestamp_slot = timestamp  # type: ignore[attr-defined]
        _trace_with_full_details_.user_id = user_id
        _trace_with_full_details_.version = version
        _trace_with_full_details_.html_path = html_path
        _trace_with_full_details_._observations_slot = observations  # type: ignore[attr-defined]
        _trace_with_full_details_.scores = scores
        _trace_with_full_details_.input_ = input_
        _trace_with_full_details_.metadata = metadata
        _trace_with_full_details_.output = output
        _trace_with_full_details_._field_deprecation_slot = field_deprecation  # type: ignore[attr-defined]
        _trace_with_full_details_.latency = latency
        _trace_with_full_details_.total_cost = total_cost
        _trace_with_full_details_.additional_properties = {}
        _trace_with_full_details_._pending = _pending

        if _extra:
            _trace_with_full_details_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trace_with_full_details_, _drifted)
        return _trace_with_full_details_

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


def _decode_timestamp(self: TraceWithFullDetails, raw: Any) -> Any:
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


_lazy(TraceWithFullDetails, "timestamp", 1, _decode_timestamp)


def _decode_observations(self: TraceWithFullDetails, raw: Any) -> Any:
    """``observations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        observations = [
            ObservationsView.from_dict(observations_item_data) for observations_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        observations, _drifted = _keep_each(
            type(self),
            {"observations": raw},
            "observations",
            "list[ObservationsView]",
            "type",
            lambda observations_item_data: ObservationsView.from_dict(observations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return observations


_lazy(TraceWithFullDetails, "observations", 2, _decode_observations)


def _decode_field_deprecation(self: TraceWithFullDetails, raw: Any) -> Any:
    """``field_deprecation`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _field_deprecation = raw
        field_deprecation: Deprecation | Unset
        if _field_deprecation is UNSET:
            field_deprecation = UNSET
        else:
            field_deprecation = Deprecation.from_dict(_field_deprecation)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        field_deprecation, _drifted = _keep(
            type(self), {"_deprecation": raw}, "_deprecation", "Deprecation", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return field_deprecation


_lazy(TraceWithFullDetails, "field_deprecation", 4, _decode_field_deprecation)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        BooleanScoreV1, \
        CategoricalScoreV1, \
        Deprecation, \
        NumericScoreV1, \
        ObservationsView, \
        TextScoreV1
    from ..models.boolean_score_v1 import BooleanScoreV1  # noqa: PLC0415
    from ..models.categorical_score_v1 import CategoricalScoreV1  # noqa: PLC0415
    from ..models.deprecation import Deprecation  # noqa: PLC0415
    from ..models.numeric_score_v1 import NumericScoreV1  # noqa: PLC0415
    from ..models.observations_view import ObservationsView  # noqa: PLC0415
    from ..models.text_score_v1 import TextScoreV1  # noqa: PLC0415

    _LAZY_PENDING = False
