from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsert_experiment_evaluation_request_body_annotator_kind import (
    UpsertExperimentEvaluationRequestBodyAnnotatorKind,
    check_upsert_experiment_evaluation_request_body_annotator_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_evaluation_result import ExperimentEvaluationResult
    from ..models.upsert_experiment_evaluation_request_body_metadata_type_0 import (
        UpsertExperimentEvaluationRequestBodyMetadataType0,
    )


T = TypeVar("T", bound="UpsertExperimentEvaluationRequestBody")
_FIELDS = frozenset(
    {
        "annotator_kind",
        "end_time",
        "experiment_run_id",
        "name",
        "start_time",
        "error",
        "metadata",
        "result",
        "trace_id",
    }
)


@_attrs_define
class UpsertExperimentEvaluationRequestBody:
    """
    Attributes:
        annotator_kind (UpsertExperimentEvaluationRequestBodyAnnotatorKind): The kind of annotator used for the
            evaluation
        end_time (datetime.datetime): The end time of the evaluation in ISO format
        experiment_run_id (str): The ID of the experiment run being evaluated
        name (str): The name of the evaluation
        start_time (datetime.datetime): The start time of the evaluation in ISO format
        error (None | str | Unset): Error message if the evaluation encountered an error. Either result or error must be
            provided.
        metadata (None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0): Metadata for the evaluation
        result (ExperimentEvaluationResult | None | Unset): The result of the evaluation. Either result or error must be
            provided.
        trace_id (None | str | Unset): Optional trace ID for tracking
    """

    annotator_kind: UpsertExperimentEvaluationRequestBodyAnnotatorKind
    end_time: datetime.datetime
    experiment_run_id: str
    name: str
    start_time: datetime.datetime
    error: None | str | Unset = UNSET
    metadata: None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0 = UNSET
    result: ExperimentEvaluationResult | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotator_kind: str = self.annotator_kind

        end_time = self.end_time.isoformat()

        experiment_run_id = self.experiment_run_id

        name = self.name

        start_time = self.start_time.isoformat()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpsertExperimentEvaluationRequestBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ExperimentEvaluationResult):
            result = self.result.to_dict()
        else:
            result = self.result

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotator_kind": annotator_kind,
                "end_time": end_time,
                "experiment_run_id": experiment_run_id,
                "name": name,
                "start_time": start_time,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if result is not UNSET:
            field_dict["result"] = result
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotator_kind = check_upsert_experiment_evaluation_request_body_annotator_kind(
            d["annotator_kind"]
        )

        end_time = datetime.datetime.fromisoformat(d["end_time"])

        experiment_run_id = d["experiment_run_id"]

        name = d["name"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        error: None | str | Unset = d.get("error", UNSET)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        result = _parse_result(d.get("result", UNSET))

        trace_id: None | str | Unset = d.get("trace_id", UNSET)

        upsert_experiment_evaluation_request_body = cls(
            annotator_kind,
            end_time,
            experiment_run_id,
            name,
            start_time,
            error,
            metadata,
            result,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            upsert_experiment_evaluation_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return upsert_experiment_evaluation_request_body

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


def _parse_metadata(
    data: object,
) -> None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = UpsertExperimentEvaluationRequestBodyMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UpsertExperimentEvaluationRequestBodyMetadataType0, data)


def _parse_result(data: object) -> ExperimentEvaluationResult | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        result_type_0 = ExperimentEvaluationResult.from_dict(data)

        return result_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ExperimentEvaluationResult | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ExperimentEvaluationResult, \
        UpsertExperimentEvaluationRequestBodyMetadataType0
    from ..models.experiment_evaluation_result import ExperimentEvaluationResult  # noqa: PLC0415
    from ..models.upsert_experiment_evaluation_request_body_metadata_type_0 import (
        UpsertExperimentEvaluationRequestBodyMetadataType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
