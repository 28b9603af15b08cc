from typing import Literal

DeleteSessionAnnotationsAnnotatorKindType0 = Literal["CODE", "HUMAN", "LLM"] | str

DELETE_SESSION_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES: set[
    DeleteSessionAnnotationsAnnotatorKindType0
] = {
    "CODE",
    "HUMAN",
    "LLM",
}


def check_delete_session_annotations_annotator_kind_type_0(
    value: str,
) -> DeleteSessionAnnotationsAnnotatorKindType0:
    if value in DELETE_SESSION_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_SESSION_ANNOTATIONS_ANNOTATOR_KIND_TYPE_0_VALUES!r}"
    )
