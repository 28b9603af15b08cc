from typing import Literal

InviteMode = Literal["EMAIL_LINK", "NONE", "TEMPORARY_PASSWORD"] | str

INVITE_MODE_VALUES: set[InviteMode] = {
    "EMAIL_LINK",
    "NONE",
    "TEMPORARY_PASSWORD",
}


def check_invite_mode(value: str) -> InviteMode:
    if value in INVITE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITE_MODE_VALUES!r}")
