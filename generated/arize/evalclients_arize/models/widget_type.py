from typing import Literal

WidgetType = (
    Literal["BAR_CHART", "EXPERIMENT_CHART", "LINE_CHART", "PIVOT_TABLE", "STATISTIC", "TEXT"] | str
)

WIDGET_TYPE_VALUES: set[WidgetType] = {
    "BAR_CHART",
    "EXPERIMENT_CHART",
    "LINE_CHART",
    "PIVOT_TABLE",
    "STATISTIC",
    "TEXT",
}


def check_widget_type(value: str) -> WidgetType:
    if value in WIDGET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIDGET_TYPE_VALUES!r}")
