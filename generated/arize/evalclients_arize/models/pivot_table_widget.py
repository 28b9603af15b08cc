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
    from ..models.pivot_table_column import PivotTableColumn
    from ..models.widget_filter import WidgetFilter


T = TypeVar("T", bound="PivotTableWidget")
_FIELDS = frozenset(
    {
        "columns",
        "created_at",
        "creation_status",
        "creator_user_id",
        "dashboard_id",
        "end_time",
        "filters",
        "grid_position",
        "grouped_dimension",
        "grouped_dimension_category",
        "grouped_dimension_title",
        "id",
        "model_environment_name",
        "model_id",
        "model_version_environment_metadata_ids",
        "model_version_ids",
        "overwrite_global_time",
        "query_filter",
        "start_time",
        "time_range_key",
        "timezone",
        "title",
        "type",
    }
)


@_attrs_define
class PivotTableWidget:
    """A dashboard widget that groups metrics and dimensions into a table.

    Attributes:
        columns (list[PivotTableColumn] | Unset): Ordered columns displayed in the table.
        created_at (datetime.datetime | Unset): Timestamp when the widget was created.
        creation_status (WidgetCreationStatus | Unset): Whether the widget is still being edited or is available in the
            dashboard.
        creator_user_id (str | Unset): Unique identifier for the user who created the widget.
        dashboard_id (str | Unset): Unique identifier for the dashboard containing the widget.
        end_time (datetime.datetime | None | Unset): Widget-specific range end, or null when the dashboard range
            applies.
        filters (list[WidgetFilter] | Unset): Filters applied to table values.
        grid_position (list[int] | Unset): Position and size of the widget in the dashboard grid.
        grouped_dimension (None | str | Unset): Dimension used to group table rows.
        grouped_dimension_category (None | str | Unset): Category of the dimension used to group table rows.
        grouped_dimension_title (None | str | Unset): Display title for the grouped dimension.
        id (str | Unset): Unique identifier for the widget.
        model_environment_name (None | str | Unset): Model environment name used by the table.
        model_id (None | str | Unset): Model used by the table, or null when the source is a dataset.
        model_version_environment_metadata_ids (list[str] | Unset): Model lineage records included in the table.
        model_version_ids (list[str] | Unset): Model versions included in the table.
        overwrite_global_time (bool | None | Unset): Whether this widget uses its own time range instead of the
            dashboard range.
        query_filter (None | str | Unset): Saved query expression applied to the table.
        start_time (datetime.datetime | None | Unset): Widget-specific range start, or null when the dashboard range
            applies.
        time_range_key (None | str | Unset): Saved relative time-range selection.
        timezone (None | str | Unset): Timezone used to display time-based values.
        title (str | Unset): Display title of the widget.
        type_ (WidgetType | Unset): The kind of dashboard widget and the configuration shape it uses.
    """

    columns: list[PivotTableColumn] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    filters: list[WidgetFilter] | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    grouped_dimension: None | str | Unset = UNSET
    grouped_dimension_category: None | str | Unset = UNSET
    grouped_dimension_title: None | str | Unset = UNSET
    id: str | Unset = UNSET
    model_environment_name: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    model_version_environment_metadata_ids: list[str] | Unset = UNSET
    model_version_ids: list[str] | Unset = UNSET
    overwrite_global_time: bool | None | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    time_range_key: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    title: str | Unset = UNSET
    type_: WidgetType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status

        creator_user_id = self.creator_user_id

        dashboard_id = self.dashboard_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        grouped_dimension: None | str | Unset
        if isinstance(self.grouped_dimension, Unset):
            grouped_dimension = UNSET
        else:
            grouped_dimension = self.grouped_dimension

        grouped_dimension_category: None | str | Unset
        if isinstance(self.grouped_dimension_category, Unset):
            grouped_dimension_category = UNSET
        else:
            grouped_dimension_category = self.grouped_dimension_category

        grouped_dimension_title: None | str | Unset
        if isinstance(self.grouped_dimension_title, Unset):
            grouped_dimension_title = UNSET
        else:
            grouped_dimension_title = self.grouped_dimension_title

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

        overwrite_global_time: bool | None | Unset
        if isinstance(self.overwrite_global_time, Unset):
            overwrite_global_time = UNSET
        else:
            overwrite_global_time = self.overwrite_global_time

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        time_range_key: None | str | Unset
        if isinstance(self.time_range_key, Unset):
            time_range_key = UNSET
        else:
            time_range_key = self.time_range_key

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if filters is not UNSET:
            field_dict["filters"] = filters
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if grouped_dimension is not UNSET:
            field_dict["grouped_dimension"] = grouped_dimension
        if grouped_dimension_category is not UNSET:
            field_dict["grouped_dimension_category"] = grouped_dimension_category
        if grouped_dimension_title is not UNSET:
            field_dict["grouped_dimension_title"] = grouped_dimension_title
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
        if overwrite_global_time is not UNSET:
            field_dict["overwrite_global_time"] = overwrite_global_time
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if time_range_key is not UNSET:
            field_dict["time_range_key"] = time_range_key
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
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
        _columns = d.get("columns", UNSET)
        columns: list[PivotTableColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = [
                PivotTableColumn.from_dict(columns_item_data) for columns_item_data in _columns
            ]

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

        dashboard_id = d.get("dashboard_id", UNSET)

        end_time = _parse_end_time(d.get("end_time", UNSET))

        _filters = d.get("filters", UNSET)
        filters: list[WidgetFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [WidgetFilter.from_dict(filters_item_data) for filters_item_data in _filters]

        grid_position: list[int] = d.get("grid_position", UNSET)

        grouped_dimension: None | str | Unset = d.get("grouped_dimension", UNSET)

        grouped_dimension_category: None | str | Unset = d.get("grouped_dimension_category", UNSET)

        grouped_dimension_title: None | str | Unset = d.get("grouped_dimension_title", UNSET)

        id = d.get("id", UNSET)

        model_environment_name: None | str | Unset = d.get("model_environment_name", UNSET)

        model_id: None | str | Unset = d.get("model_id", UNSET)

        model_version_environment_metadata_ids: list[str] = d.get(
            "model_version_environment_metadata_ids", UNSET
        )

        model_version_ids: list[str] = d.get("model_version_ids", UNSET)

        overwrite_global_time: bool | None | Unset = d.get("overwrite_global_time", UNSET)

        query_filter: None | str | Unset = d.get("query_filter", UNSET)

        start_time = _parse_start_time(d.get("start_time", UNSET))

        time_range_key: None | str | Unset = d.get("time_range_key", UNSET)

        timezone: None | str | Unset = d.get("timezone", UNSET)

        title = d.get("title", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WidgetType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_widget_type(_type_)

        pivot_table_widget = cls(
            columns,
            created_at,
            creation_status,
            creator_user_id,
            dashboard_id,
            end_time,
            filters,
            grid_position,
            grouped_dimension,
            grouped_dimension_category,
            grouped_dimension_title,
            id,
            model_environment_name,
            model_id,
            model_version_environment_metadata_ids,
            model_version_ids,
            overwrite_global_time,
            query_filter,
            start_time,
            time_range_key,
            timezone,
            title,
            type_,
        )

        if not d.keys() <= _FIELDS:
            pivot_table_widget.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return pivot_table_widget

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


def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        end_time_type_0 = datetime.datetime.fromisoformat(data)

        return end_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        start_time_type_0 = datetime.datetime.fromisoformat(data)

        return start_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PivotTableColumn, WidgetFilter
    from ..models.pivot_table_column import PivotTableColumn  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415

    _LAZY_PENDING = False
