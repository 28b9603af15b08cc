from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.remote_config_input import RemoteConfigInput


T = TypeVar("T", bound="CreateRemoteEvaluatorVersionRequest")
_FIELDS = frozenset(
    {
        "commit_message",
        "remote_config",
    }
)


@_attrs_define
class CreateRemoteEvaluatorVersionRequest:
    """CreateRemoteEvaluatorVersionRequest

    Attributes:
        commit_message (str): Commit message describing the changes
        remote_config (RemoteConfigInput): Remote configuration for a `REMOTE` evaluator version in write requests. The
            referenced integration may also be used by other versions; editing it affects every version that references it.
    """

    commit_message: str
    remote_config: RemoteConfigInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        commit_message = self.commit_message

        remote_config = self.remote_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "remote_config": remote_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        commit_message = d["commit_message"]

        remote_config = RemoteConfigInput.from_dict(d["remote_config"])

        create_remote_evaluator_version_request = cls(
            commit_message,
            remote_config,
        )

        if not d.keys() <= _FIELDS:
            create_remote_evaluator_version_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_remote_evaluator_version_request

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
    global _LAZY_PENDING, RemoteConfigInput
    from ..models.remote_config_input import RemoteConfigInput  # noqa: PLC0415

    _LAZY_PENDING = False
