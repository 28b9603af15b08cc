from typing import Literal

CorrectionScoreDataType = Literal["CORRECTION"] | str

CORRECTION_SCORE_DATA_TYPE_VALUES: set[CorrectionScoreDataType] = {
    "CORRECTION",
}


def check_correction_score_data_type(value: str) -> CorrectionScoreDataType:
    if value in CORRECTION_SCORE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CORRECTION_SCORE_DATA_TYPE_VALUES!r}"
    )
