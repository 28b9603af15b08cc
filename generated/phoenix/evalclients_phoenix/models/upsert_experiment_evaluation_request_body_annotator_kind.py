from typing import Literal

UpsertExperimentEvaluationRequestBodyAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

UPSERT_EXPERIMENT_EVALUATION_REQUEST_BODY_ANNOTATOR_KIND_VALUES: set[
    UpsertExperimentEvaluationRequestBodyAnnotatorKind
] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_upsert_experiment_evaluation_request_body_annotator_kind(
    value: str,
) -> UpsertExperimentEvaluationRequestBodyAnnotatorKind:
    if value in UPSERT_EXPERIMENT_EVALUATION_REQUEST_BODY_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPSERT_EXPERIMENT_EVALUATION_REQUEST_BODY_ANNOTATOR_KIND_VALUES!r}"
    )
