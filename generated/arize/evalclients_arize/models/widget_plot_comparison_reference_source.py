from typing import Literal

WidgetPlotComparisonReferenceSource = Literal["CUSTOM_BASELINE", "PRIMARY_BASELINE"] | str

WIDGET_PLOT_COMPARISON_REFERENCE_SOURCE_VALUES: set[WidgetPlotComparisonReferenceSource] = {
    "CUSTOM_BASELINE",
    "PRIMARY_BASELINE",
}


def check_widget_plot_comparison_reference_source(
    value: str,
) -> WidgetPlotComparisonReferenceSource:
    if value in WIDGET_PLOT_COMPARISON_REFERENCE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_PLOT_COMPARISON_REFERENCE_SOURCE_VALUES!r}"
    )
