from typing import Literal

NumericScoreDataType = Literal["NUMERIC"] | str

NUMERIC_SCORE_DATA_TYPE_VALUES: set[NumericScoreDataType] = {
    "NUMERIC",
}


def check_numeric_score_data_type(value: str) -> NumericScoreDataType:
    if value in NUMERIC_SCORE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMERIC_SCORE_DATA_TYPE_VALUES!r}"
    )
