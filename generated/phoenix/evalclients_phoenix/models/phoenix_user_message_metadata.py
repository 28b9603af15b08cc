from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.phoenix_user_message_metadata_editpermission import (
    PhoenixUserMessageMetadataEditpermission,
    check_phoenix_user_message_metadata_editpermission,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ui_contexts import UIContexts


T = TypeVar("T", bound="PhoenixUserMessageMetadata")


@_attrs_define
class PhoenixUserMessageMetadata:
    """The ``phoenix`` metadata namespace the browser attaches to outgoing
    user messages.

        Attributes:
            current_date_time (str):
            time_zone (str):
            type_ (Literal['user']):
            edit_permission (PhoenixUserMessageMetadataEditpermission | Unset):  Default: 'manual'.
            is_compaction_message (bool | Unset):  Default: False.
            ui_contexts (None | UIContexts | Unset):
    """

    current_date_time: str
    time_zone: str
    type_: Literal["user"]
    edit_permission: PhoenixUserMessageMetadataEditpermission | Unset = "manual"
    is_compaction_message: bool | Unset = False
    ui_contexts: None | UIContexts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ui_contexts import UIContexts  # noqa: PLC0415

        current_date_time = self.current_date_time

        time_zone = self.time_zone

        type_ = self.type_

        edit_permission: str | Unset = UNSET
        if not isinstance(self.edit_permission, Unset):
            edit_permission = self.edit_permission

        is_compaction_message = self.is_compaction_message

        ui_contexts: dict[str, Any] | None | Unset
        if isinstance(self.ui_contexts, Unset):
            ui_contexts = UNSET
        elif isinstance(self.ui_contexts, UIContexts):
            ui_contexts = self.ui_contexts.to_dict()
        else:
            ui_contexts = self.ui_contexts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currentDateTime": current_date_time,
                "timeZone": time_zone,
                "type": type_,
            }
        )
        if edit_permission is not UNSET:
            field_dict["editPermission"] = edit_permission
        if is_compaction_message is not UNSET:
            field_dict["isCompactionMessage"] = is_compaction_message
        if ui_contexts is not UNSET:
            field_dict["uiContexts"] = ui_contexts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ui_contexts import UIContexts  # noqa: PLC0415

        d = dict(src_dict)
        current_date_time = d.pop("currentDateTime")

        time_zone = d.pop("timeZone")

        type_ = cast(Literal["user"], d.pop("type"))
        if type_ != "user":
            raise ValueError(f"type must match const 'user', got '{type_}'")

        _edit_permission = d.pop("editPermission", UNSET)
        edit_permission: PhoenixUserMessageMetadataEditpermission | Unset
        if isinstance(_edit_permission, Unset):
            edit_permission = UNSET
        else:
            edit_permission = check_phoenix_user_message_metadata_editpermission(_edit_permission)

        is_compaction_message = d.pop("isCompactionMessage", UNSET)

        def _parse_ui_contexts(data: object) -> None | UIContexts | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ui_contexts_type_0 = UIContexts.from_dict(data)

                return ui_contexts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UIContexts | Unset, data)

        ui_contexts = _parse_ui_contexts(d.pop("uiContexts", UNSET))

        phoenix_user_message_metadata = cls(
            current_date_time=current_date_time,
            time_zone=time_zone,
            type_=type_,
            edit_permission=edit_permission,
            is_compaction_message=is_compaction_message,
            ui_contexts=ui_contexts,
        )

        return phoenix_user_message_metadata
