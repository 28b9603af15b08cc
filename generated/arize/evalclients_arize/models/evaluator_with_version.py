from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
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

    created_at: datetime.datetime | Unset
    created_by_user_id: None | str | Unset
    id: str | Unset
    name: str | Unset
    space_id: str | Unset
    type_: EvaluatorType | Unset
    updated_at: datetime.datetime | Unset
    version: (
        EvaluatorVersionCode
        | EvaluatorVersionHarness
        | EvaluatorVersionRemote
        | EvaluatorVersionTemplate
        | Unset
    )
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        space_id = self.space_id

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            version: dict[str, Any]
            if isinstance(self.version, EvaluatorVersionTemplate):
                version = self.version.to_dict()
            elif isinstance(self.version, EvaluatorVersionCode):
                version = self.version.to_dict()
            elif isinstance(self.version, EvaluatorVersionHarness):
                version = self.version.to_dict()
            else:
                version = self.version.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            created_at = datetime.datetime.fromisoformat(d["created_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_at, _drifted = _keep(
                cls, d, "created_at", "datetime.datetime", "type", _drifted
            )

        try:
            created_by_user_id: None | str = d["created_by_user_id"]

            if not (created_by_user_id is None or type(created_by_user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            space_id = d["space_id"]
            if not (type(space_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "str", "type", _drifted)

        try:
            type_ = check_evaluator_type(d["type"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "one of CODE, HARNESS, REMOTE, TEMPLATE", "enum", _drifted
            )

        try:
            updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            updated_at, _drifted = _keep(
                cls, d, "updated_at", "datetime.datetime", "type", _drifted
            )

        try:
            version = _parse_version(d["version"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version, _drifted = _keep(
                cls,
                d,
                "version",
                "EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate",
                "union",
                _drifted,
            )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

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

        if _extra:
            evaluator_with_version.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(evaluator_with_version, _drifted)
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
        componentsschemas_evaluator_version_type_0 = EvaluatorVersionTemplate.from_dict(
            data, _strict=True
        )

        return componentsschemas_evaluator_version_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_evaluator_version_type_1 = EvaluatorVersionCode.from_dict(
            data, _strict=True
        )

        return componentsschemas_evaluator_version_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_evaluator_version_type_2 = EvaluatorVersionHarness.from_dict(
            data, _strict=True
        )

        return componentsschemas_evaluator_version_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_evaluator_version_type_3 = EvaluatorVersionRemote.from_dict(
        data, _strict=True
    )

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
