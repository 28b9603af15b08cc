from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.widget_plot_comparison_reference_source import (
    WidgetPlotComparisonReferenceSource,
    check_widget_plot_comparison_reference_source,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource
    from ..models.widget_filter import WidgetFilter
    from ..models.widget_plot_comparison_fixed_reference_value import (
        WidgetPlotComparisonFixedReferenceValue,
    )
    from ..models.widget_plot_comparison_moving_reference_value import (
        WidgetPlotComparisonMovingReferenceValue,
    )


T = TypeVar("T", bound="WidgetPlot")
_new = object.__new__
_FIELDS = frozenset(
    {
        "cohorts",
        "color_by_dimension_category",
        "color_by_dimension_name",
        "colors",
        "comparison_model_baseline_id",
        "comparison_reference_source",
        "comparison_reference_value",
        "custom_metric_id",
        "dataset_source",
        "dimension_category",
        "dimension_data_type",
        "dimension_name",
        "filters",
        "id",
        "metric",
        "metric_aggregation_type",
        "metric_id",
        "model_environment_name",
        "model_id",
        "model_version_environment_metadata_ids",
        "model_version_ids",
        "position",
        "prediction_value_class",
        "ranking_at_k",
        "split_by_all_values_live_update_enabled",
        "split_by_dimension",
        "split_by_dimension_category",
        "split_by_enabled",
        "split_by_overall_metric_enabled",
        "stack_dimension_category",
        "stack_dimension_name",
        "title",
        "x_axis_dimension_category",
        "x_axis_dimension_name",
        "y_axis_dimension_category",
        "y_axis_dimension_name",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "cohorts",
        "cohorts",
        False,
        0,
        "_cohorts = _j_cohorts\ncohorts = _cohorts if _cohorts is None or _cohorts is UNSET else _parse_cohorts(_cohorts)",
    ),
    (
        "color_by_dimension_category",
        "color_by_dimension_category",
        False,
        0,
        "color_by_dimension_category: None | str | Unset = _j_color_by_dimension_category\n\nif not (color_by_dimension_category is None or type(color_by_dimension_category) is str or color_by_dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "color_by_dimension_name",
        "color_by_dimension_name",
        False,
        0,
        "color_by_dimension_name: None | str | Unset = _j_color_by_dimension_name\n\nif not (color_by_dimension_name is None or type(color_by_dimension_name) is str or color_by_dimension_name is UNSET):\n    raise TypeError",
    ),
    (
        "colors",
        "colors",
        False,
        0,
        "_colors = _j_colors\ncolors = _colors if _colors is None or _colors is UNSET else _parse_colors(_colors)",
    ),
    (
        "comparison_model_baseline_id",
        "comparison_model_baseline_id",
        False,
        0,
        "comparison_model_baseline_id: None | str | Unset = _j_comparison_model_baseline_id\n\nif not (comparison_model_baseline_id is None or type(comparison_model_baseline_id) is str or comparison_model_baseline_id is UNSET):\n    raise TypeError",
    ),
    (
        "comparison_reference_source",
        "comparison_reference_source",
        False,
        0,
        "_comparison_reference_source = _j_comparison_reference_source\ncomparison_reference_source = _comparison_reference_source if _comparison_reference_source is None or _comparison_reference_source is UNSET else _parse_comparison_reference_source(_comparison_reference_source)",
    ),
    ("comparison_reference_value", "_comparison_reference_value_slot", False, 1, ""),
    (
        "custom_metric_id",
        "custom_metric_id",
        False,
        0,
        "custom_metric_id: None | str | Unset = _j_custom_metric_id\n\nif not (custom_metric_id is None or type(custom_metric_id) is str or custom_metric_id is UNSET):\n    raise TypeError",
    ),
    ("dataset_source", "_dataset_source_slot", False, 2, ""),
    (
        "dimension_category",
        "dimension_category",
        False,
        0,
        "dimension_category: None | str | Unset = _j_dimension_category\n\nif not (dimension_category is None or type(dimension_category) is str or dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "dimension_data_type",
        "dimension_data_type",
        False,
        0,
        "dimension_data_type: None | str | Unset = _j_dimension_data_type\n\nif not (dimension_data_type is None or type(dimension_data_type) is str or dimension_data_type is UNSET):\n    raise TypeError",
    ),
    (
        "dimension_name",
        "dimension_name",
        False,
        0,
        "dimension_name: None | str | Unset = _j_dimension_name\n\nif not (dimension_name is None or type(dimension_name) is str or dimension_name is UNSET):\n    raise TypeError",
    ),
    ("filters", "_filters_slot", False, 4, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "metric",
        "metric",
        False,
        0,
        "metric: None | str | Unset = _j_metric\n\nif not (metric is None or type(metric) is str or metric is UNSET):\n    raise TypeError",
    ),
    (
        "metric_aggregation_type",
        "metric_aggregation_type",
        False,
        0,
        "metric_aggregation_type: None | str | Unset = _j_metric_aggregation_type\n\nif not (metric_aggregation_type is None or type(metric_aggregation_type) is str or metric_aggregation_type is UNSET):\n    raise TypeError",
    ),
    (
        "metric_id",
        "metric_id",
        False,
        0,
        "metric_id: int | None | Unset = _j_metric_id\n\nif not (metric_id is None or type(metric_id) is int or metric_id is UNSET):\n    raise TypeError",
    ),
    (
        "model_environment_name",
        "model_environment_name",
        False,
        0,
        "model_environment_name: None | str | Unset = _j_model_environment_name\n\nif not (model_environment_name is None or type(model_environment_name) is str or model_environment_name is UNSET):\n    raise TypeError",
    ),
    (
        "model_id",
        "model_id",
        False,
        0,
        "model_id: None | str | Unset = _j_model_id\n\nif not (model_id is None or type(model_id) is str or model_id is UNSET):\n    raise TypeError",
    ),
    (
        "model_version_environment_metadata_ids",
        "model_version_environment_metadata_ids",
        False,
        0,
        "model_version_environment_metadata_ids: list[str] = _j_model_version_environment_metadata_ids\n\nif not ((type(model_version_environment_metadata_ids) is list and _strs(model_version_environment_metadata_ids)) or model_version_environment_metadata_ids is UNSET):\n    raise TypeError",
    ),
    (
        "model_version_ids",
        "model_version_ids",
        False,
        0,
        "model_version_ids: list[str] = _j_model_version_ids\n\nif not ((type(model_version_ids) is list and _strs(model_version_ids)) or model_version_ids is UNSET):\n    raise TypeError",
    ),
    (
        "position",
        "position",
        False,
        0,
        "position = _j_position\nif not (type(position) is int or position is UNSET):\n    raise TypeError",
    ),
    (
        "prediction_value_class",
        "prediction_value_class",
        False,
        0,
        "prediction_value_class: None | str | Unset = _j_prediction_value_class\n\nif not (prediction_value_class is None or type(prediction_value_class) is str or prediction_value_class is UNSET):\n    raise TypeError",
    ),
    (
        "ranking_at_k",
        "ranking_at_k",
        False,
        0,
        "ranking_at_k: int | None | Unset = _j_ranking_at_k\n\nif not (ranking_at_k is None or type(ranking_at_k) is int or ranking_at_k is UNSET):\n    raise TypeError",
    ),
    (
        "split_by_all_values_live_update_enabled",
        "split_by_all_values_live_update_enabled",
        False,
        0,
        "split_by_all_values_live_update_enabled: bool | None | Unset = _j_split_by_all_values_live_update_enabled\n\nif not (split_by_all_values_live_update_enabled is None or type(split_by_all_values_live_update_enabled) is bool or split_by_all_values_live_update_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "split_by_dimension",
        "split_by_dimension",
        False,
        0,
        "split_by_dimension: None | str | Unset = _j_split_by_dimension\n\nif not (split_by_dimension is None or type(split_by_dimension) is str or split_by_dimension is UNSET):\n    raise TypeError",
    ),
    (
        "split_by_dimension_category",
        "split_by_dimension_category",
        False,
        0,
        "split_by_dimension_category: None | str | Unset = _j_split_by_dimension_category\n\nif not (split_by_dimension_category is None or type(split_by_dimension_category) is str or split_by_dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "split_by_enabled",
        "split_by_enabled",
        False,
        0,
        "split_by_enabled: bool | None | Unset = _j_split_by_enabled\n\nif not (split_by_enabled is None or type(split_by_enabled) is bool or split_by_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "split_by_overall_metric_enabled",
        "split_by_overall_metric_enabled",
        False,
        0,
        "split_by_overall_metric_enabled: bool | None | Unset = _j_split_by_overall_metric_enabled\n\nif not (split_by_overall_metric_enabled is None or type(split_by_overall_metric_enabled) is bool or split_by_overall_metric_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "stack_dimension_category",
        "stack_dimension_category",
        False,
        0,
        "stack_dimension_category: None | str | Unset = _j_stack_dimension_category\n\nif not (stack_dimension_category is None or type(stack_dimension_category) is str or stack_dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "stack_dimension_name",
        "stack_dimension_name",
        False,
        0,
        "stack_dimension_name: None | str | Unset = _j_stack_dimension_name\n\nif not (stack_dimension_name is None or type(stack_dimension_name) is str or stack_dimension_name is UNSET):\n    raise TypeError",
    ),
    (
        "title",
        "title",
        False,
        0,
        "title = _j_title\nif not (type(title) is str or title is UNSET):\n    raise TypeError",
    ),
    (
        "x_axis_dimension_category",
        "x_axis_dimension_category",
        False,
        0,
        "x_axis_dimension_category: None | str | Unset = _j_x_axis_dimension_category\n\nif not (x_axis_dimension_category is None or type(x_axis_dimension_category) is str or x_axis_dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "x_axis_dimension_name",
        "x_axis_dimension_name",
        False,
        0,
        "x_axis_dimension_name: None | str | Unset = _j_x_axis_dimension_name\n\nif not (x_axis_dimension_name is None or type(x_axis_dimension_name) is str or x_axis_dimension_name is UNSET):\n    raise TypeError",
    ),
    (
        "y_axis_dimension_category",
        "y_axis_dimension_category",
        False,
        0,
        "y_axis_dimension_category: None | str | Unset = _j_y_axis_dimension_category\n\nif not (y_axis_dimension_category is None or type(y_axis_dimension_category) is str or y_axis_dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "y_axis_dimension_name",
        "y_axis_dimension_name",
        False,
        0,
        "y_axis_dimension_name: None | str | Unset = _j_y_axis_dimension_name\n\nif not (y_axis_dimension_name is None or type(y_axis_dimension_name) is str or y_axis_dimension_name is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class WidgetPlot:
    """A metric series displayed by a line or bar chart widget.

    Attributes:
        cohorts (list[str] | None | Unset): Cohort identifiers represented by the plot.
        color_by_dimension_category (None | str | Unset): Category of the dimension used to assign series colors.
        color_by_dimension_name (None | str | Unset): Dimension used to assign series colors.
        colors (list[str] | None | Unset): Saved colors assigned to plot series.
        comparison_model_baseline_id (None | str | Unset): Model baseline used for comparison metrics.
        comparison_reference_source (None | Unset | WidgetPlotComparisonReferenceSource): Whether the comparison uses
            the model's primary baseline or a custom baseline.
        comparison_reference_value (None | Unset | WidgetPlotComparisonFixedReferenceValue |
            WidgetPlotComparisonMovingReferenceValue):
        custom_metric_id (None | str | Unset): Custom metric represented by the plot.
        dataset_source (DatasetSource | None | Unset): Dataset-backed source configuration for the plot.
        dimension_category (None | str | Unset): Category of the selected dimension.
        dimension_data_type (None | str | Unset): Data type of the selected dimension.
        dimension_name (None | str | Unset): Name of the selected dimension.
        filters (list[WidgetFilter] | Unset): Filters applied before computing the plot.
        id (str | Unset): Unique identifier for the plot.
        metric (None | str | Unset): Selected built-in metric identifier, such as accuracy or count.
        metric_aggregation_type (None | str | Unset): Aggregation applied to the selected metric.
        metric_id (int | None | Unset): Saved numeric ID for the selected built-in metric.
        model_environment_name (None | str | Unset): Model environment name used by the plot.
        model_id (None | str | Unset): Model used by the plot, or null when the source is a dataset.
        model_version_environment_metadata_ids (list[str] | Unset): Model lineage records included in the plot.
        model_version_ids (list[str] | Unset): Model versions included in the plot.
        position (int | Unset): Display order of the plot within the widget.
        prediction_value_class (None | str | Unset): Prediction class selected for class-specific metrics.
        ranking_at_k (int | None | Unset): Ranking cutoff used by ranking metrics.
        split_by_all_values_live_update_enabled (bool | None | Unset): Whether split series automatically include newly
            observed values.
        split_by_dimension (None | str | Unset): Dimension used to split the plot into series.
        split_by_dimension_category (None | str | Unset): Category of the dimension used to split the plot.
        split_by_enabled (bool | None | Unset): Whether the plot is split into separate series.
        split_by_overall_metric_enabled (bool | None | Unset): Whether an overall metric series is included with split
            series.
        stack_dimension_category (None | str | Unset): Category of the dimension used to stack values.
        stack_dimension_name (None | str | Unset): Dimension used to stack values.
        title (str | Unset): Display title of the plot.
        x_axis_dimension_category (None | str | Unset): Category of the dimension displayed on the x-axis.
        x_axis_dimension_name (None | str | Unset): Dimension displayed on the x-axis.
        y_axis_dimension_category (None | str | Unset): Category of the dimension displayed on the y-axis.
        y_axis_dimension_name (None | str | Unset): Dimension displayed on the y-axis.
    """

    cohorts: list[str] | None | Unset = UNSET
    color_by_dimension_category: None | str | Unset = UNSET
    color_by_dimension_name: None | str | Unset = UNSET
    colors: list[str] | None | Unset = UNSET
    comparison_model_baseline_id: None | str | Unset = UNSET
    comparison_reference_source: None | Unset | WidgetPlotComparisonReferenceSource = UNSET
    comparison_reference_value: (
        None
        | Unset
        | WidgetPlotComparisonFixedReferenceValue
        | WidgetPlotComparisonMovingReferenceValue
    ) = UNSET
    custom_metric_id: None | str | Unset = UNSET
    dataset_source: DatasetSource | None | Unset = UNSET
    dimension_category: None | str | Unset = UNSET
    dimension_data_type: None | str | Unset = UNSET
    dimension_name: None | str | Unset = UNSET
    filters: list[WidgetFilter] | Unset = UNSET
    id: str | Unset = UNSET
    metric: None | str | Unset = UNSET
    metric_aggregation_type: None | str | Unset = UNSET
    metric_id: int | None | Unset = UNSET
    model_environment_name: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    model_version_environment_metadata_ids: list[str] | Unset = UNSET
    model_version_ids: list[str] | Unset = UNSET
    position: int | Unset = UNSET
    prediction_value_class: None | str | Unset = UNSET
    ranking_at_k: int | None | Unset = UNSET
    split_by_all_values_live_update_enabled: bool | None | Unset = UNSET
    split_by_dimension: None | str | Unset = UNSET
    split_by_dimension_category: None | str | Unset = UNSET
    split_by_enabled: bool | None | Unset = UNSET
    split_by_overall_metric_enabled: bool | None | Unset = UNSET
    stack_dimension_category: None | str | Unset = UNSET
    stack_dimension_name: None | str | Unset = UNSET
    title: str | Unset = UNSET
    x_axis_dimension_category: None | str | Unset = UNSET
    x_axis_dimension_name: None | str | Unset = UNSET
    y_axis_dimension_category: None | str | Unset = UNSET
    y_axis_dimension_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            cohorts: list[str] | None | Unset
            if isinstance(self.cohorts, Unset):
                cohorts = UNSET
            elif isinstance(self.cohorts, list):
                cohorts = self.cohorts

            else:
                cohorts = self.cohorts
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            cohorts = _as_json(self.cohorts)

        color_by_dimension_category: None | str | Unset
        if isinstance(self.color_by_dimension_category, Unset):
            color_by_dimension_category = UNSET
        else:
            color_by_dimension_category = self.color_by_dimension_category

        color_by_dimension_name: None | str | Unset
        if isinstance(self.color_by_dimension_name, Unset):
            color_by_dimension_name = UNSET
        else:
            color_by_dimension_name = self.color_by_dimension_name

        try:
            colors: list[str] | None | Unset
            if isinstance(self.colors, Unset):
                colors = UNSET
            elif isinstance(self.colors, list):
                colors = self.colors

            else:
                colors = self.colors
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            colors = _as_json(self.colors)

        comparison_model_baseline_id: None | str | Unset
        if isinstance(self.comparison_model_baseline_id, Unset):
            comparison_model_baseline_id = UNSET
        else:
            comparison_model_baseline_id = self.comparison_model_baseline_id

        try:
            comparison_reference_source: None | str | Unset
            if isinstance(self.comparison_reference_source, Unset):
                comparison_reference_source = UNSET
            elif isinstance(self.comparison_reference_source, str):
                comparison_reference_source = self.comparison_reference_source
            else:
                comparison_reference_source = self.comparison_reference_source
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            comparison_reference_source = _as_json(self.comparison_reference_source)

        try:
            comparison_reference_value: dict[str, Any] | None | Unset
            if isinstance(self.comparison_reference_value, Unset):
                comparison_reference_value = UNSET
            elif isinstance(
                self.comparison_reference_value, WidgetPlotComparisonFixedReferenceValue
            ):
                comparison_reference_value = self.comparison_reference_value.to_dict()
            elif isinstance(
                self.comparison_reference_value, WidgetPlotComparisonMovingReferenceValue
            ):
                comparison_reference_value = self.comparison_reference_value.to_dict()
            else:
                comparison_reference_value = self.comparison_reference_value
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            comparison_reference_value = _as_json(self.comparison_reference_value)

        custom_metric_id: None | str | Unset
        if isinstance(self.custom_metric_id, Unset):
            custom_metric_id = UNSET
        else:
            custom_metric_id = self.custom_metric_id

        try:
            dataset_source: dict[str, Any] | None | Unset
            if isinstance(self.dataset_source, Unset):
                dataset_source = UNSET
            elif isinstance(self.dataset_source, DatasetSource):
                dataset_source = self.dataset_source.to_dict()
            else:
                dataset_source = self.dataset_source
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_source = _as_json(self.dataset_source)

        dimension_category: None | str | Unset
        if isinstance(self.dimension_category, Unset):
            dimension_category = UNSET
        else:
            dimension_category = self.dimension_category

        dimension_data_type: None | str | Unset
        if isinstance(self.dimension_data_type, Unset):
            dimension_data_type = UNSET
        else:
            dimension_data_type = self.dimension_data_type

        dimension_name: None | str | Unset
        if isinstance(self.dimension_name, Unset):
            dimension_name = UNSET
        else:
            dimension_name = self.dimension_name

        try:
            filters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.filters, Unset):
                filters = []
                for filters_item_data in self.filters:
                    filters_item = filters_item_data.to_dict()
                    filters.append(filters_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            filters = _as_json(self.filters)

        id = self.id

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

        metric_aggregation_type: None | str | Unset
        if isinstance(self.metric_aggregation_type, Unset):
            metric_aggregation_type = UNSET
        else:
            metric_aggregation_type = self.metric_aggregation_type

        metric_id: int | None | Unset
        if isinstance(self.metric_id, Unset):
            metric_id = UNSET
        else:
            metric_id = self.metric_id

        model_environment_name: None | str | Unset
        if isinstance(self.model_environment_name, Unset):
            model_environment_name = UNSET
        else:
            model_environment_name = self.model_environment_name

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        try:
            model_version_environment_metadata_ids: list[str] | Unset = UNSET
            if not isinstance(self.model_version_environment_metadata_ids, Unset):
                model_version_environment_metadata_ids = self.model_version_environment_metadata_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_version_environment_metadata_ids = _as_json(
                self.model_version_environment_metadata_ids
            )

        try:
            model_version_ids: list[str] | Unset = UNSET
            if not isinstance(self.model_version_ids, Unset):
                model_version_ids = self.model_version_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_version_ids = _as_json(self.model_version_ids)

        position = self.position

        prediction_value_class: None | str | Unset
        if isinstance(self.prediction_value_class, Unset):
            prediction_value_class = UNSET
        else:
            prediction_value_class = self.prediction_value_class

        ranking_at_k: int | None | Unset
        if isinstance(self.ranking_at_k, Unset):
            ranking_at_k = UNSET
        else:
            ranking_at_k = self.ranking_at_k

        split_by_all_values_live_update_enabled: bool | None | Unset
        if isinstance(self.split_by_all_values_live_update_enabled, Unset):
            split_by_all_values_live_update_enabled = UNSET
        else:
            split_by_all_values_live_update_enabled = self.split_by_all_values_live_update_enabled

        split_by_dimension: None | str | Unset
        if isinstance(self.split_by_dimension, Unset):
            split_by_dimension = UNSET
        else:
            split_by_dimension = self.split_by_dimension

        split_by_dimension_category: None | str | Unset
        if isinstance(self.split_by_dimension_category, Unset):
            split_by_dimension_category = UNSET
        else:
            split_by_dimension_category = self.split_by_dimension_category

        split_by_enabled: bool | None | Unset
        if isinstance(self.split_by_enabled, Unset):
            split_by_enabled = UNSET
        else:
            split_by_enabled = self.split_by_enabled

        split_by_overall_metric_enabled: bool | None | Unset
        if isinstance(self.split_by_overall_metric_enabled, Unset):
            split_by_overall_metric_enabled = UNSET
        else:
            split_by_overall_metric_enabled = self.split_by_overall_metric_enabled

        stack_dimension_category: None | str | Unset
        if isinstance(self.stack_dimension_category, Unset):
            stack_dimension_category = UNSET
        else:
            stack_dimension_category = self.stack_dimension_category

        stack_dimension_name: None | str | Unset
        if isinstance(self.stack_dimension_name, Unset):
            stack_dimension_name = UNSET
        else:
            stack_dimension_name = self.stack_dimension_name

        title = self.title

        x_axis_dimension_category: None | str | Unset
        if isinstance(self.x_axis_dimension_category, Unset):
            x_axis_dimension_category = UNSET
        else:
            x_axis_dimension_category = self.x_axis_dimension_category

        x_axis_dimension_name: None | str | Unset
        if isinstance(self.x_axis_dimension_name, Unset):
            x_axis_dimension_name = UNSET
        else:
            x_axis_dimension_name = self.x_axis_dimension_name

        y_axis_dimension_category: None | str | Unset
        if isinstance(self.y_axis_dimension_category, Unset):
            y_axis_dimension_category = UNSET
        else:
            y_axis_dimension_category = self.y_axis_dimension_category

        y_axis_dimension_name: None | str | Unset
        if isinstance(self.y_axis_dimension_name, Unset):
            y_axis_dimension_name = UNSET
        else:
            y_axis_dimension_name = self.y_axis_dimension_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cohorts is not UNSET:
            field_dict["cohorts"] = cohorts
        if color_by_dimension_category is not UNSET:
            field_dict["color_by_dimension_category"] = color_by_dimension_category
        if color_by_dimension_name is not UNSET:
            field_dict["color_by_dimension_name"] = color_by_dimension_name
        if colors is not UNSET:
            field_dict["colors"] = colors
        if comparison_model_baseline_id is not UNSET:
            field_dict["comparison_model_baseline_id"] = comparison_model_baseline_id
        if comparison_reference_source is not UNSET:
            field_dict["comparison_reference_source"] = comparison_reference_source
        if comparison_reference_value is not UNSET:
            field_dict["comparison_reference_value"] = comparison_reference_value
        if custom_metric_id is not UNSET:
            field_dict["custom_metric_id"] = custom_metric_id
        if dataset_source is not UNSET:
            field_dict["dataset_source"] = dataset_source
        if dimension_category is not UNSET:
            field_dict["dimension_category"] = dimension_category
        if dimension_data_type is not UNSET:
            field_dict["dimension_data_type"] = dimension_data_type
        if dimension_name is not UNSET:
            field_dict["dimension_name"] = dimension_name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if id is not UNSET:
            field_dict["id"] = id
        if metric is not UNSET:
            field_dict["metric"] = metric
        if metric_aggregation_type is not UNSET:
            field_dict["metric_aggregation_type"] = metric_aggregation_type
        if metric_id is not UNSET:
            field_dict["metric_id"] = metric_id
        if model_environment_name is not UNSET:
            field_dict["model_environment_name"] = model_environment_name
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_version_environment_metadata_ids is not UNSET:
            field_dict["model_version_environment_metadata_ids"] = (
                model_version_environment_metadata_ids
            )
        if model_version_ids is not UNSET:
            field_dict["model_version_ids"] = model_version_ids
        if position is not UNSET:
            field_dict["position"] = position
        if prediction_value_class is not UNSET:
            field_dict["prediction_value_class"] = prediction_value_class
        if ranking_at_k is not UNSET:
            field_dict["ranking_at_k"] = ranking_at_k
        if split_by_all_values_live_update_enabled is not UNSET:
            field_dict["split_by_all_values_live_update_enabled"] = (
                split_by_all_values_live_update_enabled
            )
        if split_by_dimension is not UNSET:
            field_dict["split_by_dimension"] = split_by_dimension
        if split_by_dimension_category is not UNSET:
            field_dict["split_by_dimension_category"] = split_by_dimension_category
        if split_by_enabled is not UNSET:
            field_dict["split_by_enabled"] = split_by_enabled
        if split_by_overall_metric_enabled is not UNSET:
            field_dict["split_by_overall_metric_enabled"] = split_by_overall_metric_enabled
        if stack_dimension_category is not UNSET:
            field_dict["stack_dimension_category"] = stack_dimension_category
        if stack_dimension_name is not UNSET:
            field_dict["stack_dimension_name"] = stack_dimension_name
        if title is not UNSET:
            field_dict["title"] = title
        if x_axis_dimension_category is not UNSET:
            field_dict["x_axis_dimension_category"] = x_axis_dimension_category
        if x_axis_dimension_name is not UNSET:
            field_dict["x_axis_dimension_name"] = x_axis_dimension_name
        if y_axis_dimension_category is not UNSET:
            field_dict["y_axis_dimension_category"] = y_axis_dimension_category
        if y_axis_dimension_name is not UNSET:
            field_dict["y_axis_dimension_name"] = y_axis_dimension_name

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            _cohorts = d.get("cohorts", UNSET)
            cohorts = (
                _cohorts if _cohorts is None or _cohorts is UNSET else _parse_cohorts(_cohorts)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cohorts, _drifted = _keep(cls, d, "cohorts", "list[str] | None", "union", _drifted)

        try:
            color_by_dimension_category: None | str | Unset = d.get(
                "color_by_dimension_category", UNSET
            )

            if not (
                color_by_dimension_category is None
                or type(color_by_dimension_category) is str
                or color_by_dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            color_by_dimension_category, _drifted = _keep(
                cls, d, "color_by_dimension_category", "None | str", "type", _drifted
            )

        try:
            color_by_dimension_name: None | str | Unset = d.get("color_by_dimension_name", UNSET)

            if not (
                color_by_dimension_name is None
                or type(color_by_dimension_name) is str
                or color_by_dimension_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            color_by_dimension_name, _drifted = _keep(
                cls, d, "color_by_dimension_name", "None | str", "type", _drifted
            )

        try:
            _colors = d.get("colors", UNSET)
            colors = _colors if _colors is None or _colors is UNSET else _parse_colors(_colors)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            colors, _drifted = _keep(cls, d, "colors", "list[str] | None", "union", _drifted)

        try:
            comparison_model_baseline_id: None | str | Unset = d.get(
                "comparison_model_baseline_id", UNSET
            )

            if not (
                comparison_model_baseline_id is None
                or type(comparison_model_baseline_id) is str
                or comparison_model_baseline_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comparison_model_baseline_id, _drifted = _keep(
                cls, d, "comparison_model_baseline_id", "None | str", "type", _drifted
            )

        try:
            _comparison_reference_source = d.get("comparison_reference_source", UNSET)
            comparison_reference_source = (
                _comparison_reference_source
                if _comparison_reference_source is None or _comparison_reference_source is UNSET
                else _parse_comparison_reference_source(_comparison_reference_source)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comparison_reference_source, _drifted = _keep(
                cls,
                d,
                "comparison_reference_source",
                "None | WidgetPlotComparisonReferenceSource",
                "union",
                _drifted,
            )

        _comparison_reference_value_raw = d.get("comparison_reference_value", UNSET)
        if _comparison_reference_value_raw is UNSET:
            comparison_reference_value = UNSET
        elif not _strict:
            comparison_reference_value = _comparison_reference_value_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _comparison_reference_value = d.get("comparison_reference_value", UNSET)
                comparison_reference_value = (
                    _comparison_reference_value
                    if _comparison_reference_value is None or _comparison_reference_value is UNSET
                    else _parse_comparison_reference_value(_comparison_reference_value)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                comparison_reference_value, _drifted = _keep(
                    cls,
                    d,
                    "comparison_reference_value",
                    "None | WidgetPlotComparisonFixedReferenceValue | WidgetPlotComparisonMovingReferenceValue",
                    "union",
                    _drifted,
                )

        try:
            custom_metric_id: None | str | Unset = d.get("custom_metric_id", UNSET)

            if not (
                custom_metric_id is None
                or type(custom_metric_id) is str
                or custom_metric_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            custom_metric_id, _drifted = _keep(
                cls, d, "custom_metric_id", "None | str", "type", _drifted
            )

        _dataset_source_raw = d.get("dataset_source", UNSET)
        if _dataset_source_raw is UNSET:
            dataset_source = UNSET
        elif not _strict:
            dataset_source = _dataset_source_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _dataset_source = d.get("dataset_source", UNSET)
                dataset_source = (
                    _dataset_source
                    if _dataset_source is None or _dataset_source is UNSET
                    else _parse_dataset_source(_dataset_source)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_source, _drifted = _keep(
                    cls, d, "dataset_source", "DatasetSource | None", "union", _drifted
                )

        try:
            dimension_category: None | str | Unset = d.get("dimension_category", UNSET)

            if not (
                dimension_category is None
                or type(dimension_category) is str
                or dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_category, _drifted = _keep(
                cls, d, "dimension_category", "None | str", "type", _drifted
            )

        try:
            dimension_data_type: None | str | Unset = d.get("dimension_data_type", UNSET)

            if not (
                dimension_data_type is None
                or type(dimension_data_type) is str
                or dimension_data_type is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_data_type, _drifted = _keep(
                cls, d, "dimension_data_type", "None | str", "type", _drifted
            )

        try:
            dimension_name: None | str | Unset = d.get("dimension_name", UNSET)

            if not (
                dimension_name is None or type(dimension_name) is str or dimension_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_name, _drifted = _keep(
                cls, d, "dimension_name", "None | str", "type", _drifted
            )

        _filters_raw = d.get("filters", UNSET)
        if _filters_raw is UNSET:
            filters = UNSET
        elif not _strict:
            filters = _filters_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _filters = d.get("filters", UNSET)
                filters: list[WidgetFilter] | Unset = UNSET
                if _filters is not UNSET:
                    filters = [
                        WidgetFilter.from_dict(filters_item_data) for filters_item_data in _filters
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                filters, _drifted = _keep_each(
                    cls,
                    d,
                    "filters",
                    "list[WidgetFilter]",
                    "type",
                    lambda filters_item_data: WidgetFilter.from_dict(filters_item_data),
                    _drifted,
                )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            metric: None | str | Unset = d.get("metric", UNSET)

            if not (metric is None or type(metric) is str or metric is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metric, _drifted = _keep(cls, d, "metric", "None | str", "type", _drifted)

        try:
            metric_aggregation_type: None | str | Unset = d.get("metric_aggregation_type", UNSET)

            if not (
                metric_aggregation_type is None
                or type(metric_aggregation_type) is str
                or metric_aggregation_type is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metric_aggregation_type, _drifted = _keep(
                cls, d, "metric_aggregation_type", "None | str", "type", _drifted
            )

        try:
            metric_id: int | None | Unset = d.get("metric_id", UNSET)

            if not (metric_id is None or type(metric_id) is int or metric_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metric_id, _drifted = _keep(cls, d, "metric_id", "int | None", "type", _drifted)

        try:
            model_environment_name: None | str | Unset = d.get("model_environment_name", UNSET)

            if not (
                model_environment_name is None
                or type(model_environment_name) is str
                or model_environment_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_environment_name, _drifted = _keep(
                cls, d, "model_environment_name", "None | str", "type", _drifted
            )

        try:
            model_id: None | str | Unset = d.get("model_id", UNSET)

            if not (model_id is None or type(model_id) is str or model_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_id, _drifted = _keep(cls, d, "model_id", "None | str", "type", _drifted)

        try:
            model_version_environment_metadata_ids: list[str] = d.get(
                "model_version_environment_metadata_ids", UNSET
            )

            if not (
                (
                    type(model_version_environment_metadata_ids) is list
                    and _strs(model_version_environment_metadata_ids)
                )
                or model_version_environment_metadata_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_version_environment_metadata_ids, _drifted = _keep(
                cls, d, "model_version_environment_metadata_ids", "list[str]", "type", _drifted
            )

        try:
            model_version_ids: list[str] = d.get("model_version_ids", UNSET)

            if not (
                (type(model_version_ids) is list and _strs(model_version_ids))
                or model_version_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_version_ids, _drifted = _keep(
                cls, d, "model_version_ids", "list[str]", "type", _drifted
            )

        try:
            position = d.get("position", UNSET)
            if not (type(position) is int or position is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            position, _drifted = _keep(cls, d, "position", "int", "type", _drifted)

        try:
            prediction_value_class: None | str | Unset = d.get("prediction_value_class", UNSET)

            if not (
                prediction_value_class is None
                or type(prediction_value_class) is str
                or prediction_value_class is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prediction_value_class, _drifted = _keep(
                cls, d, "prediction_value_class", "None | str", "type", _drifted
            )

        try:
            ranking_at_k: int | None | Unset = d.get("ranking_at_k", UNSET)

            if not (ranking_at_k is None or type(ranking_at_k) is int or ranking_at_k is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ranking_at_k, _drifted = _keep(cls, d, "ranking_at_k", "int | None", "type", _drifted)

        try:
            split_by_all_values_live_update_enabled: bool | None | Unset = d.get(
                "split_by_all_values_live_update_enabled", UNSET
            )

            if not (
                split_by_all_values_live_update_enabled is None
                or type(split_by_all_values_live_update_enabled) is bool
                or split_by_all_values_live_update_enabled is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_by_all_values_live_update_enabled, _drifted = _keep(
                cls, d, "split_by_all_values_live_update_enabled", "bool | None", "type", _drifted
            )

        try:
            split_by_dimension: None | str | Unset = d.get("split_by_dimension", UNSET)

            if not (
                split_by_dimension is None
                or type(split_by_dimension) is str
                or split_by_dimension is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_by_dimension, _drifted = _keep(
                cls, d, "split_by_dimension", "None | str", "type", _drifted
            )

        try:
            split_by_dimension_category: None | str | Unset = d.get(
                "split_by_dimension_category", UNSET
            )

            if not (
                split_by_dimension_category is None
                or type(split_by_dimension_category) is str
                or split_by_dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_by_dimension_category, _drifted = _keep(
                cls, d, "split_by_dimension_category", "None | str", "type", _drifted
            )

        try:
            split_by_enabled: bool | None | Unset = d.get("split_by_enabled", UNSET)

            if not (
                split_by_enabled is None
                or type(split_by_enabled) is bool
                or split_by_enabled is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_by_enabled, _drifted = _keep(
                cls, d, "split_by_enabled", "bool | None", "type", _drifted
            )

        try:
            split_by_overall_metric_enabled: bool | None | Unset = d.get(
                "split_by_overall_metric_enabled", UNSET
            )

            if not (
                split_by_overall_metric_enabled is None
                or type(split_by_overall_metric_enabled) is bool
                or split_by_overall_metric_enabled is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_by_overall_metric_enabled, _drifted = _keep(
                cls, d, "split_by_overall_metric_enabled", "bool | None", "type", _drifted
            )

        try:
            stack_dimension_category: None | str | Unset = d.get("stack_dimension_category", UNSET)

            if not (
                stack_dimension_category is None
                or type(stack_dimension_category) is str
                or stack_dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stack_dimension_category, _drifted = _keep(
                cls, d, "stack_dimension_category", "None | str", "type", _drifted
            )

        try:
            stack_dimension_name: None | str | Unset = d.get("stack_dimension_name", UNSET)

            if not (
                stack_dimension_name is None
                or type(stack_dimension_name) is str
                or stack_dimension_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stack_dimension_name, _drifted = _keep(
                cls, d, "stack_dimension_name", "None | str", "type", _drifted
            )

        try:
            title = d.get("title", UNSET)
            if not (type(title) is str or title is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            title, _drifted = _keep(cls, d, "title", "str", "type", _drifted)

        try:
            x_axis_dimension_category: None | str | Unset = d.get(
                "x_axis_dimension_category", UNSET
            )

            if not (
                x_axis_dimension_category is None
                or type(x_axis_dimension_category) is str
                or x_axis_dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            x_axis_dimension_category, _drifted = _keep(
                cls, d, "x_axis_dimension_category", "None | str", "type", _drifted
            )

        try:
            x_axis_dimension_name: None | str | Unset = d.get("x_axis_dimension_name", UNSET)

            if not (
                x_axis_dimension_name is None
                or type(x_axis_dimension_name) is str
                or x_axis_dimension_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            x_axis_dimension_name, _drifted = _keep(
                cls, d, "x_axis_dimension_name", "None | str", "type", _drifted
            )

        try:
            y_axis_dimension_category: None | str | Unset = d.get(
                "y_axis_dimension_category", UNSET
            )

            if not (
                y_axis_dimension_category is None
                or type(y_axis_dimension_category) is str
                or y_axis_dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            y_axis_dimension_category, _drifted = _keep(
                cls, d, "y_axis_dimension_category", "None | str", "type", _drifted
            )

        try:
            y_axis_dimension_name: None | str | Unset = d.get("y_axis_dimension_name", UNSET)

            if not (
                y_axis_dimension_name is None
                or type(y_axis_dimension_name) is str
                or y_axis_dimension_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            y_axis_dimension_name, _drifted = _keep(
                cls, d, "y_axis_dimension_name", "None | str", "type", _drifted
            )

        _widget_plot_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _widget_plot_.cohorts = cohorts
        _widget_plot_.color_by_dimension_category = color_by_dimension_category
        _widget_plot_.color_by_dimension_name = color_by_dimension_name
        _widget_plot_.colors = colors
        _widget_plot_.comparison_model_baseline_id = comparison_model_baseline_id
        _widget_plot_.comparison_reference_source = comparison_reference_source
        _widget_plot_._comparison_reference_value_slot = comparison_reference_value  # type: ignore[attr-defined]
        _widget_plot_.custom_metric_id = custom_metric_id
        _widget_plot_._dataset_source_slot = dataset_source  # type: ignore[attr-defined]
        _widget_plot_.dimension_category = dimension_category
        _widget_plot_.dimension_data_type = dimension_data_type
        _widget_plot_.dimension_name = dimension_name
        _widget_plot_._filters_slot = filters  # type: ignore[attr-defined]
        _widget_plot_.id = id
        _widget_plot_.metric = metric
        _widget_plot_.metric_aggregation_type = metric_aggregation_type
        _widget_plot_.metric_id = metric_id
        _widget_plot_.model_environment_name = model_environment_name
        _widget_plot_.model_id = model_id
        _widget_plot_.model_version_environment_metadata_ids = (
            model_version_environment_metadata_ids
        )
        _widget_plot_.model_version_ids = model_version_ids
        _widget_plot_.position = position
        _widget_plot_.prediction_value_class = prediction_value_class
        _widget_plot_.ranking_at_k = ranking_at_k
        _widget_plot_.split_by_all_values_live_update_enabled = (
            split_by_all_values_live_update_enabled
        )
        _widget_plot_.split_by_dimension = split_by_dimension
        _widget_plot_.split_by_dimension_category = split_by_dimension_category
        _widget_plot_.split_by_enabled = split_by_enabled
        _widget_plot_.split_by_overall_metric_enabled = split_by_overall_metric_enabled
        _widget_plot_.stack_dimension_category = stack_dimension_category
        _widget_plot_.stack_dimension_name = stack_dimension_name
        _widget_plot_.title = title
        _widget_plot_.x_axis_dimension_category = x_axis_dimension_category
        _widget_plot_.x_axis_dimension_name = x_axis_dimension_name
        _widget_plot_.y_axis_dimension_category = y_axis_dimension_category
        _widget_plot_.y_axis_dimension_name = y_axis_dimension_name
        _widget_plot_.additional_properties = {}
        _widget_plot_._pending = _pending

        if _extra:
            _widget_plot_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_widget_plot_, _drifted)
        return _widget_plot_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_cohorts(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        cohorts_type_0: list[str] = data

        return cohorts_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_colors(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        colors_type_0: list[str] = data

        return colors_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_comparison_reference_source(
    data: object,
) -> None | Unset | WidgetPlotComparisonReferenceSource:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        comparison_reference_source_type_0 = check_widget_plot_comparison_reference_source(data)

        return comparison_reference_source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_comparison_reference_value(
    data: object,
) -> (
    None
    | Unset
    | WidgetPlotComparisonFixedReferenceValue
    | WidgetPlotComparisonMovingReferenceValue
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_widget_plot_comparison_reference_value_type_0 = (
            WidgetPlotComparisonFixedReferenceValue.from_dict(data, _strict=True)
        )

        return componentsschemas_widget_plot_comparison_reference_value_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_widget_plot_comparison_reference_value_type_1 = (
            WidgetPlotComparisonMovingReferenceValue.from_dict(data, _strict=True)
        )

        return componentsschemas_widget_plot_comparison_reference_value_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_dataset_source(data: object) -> DatasetSource | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        dataset_source_type_0 = DatasetSource.from_dict(data)

        return dataset_source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_comparison_reference_value(self: WidgetPlot, raw: Any) -> Any:
    """``comparison_reference_value`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _comparison_reference_value = raw
        comparison_reference_value = (
            _comparison_reference_value
            if _comparison_reference_value is None or _comparison_reference_value is UNSET
            else _parse_comparison_reference_value(_comparison_reference_value)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        comparison_reference_value, _drifted = _keep(
            type(self),
            {"comparison_reference_value": raw},
            "comparison_reference_value",
            "None | WidgetPlotComparisonFixedReferenceValue | WidgetPlotComparisonMovingReferenceValue",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return comparison_reference_value


_lazy(WidgetPlot, "comparison_reference_value", 1, _decode_comparison_reference_value)


def _decode_dataset_source(self: WidgetPlot, raw: Any) -> Any:
    """``dataset_source`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset_source = raw
        dataset_source = (
            _dataset_source
            if _dataset_source is None or _dataset_source is UNSET
            else _parse_dataset_source(_dataset_source)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_source, _drifted = _keep(
            type(self),
            {"dataset_source": raw},
            "dataset_source",
            "DatasetSource | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_source


_lazy(WidgetPlot, "dataset_source", 2, _decode_dataset_source)


def _decode_filters(self: WidgetPlot, raw: Any) -> Any:
    """``filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _filters = raw
        filters: list[WidgetFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [WidgetFilter.from_dict(filters_item_data) for filters_item_data in _filters]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        filters, _drifted = _keep_each(
            type(self),
            {"filters": raw},
            "filters",
            "list[WidgetFilter]",
            "type",
            lambda filters_item_data: WidgetFilter.from_dict(filters_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return filters


_lazy(WidgetPlot, "filters", 4, _decode_filters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetSource, \
        WidgetFilter, \
        WidgetPlotComparisonFixedReferenceValue, \
        WidgetPlotComparisonMovingReferenceValue
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415
    from ..models.widget_plot_comparison_fixed_reference_value import (
        WidgetPlotComparisonFixedReferenceValue,  # noqa: PLC0415
    )
    from ..models.widget_plot_comparison_moving_reference_value import (
        WidgetPlotComparisonMovingReferenceValue,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
