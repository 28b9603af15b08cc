from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_task_config import WorkflowTaskConfig


T = TypeVar("T", bound="WorkflowTask")
_FIELDS = frozenset(
    {
        "config",
        "type",
    }
)


@_attrs_define
class WorkflowTask:
    """A workflow task configured for an experiment.

    Attributes:
        config (WorkflowTaskConfig | Unset): Task configuration, e.g. model, temperature, max_tokens.
        type_ (str | Unset): Task type, e.g. "completion".
    """

    config: WorkflowTaskConfig | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _config = d.get("config", UNSET)
        config: WorkflowTaskConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = WorkflowTaskConfig.from_dict(_config)

        type_ = d.get("type", UNSET)

        workflow_task = cls(
            config,
            type_,
        )

        if not d.keys() <= _FIELDS:
            workflow_task.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return workflow_task

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
    global _LAZY_PENDING, WorkflowTaskConfig
    from ..models.workflow_task_config import WorkflowTaskConfig  # noqa: PLC0415

    _LAZY_PENDING = False
