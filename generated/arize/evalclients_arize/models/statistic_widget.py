from __future__ import annotations

import datetime
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
from ..drift import only_ints as _only_ints
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource
    from ..models.widget_filter import WidgetFilter


T = TypeVar("T", bound="StatisticWidget")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "aggregation",
        "aggregation",
        False,
        0,
        "aggregation = _j_aggregation\nif not (type(aggregation) is str or aggregation is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "creation_status",
        "creation_status",
        False,
        0,
        "_creation_status = _j_creation_status\ncreation_status: WidgetCreationStatus | Unset\nif _creation_status is UNSET:\n    creation_status = UNSET\nelse:\n    creation_status = check_widget_creation_status(_creation_status)",
    ),
    (
        "creator_user_id",
        "creator_user_id",
        False,
        0,
        "creator_user_id = _j_creator_user_id\nif not (type(creator_user_id) is str or creator_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "custom_metric_id",
        "custom_metric_id",
        False,
        0,
        "custom_metric_id: None | str | Unset = _j_custom_metric_id\n\nif not (custom_metric_id is None or type(custom_metric_id) is str or custom_metric_id is UNSET):\n    raise TypeError",
    ),
    (
        "custom_statistic_text",
        "custom_statistic_text",
        False,
        0,
        "custom_statistic_text: None | str | Unset = _j_custom_statistic_text\n\nif not (custom_statistic_text is None or type(custom_statistic_text) is str or custom_statistic_text is UNSET):\n    raise TypeError",
    ),
    (
        "dashboard_id",
        "dashboard_id",
        False,
        0,
        "dashboard_id = _j_dashboard_id\nif not (type(dashboard_id) is str or dashboard_id is UNSET):\n    raise TypeError",
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
        "grid_position",
        "grid_position",
        False,
        0,
        "grid_position: list[int] = _j_grid_position\n\nif not ((type(grid_position) is list and _only_ints(map(type, grid_position))) or grid_position is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
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
        "performance_metric",
        "performance_metric",
        False,
        0,
        "performance_metric: None | str | Unset = _j_performance_metric\n\nif not (performance_metric is None or type(performance_metric) is str or performance_metric is UNSET):\n    raise TypeError",
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
        "time_series_metric_type",
        "time_series_metric_type",
        False,
        0,
        "time_series_metric_type = _j_time_series_metric_type\nif not (type(time_series_metric_type) is str or time_series_metric_type is UNSET):\n    raise TypeError",
    ),
    (
        "title",
        "title",
        False,
        0,
        "title = _j_title\nif not (type(title) is str or title is UNSET):\n    raise TypeError",
    ),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: WidgetType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_widget_type(_type_)",
    ),
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
        aggregation = self.aggregation

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            creation_status: str | Unset = UNSET
            if not isinstance(self.creation_status, Unset):
                creation_status = self.creation_status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            creation_status = _as_json(self.creation_status)

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

        try:
            grid_position: list[int] | Unset = UNSET
            if not isinstance(self.grid_position, Unset):
                grid_position = self.grid_position

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            grid_position = _as_json(self.grid_position)

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

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

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
            aggregation = d.get("aggregation", UNSET)
            if not (type(aggregation) is str or aggregation is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            aggregation, _drifted = _keep(cls, d, "aggregation", "str", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            _creation_status = d.get("creation_status", UNSET)
            creation_status: WidgetCreationStatus | Unset
            if _creation_status is UNSET:
                creation_status = UNSET
            else:
                creation_status = check_widget_creation_status(_creation_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            creation_status, _drifted = _keep(
                cls, d, "creation_status", "one of DRAFT, PUBLISHED", "enum", _drifted
            )

        try:
            creator_user_id = d.get("creator_user_id", UNSET)
            if not (type(creator_user_id) is str or creator_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            creator_user_id, _drifted = _keep(cls, d, "creator_user_id", "str", "type", _drifted)

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

        try:
            custom_statistic_text: None | str | Unset = d.get("custom_statistic_text", UNSET)

            if not (
                custom_statistic_text is None
                or type(custom_statistic_text) is str
                or custom_statistic_text is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            custom_statistic_text, _drifted = _keep(
                cls, d, "custom_statistic_text", "None | str", "type", _drifted
            )

        try:
            dashboard_id = d.get("dashboard_id", UNSET)
            if not (type(dashboard_id) is str or dashboard_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dashboard_id, _drifted = _keep(cls, d, "dashboard_id", "str", "type", _drifted)

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
            grid_position: list[int] = d.get("grid_position", UNSET)

            if not (
                (type(grid_position) is list and _only_ints(map(type, grid_position)))
                or grid_position is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            grid_position, _drifted = _keep(cls, d, "grid_position", "list[int]", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

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
            performance_metric: None | str | Unset = d.get("performance_metric", UNSET)

            if not (
                performance_metric is None
                or type(performance_metric) is str
                or performance_metric is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            performance_metric, _drifted = _keep(
                cls, d, "performance_metric", "None | str", "type", _drifted
            )

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
            time_series_metric_type = d.get("time_series_metric_type", UNSET)
            if not (type(time_series_metric_type) is str or time_series_metric_type is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_series_metric_type, _drifted = _keep(
                cls, d, "time_series_metric_type", "str", "type", _drifted
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
            _type_ = d.get("type", UNSET)
            type_: WidgetType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_widget_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls,
                d,
                "type",
                "one of BAR_CHART, EXPERIMENT_CHART, LINE_CHART, PIVOT_TABLE, STATISTIC, TEXT",
                "enum",
                _drifted,
            )

        _statistic_widget_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _statistic_widget_.aggregation = aggregation
        _statistic_widget_._created_at_slot = created_at  # type: ignore[attr-defined]
        _statistic_widget_.creation_status = creation_status
        _statistic_widget_.creator_user_id = creator_user_id
        _statistic_widget_.custom_metric_id = custom_metric_id
        _statistic_widget_.custom_statistic_text = custom_statistic_text
        _statistic_widget_.dashboard_id = dashboard_id
        _statistic_widget_._dataset_source_slot = dataset_source  # type: ignore[attr-defined]
        _statistic_widget_.dimension_category = dimension_category
        _statistic_widget_.dimension_data_type = dimension_data_type
        _statistic_widget_.dimension_name = dimension_name
        _statistic_widget_._filters_slot = filters  # type: ignore[attr-defined]
        _statistic_widget_.grid_position = grid_position
        _statistic_widget_.id = id
        _statistic_widget_.model_environment_name = model_environment_name
        _statistic_widget_.model_id = model_id
        _statistic_widget_.model_version_environment_metadata_ids = (
            model_version_environment_metadata_ids
        )
        _statistic_widget_.model_version_ids = model_version_ids
        _statistic_widget_.performance_metric = performance_metric
        _statistic_widget_.prediction_value_class = prediction_value_class
        _statistic_widget_.ranking_at_k = ranking_at_k
        _statistic_widget_.time_series_metric_type = time_series_metric_type
        _statistic_widget_.title = title
        _statistic_widget_.type_ = type_
        _statistic_widget_.additional_properties = {}
        _statistic_widget_._pending = _pending

        if _extra:
            _statistic_widget_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_statistic_widget_, _drifted)
        return _statistic_widget_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created_at(self: StatisticWidget, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(StatisticWidget, "created_at", 1, _decode_created_at)


def _decode_dataset_source(self: StatisticWidget, raw: Any) -> Any:
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


_lazy(StatisticWidget, "dataset_source", 2, _decode_dataset_source)


def _decode_filters(self: StatisticWidget, raw: Any) -> Any:
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


_lazy(StatisticWidget, "filters", 4, _decode_filters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetSource, WidgetFilter
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415

    _LAZY_PENDING = False
