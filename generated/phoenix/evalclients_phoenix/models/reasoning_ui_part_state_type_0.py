from typing import Literal

ReasoningUIPartStateType0 = Literal["done", "streaming"]

REASONING_UI_PART_STATE_TYPE_0_VALUES: set[ReasoningUIPartStateType0] = {
    "done",
    "streaming",
}


def check_reasoning_ui_part_state_type_0(value: str) -> ReasoningUIPartStateType0:
    if value in REASONING_UI_PART_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_UI_PART_STATE_TYPE_0_VALUES!r}"
    )
