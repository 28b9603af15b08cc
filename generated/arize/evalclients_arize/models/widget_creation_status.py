from typing import Literal

WidgetCreationStatus = Literal["DRAFT", "PUBLISHED"] | str

WIDGET_CREATION_STATUS_VALUES: set[WidgetCreationStatus] = {
    "DRAFT",
    "PUBLISHED",
}


def check_widget_creation_status(value: str) -> WidgetCreationStatus:
    if value in WIDGET_CREATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_CREATION_STATUS_VALUES!r}"
    )
