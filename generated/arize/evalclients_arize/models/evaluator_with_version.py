from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_type import EvaluatorType, check_evaluator_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_version_code import EvaluatorVersionCode
    from ..models.evaluator_version_harness import EvaluatorVersionHarness
    from ..models.evaluator_version_remote import EvaluatorVersionRemote
    from ..models.evaluator_version_template import EvaluatorVersionTemplate


T = TypeVar("T", bound="EvaluatorWithVersion")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "id",
        "name",
        "space_id",
        "type",
        "updated_at",
        "version",
        "description",
    }
)


@_attrs_define
class EvaluatorWithVersion:
    """
    Attributes:
        created_at (datetime.datetime): When the evaluator was created
        created_by_user_id (None | str): The unique identifier for the user who created the evaluator
        id (str): The unique identifier for the evaluator
        name (str): The name of the evaluator
        space_id (str): The unique identifier for the space the evaluator belongs to
        type_ (EvaluatorType): The evaluator type:

            - `TEMPLATE` — LLM-based evaluator.
            - `CODE` — managed built-in evaluators or custom Python code (both are
              subtypes of `CODE`, discriminated by the nested `CodeConfig.type` =
              `MANAGED` | `CUSTOM`).
            - `HARNESS` — test harness evaluator.
            - `REMOTE` — remote evaluator.

            Applies to both the parent `Evaluator.type` field and every version's `type`
            discriminator — a version's `type` must always match its parent evaluator's `type`.
        updated_at (datetime.datetime): When the evaluator was last updated
        version (EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate): A
            versioned snapshot of an evaluator's configuration. The `type` field
            discriminates the branch and matches the parent evaluator's `type`.
        description (None | str | Unset): The description of the evaluator
    """

    created_at: datetime.datetime
    created_by_user_id: None | str
    id: str
    name: str
    space_id: str
    type_: EvaluatorType
    updated_at: datetime.datetime
    version: (
        EvaluatorVersionCode
        | EvaluatorVersionHarness
        | EvaluatorVersionRemote
        | EvaluatorVersionTemplate
    )
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        space_id = self.space_id

        type_: str = self.type_

        updated_at = self.updated_at.isoformat()

        version: dict[str, Any]
        if isinstance(self.version, EvaluatorVersionTemplate):
            version = self.version.to_dict()
        elif isinstance(self.version, EvaluatorVersionCode):
            version = self.version.to_dict()
        elif isinstance(self.version, EvaluatorVersionHarness):
            version = self.version.to_dict()
        else:
            version = self.version.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "name": name,
                "space_id": space_id,
                "type": type_,
                "updated_at": updated_at,
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
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        id = d["id"]

        name = d["name"]

        space_id = d["space_id"]

        type_ = check_evaluator_type(d["type"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version = _parse_version(d["version"])

        description: None | str | Unset = d.get("description", UNSET)

        evaluator_with_version = cls(
            created_at,
            created_by_user_id,
            id,
            name,
            space_id,
            type_,
            updated_at,
            version,
            description,
        )

        if not d.keys() <= _FIELDS:
            evaluator_with_version.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_with_version

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
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_evaluator_version_type_0 = EvaluatorVersionTemplate.from_dict(data)

        return componentsschemas_evaluator_version_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_evaluator_version_type_1 = EvaluatorVersionCode.from_dict(data)

        return componentsschemas_evaluator_version_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_evaluator_version_type_2 = EvaluatorVersionHarness.from_dict(data)

        return componentsschemas_evaluator_version_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_evaluator_version_type_3 = EvaluatorVersionRemote.from_dict(data)

    return componentsschemas_evaluator_version_type_3


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        EvaluatorVersionCode, \
        EvaluatorVersionHarness, \
        EvaluatorVersionRemote, \
        EvaluatorVersionTemplate
    from ..models.evaluator_version_code import EvaluatorVersionCode  # noqa: PLC0415
    from ..models.evaluator_version_harness import EvaluatorVersionHarness  # noqa: PLC0415
    from ..models.evaluator_version_remote import EvaluatorVersionRemote  # noqa: PLC0415
    from ..models.evaluator_version_template import EvaluatorVersionTemplate  # noqa: PLC0415

    _LAZY_PENDING = False
