from typing import Literal

SpanAnnotationDataAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

SPAN_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES: set[SpanAnnotationDataAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_span_annotation_data_annotator_kind(value: str) -> SpanAnnotationDataAnnotatorKind:
    if value in SPAN_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES!r}"
    )
