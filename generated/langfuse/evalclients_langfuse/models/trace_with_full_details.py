from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_score_v1 import BooleanScoreV1
    from ..models.categorical_score_v1 import CategoricalScoreV1
    from ..models.deprecation import Deprecation
    from ..models.numeric_score_v1 import NumericScoreV1
    from ..models.observations_view import ObservationsView
    from ..models.text_score_v1 import TextScoreV1


T = TypeVar("T", bound="TraceWithFullDetails")
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

    environment: str
    id: str
    name: None | str
    public: bool
    release: None | str
    session_id: None | str
    tags: list[str]
    timestamp: datetime.datetime
    user_id: None | str
    version: None | str
    html_path: str
    observations: list[ObservationsView]
    scores: list[BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1]
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    output: Any | Unset = UNSET
    field_deprecation: Deprecation | Unset = UNSET
    latency: float | None | Unset = UNSET
    total_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        tags = self.tags

        timestamp = self.timestamp.isoformat()

        user_id: None | str
        user_id = self.user_id

        version: None | str
        version = self.version

        html_path = self.html_path

        observations = []
        for observations_item_data in self.observations:
            observations_item = observations_item_data.to_dict()
            observations.append(observations_item)

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

        input_ = self.input_

        metadata = self.metadata

        output = self.output

        field_deprecation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_deprecation, Unset):
            field_deprecation = self.field_deprecation.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        environment = d["environment"]

        id = d["id"]

        name: None | str = d["name"]

        public = d["public"]

        release: None | str = d["release"]

        session_id: None | str = d["sessionId"]

        tags: list[str] = d["tags"]

        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        user_id: None | str = d["userId"]

        version: None | str = d["version"]

        html_path = d["htmlPath"]

        observations = [
            ObservationsView.from_dict(observations_item_data)
            for observations_item_data in d["observations"]
        ]

        scores = []
        _scores = d["scores"]
        for scores_item_data in _scores:

            def _parse_scores_item(
                data: object,
            ) -> BooleanScoreV1 | CategoricalScoreV1 | NumericScoreV1 | TextScoreV1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v1_type_0 = NumericScoreV1.from_dict(data)

                    return componentsschemas_score_v1_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v1_type_1 = CategoricalScoreV1.from_dict(data)

                    return componentsschemas_score_v1_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v1_type_2 = BooleanScoreV1.from_dict(data)

                    return componentsschemas_score_v1_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_v1_type_3 = TextScoreV1.from_dict(data)

                return componentsschemas_score_v1_type_3

            scores_item = _parse_scores_item(scores_item_data)

            scores.append(scores_item)

        input_ = d.get("input", UNSET)

        metadata = d.get("metadata", UNSET)

        output = d.get("output", UNSET)

        _field_deprecation = d.get("_deprecation", UNSET)
        field_deprecation: Deprecation | Unset
        if _field_deprecation is UNSET:
            field_deprecation = UNSET
        else:
            field_deprecation = Deprecation.from_dict(_field_deprecation)

        latency: float | None | Unset = d.get("latency", UNSET)

        total_cost: float | None | Unset = d.get("totalCost", UNSET)

        trace_with_full_details = cls(
            environment,
            id,
            name,
            public,
            release,
            session_id,
            tags,
            timestamp,
            user_id,
            version,
            html_path,
            observations,
            scores,
            input_,
            metadata,
            output,
            field_deprecation,
            latency,
            total_cost,
        )

        if not d.keys() <= _FIELDS:
            trace_with_full_details.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return trace_with_full_details

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
