from typing import Literal

WidgetSourceDataType = (
    Literal["BOOLEAN", "DOUBLE", "EMBEDDING", "FLOAT", "LONG", "STRING", "STRING_LIST"] | str
)

WIDGET_SOURCE_DATA_TYPE_VALUES: set[WidgetSourceDataType] = {
    "BOOLEAN",
    "DOUBLE",
    "EMBEDDING",
    "FLOAT",
    "LONG",
    "STRING",
    "STRING_LIST",
}


def check_widget_source_data_type(value: str) -> WidgetSourceDataType:
    if value in WIDGET_SOURCE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_SOURCE_DATA_TYPE_VALUES!r}"
    )
