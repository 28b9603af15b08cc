from typing import Literal

CreateScoreSource = Literal["ANNOTATION", "API"] | str

CREATE_SCORE_SOURCE_VALUES: set[CreateScoreSource] = {
    "ANNOTATION",
    "API",
}


def check_create_score_source(value: str) -> CreateScoreSource:
    if value in CREATE_SCORE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SCORE_SOURCE_VALUES!r}")
