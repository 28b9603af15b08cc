from typing import Literal

TextChatContentType = Literal["text"] | str

TEXT_CHAT_CONTENT_TYPE_VALUES: set[TextChatContentType] = {
    "text",
}


def check_text_chat_content_type(value: str) -> TextChatContentType:
    if value in TEXT_CHAT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_CHAT_CONTENT_TYPE_VALUES!r}"
    )
