from typing import Literal

TraceAnnotationSource = Literal["API", "APP"] | str

TRACE_ANNOTATION_SOURCE_VALUES: set[TraceAnnotationSource] = {
    "API",
    "APP",
}


def check_trace_annotation_source(value: str) -> TraceAnnotationSource:
    if value in TRACE_ANNOTATION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACE_ANNOTATION_SOURCE_VALUES!r}"
    )
