from typing import Literal

SessionAnnotationAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

SESSION_ANNOTATION_ANNOTATOR_KIND_VALUES: set[SessionAnnotationAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_session_annotation_annotator_kind(value: str) -> SessionAnnotationAnnotatorKind:
    if value in SESSION_ANNOTATION_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_ANNOTATION_ANNOTATOR_KIND_VALUES!r}"
    )
