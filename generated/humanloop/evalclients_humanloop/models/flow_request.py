from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_request_attributes import FlowRequestAttributes


T = TypeVar("T", bound="FlowRequest")
_FIELDS = frozenset(
    {
        "attributes",
        "commit_message",
        "id",
        "path",
    }
)


@_attrs_define
class FlowRequest:
    """Request model for creating a new Flow.

    Attributes:
        attributes (FlowRequestAttributes): A key-value object identifying the Flow Version.
        commit_message (str | Unset): Message describing the changes made.
        id (str | Unset): ID for an existing Flow.
        path (str | Unset): Path of the Flow, including the name. This locates the Flow in the Humanloop filesystem and
            is used as as a unique identifier. For example: `folder/name` or just `name`.
    """

    attributes: FlowRequestAttributes
    commit_message: str | Unset = UNSET
    id: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        attributes = self.attributes.to_dict()

        commit_message = self.commit_message

        id = self.id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        attributes = FlowRequestAttributes.from_dict(d["attributes"])

        commit_message = d.get("commit_message", UNSET)

        id = d.get("id", UNSET)

        path = d.get("path", UNSET)

        flow_request = cls(
            attributes,
            commit_message,
            id,
            path,
        )

        if not d.keys() <= _FIELDS:
            flow_request.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return flow_request

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, FlowRequestAttributes
    from ..models.flow_request_attributes import FlowRequestAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
