from typing import Literal

TagColor = (
    Literal[
        "AUBURN",
        "BLUE",
        "BROWN",
        "CORAL",
        "CYAN",
        "GRAY",
        "GREEN",
        "INDIGO",
        "LEMON",
        "LIME",
        "OLIVE",
        "ORANGE",
        "PINE",
        "PINK",
        "PLUM",
        "PURPLE",
        "RED",
        "TEAL",
        "YELLOW",
    ]
    | str
)

TAG_COLOR_VALUES: set[TagColor] = {
    "AUBURN",
    "BLUE",
    "BROWN",
    "CORAL",
    "CYAN",
    "GRAY",
    "GREEN",
    "INDIGO",
    "LEMON",
    "LIME",
    "OLIVE",
    "ORANGE",
    "PINE",
    "PINK",
    "PLUM",
    "PURPLE",
    "RED",
    "TEAL",
    "YELLOW",
}


def check_tag_color(value: str) -> TagColor:
    if value in TAG_COLOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAG_COLOR_VALUES!r}")
