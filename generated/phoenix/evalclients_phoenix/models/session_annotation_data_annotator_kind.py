from typing import Literal

SessionAnnotationDataAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

SESSION_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES: set[SessionAnnotationDataAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_session_annotation_data_annotator_kind(value: str) -> SessionAnnotationDataAnnotatorKind:
    if value in SESSION_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES!r}"
    )
