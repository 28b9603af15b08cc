from typing import Literal

AnnotationQueueSourceType = Literal["DATASET", "SPANS"] | str

ANNOTATION_QUEUE_SOURCE_TYPE_VALUES: set[AnnotationQueueSourceType] = {
    "DATASET",
    "SPANS",
}


def check_annotation_queue_source_type(value: str) -> AnnotationQueueSourceType:
    if value in ANNOTATION_QUEUE_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_QUEUE_SOURCE_TYPE_VALUES!r}"
    )
