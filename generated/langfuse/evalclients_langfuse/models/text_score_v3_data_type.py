from typing import Literal

TextScoreV3DataType = Literal["TEXT"] | str

TEXT_SCORE_V3_DATA_TYPE_VALUES: set[TextScoreV3DataType] = {
    "TEXT",
}


def check_text_score_v3_data_type(value: str) -> TextScoreV3DataType:
    if value in TEXT_SCORE_V3_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_SCORE_V3_DATA_TYPE_VALUES!r}"
    )
