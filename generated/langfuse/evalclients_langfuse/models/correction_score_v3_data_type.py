from typing import Literal

CorrectionScoreV3DataType = Literal["CORRECTION"] | str

CORRECTION_SCORE_V3_DATA_TYPE_VALUES: set[CorrectionScoreV3DataType] = {
    "CORRECTION",
}


def check_correction_score_v3_data_type(value: str) -> CorrectionScoreV3DataType:
    if value in CORRECTION_SCORE_V3_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CORRECTION_SCORE_V3_DATA_TYPE_VALUES!r}"
    )
