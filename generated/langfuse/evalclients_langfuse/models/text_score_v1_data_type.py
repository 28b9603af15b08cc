from typing import Literal

TextScoreV1DataType = Literal["TEXT"] | str

TEXT_SCORE_V1_DATA_TYPE_VALUES: set[TextScoreV1DataType] = {
    "TEXT",
}


def check_text_score_v1_data_type(value: str) -> TextScoreV1DataType:
    if value in TEXT_SCORE_V1_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_SCORE_V1_DATA_TYPE_VALUES!r}"
    )
