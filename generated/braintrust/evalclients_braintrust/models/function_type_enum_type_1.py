from typing import Literal

FunctionTypeEnumType1 = (
    Literal[
        "classifier",
        "custom_view",
        "facet",
        "llm",
        "parameters",
        "preprocessor",
        "sandbox",
        "scorer",
        "tag",
        "task",
        "tool",
    ]
    | str
)

FUNCTION_TYPE_ENUM_TYPE_1_VALUES: set[FunctionTypeEnumType1] = {
    "classifier",
    "custom_view",
    "facet",
    "llm",
    "parameters",
    "preprocessor",
    "sandbox",
    "scorer",
    "tag",
    "task",
    "tool",
}


def check_function_type_enum_type_1(value: str) -> FunctionTypeEnumType1:
    if value in FUNCTION_TYPE_ENUM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TYPE_ENUM_TYPE_1_VALUES!r}"
    )
