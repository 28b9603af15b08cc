from typing import Literal

SpanAnnotationSource = Literal["API", "APP"] | str

SPAN_ANNOTATION_SOURCE_VALUES: set[SpanAnnotationSource] = {
    "API",
    "APP",
}


def check_span_annotation_source(value: str) -> SpanAnnotationSource:
    if value in SPAN_ANNOTATION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_ANNOTATION_SOURCE_VALUES!r}"
    )
