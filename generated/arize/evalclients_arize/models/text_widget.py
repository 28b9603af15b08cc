from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import only_ints as _only_ints
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextWidget")
_new = object.__new__
_FIELDS = frozenset(
    {
        "content",
        "created_at",
        "creation_status",
        "creator_user_id",
        "dashboard_id",
        "grid_position",
        "id",
        "title",
        "type",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "content",
        "content",
        False,
        0,
        "content = _j_content\nif not (type(content) is str or content is UNSET):\n    raise TypeError",
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
        "dashboard_id",
        "dashboard_id",
        False,
        0,
        "dashboard_id = _j_dashboard_id\nif not (type(dashboard_id) is str or dashboard_id is UNSET):\n    raise TypeError",
    ),
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
class TextWidget:
    """A dashboard widget that displays formatted text.

    Attributes:
        content (str | Unset): Saved text content displayed by the widget.
        created_at (datetime.datetime | Unset): Timestamp when the widget was created.
        creation_status (WidgetCreationStatus | Unset): Whether the widget is still being edited or is available in the
            dashboard.
        creator_user_id (str | Unset): Unique identifier for the user who created the widget.
        dashboard_id (str | Unset): Unique identifier for the dashboard containing the widget.
        grid_position (list[int] | Unset): Position and size of the widget in the dashboard grid.
        id (str | Unset): Unique identifier for the widget.
        title (str | Unset): Display title of the widget.
        type_ (WidgetType | Unset): The kind of dashboard widget and the configuration shape it uses.
    """

    content: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    id: str | Unset = UNSET
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
        content = self.content

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
            grid_position: list[int] | Unset = UNSET
            if not isinstance(self.grid_position, Unset):
                grid_position = self.grid_position

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            grid_position = _as_json(self.grid_position)

        id = self.id

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
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if id is not UNSET:
            field_dict["id"] = id
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
            content = d.get("content", UNSET)
            if not (type(content) is str or content is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            content, _drifted = _keep(cls, d, "content", "str", "type", _drifted)

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
            dashboard_id = d.get("dashboard_id", UNSET)
            if not (type(dashboard_id) is str or dashboard_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dashboard_id, _drifted = _keep(cls, d, "dashboard_id", "str", "type", _drifted)

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

        _text_widget_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _text_widget_.content = content
        _text_widget_._created_at_slot = created_at  # type: ignore[attr-defined]
        _text_widget_.creation_status = creation_status
        _text_widget_.creator_user_id = creator_user_id
        _text_widget_.dashboard_id = dashboard_id
        _text_widget_.grid_position = grid_position
        _text_widget_.id = id
        _text_widget_.title = title
        _text_widget_.type_ = type_
        _text_widget_.additional_properties = {}
        _text_widget_._pending = _pending

        if _extra:
            _text_widget_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_text_widget_, _drifted)
        return _text_widget_

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


def _decode_created_at(self: TextWidget, raw: Any) -> Any:
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


_lazy(TextWidget, "created_at", 1, _decode_created_at)
