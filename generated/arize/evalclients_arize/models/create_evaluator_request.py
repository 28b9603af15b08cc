from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_type import EvaluatorType, check_evaluator_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest
    from ..models.create_remote_evaluator_version_request import CreateRemoteEvaluatorVersionRequest
    from ..models.create_template_evaluator_version_request import (
        CreateTemplateEvaluatorVersionRequest,
    )


T = TypeVar("T", bound="CreateEvaluatorRequest")
_FIELDS = frozenset(
    {
        "name",
        "space_id",
        "type",
        "version",
        "description",
    }
)


@_attrs_define
class CreateEvaluatorRequest:
    """Body containing evaluator creation parameters with an initial version.

    Attributes:
        name (str): Evaluator name (must be unique within the space)
        space_id (str): Space identifier (base64)
        type_ (EvaluatorType): The evaluator type:  - `TEMPLATE` — LLM-based evaluator. - `CODE` — managed built-in
            evaluators or custom Python code (both are   subtypes of `CODE`, discriminated by the nested `CodeConfig.type` =
            `MANAGED` | `CUSTOM`). - `HARNESS` — test harness evaluator. - `REMOTE` — remote evaluator.  Applies to both the
            parent `Evaluator.type` field and every version's `type` discriminator — a version's `type` must always match
            its parent evaluator's `type`.
        version (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest): Payload for an evaluator version: exactly one of `template_config`,
            `code_config`, or `remote_config`. Used both when creating an evaluator (initial `version`) and when appending a
            version.
        description (str | Unset): Evaluator description
    """

    name: str
    space_id: str
    type_: EvaluatorType
    version: (
        CreateCodeEvaluatorVersionRequest
        | CreateRemoteEvaluatorVersionRequest
        | CreateTemplateEvaluatorVersionRequest
    )
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        name = self.name

        space_id = self.space_id

        type_: str = self.type_

        version: dict[str, Any]
        if isinstance(self.version, CreateTemplateEvaluatorVersionRequest):
            version = self.version.to_dict()
        elif isinstance(self.version, CreateCodeEvaluatorVersionRequest):
            version = self.version.to_dict()
        else:
            version = self.version.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "type": type_,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        name = d["name"]

        space_id = d["space_id"]

        type_ = check_evaluator_type(d["type"])

        version = _parse_version(d["version"])

        description = d.get("description", UNSET)

        create_evaluator_request = cls(
            name,
            space_id,
            type_,
            version,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_evaluator_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_evaluator_request

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


def _parse_version(
    data: object,
) -> (
    CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_evaluator_version_request_type_0 = (
            CreateTemplateEvaluatorVersionRequest.from_dict(data)
        )

        return componentsschemas_create_evaluator_version_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_evaluator_version_request_type_1 = (
            CreateCodeEvaluatorVersionRequest.from_dict(data)
        )

        return componentsschemas_create_evaluator_version_request_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_create_evaluator_version_request_type_2 = (
        CreateRemoteEvaluatorVersionRequest.from_dict(data)
    )

    return componentsschemas_create_evaluator_version_request_type_2


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateCodeEvaluatorVersionRequest, \
        CreateRemoteEvaluatorVersionRequest, \
        CreateTemplateEvaluatorVersionRequest
    from ..models.create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest  # noqa: PLC0415
    from ..models.create_remote_evaluator_version_request import CreateRemoteEvaluatorVersionRequest  # noqa: PLC0415
    from ..models.create_template_evaluator_version_request import (
        CreateTemplateEvaluatorVersionRequest,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
