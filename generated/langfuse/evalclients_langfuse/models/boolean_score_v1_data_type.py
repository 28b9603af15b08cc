from typing import Literal

BooleanScoreV1DataType = Literal["BOOLEAN"] | str

BOOLEAN_SCORE_V1_DATA_TYPE_VALUES: set[BooleanScoreV1DataType] = {
    "BOOLEAN",
}


def check_boolean_score_v1_data_type(value: str) -> BooleanScoreV1DataType:
    if value in BOOLEAN_SCORE_V1_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOLEAN_SCORE_V1_DATA_TYPE_VALUES!r}"
    )
