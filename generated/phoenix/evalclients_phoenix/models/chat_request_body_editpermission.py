from typing import Literal

ChatRequestBodyEditpermission = Literal["bypass", "manual"]

CHAT_REQUEST_BODY_EDITPERMISSION_VALUES: set[ChatRequestBodyEditpermission] = {
    "bypass",
    "manual",
}


def check_chat_request_body_editpermission(value: str) -> ChatRequestBodyEditpermission:
    if value in CHAT_REQUEST_BODY_EDITPERMISSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_BODY_EDITPERMISSION_VALUES!r}"
    )
