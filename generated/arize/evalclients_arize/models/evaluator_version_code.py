from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_version_code_type import (
    EvaluatorVersionCodeType,
    check_evaluator_version_code_type,
)

if TYPE_CHECKING:
    from ..models.custom_code_config import CustomCodeConfig
    from ..models.managed_code_config import ManagedCodeConfig


T = TypeVar("T", bound="EvaluatorVersionCode")
_FIELDS = frozenset(
    {
        "commit_hash",
        "commit_message",
        "created_at",
        "created_by_user_id",
        "evaluator_id",
        "id",
        "type",
        "code_config",
    }
)


@_attrs_define
class EvaluatorVersionCode:
    """Evaluator version carrying a code configuration.

    Attributes:
        commit_hash (str): A unique hash identifying this version
        commit_message (None | str): A message describing the changes in this version
        created_at (datetime.datetime): When this version was created
        created_by_user_id (None | str): The unique identifier for the user who created this version
        evaluator_id (str): The parent evaluator ID
        id (str): The unique identifier for this version
        type_ (EvaluatorVersionCodeType): Discriminator identifying this as a code evaluator version. Always `CODE` for
            this variant.
        code_config (CustomCodeConfig | ManagedCodeConfig): Discriminated union representing either a managed (built-in)
            or custom
            (user-supplied Python) code evaluator configuration, resolved by the
            nested `type` field (`MANAGED` -> `ManagedCodeConfig`, `CUSTOM` -> `CustomCodeConfig`).
            This inner `type` is independent of the parent evaluator version's `type` (which is always `CODE` here).
    """

    commit_hash: str
    commit_message: None | str
    created_at: datetime.datetime
    created_by_user_id: None | str
    evaluator_id: str
    id: str
    type_: EvaluatorVersionCodeType
    code_config: CustomCodeConfig | ManagedCodeConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        commit_hash = self.commit_hash

        commit_message: None | str
        commit_message = self.commit_message

        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        evaluator_id = self.evaluator_id

        id = self.id

        type_: str = self.type_

        code_config: dict[str, Any]
        if isinstance(self.code_config, ManagedCodeConfig):
            code_config = self.code_config.to_dict()
        else:
            code_config = self.code_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_hash": commit_hash,
                "commit_message": commit_message,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "evaluator_id": evaluator_id,
                "id": id,
                "type": type_,
                "code_config": code_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        commit_hash = d["commit_hash"]

        commit_message: None | str = d["commit_message"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        evaluator_id = d["evaluator_id"]

        id = d["id"]

        type_ = check_evaluator_version_code_type(d["type"])

        code_config = _parse_code_config(d["code_config"])

        evaluator_version_code = cls(
            commit_hash,
            commit_message,
            created_at,
            created_by_user_id,
            evaluator_id,
            id,
            type_,
            code_config,
        )

        if not d.keys() <= _FIELDS:
            evaluator_version_code.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_version_code

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


def _parse_code_config(data: object) -> CustomCodeConfig | ManagedCodeConfig:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_code_config_type_0 = ManagedCodeConfig.from_dict(data)

        return componentsschemas_code_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_code_config_type_1 = CustomCodeConfig.from_dict(data)

    return componentsschemas_code_config_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CustomCodeConfig, ManagedCodeConfig
    from ..models.custom_code_config import CustomCodeConfig  # noqa: PLC0415
    from ..models.managed_code_config import ManagedCodeConfig  # noqa: PLC0415

    _LAZY_PENDING = False
