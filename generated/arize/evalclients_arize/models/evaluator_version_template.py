from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_version_template_type import (
    EvaluatorVersionTemplateType,
    check_evaluator_version_template_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_config import TemplateConfig


T = TypeVar("T", bound="EvaluatorVersionTemplate")
_FIELDS = frozenset(
    {
        "commit_hash",
        "commit_message",
        "created_at",
        "created_by_user_id",
        "evaluator_id",
        "id",
        "template_config",
        "type",
    }
)


@_attrs_define
class EvaluatorVersionTemplate:
    """Evaluator version carrying a template (LLM) configuration.

    Attributes:
        commit_hash (str | Unset): A unique hash identifying this version
        commit_message (None | str | Unset): A message describing the changes in this version
        created_at (datetime.datetime | Unset): When this version was created
        created_by_user_id (None | str | Unset): The unique identifier for the user who created this version
        evaluator_id (str | Unset): The parent evaluator ID
        id (str | Unset): The unique identifier for this version
        template_config (TemplateConfig | Unset): TemplateConfig
        type_ (EvaluatorVersionTemplateType | Unset): Discriminator identifying this as a template evaluator version.
            Always `TEMPLATE` for this variant.
    """

    commit_hash: str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    evaluator_id: str | Unset = UNSET
    id: str | Unset = UNSET
    template_config: TemplateConfig | Unset = UNSET
    type_: EvaluatorVersionTemplateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        commit_hash = self.commit_hash

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        evaluator_id = self.evaluator_id

        id = self.id

        template_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_config, Unset):
            template_config = self.template_config.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commit_hash is not UNSET:
            field_dict["commit_hash"] = commit_hash
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if evaluator_id is not UNSET:
            field_dict["evaluator_id"] = evaluator_id
        if id is not UNSET:
            field_dict["id"] = id
        if template_config is not UNSET:
            field_dict["template_config"] = template_config
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        commit_hash = d.get("commit_hash", UNSET)

        commit_message: None | str | Unset = d.get("commit_message", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

        evaluator_id = d.get("evaluator_id", UNSET)

        id = d.get("id", UNSET)

        _template_config = d.get("template_config", UNSET)
        template_config: TemplateConfig | Unset
        if _template_config is UNSET:
            template_config = UNSET
        else:
            template_config = TemplateConfig.from_dict(_template_config)

        _type_ = d.get("type", UNSET)
        type_: EvaluatorVersionTemplateType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_evaluator_version_template_type(_type_)

        evaluator_version_template = cls(
            commit_hash,
            commit_message,
            created_at,
            created_by_user_id,
            evaluator_id,
            id,
            template_config,
            type_,
        )

        if not d.keys() <= _FIELDS:
            evaluator_version_template.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_version_template

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
    global _LAZY_PENDING, TemplateConfig
    from ..models.template_config import TemplateConfig  # noqa: PLC0415

    _LAZY_PENDING = False
