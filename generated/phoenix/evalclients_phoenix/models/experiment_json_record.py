from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experiment_json_annotation import ExperimentJSONAnnotation
    from ..models.experiment_json_record_input import ExperimentJSONRecordInput
    from ..models.experiment_json_record_reference_output import ExperimentJSONRecordReferenceOutput


T = TypeVar("T", bound="ExperimentJSONRecord")
_FIELDS = frozenset(
    {
        "annotations",
        "completion_token_count",
        "end_time",
        "error",
        "example_id",
        "input",
        "latency_ms",
        "output",
        "prompt_token_count",
        "reference_output",
        "repetition_number",
        "start_time",
        "trace_id",
    }
)


@_attrs_define
class ExperimentJSONRecord:
    """One run of an experiment as GET /v1/experiments/{id}/json exports it.

    Attributes:
        annotations (list[ExperimentJSONAnnotation]):
        completion_token_count (int | None):
        end_time (datetime.datetime):
        error (None | str): The task's error; null on success.
        example_id (str): Global id of the dataset example.
        input_ (ExperimentJSONRecordInput): The example's input (at the experiment's dataset version).
        latency_ms (float):
        output (Any): The task's output (any JSON value; null when the run failed).
        prompt_token_count (int | None):
        reference_output (ExperimentJSONRecordReferenceOutput): The example's expected output (at the experiment's
            dataset version).
        repetition_number (int):
        start_time (datetime.datetime):
        trace_id (None | str):
    """

    annotations: list[ExperimentJSONAnnotation]
    completion_token_count: int | None
    end_time: datetime.datetime
    error: None | str
    example_id: str
    input_: ExperimentJSONRecordInput
    latency_ms: float
    output: Any
    prompt_token_count: int | None
    reference_output: ExperimentJSONRecordReferenceOutput
    repetition_number: int
    start_time: datetime.datetime
    trace_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        completion_token_count: int | None
        completion_token_count = self.completion_token_count

        end_time = self.end_time.isoformat()

        error: None | str
        error = self.error

        example_id = self.example_id

        input_ = self.input_.to_dict()

        latency_ms = self.latency_ms

        output = self.output

        prompt_token_count: int | None
        prompt_token_count = self.prompt_token_count

        reference_output = self.reference_output.to_dict()

        repetition_number = self.repetition_number

        start_time = self.start_time.isoformat()

        trace_id: None | str
        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "completion_token_count": completion_token_count,
                "end_time": end_time,
                "error": error,
                "example_id": example_id,
                "input": input_,
                "latency_ms": latency_ms,
                "output": output,
                "prompt_token_count": prompt_token_count,
                "reference_output": reference_output,
                "repetition_number": repetition_number,
                "start_time": start_time,
                "trace_id": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotations = [
            ExperimentJSONAnnotation.from_dict(annotations_item_data)
            for annotations_item_data in d["annotations"]
        ]

        completion_token_count: int | None = d["completion_token_count"]

        end_time = datetime.datetime.fromisoformat(d["end_time"])

        error: None | str = d["error"]

        example_id = d["example_id"]

        input_ = ExperimentJSONRecordInput.from_dict(d["input"])

        latency_ms = d["latency_ms"]

        output = d["output"]

        prompt_token_count: int | None = d["prompt_token_count"]

        reference_output = ExperimentJSONRecordReferenceOutput.from_dict(d["reference_output"])

        repetition_number = d["repetition_number"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        trace_id: None | str = d["trace_id"]

        experiment_json_record = cls(
            annotations,
            completion_token_count,
            end_time,
            error,
            example_id,
            input_,
            latency_ms,
            output,
            prompt_token_count,
            reference_output,
            repetition_number,
            start_time,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            experiment_json_record.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_json_record

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
        ExperimentJSONAnnotation, \
        ExperimentJSONRecordInput, \
        ExperimentJSONRecordReferenceOutput
    from ..models.experiment_json_annotation import ExperimentJSONAnnotation  # noqa: PLC0415
    from ..models.experiment_json_record_input import ExperimentJSONRecordInput  # noqa: PLC0415
    from ..models.experiment_json_record_reference_output import ExperimentJSONRecordReferenceOutput  # noqa: PLC0415

    _LAZY_PENDING = False
