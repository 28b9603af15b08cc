from typing import Literal

CategoricalScoreV3DataType = Literal["CATEGORICAL"] | str

CATEGORICAL_SCORE_V3_DATA_TYPE_VALUES: set[CategoricalScoreV3DataType] = {
    "CATEGORICAL",
}


def check_categorical_score_v3_data_type(value: str) -> CategoricalScoreV3DataType:
    if value in CATEGORICAL_SCORE_V3_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATEGORICAL_SCORE_V3_DATA_TYPE_VALUES!r}"
    )
