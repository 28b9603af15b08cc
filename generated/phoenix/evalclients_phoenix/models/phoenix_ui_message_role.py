from typing import Literal

PhoenixUIMessageRole = Literal["assistant", "system", "user"]

PHOENIX_UI_MESSAGE_ROLE_VALUES: set[PhoenixUIMessageRole] = {
    "assistant",
    "system",
    "user",
}


def check_phoenix_ui_message_role(value: str) -> PhoenixUIMessageRole:
    if value in PHOENIX_UI_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOENIX_UI_MESSAGE_ROLE_VALUES!r}"
    )
