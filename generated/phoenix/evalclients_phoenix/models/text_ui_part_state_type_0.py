from typing import Literal

TextUIPartStateType0 = Literal["done", "streaming"]

TEXT_UI_PART_STATE_TYPE_0_VALUES: set[TextUIPartStateType0] = {
    "done",
    "streaming",
}


def check_text_ui_part_state_type_0(value: str) -> TextUIPartStateType0:
    if value in TEXT_UI_PART_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_UI_PART_STATE_TYPE_0_VALUES!r}"
    )
