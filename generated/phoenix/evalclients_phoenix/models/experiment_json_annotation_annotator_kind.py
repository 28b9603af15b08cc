from typing import Literal

ExperimentJSONAnnotationAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

EXPERIMENT_JSON_ANNOTATION_ANNOTATOR_KIND_VALUES: set[ExperimentJSONAnnotationAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_experiment_json_annotation_annotator_kind(
    value: str,
) -> ExperimentJSONAnnotationAnnotatorKind:
    if value in EXPERIMENT_JSON_ANNOTATION_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPERIMENT_JSON_ANNOTATION_ANNOTATOR_KIND_VALUES!r}"
    )
