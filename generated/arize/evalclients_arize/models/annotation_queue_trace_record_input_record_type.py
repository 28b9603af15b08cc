from typing import Literal

AnnotationQueueTraceRecordInputRecordType = Literal["TRACE"] | str

ANNOTATION_QUEUE_TRACE_RECORD_INPUT_RECORD_TYPE_VALUES: set[
    AnnotationQueueTraceRecordInputRecordType
] = {
    "TRACE",
}


def check_annotation_queue_trace_record_input_record_type(
    value: str,
) -> AnnotationQueueTraceRecordInputRecordType:
    if value in ANNOTATION_QUEUE_TRACE_RECORD_INPUT_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_QUEUE_TRACE_RECORD_INPUT_RECORD_TYPE_VALUES!r}"
    )
