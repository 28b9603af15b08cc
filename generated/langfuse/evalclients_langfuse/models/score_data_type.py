from typing import Literal

ScoreDataType = Literal["BOOLEAN", "CATEGORICAL", "CORRECTION", "NUMERIC", "TEXT"] | str

SCORE_DATA_TYPE_VALUES: set[ScoreDataType] = {
    "BOOLEAN",
    "CATEGORICAL",
    "CORRECTION",
    "NUMERIC",
    "TEXT",
}


def check_score_data_type(value: str) -> ScoreDataType:
    if value in SCORE_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCORE_DATA_TYPE_VALUES!r}")
