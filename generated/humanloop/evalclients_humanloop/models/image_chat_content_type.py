from typing import Literal

ImageChatContentType = Literal["image_url"] | str

IMAGE_CHAT_CONTENT_TYPE_VALUES: set[ImageChatContentType] = {
    "image_url",
}


def check_image_chat_content_type(value: str) -> ImageChatContentType:
    if value in IMAGE_CHAT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_CHAT_CONTENT_TYPE_VALUES!r}"
    )
