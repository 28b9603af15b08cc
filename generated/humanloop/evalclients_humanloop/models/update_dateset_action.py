from typing import Literal

UpdateDatesetAction = Literal["add", "remove", "set"] | str

UPDATE_DATESET_ACTION_VALUES: set[UpdateDatesetAction] = {
    "add",
    "remove",
    "set",
}


def check_update_dateset_action(value: str) -> UpdateDatesetAction:
    if value in UPDATE_DATESET_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_DATESET_ACTION_VALUES!r}")
