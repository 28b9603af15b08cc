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
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.drift_metric import DriftMetric, check_drift_metric
from ..models.drift_monitor_type import DriftMonitorType, check_drift_monitor_type
from ..models.monitor_status import MonitorStatus, check_monitor_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_baseline_config import CustomBaselineConfig
    from ..models.dimension import Dimension
    from ..models.downtime_config import DowntimeConfig
    from ..models.dynamic_range_threshold import DynamicRangeThreshold
    from ..models.dynamic_single_threshold import DynamicSingleThreshold
    from ..models.email_notification_config import EmailNotificationConfig
    from ..models.integration_notification_config import IntegrationNotificationConfig
    from ..models.manual_range_threshold import ManualRangeThreshold
    from ..models.manual_single_threshold import ManualSingleThreshold
    from ..models.model_baseline_config import ModelBaselineConfig
    from ..models.monitor_filter import MonitorFilter
    from ..models.scheduled_runtime_config import ScheduledRuntimeConfig
    from ..models.webhook_notification_config import WebhookNotificationConfig


T = TypeVar("T", bound="DriftMonitor")
_new = object.__new__
_FIELDS = frozenset(
    {
        "baseline_config",
        "created_at",
        "created_by_user_id",
        "delay_seconds",
        "dimension",
        "downtime",
        "evaluated_at",
        "evaluation_window_length_seconds",
        "filters",
        "id",
        "latest_computed_value",
        "manual_evaluation_enabled",
        "metric",
        "model_versions",
        "name",
        "notes",
        "notification_configs",
        "notifications_enabled",
        "project_id",
        "scheduled_runtime",
        "status",
        "threshold",
        "type",
        "updated_at",
        "uri",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("baseline_config", "_baseline_config_slot", False, 1, ""),
    ("created_at", "_created_at_slot", False, 2, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id = _j_created_by_user_id\nif not (type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "delay_seconds",
        "delay_seconds",
        False,
        0,
        "delay_seconds = _j_delay_seconds\nif not (type(delay_seconds) is int or delay_seconds is UNSET):\n    raise TypeError",
    ),
    ("dimension", "_dimension_slot", False, 4, ""),
    ("downtime", "_downtime_slot", False, 8, ""),
    ("evaluated_at", "_evaluated_at_slot", False, 16, ""),
    (
        "evaluation_window_length_seconds",
        "evaluation_window_length_seconds",
        False,
        0,
        "evaluation_window_length_seconds = _j_evaluation_window_length_seconds\nif not (type(evaluation_window_length_seconds) is int or evaluation_window_length_seconds is UNSET):\n    raise TypeError",
    ),
    ("filters", "_filters_slot", False, 32, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "latest_computed_value",
        "latest_computed_value",
        False,
        0,
        "latest_computed_value = _j_latest_computed_value\nif not (type(latest_computed_value) is float or type(latest_computed_value) is int or latest_computed_value is UNSET):\n    raise TypeError",
    ),
    (
        "manual_evaluation_enabled",
        "manual_evaluation_enabled",
        False,
        0,
        "manual_evaluation_enabled = _j_manual_evaluation_enabled\nif not (type(manual_evaluation_enabled) is bool or manual_evaluation_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "metric",
        "metric",
        False,
        0,
        "_metric = _j_metric\nmetric: DriftMetric | Unset\nif _metric is UNSET:\n    metric = UNSET\nelse:\n    metric = check_drift_metric(_metric)",
    ),
    (
        "model_versions",
        "model_versions",
        False,
        0,
        "model_versions: list[str] = _j_model_versions\n\nif not ((type(model_versions) is list and _strs(model_versions)) or model_versions is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "notes",
        "notes",
        False,
        0,
        "notes = _j_notes\nif not (type(notes) is str or notes is UNSET):\n    raise TypeError",
    ),
    (
        "notification_configs",
        "notification_configs",
        False,
        0,
        "_notification_configs = _j_notification_configs\nnotification_configs: list[EmailNotificationConfig | IntegrationNotificationConfig | WebhookNotificationConfig] | Unset = UNSET\nif _notification_configs is not UNSET:\n    notification_configs = []\n    for notification_configs_item_data in _notification_configs:\n        def _parse_notification_configs_item(data: object) -\u003e EmailNotificationConfig | IntegrationNotificationConfig | WebhookNotificationConfig:\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_notification_config_type_0 = EmailNotificationConfig.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_notification_config_type_0\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_notification_config_type_1 = IntegrationNotificationConfig.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_notification_config_type_1\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_notification_config_type_2 = WebhookNotificationConfig.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_notification_config_type_2\n\n        notification_configs_item = _parse_notification_configs_item(notification_configs_item_data)\n\n        notification_configs.append(notification_configs_item)",
    ),
    (
        "notifications_enabled",
        "notifications_enabled",
        False,
        0,
        "notifications_enabled = _j_notifications_enabled\nif not (type(notifications_enabled) is bool or notifications_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "project_id",
        "project_id",
        False,
        0,
        "project_id = _j_project_id\nif not (type(project_id) is str or project_id is UNSET):\n    raise TypeError",
    ),
    ("scheduled_runtime", "_scheduled_runtime_slot", False, 64, ""),
    (
        "status",
        "status",
        False,
        0,
        "_status = _j_status\nstatus: MonitorStatus | Unset\nif _status is UNSET:\n    status = UNSET\nelse:\n    status = check_monitor_status(_status)",
    ),
    ("threshold", "_threshold_slot", False, 128, ""),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: DriftMonitorType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_drift_monitor_type(_type_)",
    ),
    ("updated_at", "_updated_at_slot", False, 256, ""),
    (
        "uri",
        "uri",
        False,
        0,
        "uri = _j_uri\nif not (type(uri) is str or uri is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class DriftMonitor:
    """DriftMonitor

    Attributes:
        baseline_config (CustomBaselineConfig | ModelBaselineConfig | Unset): The comparison dataset configuration used
            by drift and comparison-based data quality monitors. The `type` field determines whether the comparison dataset
            uses the model's primary baseline or a custom fixed or moving window.
        created_at (datetime.datetime | Unset): When the monitor was created.
        created_by_user_id (str | Unset): The user who created the monitor (base64 global ID).
        delay_seconds (int | Unset): The delay applied before evaluating a window, in seconds. Omitted when unset.
        dimension (Dimension | Unset): Dimension
        downtime (DowntimeConfig | Unset): DowntimeConfig
        evaluated_at (datetime.datetime | Unset): The last time the metric was computed. Omitted if it has never been
            evaluated.
        evaluation_window_length_seconds (int | Unset): The length of the evaluation window in seconds. Omitted when
            unset.
        filters (list[MonitorFilter] | Unset): Data filters applied to the monitor's metric. Omitted when the metric is
            computed over all data.
        id (str | Unset): Unique identifier for the monitor (base64 global ID).
        latest_computed_value (float | Unset): The most recently computed metric value. Omitted if it has never been
            evaluated.
        manual_evaluation_enabled (bool | Unset): Whether the monitor is evaluated manually rather than on the automatic
            cadence.
        metric (DriftMetric | Unset): The statistical drift metric. `PSI`/`KL`/`JS`/`KS` apply to structured data;
            `EUCLIDEAN_DISTANCE`/`COSINE_SIMILARITY` apply to unstructured (embedding) data.
        model_versions (list[str] | Unset): The model versions the metric is scoped to. An empty array means all model
            versions.
        name (str | Unset): Human-readable name of the monitor.
        notes (str | Unset): Free-form notes attached to the monitor. Omitted when unset.
        notification_configs (list[EmailNotificationConfig | IntegrationNotificationConfig | WebhookNotificationConfig]
            | Unset): Notification channels (email / integration / webhook) notified on a triggered transition. Omitted when
            no channels are configured.
        notifications_enabled (bool | Unset): Whether notifications fire on a triggered transition.
        project_id (str | Unset): The project that the monitor belongs to (base64 global ID).
        scheduled_runtime (ScheduledRuntimeConfig | Unset): ScheduledRuntimeConfig
        status (MonitorStatus | Unset): The monitor's current state from its most recent evaluation. - `TRIGGERED` - The
            metric breached the threshold. - `CLEARED` - The metric is within healthy bounds. - `NO_DATA` - No data was
            available to evaluate.
        threshold (DynamicRangeThreshold | DynamicSingleThreshold | ManualRangeThreshold | ManualSingleThreshold |
            Unset): The monitor's threshold. The `type` field discriminates whether the threshold is manual or dynamic, and
            single or a bounded range.
        type_ (DriftMonitorType | Unset): Identifies this monitor as a drift monitor.
        updated_at (datetime.datetime | Unset): When the monitor was last updated.
        uri (str | Unset): The UI deep link to the monitor.
    """

    baseline_config: CustomBaselineConfig | ModelBaselineConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    delay_seconds: int | Unset = UNSET
    dimension: Dimension | Unset = UNSET
    downtime: DowntimeConfig | Unset = UNSET
    evaluated_at: datetime.datetime | Unset = UNSET
    evaluation_window_length_seconds: int | Unset = UNSET
    filters: list[MonitorFilter] | Unset = UNSET
    id: str | Unset = UNSET
    latest_computed_value: float | Unset = UNSET
    manual_evaluation_enabled: bool | Unset = UNSET
    metric: DriftMetric | Unset = UNSET
    model_versions: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    notification_configs: (
        list[EmailNotificationConfig | IntegrationNotificationConfig | WebhookNotificationConfig]
        | Unset
    ) = UNSET
    notifications_enabled: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    scheduled_runtime: ScheduledRuntimeConfig | Unset = UNSET
    status: MonitorStatus | Unset = UNSET
    threshold: (
        DynamicRangeThreshold
        | DynamicSingleThreshold
        | ManualRangeThreshold
        | ManualSingleThreshold
        | Unset
    ) = UNSET
    type_: DriftMonitorType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uri: str | Unset = UNSET
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
            baseline_config: dict[str, Any] | Unset
            if isinstance(self.baseline_config, Unset):
                baseline_config = UNSET
            elif isinstance(self.baseline_config, ModelBaselineConfig):
                baseline_config = self.baseline_config.to_dict()
            else:
                baseline_config = self.baseline_config.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            baseline_config = _as_json(self.baseline_config)

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id = self.created_by_user_id

        delay_seconds = self.delay_seconds

        try:
            dimension: dict[str, Any] | Unset = UNSET
            if not isinstance(self.dimension, Unset):
                dimension = self.dimension.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dimension = _as_json(self.dimension)

        try:
            downtime: dict[str, Any] | Unset = UNSET
            if not isinstance(self.downtime, Unset):
                downtime = self.downtime.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            downtime = _as_json(self.downtime)

        try:
            evaluated_at: str | Unset = UNSET
            if not isinstance(self.evaluated_at, Unset):
                evaluated_at = self.evaluated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluated_at = _as_json(self.evaluated_at)

        evaluation_window_length_seconds = self.evaluation_window_length_seconds

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

        latest_computed_value = self.latest_computed_value

        manual_evaluation_enabled = self.manual_evaluation_enabled

        try:
            metric: str | Unset = UNSET
            if not isinstance(self.metric, Unset):
                metric = self.metric

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metric = _as_json(self.metric)

        try:
            model_versions: list[str] | Unset = UNSET
            if not isinstance(self.model_versions, Unset):
                model_versions = self.model_versions

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_versions = _as_json(self.model_versions)

        name = self.name

        notes = self.notes

        try:
            notification_configs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.notification_configs, Unset):
                notification_configs = []
                for notification_configs_item_data in self.notification_configs:
                    notification_configs_item: dict[str, Any]
                    if isinstance(notification_configs_item_data, EmailNotificationConfig):
                        notification_configs_item = notification_configs_item_data.to_dict()
                    elif isinstance(notification_configs_item_data, IntegrationNotificationConfig):
                        notification_configs_item = notification_configs_item_data.to_dict()
                    else:
                        notification_configs_item = notification_configs_item_data.to_dict()

                    notification_configs.append(notification_configs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            notification_configs = _as_json(self.notification_configs)

        notifications_enabled = self.notifications_enabled

        project_id = self.project_id

        try:
            scheduled_runtime: dict[str, Any] | Unset = UNSET
            if not isinstance(self.scheduled_runtime, Unset):
                scheduled_runtime = self.scheduled_runtime.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scheduled_runtime = _as_json(self.scheduled_runtime)

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        try:
            threshold: dict[str, Any] | Unset
            if isinstance(self.threshold, Unset):
                threshold = UNSET
            elif isinstance(self.threshold, ManualSingleThreshold):
                threshold = self.threshold.to_dict()
            elif isinstance(self.threshold, DynamicSingleThreshold):
                threshold = self.threshold.to_dict()
            elif isinstance(self.threshold, ManualRangeThreshold):
                threshold = self.threshold.to_dict()
            else:
                threshold = self.threshold.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            threshold = _as_json(self.threshold)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if baseline_config is not UNSET:
            field_dict["baseline_config"] = baseline_config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if downtime is not UNSET:
            field_dict["downtime"] = downtime
        if evaluated_at is not UNSET:
            field_dict["evaluated_at"] = evaluated_at
        if evaluation_window_length_seconds is not UNSET:
            field_dict["evaluation_window_length_seconds"] = evaluation_window_length_seconds
        if filters is not UNSET:
            field_dict["filters"] = filters
        if id is not UNSET:
            field_dict["id"] = id
        if latest_computed_value is not UNSET:
            field_dict["latest_computed_value"] = latest_computed_value
        if manual_evaluation_enabled is not UNSET:
            field_dict["manual_evaluation_enabled"] = manual_evaluation_enabled
        if metric is not UNSET:
            field_dict["metric"] = metric
        if model_versions is not UNSET:
            field_dict["model_versions"] = model_versions
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if notification_configs is not UNSET:
            field_dict["notification_configs"] = notification_configs
        if notifications_enabled is not UNSET:
            field_dict["notifications_enabled"] = notifications_enabled
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if scheduled_runtime is not UNSET:
            field_dict["scheduled_runtime"] = scheduled_runtime
        if status is not UNSET:
            field_dict["status"] = status
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uri is not UNSET:
            field_dict["uri"] = uri

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
        _baseline_config_raw = d.get("baseline_config", UNSET)
        if _baseline_config_raw is UNSET:
            baseline_config = UNSET
        elif not _strict:
            baseline_config = _baseline_config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _baseline_config = d.get("baseline_config", UNSET)
                baseline_config = (
                    _baseline_config
                    if _baseline_config is UNSET
                    else _parse_baseline_config(_baseline_config)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                baseline_config, _drifted = _keep(
                    cls,
                    d,
                    "baseline_config",
                    "CustomBaselineConfig | ModelBaselineConfig",
                    "union",
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
            created_by_user_id = d.get("created_by_user_id", UNSET)
            if not (type(created_by_user_id) is str or created_by_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "str", "type", _drifted
            )

        try:
            delay_seconds = d.get("delay_seconds", UNSET)
            if not (type(delay_seconds) is int or delay_seconds is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            delay_seconds, _drifted = _keep(cls, d, "delay_seconds", "int", "type", _drifted)

        _dimension_raw = d.get("dimension", UNSET)
        if _dimension_raw is UNSET:
            dimension = UNSET
        elif not _strict:
            dimension = _dimension_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _dimension = d.get("dimension", UNSET)
                dimension: Dimension | Unset
                if _dimension is UNSET:
                    dimension = UNSET
                else:
                    dimension = Dimension.from_dict(_dimension)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dimension, _drifted = _keep(cls, d, "dimension", "Dimension", "type", _drifted)

        _downtime_raw = d.get("downtime", UNSET)
        if _downtime_raw is UNSET:
            downtime = UNSET
        elif not _strict:
            downtime = _downtime_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _downtime = d.get("downtime", UNSET)
                downtime: DowntimeConfig | Unset
                if _downtime is UNSET:
                    downtime = UNSET
                else:
                    downtime = DowntimeConfig.from_dict(_downtime)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                downtime, _drifted = _keep(cls, d, "downtime", "DowntimeConfig", "type", _drifted)

        _evaluated_at_raw = d.get("evaluated_at", UNSET)
        if _evaluated_at_raw is UNSET:
            evaluated_at = UNSET
        elif not _strict:
            evaluated_at = _evaluated_at_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _evaluated_at = d.get("evaluated_at", UNSET)
                evaluated_at: datetime.datetime | Unset
                if _evaluated_at is UNSET:
                    evaluated_at = UNSET
                else:
                    evaluated_at = datetime.datetime.fromisoformat(_evaluated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluated_at, _drifted = _keep(
                    cls, d, "evaluated_at", "datetime.datetime", "type", _drifted
                )

        try:
            evaluation_window_length_seconds = d.get("evaluation_window_length_seconds", UNSET)
            if not (
                type(evaluation_window_length_seconds) is int
                or evaluation_window_length_seconds is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluation_window_length_seconds, _drifted = _keep(
                cls, d, "evaluation_window_length_seconds", "int", "type", _drifted
            )

        _filters_raw = d.get("filters", UNSET)
        if _filters_raw is UNSET:
            filters = UNSET
        elif not _strict:
            filters = _filters_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _filters = d.get("filters", UNSET)
                filters: list[MonitorFilter] | Unset = UNSET
                if _filters is not UNSET:
                    filters = [
                        MonitorFilter.from_dict(filters_item_data) for filters_item_data in _filters
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                filters, _drifted = _keep_each(
                    cls,
                    d,
                    "filters",
                    "list[MonitorFilter]",
                    "type",
                    lambda filters_item_data: MonitorFilter.from_dict(filters_item_data),
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
            latest_computed_value = d.get("latest_computed_value", UNSET)
            if not (
                type(latest_computed_value) is float
                or type(latest_computed_value) is int
                or latest_computed_value is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            latest_computed_value, _drifted = _keep(
                cls, d, "latest_computed_value", "float", "type", _drifted
            )

        try:
            manual_evaluation_enabled = d.get("manual_evaluation_enabled", UNSET)
            if not (type(manual_evaluation_enabled) is bool or manual_evaluation_enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            manual_evaluation_enabled, _drifted = _keep(
                cls, d, "manual_evaluation_enabled", "bool", "type", _drifted
            )

        try:
            _metric = d.get("metric", UNSET)
            metric: DriftMetric | Unset
            if _metric is UNSET:
                metric = UNSET
            else:
                metric = check_drift_metric(_metric)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metric, _drifted = _keep(
                cls,
                d,
                "metric",
                "one of COSINE_SIMILARITY, EUCLIDEAN_DISTANCE, JS, KL, KS, PSI",
                "enum",
                _drifted,
            )

        try:
            model_versions: list[str] = d.get("model_versions", UNSET)

            if not (
                (type(model_versions) is list and _strs(model_versions)) or model_versions is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_versions, _drifted = _keep(
                cls, d, "model_versions", "list[str]", "type", _drifted
            )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            notes = d.get("notes", UNSET)
            if not (type(notes) is str or notes is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            notes, _drifted = _keep(cls, d, "notes", "str", "type", _drifted)

        try:
            _notification_configs = d.get("notification_configs", UNSET)
            notification_configs: (
                list[
                    EmailNotificationConfig
                    | IntegrationNotificationConfig
                    | WebhookNotificationConfig
                ]
                | Unset
            ) = UNSET
            if _notification_configs is not UNSET:
                notification_configs = []
                for notification_configs_item_data in _notification_configs:

                    def _parse_notification_configs_item(
                        data: object,
                    ) -> (
                        EmailNotificationConfig
                        | IntegrationNotificationConfig
                        | WebhookNotificationConfig
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_notification_config_type_0 = (
                                EmailNotificationConfig.from_dict(data, _strict=True)
                            )

                            return componentsschemas_notification_config_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_notification_config_type_1 = (
                                IntegrationNotificationConfig.from_dict(data, _strict=True)
                            )

                            return componentsschemas_notification_config_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_notification_config_type_2 = (
                            WebhookNotificationConfig.from_dict(data, _strict=True)
                        )

                        return componentsschemas_notification_config_type_2

                    notification_configs_item = _parse_notification_configs_item(
                        notification_configs_item_data
                    )

                    notification_configs.append(notification_configs_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(notification_configs_item_data: Any) -> Any:
                def _parse_notification_configs_item(
                    data: object,
                ) -> (
                    EmailNotificationConfig
                    | IntegrationNotificationConfig
                    | WebhookNotificationConfig
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_notification_config_type_0 = (
                            EmailNotificationConfig.from_dict(data, _strict=True)
                        )

                        return componentsschemas_notification_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_notification_config_type_1 = (
                            IntegrationNotificationConfig.from_dict(data, _strict=True)
                        )

                        return componentsschemas_notification_config_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_config_type_2 = (
                        WebhookNotificationConfig.from_dict(data, _strict=True)
                    )

                    return componentsschemas_notification_config_type_2

                notification_configs_item = _parse_notification_configs_item(
                    notification_configs_item_data
                )
                return notification_configs_item

            notification_configs, _drifted = _keep_each(
                cls,
                d,
                "notification_configs",
                "list[EmailNotificationConfig | IntegrationNotificationConfig | WebhookNotificationConfig]",
                "type",
                _each,
                _drifted,
            )

        try:
            notifications_enabled = d.get("notifications_enabled", UNSET)
            if not (type(notifications_enabled) is bool or notifications_enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            notifications_enabled, _drifted = _keep(
                cls, d, "notifications_enabled", "bool", "type", _drifted
            )

        try:
            project_id = d.get("project_id", UNSET)
            if not (type(project_id) is str or project_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        _scheduled_runtime_raw = d.get("scheduled_runtime", UNSET)
        if _scheduled_runtime_raw is UNSET:
            scheduled_runtime = UNSET
        elif not _strict:
            scheduled_runtime = _scheduled_runtime_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _scheduled_runtime = d.get("scheduled_runtime", UNSET)
                scheduled_runtime: ScheduledRuntimeConfig | Unset
                if _scheduled_runtime is UNSET:
                    scheduled_runtime = UNSET
                else:
                    scheduled_runtime = ScheduledRuntimeConfig.from_dict(_scheduled_runtime)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scheduled_runtime, _drifted = _keep(
                    cls, d, "scheduled_runtime", "ScheduledRuntimeConfig", "type", _drifted
                )

        try:
            _status = d.get("status", UNSET)
            status: MonitorStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_monitor_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of CLEARED, NO_DATA, TRIGGERED", "enum", _drifted
            )

        _threshold_raw = d.get("threshold", UNSET)
        if _threshold_raw is UNSET:
            threshold = UNSET
        elif not _strict:
            threshold = _threshold_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _threshold = d.get("threshold", UNSET)
                threshold = _threshold if _threshold is UNSET else _parse_threshold(_threshold)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                threshold, _drifted = _keep(
                    cls,
                    d,
                    "threshold",
                    "DynamicRangeThreshold | DynamicSingleThreshold | ManualRangeThreshold | ManualSingleThreshold",
                    "union",
                    _drifted,
                )

        try:
            _type_ = d.get("type", UNSET)
            type_: DriftMonitorType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_drift_monitor_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of DRIFT", "enum", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 256
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            uri = d.get("uri", UNSET)
            if not (type(uri) is str or uri is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            uri, _drifted = _keep(cls, d, "uri", "str", "type", _drifted)

        _drift_monitor_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _drift_monitor_._baseline_config_slot = baseline_config  # type: ignore[attr-defined]
        _drift_monitor_._created_at_slot = created_at  # type: ignore[attr-defined]
        _drift_monitor_.created_by_user_id = created_by_user_id
        _drift_monitor_.delay_seconds = delay_seconds
        _drift_monitor_._dimension_slot = dimension  # type: ignore[attr-defined]
        _drift_monitor_._downtime_slot = downtime  # type: ignore[attr-defined]
        _drift_monitor_._evaluated_at_slot = evaluated_at  # type: ignore[attr-defined]
        _drift_monitor_.evaluation_window_length_seconds = evaluation_window_length_seconds
        _drift_monitor_._filters_slot = filters  # type: ignore[attr-defined]
        _drift_monitor_.id = id
        _drift_monitor_.latest_computed_value = latest_computed_value
        _drift_monitor_.manual_evaluation_enabled = manual_evaluation_enabled
        _drift_monitor_.metric = metric
        _drift_monitor_.model_versions = model_versions
        _drift_monitor_.name = name
        _drift_monitor_.notes = notes
        _drift_monitor_.notification_configs = notification_configs
        _drift_monitor_.notifications_enabled = notifications_enabled
        _drift_monitor_.project_id = project_id
        _drift_monitor_._scheduled_runtime_slot = scheduled_runtime  # type: ignore[attr-defined]
        _drift_monitor_.status = status
        _drift_monitor_._threshold_slot = threshold  # type: ignore[attr-defined]
        _drift_monitor_.type_ = type_
        _drift_monitor_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _drift_monitor_.uri = uri
        _drift_monitor_.additional_properties = {}
        _drift_monitor_._pending = _pending

        if _extra:
            _drift_monitor_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_drift_monitor_, _drifted)
        return _drift_monitor_

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


def _parse_baseline_config(data: object) -> CustomBaselineConfig | ModelBaselineConfig | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_baseline_config_type_0 = ModelBaselineConfig.from_dict(data, _strict=True)

        return componentsschemas_baseline_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_baseline_config_type_1 = CustomBaselineConfig.from_dict(data, _strict=True)

    return componentsschemas_baseline_config_type_1


def _parse_threshold(
    data: object,
) -> (
    DynamicRangeThreshold
    | DynamicSingleThreshold
    | ManualRangeThreshold
    | ManualSingleThreshold
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_threshold_config_type_0 = ManualSingleThreshold.from_dict(
            data, _strict=True
        )

        return componentsschemas_threshold_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_threshold_config_type_1 = DynamicSingleThreshold.from_dict(
            data, _strict=True
        )

        return componentsschemas_threshold_config_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_threshold_config_type_2 = ManualRangeThreshold.from_dict(
            data, _strict=True
        )

        return componentsschemas_threshold_config_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_threshold_config_type_3 = DynamicRangeThreshold.from_dict(data, _strict=True)

    return componentsschemas_threshold_config_type_3


def _decode_baseline_config(self: DriftMonitor, raw: Any) -> Any:
    """``baseline_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _baseline_config = raw
        baseline_config = (
            _baseline_config
            if _baseline_config is UNSET
            else _parse_baseline_config(_baseline_config)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        baseline_config, _drifted = _keep(
            type(self),
            {"baseline_config": raw},
            "baseline_config",
            "CustomBaselineConfig | ModelBaselineConfig",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return baseline_config


_lazy(DriftMonitor, "baseline_config", 1, _decode_baseline_config)


def _decode_created_at(self: DriftMonitor, raw: Any) -> Any:
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


_lazy(DriftMonitor, "created_at", 2, _decode_created_at)


def _decode_dimension(self: DriftMonitor, raw: Any) -> Any:
    """``dimension`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dimension = raw
        dimension: Dimension | Unset
        if _dimension is UNSET:
            dimension = UNSET
        else:
            dimension = Dimension.from_dict(_dimension)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dimension, _drifted = _keep(
            type(self), {"dimension": raw}, "dimension", "Dimension", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dimension


_lazy(DriftMonitor, "dimension", 4, _decode_dimension)


def _decode_downtime(self: DriftMonitor, raw: Any) -> Any:
    """``downtime`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _downtime = raw
        downtime: DowntimeConfig | Unset
        if _downtime is UNSET:
            downtime = UNSET
        else:
            downtime = DowntimeConfig.from_dict(_downtime)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        downtime, _drifted = _keep(
            type(self), {"downtime": raw}, "downtime", "DowntimeConfig", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return downtime


_lazy(DriftMonitor, "downtime", 8, _decode_downtime)


def _decode_evaluated_at(self: DriftMonitor, raw: Any) -> Any:
    """``evaluated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluated_at = raw
        evaluated_at: datetime.datetime | Unset
        if _evaluated_at is UNSET:
            evaluated_at = UNSET
        else:
            evaluated_at = datetime.datetime.fromisoformat(_evaluated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluated_at, _drifted = _keep(
            type(self), {"evaluated_at": raw}, "evaluated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluated_at


_lazy(DriftMonitor, "evaluated_at", 16, _decode_evaluated_at)


def _decode_filters(self: DriftMonitor, raw: Any) -> Any:
    """``filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _filters = raw
        filters: list[MonitorFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [MonitorFilter.from_dict(filters_item_data) for filters_item_data in _filters]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        filters, _drifted = _keep_each(
            type(self),
            {"filters": raw},
            "filters",
            "list[MonitorFilter]",
            "type",
            lambda filters_item_data: MonitorFilter.from_dict(filters_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return filters


_lazy(DriftMonitor, "filters", 32, _decode_filters)


def _decode_scheduled_runtime(self: DriftMonitor, raw: Any) -> Any:
    """``scheduled_runtime`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scheduled_runtime = raw
        scheduled_runtime: ScheduledRuntimeConfig | Unset
        if _scheduled_runtime is UNSET:
            scheduled_runtime = UNSET
        else:
            scheduled_runtime = ScheduledRuntimeConfig.from_dict(_scheduled_runtime)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scheduled_runtime, _drifted = _keep(
            type(self),
            {"scheduled_runtime": raw},
            "scheduled_runtime",
            "ScheduledRuntimeConfig",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scheduled_runtime


_lazy(DriftMonitor, "scheduled_runtime", 64, _decode_scheduled_runtime)


def _decode_threshold(self: DriftMonitor, raw: Any) -> Any:
    """``threshold`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _threshold = raw
        threshold = _threshold if _threshold is UNSET else _parse_threshold(_threshold)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        threshold, _drifted = _keep(
            type(self),
            {"threshold": raw},
            "threshold",
            "DynamicRangeThreshold | DynamicSingleThreshold | ManualRangeThreshold | ManualSingleThreshold",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return threshold


_lazy(DriftMonitor, "threshold", 128, _decode_threshold)


def _decode_updated_at(self: DriftMonitor, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(DriftMonitor, "updated_at", 256, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CustomBaselineConfig, \
        Dimension, \
        DowntimeConfig, \
        DynamicRangeThreshold, \
        DynamicSingleThreshold, \
        EmailNotificationConfig, \
        IntegrationNotificationConfig, \
        ManualRangeThreshold, \
        ManualSingleThreshold, \
        ModelBaselineConfig, \
        MonitorFilter, \
        ScheduledRuntimeConfig, \
        WebhookNotificationConfig
    from ..models.custom_baseline_config import CustomBaselineConfig  # noqa: PLC0415
    from ..models.dimension import Dimension  # noqa: PLC0415
    from ..models.downtime_config import DowntimeConfig  # noqa: PLC0415
    from ..models.dynamic_range_threshold import DynamicRangeThreshold  # noqa: PLC0415
    from ..models.dynamic_single_threshold import DynamicSingleThreshold  # noqa: PLC0415
    from ..models.email_notification_config import EmailNotificationConfig  # noqa: PLC0415
    from ..models.integration_notification_config import IntegrationNotificationConfig  # noqa: PLC0415
    from ..models.manual_range_threshold import ManualRangeThreshold  # noqa: PLC0415
    from ..models.manual_single_threshold import ManualSingleThreshold  # noqa: PLC0415
    from ..models.model_baseline_config import ModelBaselineConfig  # noqa: PLC0415
    from ..models.monitor_filter import MonitorFilter  # noqa: PLC0415
    from ..models.scheduled_runtime_config import ScheduledRuntimeConfig  # noqa: PLC0415
    from ..models.webhook_notification_config import WebhookNotificationConfig  # noqa: PLC0415

    _LAZY_PENDING = False
