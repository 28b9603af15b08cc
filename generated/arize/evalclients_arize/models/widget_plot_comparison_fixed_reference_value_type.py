from typing import Literal

WidgetPlotComparisonFixedReferenceValueType = Literal["FIXED"] | str

WIDGET_PLOT_COMPARISON_FIXED_REFERENCE_VALUE_TYPE_VALUES: set[
    WidgetPlotComparisonFixedReferenceValueType
] = {
    "FIXED",
}


def check_widget_plot_comparison_fixed_reference_value_type(
    value: str,
) -> WidgetPlotComparisonFixedReferenceValueType:
    if value in WIDGET_PLOT_COMPARISON_FIXED_REFERENCE_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_PLOT_COMPARISON_FIXED_REFERENCE_VALUE_TYPE_VALUES!r}"
    )
