from typing import Literal

AnnotationQueueCompletionStatus = Literal["COMPLETED", "PENDING"] | str

ANNOTATION_QUEUE_COMPLETION_STATUS_VALUES: set[AnnotationQueueCompletionStatus] = {
    "COMPLETED",
    "PENDING",
}


def check_annotation_queue_completion_status(value: str) -> AnnotationQueueCompletionStatus:
    if value in ANNOTATION_QUEUE_COMPLETION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_QUEUE_COMPLETION_STATUS_VALUES!r}"
    )
