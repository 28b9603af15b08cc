from typing import Literal

CategoricalScoreDataType = Literal["CATEGORICAL"] | str

CATEGORICAL_SCORE_DATA_TYPE_VALUES: set[CategoricalScoreDataType] = {
    "CATEGORICAL",
}


def check_categorical_score_data_type(value: str) -> CategoricalScoreDataType:
    if value in CATEGORICAL_SCORE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATEGORICAL_SCORE_DATA_TYPE_VALUES!r}"
    )
