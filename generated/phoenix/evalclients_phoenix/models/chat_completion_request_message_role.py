from typing import Literal

ChatCompletionRequestMessageRole = Literal["assistant", "developer", "system", "user"]

CHAT_COMPLETION_REQUEST_MESSAGE_ROLE_VALUES: set[ChatCompletionRequestMessageRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_chat_completion_request_message_role(value: str) -> ChatCompletionRequestMessageRole:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_ROLE_VALUES!r}"
    )
