from typing import Literal

ImageUrlImageDetailLevel = Literal["auto", "high", "low"] | str

IMAGE_URL_IMAGE_DETAIL_LEVEL_VALUES: set[ImageUrlImageDetailLevel] = {
    "auto",
    "high",
    "low",
}


def check_image_url_image_detail_level(value: str) -> ImageUrlImageDetailLevel:
    if value in IMAGE_URL_IMAGE_DETAIL_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_URL_IMAGE_DETAIL_LEVEL_VALUES!r}"
    )
