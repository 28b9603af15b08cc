from typing import Literal

BooleanScoreDataType = Literal["BOOLEAN"] | str

BOOLEAN_SCORE_DATA_TYPE_VALUES: set[BooleanScoreDataType] = {
    "BOOLEAN",
}


def check_boolean_score_data_type(value: str) -> BooleanScoreDataType:
    if value in BOOLEAN_SCORE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOLEAN_SCORE_DATA_TYPE_VALUES!r}"
    )
