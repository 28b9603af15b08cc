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
from ..models.observation_level import ObservationLevel, check_observation_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_score_v3 import BooleanScoreV3
    from ..models.categorical_score_v3 import CategoricalScoreV3
    from ..models.correction_score_v3 import CorrectionScoreV3
    from ..models.experiment_item_experiment_item_metadata_type_0 import (
        ExperimentItemExperimentItemMetadataType0,
    )
    from ..models.experiment_item_experiment_metadata_type_0 import (
        ExperimentItemExperimentMetadataType0,
    )
    from ..models.experiment_item_metadata_type_0 import ExperimentItemMetadataType0
    from ..models.numeric_score_v3 import NumericScoreV3
    from ..models.text_score_v3 import TextScoreV3


T = TypeVar("T", bound="ExperimentItem")
_new = object.__new__
_FIELDS = frozenset(
    {
        "endTime",
        "environment",
        "experimentId",
        "experimentItemId",
        "experimentName",
        "id",
        "level",
        "startTime",
        "traceId",
        "expectedOutput",
        "experimentDatasetId",
        "experimentDescription",
        "experimentItemMetadata",
        "experimentItemVersion",
        "experimentMetadata",
        "input",
        "metadata",
        "output",
        "scores",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("endTime", "_end_time_slot", True, 1, ""),
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    (
        "experimentId",
        "experiment_id",
        True,
        0,
        "experiment_id = _j_experiment_id\nif not (type(experiment_id) is str):\n    raise TypeError",
    ),
    (
        "experimentItemId",
        "experiment_item_id",
        True,
        0,
        "experiment_item_id = _j_experiment_item_id\nif not (type(experiment_item_id) is str):\n    raise TypeError",
    ),
    (
        "experimentName",
        "experiment_name",
        True,
        0,
        "experiment_name = _j_experiment_name\nif not (type(experiment_name) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("level", "level", True, 0, "level = check_observation_level(_j_level)"),
    ("startTime", "_start_time_slot", True, 2, ""),
    (
        "traceId",
        "trace_id",
        True,
        0,
        "trace_id = _j_trace_id\nif not (type(trace_id) is str):\n    raise TypeError",
    ),
    ("expectedOutput", "expected_output", False, 0, "expected_output = _j_expected_output"),
    (
        "experimentDatasetId",
        "experiment_dataset_id",
        False,
        0,
        "experiment_dataset_id: None | str | Unset = _j_experiment_dataset_id\n\nif not (experiment_dataset_id is None or type(experiment_dataset_id) is str or experiment_dataset_id is UNSET):\n    raise TypeError",
    ),
    (
        "experimentDescription",
        "experiment_description",
        False,
        0,
        "experiment_description: None | str | Unset = _j_experiment_description\n\nif not (experiment_description is None or type(experiment_description) is str or experiment_description is UNSET):\n    raise TypeError",
    ),
    ("experimentItemMetadata", "_experiment_item_metadata_slot", False, 4, ""),
    ("experimentItemVersion", "_experiment_item_version_slot", False, 8, ""),
    ("experimentMetadata", "_experiment_metadata_slot", False, 16, ""),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    ("metadata", "_metadata_slot", False, 32, ""),
    ("output", "output", False, 0, "output = _j_output"),
    (
        "scores",
        "scores",
        False,
        0,
        "_scores = _j_scores\nscores = _scores if _scores is None or _scores is UNSET else _parse_scores(_scores)",
    ),
)


@_attrs_define
class ExperimentItem:
    """
    Attributes:
        end_time (datetime.datetime | None):
        environment (str):
        experiment_id (str):
        experiment_item_id (str):
        experiment_name (str):
        id (str):
        level (ObservationLevel):
        start_time (datetime.datetime):
        trace_id (str):
        expected_output (Any | Unset): Included when `fields=io` is requested.
        experiment_dataset_id (None | str | Unset): Included when `fields=dataset` is requested.
        experiment_description (None | str | Unset): Included when `fields=experimentMetadata` is requested.
        experiment_item_metadata (ExperimentItemExperimentItemMetadataType0 | None | Unset): Included when
            `fields=itemMetadata` is requested.
        experiment_item_version (datetime.datetime | None | Unset): Included when `fields=dataset` is requested.
        experiment_metadata (ExperimentItemExperimentMetadataType0 | None | Unset): Included when
            `fields=experimentMetadata` is requested.
        input_ (Any | Unset): Included when `fields=io` is requested.
        metadata (ExperimentItemMetadataType0 | None | Unset): Included when `fields=metadata` is requested.
        output (Any | Unset): Included when `fields=io` is requested.
        scores (list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3] | None |
            Unset): Included only when `fields=scores` is requested. Contains item and trace scores only; experiment-level
            scores are returned by the experiments endpoint.
    """

    end_time: datetime.datetime | None | Unset
    environment: str | Unset
    experiment_id: str | Unset
    experiment_item_id: str | Unset
    experiment_name: str | Unset
    id: str | Unset
    level: ObservationLevel | Unset
    start_time: datetime.datetime | Unset
    trace_id: str | Unset
    expected_output: Any | Unset = UNSET
    experiment_dataset_id: None | str | Unset = UNSET
    experiment_description: None | str | Unset = UNSET
    experiment_item_metadata: ExperimentItemExperimentItemMetadataType0 | None | Unset = UNSET
    experiment_item_version: datetime.datetime | None | Unset = UNSET
    experiment_metadata: ExperimentItemExperimentMetadataType0 | None | Unset = UNSET
    input_: Any | Unset = UNSET
    metadata: ExperimentItemMetadataType0 | None | Unset = UNSET
    output: Any | Unset = UNSET
    scores: (
        list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3]
        | None
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
            end_time: None | str
            if isinstance(self.end_time, datetime.datetime):
                end_time = self.end_time.isoformat()
            else:
                end_time = self.end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment = self.environment

        experiment_id = self.experiment_id

        experiment_item_id = self.experiment_item_id

        experiment_name = self.experiment_name

        id = self.id

        try:
            level: str = self.level
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            level = _as_json(self.level)

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        trace_id = self.trace_id

        expected_output = self.expected_output

        experiment_dataset_id: None | str | Unset
        if isinstance(self.experiment_dataset_id, Unset):
            experiment_dataset_id = UNSET
        else:
            experiment_dataset_id = self.experiment_dataset_id

        experiment_description: None | str | Unset
        if isinstance(self.experiment_description, Unset):
            experiment_description = UNSET
        else:
            experiment_description = self.experiment_description

        try:
            experiment_item_metadata: dict[str, Any] | None | Unset
            if isinstance(self.experiment_item_metadata, Unset):
                experiment_item_metadata = UNSET
            elif isinstance(
                self.experiment_item_metadata, ExperimentItemExperimentItemMetadataType0
            ):
                experiment_item_metadata = self.experiment_item_metadata.to_dict()
            else:
                experiment_item_metadata = self.experiment_item_metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_item_metadata = _as_json(self.experiment_item_metadata)

        try:
            experiment_item_version: None | str | Unset
            if isinstance(self.experiment_item_version, Unset):
                experiment_item_version = UNSET
            elif isinstance(self.experiment_item_version, datetime.datetime):
                experiment_item_version = self.experiment_item_version.isoformat()
            else:
                experiment_item_version = self.experiment_item_version
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_item_version = _as_json(self.experiment_item_version)

        try:
            experiment_metadata: dict[str, Any] | None | Unset
            if isinstance(self.experiment_metadata, Unset):
                experiment_metadata = UNSET
            elif isinstance(self.experiment_metadata, ExperimentItemExperimentMetadataType0):
                experiment_metadata = self.experiment_metadata.to_dict()
            else:
                experiment_metadata = self.experiment_metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_metadata = _as_json(self.experiment_metadata)

        input_ = self.input_

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, ExperimentItemMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        output = self.output

        try:
            scores: list[dict[str, Any]] | None | Unset
            if isinstance(self.scores, Unset):
                scores = UNSET
            elif isinstance(self.scores, list):
                scores = []
                for scores_type_0_item_data in self.scores:
                    scores_type_0_item: dict[str, Any]
                    if isinstance(scores_type_0_item_data, NumericScoreV3):
                        scores_type_0_item = scores_type_0_item_data.to_dict()
                    elif isinstance(scores_type_0_item_data, BooleanScoreV3):
                        scores_type_0_item = scores_type_0_item_data.to_dict()
                    elif isinstance(scores_type_0_item_data, CategoricalScoreV3):
                        scores_type_0_item = scores_type_0_item_data.to_dict()
                    elif isinstance(scores_type_0_item_data, TextScoreV3):
                        scores_type_0_item = scores_type_0_item_data.to_dict()
                    else:
                        scores_type_0_item = scores_type_0_item_data.to_dict()

                    scores.append(scores_type_0_item)

            else:
                scores = self.scores
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scores = _as_json(self.scores)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endTime": end_time,
                "environment": environment,
                "experimentId": experiment_id,
                "experimentItemId": experiment_item_id,
                "experimentName": experiment_name,
                "id": id,
                "level": level,
                "startTime": start_time,
                "traceId": trace_id,
            }
        )
        if expected_output is not UNSET:
            field_dict["expectedOutput"] = expected_output
        if experiment_dataset_id is not UNSET:
            field_dict["experimentDatasetId"] = experiment_dataset_id
        if experiment_description is not UNSET:
            field_dict["experimentDescription"] = experiment_description
        if experiment_item_metadata is not UNSET:
            field_dict["experimentItemMetadata"] = experiment_item_metadata
        if experiment_item_version is not UNSET:
            field_dict["experimentItemVersion"] = experiment_item_version
        if experiment_metadata is not UNSET:
            field_dict["experimentMetadata"] = experiment_metadata
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if scores is not UNSET:
            field_dict["scores"] = scores

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
        _end_time_raw = d.get("endTime", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _end_time = d["endTime"]
                end_time = (
                    _end_time if _end_time is None else datetime.datetime.fromisoformat(_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "endTime", "datetime.datetime | None", "union", _drifted
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
            experiment_id = d["experimentId"]
            if not (type(experiment_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_id, _drifted = _keep(cls, d, "experimentId", "str", "type", _drifted)

        try:
            experiment_item_id = d["experimentItemId"]
            if not (type(experiment_item_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_item_id, _drifted = _keep(
                cls, d, "experimentItemId", "str", "type", _drifted
            )

        try:
            experiment_name = d["experimentName"]
            if not (type(experiment_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_name, _drifted = _keep(cls, d, "experimentName", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            level = check_observation_level(d["level"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            level, _drifted = _keep(
                cls, d, "level", "one of DEBUG, DEFAULT, ERROR, WARNING", "enum", _drifted
            )

        _start_time_raw = d.get("startTime", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                start_time = datetime.datetime.fromisoformat(d["startTime"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "startTime", "datetime.datetime", "type", _drifted
                )

        try:
            trace_id = d["traceId"]
            if not (type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "str", "type", _drifted)

        try:
            expected_output = d.get("expectedOutput", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            expected_output, _drifted = _keep(cls, d, "expectedOutput", "Any", "type", _drifted)

        try:
            experiment_dataset_id: None | str | Unset = d.get("experimentDatasetId", UNSET)

            if not (
                experiment_dataset_id is None
                or type(experiment_dataset_id) is str
                or experiment_dataset_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_dataset_id, _drifted = _keep(
                cls, d, "experimentDatasetId", "None | str", "type", _drifted
            )

        try:
            experiment_description: None | str | Unset = d.get("experimentDescription", UNSET)

            if not (
                experiment_description is None
                or type(experiment_description) is str
                or experiment_description is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_description, _drifted = _keep(
                cls, d, "experimentDescription", "None | str", "type", _drifted
            )

        _experiment_item_metadata_raw = d.get("experimentItemMetadata", UNSET)
        if _experiment_item_metadata_raw is UNSET:
            experiment_item_metadata = UNSET
        elif not _strict:
            experiment_item_metadata = _experiment_item_metadata_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _experiment_item_metadata = d.get("experimentItemMetadata", UNSET)
                experiment_item_metadata = (
                    _experiment_item_metadata
                    if _experiment_item_metadata is None or _experiment_item_metadata is UNSET
                    else _parse_experiment_item_metadata(_experiment_item_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                experiment_item_metadata, _drifted = _keep(
                    cls,
                    d,
                    "experimentItemMetadata",
                    "ExperimentItemExperimentItemMetadataType0 | None",
                    "union",
                    _drifted,
                )

        _experiment_item_version_raw = d.get("experimentItemVersion", UNSET)
        if _experiment_item_version_raw is UNSET:
            experiment_item_version = UNSET
        elif not _strict:
            experiment_item_version = _experiment_item_version_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _experiment_item_version = d.get("experimentItemVersion", UNSET)
                experiment_item_version = (
                    _experiment_item_version
                    if _experiment_item_version is None or _experiment_item_version is UNSET
                    else datetime.datetime.fromisoformat(_experiment_item_version)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                experiment_item_version, _drifted = _keep(
                    cls, d, "experimentItemVersion", "datetime.datetime | None", "union", _drifted
                )

        _experiment_metadata_raw = d.get("experimentMetadata", UNSET)
        if _experiment_metadata_raw is UNSET:
            experiment_metadata = UNSET
        elif not _strict:
            experiment_metadata = _experiment_metadata_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _experiment_metadata = d.get("experimentMetadata", UNSET)
                experiment_metadata = (
                    _experiment_metadata
                    if _experiment_metadata is None or _experiment_metadata is UNSET
                    else _parse_experiment_metadata(_experiment_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                experiment_metadata, _drifted = _keep(
                    cls,
                    d,
                    "experimentMetadata",
                    "ExperimentItemExperimentMetadataType0 | None",
                    "union",
                    _drifted,
                )

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 32
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
                    cls, d, "metadata", "ExperimentItemMetadataType0 | None", "union", _drifted
                )

        try:
            output = d.get("output", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        try:
            _scores = d.get("scores", UNSET)
            scores = _scores if _scores is None or _scores is UNSET else _parse_scores(_scores)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            scores, _drifted = _keep(
                cls,
                d,
                "scores",
                "list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3] | None",
                "union",
                _drifted,
            )

        _experiment_item_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_item_._end_time_slot = end_time  # type: ignore[attr-defined]
        _experiment_item_.environment = environment
        _experiment_item_.experiment_id = experiment_id
        _experiment_item_.experiment_item_id = experiment_item_id
        _experiment_item_.experiment_name = experiment_name
        _experiment_item_.id = id
        _experiment_item_.level = level
        _experiment_item_._start_time_slot = start_time  # type: ignore[attr-defined]
        _experiment_item_.trace_id = trace_id
        _experiment_item_.expected_output = expected_output
        _experiment_item_.experiment_dataset_id = experiment_dataset_id
        _experiment_item_.experiment_description = experiment_description
        _experiment_item_._experiment_item_metadata_slot = experiment_item_metadata  # type: ignore[attr-defined]
        _experiment_item_._experiment_item_version_slot = experiment_item_version  # type: ignore[attr-defined]
        _experiment_item_._experiment_metadata_slot = experiment_metadata  # type: ignore[attr-defined]
        _experiment_item_.input_ = input_
        _experiment_item_._metadata_slot = metadata  # type: ignore[attr-defined]
        _experiment_item_.output = output
        _experiment_item_.scores = scores
        _experiment_item_.additional_properties = {}
        _experiment_item_._pending = _pending

        if _extra:
            _experiment_item_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_item_, _drifted)
        return _experiment_item_

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


def _parse_experiment_item_metadata(
    data: object,
) -> ExperimentItemExperimentItemMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        experiment_item_metadata_type_0 = ExperimentItemExperimentItemMetadataType0.from_dict(data)

        return experiment_item_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_experiment_metadata(
    data: object,
) -> ExperimentItemExperimentMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        experiment_metadata_type_0 = ExperimentItemExperimentMetadataType0.from_dict(data)

        return experiment_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_metadata(data: object) -> ExperimentItemMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ExperimentItemMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_scores(
    data: object,
) -> (
    list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        scores_type_0 = []
        _scores_type_0 = data
        for scores_type_0_item_data in _scores_type_0:

            def _parse_scores_type_0_item(
                data: object,
            ) -> (
                BooleanScoreV3
                | CategoricalScoreV3
                | CorrectionScoreV3
                | NumericScoreV3
                | TextScoreV3
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v3_type_0 = NumericScoreV3.from_dict(data, _strict=True)

                    return componentsschemas_score_v3_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v3_type_1 = BooleanScoreV3.from_dict(data, _strict=True)

                    return componentsschemas_score_v3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v3_type_2 = CategoricalScoreV3.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_score_v3_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v3_type_3 = TextScoreV3.from_dict(data, _strict=True)

                    return componentsschemas_score_v3_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_v3_type_4 = CorrectionScoreV3.from_dict(data, _strict=True)

                return componentsschemas_score_v3_type_4

            scores_type_0_item = _parse_scores_type_0_item(scores_type_0_item_data)

            scores_type_0.append(scores_type_0_item)

        return scores_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_end_time(self: ExperimentItem, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time = _end_time if _end_time is None else datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"endTime": raw}, "endTime", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(ExperimentItem, "end_time", 1, _decode_end_time)


def _decode_start_time(self: ExperimentItem, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        start_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"startTime": raw}, "startTime", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(ExperimentItem, "start_time", 2, _decode_start_time)


def _decode_experiment_item_metadata(self: ExperimentItem, raw: Any) -> Any:
    """``experiment_item_metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _experiment_item_metadata = raw
        experiment_item_metadata = (
            _experiment_item_metadata
            if _experiment_item_metadata is None or _experiment_item_metadata is UNSET
            else _parse_experiment_item_metadata(_experiment_item_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        experiment_item_metadata, _drifted = _keep(
            type(self),
            {"experimentItemMetadata": raw},
            "experimentItemMetadata",
            "ExperimentItemExperimentItemMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return experiment_item_metadata


_lazy(ExperimentItem, "experiment_item_metadata", 4, _decode_experiment_item_metadata)


def _decode_experiment_item_version(self: ExperimentItem, raw: Any) -> Any:
    """``experiment_item_version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _experiment_item_version = raw
        experiment_item_version = (
            _experiment_item_version
            if _experiment_item_version is None or _experiment_item_version is UNSET
            else datetime.datetime.fromisoformat(_experiment_item_version)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        experiment_item_version, _drifted = _keep(
            type(self),
            {"experimentItemVersion": raw},
            "experimentItemVersion",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return experiment_item_version


_lazy(ExperimentItem, "experiment_item_version", 8, _decode_experiment_item_version)


def _decode_experiment_metadata(self: ExperimentItem, raw: Any) -> Any:
    """``experiment_metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _experiment_metadata = raw
        experiment_metadata = (
            _experiment_metadata
            if _experiment_metadata is None or _experiment_metadata is UNSET
            else _parse_experiment_metadata(_experiment_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        experiment_metadata, _drifted = _keep(
            type(self),
            {"experimentMetadata": raw},
            "experimentMetadata",
            "ExperimentItemExperimentMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return experiment_metadata


_lazy(ExperimentItem, "experiment_metadata", 16, _decode_experiment_metadata)


def _decode_metadata(self: ExperimentItem, raw: Any) -> Any:
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
            "ExperimentItemMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(ExperimentItem, "metadata", 32, _decode_metadata)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        BooleanScoreV3, \
        CategoricalScoreV3, \
        CorrectionScoreV3, \
        ExperimentItemExperimentItemMetadataType0, \
        ExperimentItemExperimentMetadataType0, \
        ExperimentItemMetadataType0, \
        NumericScoreV3, \
        TextScoreV3
    from ..models.boolean_score_v3 import BooleanScoreV3  # noqa: PLC0415
    from ..models.categorical_score_v3 import CategoricalScoreV3  # noqa: PLC0415
    from ..models.correction_score_v3 import CorrectionScoreV3  # noqa: PLC0415
    from ..models.experiment_item_experiment_item_metadata_type_0 import (
        ExperimentItemExperimentItemMetadataType0,  # noqa: PLC0415
    )
    from ..models.experiment_item_experiment_metadata_type_0 import (
        ExperimentItemExperimentMetadataType0,  # noqa: PLC0415
    )
    from ..models.experiment_item_metadata_type_0 import ExperimentItemMetadataType0  # noqa: PLC0415
    from ..models.numeric_score_v3 import NumericScoreV3  # noqa: PLC0415
    from ..models.text_score_v3 import TextScoreV3  # noqa: PLC0415

    _LAZY_PENDING = False
