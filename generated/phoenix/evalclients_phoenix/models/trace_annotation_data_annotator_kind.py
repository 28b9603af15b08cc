from typing import Literal

TraceAnnotationDataAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

TRACE_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES: set[TraceAnnotationDataAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_trace_annotation_data_annotator_kind(value: str) -> TraceAnnotationDataAnnotatorKind:
    if value in TRACE_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACE_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES!r}"
    )
