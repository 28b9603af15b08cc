from typing import Literal

SpanAnnotationAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

SPAN_ANNOTATION_ANNOTATOR_KIND_VALUES: set[SpanAnnotationAnnotatorKind] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_span_annotation_annotator_kind(value: str) -> SpanAnnotationAnnotatorKind:
    if value in SPAN_ANNOTATION_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_ANNOTATION_ANNOTATOR_KIND_VALUES!r}"
    )
