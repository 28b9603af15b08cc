from typing import Literal

AnnotationQueueExampleRecordInputRecordType = Literal["EXAMPLE"] | str

ANNOTATION_QUEUE_EXAMPLE_RECORD_INPUT_RECORD_TYPE_VALUES: set[
    AnnotationQueueExampleRecordInputRecordType
] = {
    "EXAMPLE",
}


def check_annotation_queue_example_record_input_record_type(
    value: str,
) -> AnnotationQueueExampleRecordInputRecordType:
    if value in ANNOTATION_QUEUE_EXAMPLE_RECORD_INPUT_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_QUEUE_EXAMPLE_RECORD_INPUT_RECORD_TYPE_VALUES!r}"
    )
