from typing import Literal

ScoreSource = Literal["ANNOTATION", "API", "EVAL"] | str

SCORE_SOURCE_VALUES: set[ScoreSource] = {
    "ANNOTATION",
    "API",
    "EVAL",
}


def check_score_source(value: str) -> ScoreSource:
    if value in SCORE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCORE_SOURCE_VALUES!r}")
