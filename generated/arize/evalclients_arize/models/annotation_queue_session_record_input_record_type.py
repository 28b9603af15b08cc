from typing import Literal

AnnotationQueueSessionRecordInputRecordType = Literal["SESSION"] | str

ANNOTATION_QUEUE_SESSION_RECORD_INPUT_RECORD_TYPE_VALUES: set[
    AnnotationQueueSessionRecordInputRecordType
] = {
    "SESSION",
}


def check_annotation_queue_session_record_input_record_type(
    value: str,
) -> AnnotationQueueSessionRecordInputRecordType:
    if value in ANNOTATION_QUEUE_SESSION_RECORD_INPUT_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_QUEUE_SESSION_RECORD_INPUT_RECORD_TYPE_VALUES!r}"
    )
