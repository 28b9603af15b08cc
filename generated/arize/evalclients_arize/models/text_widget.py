from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextWidget")
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

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status

        creator_user_id = self.creator_user_id

        dashboard_id = self.dashboard_id

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        id = self.id

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        content = d.get("content", UNSET)

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

        grid_position: list[int] = d.get("grid_position", UNSET)

        id = d.get("id", UNSET)

        title = d.get("title", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WidgetType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_widget_type(_type_)

        text_widget = cls(
            content,
            created_at,
            creation_status,
            creator_user_id,
            dashboard_id,
            grid_position,
            id,
            title,
            type_,
        )

        if not d.keys() <= _FIELDS:
            text_widget.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return text_widget

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
