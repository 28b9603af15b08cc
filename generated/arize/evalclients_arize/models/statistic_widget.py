from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource
    from ..models.widget_filter import WidgetFilter


T = TypeVar("T", bound="StatisticWidget")
_FIELDS = frozenset(
    {
        "aggregation",
        "created_at",
        "creation_status",
        "creator_user_id",
        "custom_metric_id",
        "custom_statistic_text",
        "dashboard_id",
        "dataset_source",
        "dimension_category",
        "dimension_data_type",
        "dimension_name",
        "filters",
        "grid_position",
        "id",
        "model_environment_name",
        "model_id",
        "model_version_environment_metadata_ids",
        "model_version_ids",
        "performance_metric",
        "prediction_value_class",
        "ranking_at_k",
        "time_series_metric_type",
        "title",
        "type",
    }
)


@_attrs_define
class StatisticWidget:
    """A dashboard widget that displays a single aggregated metric value.

    Attributes:
        aggregation (str | Unset): Aggregation applied to the selected metric.
        created_at (datetime.datetime | Unset): Timestamp when the widget was created.
        creation_status (WidgetCreationStatus | Unset): Whether the widget is still being edited or is available in the
            dashboard.
        creator_user_id (str | Unset): Unique identifier for the user who created the widget.
        custom_metric_id (None | str | Unset): Custom metric used by the statistic.
        custom_statistic_text (None | str | Unset): Custom text displayed with the statistic.
        dashboard_id (str | Unset): Unique identifier for the dashboard containing the widget.
        dataset_source (DatasetSource | None | Unset): Dataset-backed source configuration for the statistic.
        dimension_category (None | str | Unset): Category of the selected dimension.
        dimension_data_type (None | str | Unset): Data type of the selected dimension.
        dimension_name (None | str | Unset): Name of the selected dimension.
        filters (list[WidgetFilter] | Unset): Filters applied before computing the statistic.
        grid_position (list[int] | Unset): Position and size of the widget in the dashboard grid.
        id (str | Unset): Unique identifier for the widget.
        model_environment_name (None | str | Unset): Model environment name used by the statistic.
        model_id (None | str | Unset): Model used by the statistic, or null when the source is a dataset.
        model_version_environment_metadata_ids (list[str] | Unset): Model lineage records included in the calculation.
        model_version_ids (list[str] | Unset): Model versions included in the calculation.
        performance_metric (None | str | Unset): Performance metric used by the statistic.
        prediction_value_class (None | str | Unset): Prediction class selected for class-specific metrics.
        ranking_at_k (int | None | Unset): Ranking cutoff used by ranking metrics.
        time_series_metric_type (str | Unset): Metric used to compute the statistic.
        title (str | Unset): Display title of the widget.
        type_ (WidgetType | Unset): The kind of dashboard widget and the configuration shape it uses.
    """

    aggregation: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    custom_metric_id: None | str | Unset = UNSET
    custom_statistic_text: None | str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    dataset_source: DatasetSource | None | Unset = UNSET
    dimension_category: None | str | Unset = UNSET
    dimension_data_type: None | str | Unset = UNSET
    dimension_name: None | str | Unset = UNSET
    filters: list[WidgetFilter] | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    id: str | Unset = UNSET
    model_environment_name: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    model_version_environment_metadata_ids: list[str] | Unset = UNSET
    model_version_ids: list[str] | Unset = UNSET
    performance_metric: None | str | Unset = UNSET
    prediction_value_class: None | str | Unset = UNSET
    ranking_at_k: int | None | Unset = UNSET
    time_series_metric_type: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: WidgetType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        aggregation = self.aggregation

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status

        creator_user_id = self.creator_user_id

        custom_metric_id: None | str | Unset
        if isinstance(self.custom_metric_id, Unset):
            custom_metric_id = UNSET
        else:
            custom_metric_id = self.custom_metric_id

        custom_statistic_text: None | str | Unset
        if isinstance(self.custom_statistic_text, Unset):
            custom_statistic_text = UNSET
        else:
            custom_statistic_text = self.custom_statistic_text

        dashboard_id = self.dashboard_id

        dataset_source: dict[str, Any] | None | Unset
        if isinstance(self.dataset_source, Unset):
            dataset_source = UNSET
        elif isinstance(self.dataset_source, DatasetSource):
            dataset_source = self.dataset_source.to_dict()
        else:
            dataset_source = self.dataset_source

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

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        id = self.id

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

        model_version_environment_metadata_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_version_environment_metadata_ids, Unset):
            model_version_environment_metadata_ids = self.model_version_environment_metadata_ids

        model_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_version_ids, Unset):
            model_version_ids = self.model_version_ids

        performance_metric: None | str | Unset
        if isinstance(self.performance_metric, Unset):
            performance_metric = UNSET
        else:
            performance_metric = self.performance_metric

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

        time_series_metric_type = self.time_series_metric_type

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if custom_metric_id is not UNSET:
            field_dict["custom_metric_id"] = custom_metric_id
        if custom_statistic_text is not UNSET:
            field_dict["custom_statistic_text"] = custom_statistic_text
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
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
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if id is not UNSET:
            field_dict["id"] = id
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
        if performance_metric is not UNSET:
            field_dict["performance_metric"] = performance_metric
        if prediction_value_class is not UNSET:
            field_dict["prediction_value_class"] = prediction_value_class
        if ranking_at_k is not UNSET:
            field_dict["ranking_at_k"] = ranking_at_k
        if time_series_metric_type is not UNSET:
            field_dict["time_series_metric_type"] = time_series_metric_type
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        aggregation = d.get("aggregation", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _creation_status = d.get("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if _creation_status is UNSET:
            creation_status = UNSET
        else:
            creation_status = check_widget_creation_status(_creation_status)

        creator_user_id = d.get("creator_user_id", UNSET)

        custom_metric_id: None | str | Unset = d.get("custom_metric_id", UNSET)

        custom_statistic_text: None | str | Unset = d.get("custom_statistic_text", UNSET)

        dashboard_id = d.get("dashboard_id", UNSET)

        dataset_source = _parse_dataset_source(d.get("dataset_source", UNSET))

        dimension_category: None | str | Unset = d.get("dimension_category", UNSET)

        dimension_data_type: None | str | Unset = d.get("dimension_data_type", UNSET)

        dimension_name: None | str | Unset = d.get("dimension_name", UNSET)

        _filters = d.get("filters", UNSET)
        filters: list[WidgetFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [WidgetFilter.from_dict(filters_item_data) for filters_item_data in _filters]

        grid_position: list[int] = d.get("grid_position", UNSET)

        id = d.get("id", UNSET)

        model_environment_name: None | str | Unset = d.get("model_environment_name", UNSET)

        model_id: None | str | Unset = d.get("model_id", UNSET)

        model_version_environment_metadata_ids: list[str] = d.get(
            "model_version_environment_metadata_ids", UNSET
        )

        model_version_ids: list[str] = d.get("model_version_ids", UNSET)

        performance_metric: None | str | Unset = d.get("performance_metric", UNSET)

        prediction_value_class: None | str | Unset = d.get("prediction_value_class", UNSET)

        ranking_at_k: int | None | Unset = d.get("ranking_at_k", UNSET)

        time_series_metric_type = d.get("time_series_metric_type", UNSET)

        title = d.get("title", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WidgetType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_widget_type(_type_)

        statistic_widget = cls(
            aggregation,
            created_at,
            creation_status,
            creator_user_id,
            custom_metric_id,
            custom_statistic_text,
            dashboard_id,
            dataset_source,
            dimension_category,
            dimension_data_type,
            dimension_name,
            filters,
            grid_position,
            id,
            model_environment_name,
            model_id,
            model_version_environment_metadata_ids,
            model_version_ids,
            performance_metric,
            prediction_value_class,
            ranking_at_k,
            time_series_metric_type,
            title,
            type_,
        )

        if not d.keys() <= _FIELDS:
            statistic_widget.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return statistic_widget

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
    return cast(DatasetSource | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetSource, WidgetFilter
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415

    _LAZY_PENDING = False
