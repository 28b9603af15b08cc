from typing import Literal

SpanDocumentAnnotationDataAnnotatorKind = Literal["CODE", "HUMAN", "LLM"] | str

SPAN_DOCUMENT_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES: set[
    SpanDocumentAnnotationDataAnnotatorKind
] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_span_document_annotation_data_annotator_kind(
    value: str,
) -> SpanDocumentAnnotationDataAnnotatorKind:
    if value in SPAN_DOCUMENT_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_DOCUMENT_ANNOTATION_DATA_ANNOTATOR_KIND_VALUES!r}"
    )
