from typing import Literal

AnnotationQueueSpanRecordInputRecordType = Literal["SPAN"] | str

ANNOTATION_QUEUE_SPAN_RECORD_INPUT_RECORD_TYPE_VALUES: set[
    AnnotationQueueSpanRecordInputRecordType
] = {
    "SPAN",
}


def check_annotation_queue_span_record_input_record_type(
    value: str,
) -> AnnotationQueueSpanRecordInputRecordType:
    if value in ANNOTATION_QUEUE_SPAN_RECORD_INPUT_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_QUEUE_SPAN_RECORD_INPUT_RECORD_TYPE_VALUES!r}"
    )
