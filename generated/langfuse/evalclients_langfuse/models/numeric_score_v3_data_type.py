from typing import Literal

NumericScoreV3DataType = Literal["NUMERIC"] | str

NUMERIC_SCORE_V3_DATA_TYPE_VALUES: set[NumericScoreV3DataType] = {
    "NUMERIC",
}


def check_numeric_score_v3_data_type(value: str) -> NumericScoreV3DataType:
    if value in NUMERIC_SCORE_V3_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMERIC_SCORE_V3_DATA_TYPE_VALUES!r}"
    )
