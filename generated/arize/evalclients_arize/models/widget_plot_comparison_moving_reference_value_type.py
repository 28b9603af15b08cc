from typing import Literal

WidgetPlotComparisonMovingReferenceValueType = Literal["MOVING"] | str

WIDGET_PLOT_COMPARISON_MOVING_REFERENCE_VALUE_TYPE_VALUES: set[
    WidgetPlotComparisonMovingReferenceValueType
] = {
    "MOVING",
}


def check_widget_plot_comparison_moving_reference_value_type(
    value: str,
) -> WidgetPlotComparisonMovingReferenceValueType:
    if value in WIDGET_PLOT_COMPARISON_MOVING_REFERENCE_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_PLOT_COMPARISON_MOVING_REFERENCE_VALUE_TYPE_VALUES!r}"
    )
