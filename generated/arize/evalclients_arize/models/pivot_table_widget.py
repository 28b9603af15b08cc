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
    from ..models.pivot_table_column import PivotTableColumn
    from ..models.widget_filter import WidgetFilter


T = TypeVar("T", bound="PivotTableWidget")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("columns", "_columns_slot", False, 1, ""),
    ("created_at", "_created_at_slot", False, 2, ""),
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
        "dashboard_id",
        "dashboard_id",
        False,
        0,
        "dashboard_id = _j_dashboard_id\nif not (type(dashboard_id) is str or dashboard_id is UNSET):\n    raise TypeError",
    ),
    ("end_time", "_end_time_slot", False, 4, ""),
    ("filters", "_filters_slot", False, 8, ""),
    (
        "grid_position",
        "grid_position",
        False,
        0,
        "grid_position: list[int] = _j_grid_position\n\nif not ((type(grid_position) is list and _only_ints(map(type, grid_position))) or grid_position is UNSET):\n    raise TypeError",
    ),
    (
        "grouped_dimension",
        "grouped_dimension",
        False,
        0,
        "grouped_dimension: None | str | Unset = _j_grouped_dimension\n\nif not (grouped_dimension is None or type(grouped_dimension) is str or grouped_dimension is UNSET):\n    raise TypeError",
    ),
    (
        "grouped_dimension_category",
        "grouped_dimension_category",
        False,
        0,
        "grouped_dimension_category: None | str | Unset = _j_grouped_dimension_category\n\nif not (grouped_dimension_category is None or type(grouped_dimension_category) is str or grouped_dimension_category is UNSET):\n    raise TypeError",
    ),
    (
        "grouped_dimension_title",
        "grouped_dimension_title",
        False,
        0,
        "grouped_dimension_title: None | str | Unset = _j_grouped_dimension_title\n\nif not (grouped_dimension_title is None or type(grouped_dimension_title) is str or grouped_dimension_title is UNSET):\n    raise TypeError",
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
        "overwrite_global_time",
        "overwrite_global_time",
        False,
        0,
        "overwrite_global_time: bool | None | Unset = _j_overwrite_global_time\n\nif not (overwrite_global_time is None or type(overwrite_global_time) is bool or overwrite_global_time is UNSET):\n    raise TypeError",
    ),
    (
        "query_filter",
        "query_filter",
        False,
        0,
        "query_filter: None | str | Unset = _j_query_filter\n\nif not (query_filter is None or type(query_filter) is str or query_filter is UNSET):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", False, 16, ""),
    (
        "time_range_key",
        "time_range_key",
        False,
        0,
        "time_range_key: None | str | Unset = _j_time_range_key\n\nif not (time_range_key is None or type(time_range_key) is str or time_range_key is UNSET):\n    raise TypeError",
    ),
    (
        "timezone",
        "timezone",
        False,
        0,
        "timezone: None | str | Unset = _j_timezone\n\nif not (timezone is None or type(timezone) is str or timezone is UNSET):\n    raise TypeError",
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
            columns: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.columns, Unset):
                columns = []
                for columns_item_data in self.columns:
                    columns_item = columns_item_data.to_dict()
                    columns.append(columns_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            columns = _as_json(self.columns)

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

        dashboard_id = self.dashboard_id

        try:
            end_time: None | str | Unset
            if isinstance(self.end_time, Unset):
                end_time = UNSET
            elif isinstance(self.end_time, datetime.datetime):
                end_time = self.end_time.isoformat()
            else:
                end_time = self.end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

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

        try:
            start_time: None | str | Unset
            if isinstance(self.start_time, Unset):
                start_time = UNSET
            elif isinstance(self.start_time, datetime.datetime):
                start_time = self.start_time.isoformat()
            else:
                start_time = self.start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

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

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

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
        _columns_raw = d.get("columns", UNSET)
        if _columns_raw is UNSET:
            columns = UNSET
        elif not _strict:
            columns = _columns_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _columns = d.get("columns", UNSET)
                columns: list[PivotTableColumn] | Unset = UNSET
                if _columns is not UNSET:
                    columns = [
                        PivotTableColumn.from_dict(columns_item_data)
                        for columns_item_data in _columns
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                columns, _drifted = _keep_each(
                    cls,
                    d,
                    "columns",
                    "list[PivotTableColumn]",
                    "type",
                    lambda columns_item_data: PivotTableColumn.from_dict(columns_item_data),
                    _drifted,
                )

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 2
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
            dashboard_id = d.get("dashboard_id", UNSET)
            if not (type(dashboard_id) is str or dashboard_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dashboard_id, _drifted = _keep(cls, d, "dashboard_id", "str", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time = (
                    _end_time
                    if _end_time is None or _end_time is UNSET
                    else datetime.datetime.fromisoformat(_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime | None", "union", _drifted
                )

        _filters_raw = d.get("filters", UNSET)
        if _filters_raw is UNSET:
            filters = UNSET
        elif not _strict:
            filters = _filters_raw  # decoded on first read
            _pending |= 8
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
            grouped_dimension: None | str | Unset = d.get("grouped_dimension", UNSET)

            if not (
                grouped_dimension is None
                or type(grouped_dimension) is str
                or grouped_dimension is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            grouped_dimension, _drifted = _keep(
                cls, d, "grouped_dimension", "None | str", "type", _drifted
            )

        try:
            grouped_dimension_category: None | str | Unset = d.get(
                "grouped_dimension_category", UNSET
            )

            if not (
                grouped_dimension_category is None
                or type(grouped_dimension_category) is str
                or grouped_dimension_category is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            grouped_dimension_category, _drifted = _keep(
                cls, d, "grouped_dimension_category", "None | str", "type", _drifted
            )

        try:
            grouped_dimension_title: None | str | Unset = d.get("grouped_dimension_title", UNSET)

            if not (
                grouped_dimension_title is None
                or type(grouped_dimension_title) is str
                or grouped_dimension_title is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            grouped_dimension_title, _drifted = _keep(
                cls, d, "grouped_dimension_title", "None | str", "type", _drifted
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
            overwrite_global_time: bool | None | Unset = d.get("overwrite_global_time", UNSET)

            if not (
                overwrite_global_time is None
                or type(overwrite_global_time) is bool
                or overwrite_global_time is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            overwrite_global_time, _drifted = _keep(
                cls, d, "overwrite_global_time", "bool | None", "type", _drifted
            )

        try:
            query_filter: None | str | Unset = d.get("query_filter", UNSET)

            if not (query_filter is None or type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time = (
                    _start_time
                    if _start_time is None or _start_time is UNSET
                    else datetime.datetime.fromisoformat(_start_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime | None", "union", _drifted
                )

        try:
            time_range_key: None | str | Unset = d.get("time_range_key", UNSET)

            if not (
                time_range_key is None or type(time_range_key) is str or time_range_key is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_range_key, _drifted = _keep(
                cls, d, "time_range_key", "None | str", "type", _drifted
            )

        try:
            timezone: None | str | Unset = d.get("timezone", UNSET)

            if not (timezone is None or type(timezone) is str or timezone is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            timezone, _drifted = _keep(cls, d, "timezone", "None | str", "type", _drifted)

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

        _pivot_table_widget_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _pivot_table_widget_._columns_slot = columns  # type: ignore[attr-defined]
        _pivot_table_widget_._created_at_slot = created_at  # type: ignore[attr-defined]
        _pivot_table_widget_.creation_status = creation_status
        _pivot_table_widget_.creator_user_id = creator_user_id
        _pivot_table_widget_.dashboard_id = dashboard_id
        _pivot_table_widget_._end_time_slot = end_time  # type: ignore[attr-defined]
        _pivot_table_widget_._filters_slot = filters  # type: ignore[attr-defined]
        _pivot_table_widget_.grid_position = grid_position
        _pivot_table_widget_.grouped_dimension = grouped_dimension
        _pivot_table_widget_.grouped_dimension_category = grouped_dimension_category
        _pivot_table_widget_.grouped_dimension_title = grouped_dimension_title
        _pivot_table_widget_.id = id
        _pivot_table_widget_.model_environment_name = model_environment_name
        _pivot_table_widget_.model_id = model_id
        _pivot_table_widget_.model_version_environment_metadata_ids = (
            model_version_environment_metadata_ids
        )
        _pivot_table_widget_.model_version_ids = model_version_ids
        _pivot_table_widget_.overwrite_global_time = overwrite_global_time
        _pivot_table_widget_.query_filter = query_filter
        _pivot_table_widget_._start_time_slot = start_time  # type: ignore[attr-defined]
        _pivot_table_widget_.time_range_key = time_range_key
        _pivot_table_widget_.timezone = timezone
        _pivot_table_widget_.title = title
        _pivot_table_widget_.type_ = type_
        _pivot_table_widget_.additional_properties = {}
        _pivot_table_widget_._pending = _pending

        if _extra:
            _pivot_table_widget_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_pivot_table_widget_, _drifted)
        return _pivot_table_widget_

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


def _decode_columns(self: PivotTableWidget, raw: Any) -> Any:
    """``columns`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _columns = raw
        columns: list[PivotTableColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = [
                PivotTableColumn.from_dict(columns_item_data) for columns_item_data in _columns
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        columns, _drifted = _keep_each(
            type(self),
            {"columns": raw},
            "columns",
            "list[PivotTableColumn]",
            "type",
            lambda columns_item_data: PivotTableColumn.from_dict(columns_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return columns


_lazy(PivotTableWidget, "columns", 1, _decode_columns)


def _decode_created_at(self: PivotTableWidget, raw: Any) -> Any:
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


_lazy(PivotTableWidget, "created_at", 2, _decode_created_at)


def _decode_end_time(self: PivotTableWidget, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time = (
            _end_time
            if _end_time is None or _end_time is UNSET
            else datetime.datetime.fromisoformat(_end_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(PivotTableWidget, "end_time", 4, _decode_end_time)


def _decode_filters(self: PivotTableWidget, raw: Any) -> Any:
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


_lazy(PivotTableWidget, "filters", 8, _decode_filters)


def _decode_start_time(self: PivotTableWidget, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time = (
            _start_time
            if _start_time is None or _start_time is UNSET
            else datetime.datetime.fromisoformat(_start_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self),
            {"start_time": raw},
            "start_time",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(PivotTableWidget, "start_time", 16, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PivotTableColumn, WidgetFilter
    from ..models.pivot_table_column import PivotTableColumn  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415

    _LAZY_PENDING = False
