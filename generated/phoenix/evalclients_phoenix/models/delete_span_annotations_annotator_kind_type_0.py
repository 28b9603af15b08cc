from typing import Literal

DeleteSpanAnnotationsAnnotatorKindType0 = Literal["CODE", "HUMAN", "LLM"] | str

DELETE_SPAN_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES: set[
    DeleteSpanAnnotationsAnnotatorKindType0
] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_delete_span_annotations_annotator_kind_type_0(
    value: str,
) -> DeleteSpanAnnotationsAnnotatorKindType0:
    if value in DELETE_SPAN_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_SPAN_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES!r}"
    )
