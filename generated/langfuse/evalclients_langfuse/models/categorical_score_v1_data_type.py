from typing import Literal

CategoricalScoreV1DataType = Literal["CATEGORICAL"] | str

CATEGORICAL_SCORE_V1_DATA_TYPE_VALUES: set[CategoricalScoreV1DataType] = {
    "CATEGORICAL",
}


def check_categorical_score_v1_data_type(value: str) -> CategoricalScoreV1DataType:
    if value in CATEGORICAL_SCORE_V1_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATEGORICAL_SCORE_V1_DATA_TYPE_VALUES!r}"
    )
