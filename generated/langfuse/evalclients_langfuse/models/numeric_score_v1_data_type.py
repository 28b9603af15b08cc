from typing import Literal

NumericScoreV1DataType = Literal["NUMERIC"] | str

NUMERIC_SCORE_V1_DATA_TYPE_VALUES: set[NumericScoreV1DataType] = {
    "NUMERIC",
}


def check_numeric_score_v1_data_type(value: str) -> NumericScoreV1DataType:
    if value in NUMERIC_SCORE_V1_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMERIC_SCORE_V1_DATA_TYPE_VALUES!r}"
    )
