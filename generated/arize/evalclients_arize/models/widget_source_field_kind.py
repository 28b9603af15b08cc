from typing import Literal

WidgetSourceFieldKind = Literal["DATASET_COLUMN", "NESTED_JSON_FIELD"] | str

WIDGET_SOURCE_FIELD_KIND_VALUES: set[WidgetSourceFieldKind] = {
    "DATASET_COLUMN",
    "NESTED_JSON_FIELD",
}


def check_widget_source_field_kind(value: str) -> WidgetSourceFieldKind:
    if value in WIDGET_SOURCE_FIELD_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_SOURCE_FIELD_KIND_VALUES!r}"
    )
