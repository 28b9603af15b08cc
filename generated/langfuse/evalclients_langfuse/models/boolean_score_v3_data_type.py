from typing import Literal

BooleanScoreV3DataType = Literal["BOOLEAN"] | str

BOOLEAN_SCORE_V3_DATA_TYPE_VALUES: set[BooleanScoreV3DataType] = {
    "BOOLEAN",
}


def check_boolean_score_v3_data_type(value: str) -> BooleanScoreV3DataType:
    if value in BOOLEAN_SCORE_V3_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOLEAN_SCORE_V3_DATA_TYPE_VALUES!r}"
    )
