from typing import Literal

LineChartType = Literal["DRIFT", "LINE", "MONITOR", "SCATTER"] | str

LINE_CHART_TYPE_VALUES: set[LineChartType] = {
    "DRIFT",
    "LINE",
    "MONITOR",
    "SCATTER",
}


def check_line_chart_type(value: str) -> LineChartType:
    if value in LINE_CHART_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINE_CHART_TYPE_VALUES!r}")
