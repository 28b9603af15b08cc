from typing import Literal

SpanTypeType2Type1 = (
    Literal[
        "automation",
        "classifier",
        "eval",
        "facet",
        "function",
        "llm",
        "preprocessor",
        "review",
        "score",
        "task",
        "tool",
    ]
    | str
)

SPAN_TYPE_TYPE_2_TYPE_1_VALUES: set[SpanTypeType2Type1] = {
    "automation",
    "classifier",
    "eval",
    "facet",
    "function",
    "llm",
    "preprocessor",
    "review",
    "score",
    "task",
    "tool",
}


def check_span_type_type_2_type_1(value: str) -> SpanTypeType2Type1:
    if value in SPAN_TYPE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_TYPE_TYPE_2_TYPE_1_VALUES!r}"
    )
