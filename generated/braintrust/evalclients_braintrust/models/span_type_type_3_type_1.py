from typing import Literal

SpanTypeType3Type1 = (
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

SPAN_TYPE_TYPE_3_TYPE_1_VALUES: set[SpanTypeType3Type1] = {
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


def check_span_type_type_3_type_1(value: str) -> SpanTypeType3Type1:
    if value in SPAN_TYPE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_TYPE_TYPE_3_TYPE_1_VALUES!r}"
    )
