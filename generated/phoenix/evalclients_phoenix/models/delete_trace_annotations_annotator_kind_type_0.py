from typing import Literal

DeleteTraceAnnotationsAnnotatorKindType0 = Literal["CODE", "HUMAN", "LLM"] | str

DELETE_TRACE_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES: set[
    DeleteTraceAnnotationsAnnotatorKindType0
] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_delete_trace_annotations_annotator_kind_type_0(
    value: str,
) -> DeleteTraceAnnotationsAnnotatorKindType0:
    if value in DELETE_TRACE_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_TRACE_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES!r}"
    )
