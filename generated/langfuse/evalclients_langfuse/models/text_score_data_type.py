from typing import Literal

TextScoreDataType = Literal["TEXT"] | str

TEXT_SCORE_DATA_TYPE_VALUES: set[TextScoreDataType] = {
    "TEXT",
}


def check_text_score_data_type(value: str) -> TextScoreDataType:
    if value in TEXT_SCORE_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_SCORE_DATA_TYPE_VALUES!r}")
