from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.create_datapoint_request_inputs import CreateDatapointRequestInputs
    from ..models.create_datapoint_request_target import CreateDatapointRequestTarget


T = TypeVar("T", bound="CreateDatapointRequest")
_FIELDS = frozenset(
    {
        "inputs",
        "messages",
        "target",
    }
)


@_attrs_define
class CreateDatapointRequest:
    """
    Attributes:
        inputs (CreateDatapointRequestInputs | Unset): The inputs to the prompt template.
        messages (list[ChatMessage] | Unset): List of chat messages to provide to the model.
        target (CreateDatapointRequestTarget | Unset): Object with criteria necessary to evaluate generations with this
            Datapoint. This is passed in as an argument to Evaluators when used in an Evaluation.
    """

    inputs: CreateDatapointRequestInputs | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    target: CreateDatapointRequestTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if messages is not UNSET:
            field_dict["messages"] = messages
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _inputs = d.get("inputs", UNSET)
        inputs: CreateDatapointRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = CreateDatapointRequestInputs.from_dict(_inputs)

        _messages = d.get("messages", UNSET)
        messages: list[ChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = [
                ChatMessage.from_dict(messages_item_data) for messages_item_data in _messages
            ]

        _target = d.get("target", UNSET)
        target: CreateDatapointRequestTarget | Unset
        if _target is UNSET:
            target = UNSET
        else:
            target = CreateDatapointRequestTarget.from_dict(_target)

        create_datapoint_request = cls(
            inputs,
            messages,
            target,
        )

        if not d.keys() <= _FIELDS:
            create_datapoint_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_datapoint_request

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
    global _LAZY_PENDING, ChatMessage, CreateDatapointRequestInputs, CreateDatapointRequestTarget
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.create_datapoint_request_inputs import CreateDatapointRequestInputs  # noqa: PLC0415
    from ..models.create_datapoint_request_target import CreateDatapointRequestTarget  # noqa: PLC0415

    _LAZY_PENDING = False
