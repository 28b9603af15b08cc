from typing import Literal

SessionAnnotationSource = Literal["API", "APP"] | str

SESSION_ANNOTATION_SOURCE_VALUES: set[SessionAnnotationSource] = {
    "API",
    "APP",
}


def check_session_annotation_source(value: str) -> SessionAnnotationSource:
    if value in SESSION_ANNOTATION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_ANNOTATION_SOURCE_VALUES!r}"
    )
