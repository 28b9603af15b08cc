from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.evaluator_integration_type import (
    EvaluatorIntegrationType,
    check_evaluator_integration_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_integration_config import EvaluatorIntegrationConfig
    from ..models.integration_scoping import IntegrationScoping


T = TypeVar("T", bound="EvaluatorIntegration")
_new = object.__new__
_FIELDS = frozenset(
    {
        "config",
        "created_at",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "scopings",
        "type",
        "updated_at",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("config", "_config_slot", False, 1, ""),
    ("created_at", "_created_at_slot", False, 2, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id: None | str | Unset = _j_created_by_user_id\n\nif not (created_by_user_id is None or type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    ("scopings", "_scopings_slot", False, 4, ""),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: EvaluatorIntegrationType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_evaluator_integration_type(_type_)",
    ),
    ("updated_at", "_updated_at_slot", False, 8, ""),
)


@_attrs_define
class EvaluatorIntegration:
    """An evaluator integration (type=EVALUATOR): a customer-hosted HTTPS endpoint plus a JSON Schema describing the
    request payload. Used to run remote evaluators against LLM outputs.

        Attributes:
            config (EvaluatorIntegrationConfig | Unset): Configuration for `type: EVALUATOR` integrations: a customer-hosted
                HTTPS endpoint plus a JSON Schema describing the request payload.
            created_at (datetime.datetime | Unset): When the integration was created.
            created_by_user_id (None | str | Unset): Unique identifier of the user who created the integration. Null if that
                user has since been deleted.
            description (None | str | Unset): Optional human-readable description of the integration.
            id (str | Unset): The unique identifier for the integration.
            name (str | Unset): The integration name. Unique among active AGENT and EVALUATOR integrations in the account.
            scopings (list[IntegrationScoping] | Unset): Visibility scoping rules. Account-wide when empty.
            type_ (EvaluatorIntegrationType | Unset): Discriminator identifying an evaluator integration.
            updated_at (datetime.datetime | Unset): When the integration was last updated.
    """

    config: EvaluatorIntegrationConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    scopings: list[IntegrationScoping] | Unset = UNSET
    type_: EvaluatorIntegrationType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.config, Unset):
                config = self.config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            config = _as_json(self.config)

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        name = self.name

        try:
            scopings: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.scopings, Unset):
                scopings = []
                for scopings_item_data in self.scopings:
                    scopings_item = scopings_item_data.to_dict()
                    scopings.append(scopings_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scopings = _as_json(self.scopings)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if scopings is not UNSET:
            field_dict["scopings"] = scopings
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _config_raw = d.get("config", UNSET)
        if _config_raw is UNSET:
            config = UNSET
        elif not _strict:
            config = _config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _config = d.get("config", UNSET)
                config: EvaluatorIntegrationConfig | Unset
                if _config is UNSET:
                    config = UNSET
                else:
                    config = EvaluatorIntegrationConfig.from_dict(_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                config, _drifted = _keep(
                    cls, d, "config", "EvaluatorIntegrationConfig", "type", _drifted
                )

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

            if not (
                created_by_user_id is None
                or type(created_by_user_id) is str
                or created_by_user_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _scopings_raw = d.get("scopings", UNSET)
        if _scopings_raw is UNSET:
            scopings = UNSET
        elif not _strict:
            scopings = _scopings_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _scopings = d.get("scopings", UNSET)
                scopings: list[IntegrationScoping] | Unset = UNSET
                if _scopings is not UNSET:
                    scopings = [
                        IntegrationScoping.from_dict(scopings_item_data)
                        for scopings_item_data in _scopings
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scopings, _drifted = _keep_each(
                    cls,
                    d,
                    "scopings",
                    "list[IntegrationScoping]",
                    "type",
                    lambda scopings_item_data: IntegrationScoping.from_dict(scopings_item_data),
                    _drifted,
                )

        try:
            _type_ = d.get("type", UNSET)
            type_: EvaluatorIntegrationType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_evaluator_integration_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of EVALUATOR", "enum", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _evaluator_integration_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_integration_._config_slot = config  # type: ignore[attr-defined]
        _evaluator_integration_._created_at_slot = created_at  # type: ignore[attr-defined]
        _evaluator_integration_.created_by_user_id = created_by_user_id
        _evaluator_integration_.description = description
        _evaluator_integration_.id = id
        _evaluator_integration_.name = name
        _evaluator_integration_._scopings_slot = scopings  # type: ignore[attr-defined]
        _evaluator_integration_.type_ = type_
        _evaluator_integration_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _evaluator_integration_.additional_properties = {}
        _evaluator_integration_._pending = _pending

        if _extra:
            _evaluator_integration_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_integration_, _drifted)
        return _evaluator_integration_

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


def _decode_config(self: EvaluatorIntegration, raw: Any) -> Any:
    """``config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _config = raw
        config: EvaluatorIntegrationConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = EvaluatorIntegrationConfig.from_dict(_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        config, _drifted = _keep(
            type(self), {"config": raw}, "config", "EvaluatorIntegrationConfig", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return config


_lazy(EvaluatorIntegration, "config", 1, _decode_config)


def _decode_created_at(self: EvaluatorIntegration, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(EvaluatorIntegration, "created_at", 2, _decode_created_at)


def _decode_scopings(self: EvaluatorIntegration, raw: Any) -> Any:
    """``scopings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scopings = raw
        scopings: list[IntegrationScoping] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScoping.from_dict(scopings_item_data) for scopings_item_data in _scopings
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scopings, _drifted = _keep_each(
            type(self),
            {"scopings": raw},
            "scopings",
            "list[IntegrationScoping]",
            "type",
            lambda scopings_item_data: IntegrationScoping.from_dict(scopings_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scopings


_lazy(EvaluatorIntegration, "scopings", 4, _decode_scopings)


def _decode_updated_at(self: EvaluatorIntegration, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(EvaluatorIntegration, "updated_at", 8, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorIntegrationConfig, IntegrationScoping
    from ..models.evaluator_integration_config import EvaluatorIntegrationConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415

    _LAZY_PENDING = False
