from typing import Literal

TraceAnnotationAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

TRACE_ANNOTATION_ANNOTATOR_KIND_VALUES: set[TraceAnnotationAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_trace_annotation_annotator_kind(value: str) -> TraceAnnotationAnnotatorKind:
    if value in TRACE_ANNOTATION_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACE_ANNOTATION_ANNOTATOR_KIND_VALUES!r}"
    )
