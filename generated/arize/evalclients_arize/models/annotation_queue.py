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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotator_user import AnnotatorUser
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig
    from ..models.freeform_annotation_config import FreeformAnnotationConfig


T = TypeVar("T", bound="AnnotationQueue")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_configs",
        "annotators",
        "column_allowlist",
        "created_at",
        "id",
        "instructions",
        "name",
        "space_id",
        "updated_at",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "annotation_configs",
        "annotation_configs",
        False,
        0,
        "_annotation_configs = _j_annotation_configs\nannotation_configs: list[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig] | Unset = UNSET\nif _annotation_configs is not UNSET:\n    annotation_configs = []\n    for annotation_configs_item_data in _annotation_configs:\n        def _parse_annotation_configs_item(data: object) -\u003e CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig:\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_annotation_config_type_0 = ContinuousAnnotationConfig.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_annotation_config_type_0\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_annotation_config_type_1 = CategoricalAnnotationConfig.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_annotation_config_type_1\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_annotation_config_type_2 = FreeformAnnotationConfig.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_annotation_config_type_2\n\n        annotation_configs_item = _parse_annotation_configs_item(annotation_configs_item_data)\n\n        annotation_configs.append(annotation_configs_item)",
    ),
    ("annotators", "_annotators_slot", False, 1, ""),
    (
        "column_allowlist",
        "column_allowlist",
        False,
        0,
        "_column_allowlist = _j_column_allowlist\ncolumn_allowlist = _column_allowlist if _column_allowlist is None or _column_allowlist is UNSET else _parse_column_allowlist(_column_allowlist)",
    ),
    ("created_at", "_created_at_slot", False, 2, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "instructions",
        "instructions",
        False,
        0,
        "instructions: None | str | Unset = _j_instructions\n\nif not (instructions is None or type(instructions) is str or instructions is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "space_id",
        "space_id",
        False,
        0,
        "space_id = _j_space_id\nif not (type(space_id) is str or space_id is UNSET):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", False, 4, ""),
)


@_attrs_define
class AnnotationQueue:
    """AnnotationQueue

    Attributes:
        annotation_configs (list[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig] |
            Unset): The annotation configs associated with this queue
        annotators (list[AnnotatorUser] | Unset): Users assigned as annotators to this queue
        column_allowlist (list[str] | None | Unset): The record column names annotators assigned to this queue are
            allowed to see. Absent or `null` means the queue is unrestricted and annotators see every column.
        created_at (datetime.datetime | Unset): The timestamp for when the annotation queue was created
        id (str | Unset): The unique identifier for the annotation queue
        instructions (None | str | Unset): The instructions for the annotation queue
        name (str | Unset): The name of the annotation queue
        space_id (str | Unset): The space id the annotation queue belongs to
        updated_at (datetime.datetime | Unset): The timestamp for when the annotation queue was last updated
    """

    annotation_configs: (
        list[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig]
        | Unset
    ) = UNSET
    annotators: list[AnnotatorUser] | Unset = UNSET
    column_allowlist: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
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
            annotation_configs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.annotation_configs, Unset):
                annotation_configs = []
                for annotation_configs_item_data in self.annotation_configs:
                    annotation_configs_item: dict[str, Any]
                    if isinstance(annotation_configs_item_data, ContinuousAnnotationConfig):
                        annotation_configs_item = annotation_configs_item_data.to_dict()
                    elif isinstance(annotation_configs_item_data, CategoricalAnnotationConfig):
                        annotation_configs_item = annotation_configs_item_data.to_dict()
                    else:
                        annotation_configs_item = annotation_configs_item_data.to_dict()

                    annotation_configs.append(annotation_configs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotation_configs = _as_json(self.annotation_configs)

        try:
            annotators: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.annotators, Unset):
                annotators = []
                for annotators_item_data in self.annotators:
                    annotators_item = annotators_item_data.to_dict()
                    annotators.append(annotators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotators = _as_json(self.annotators)

        try:
            column_allowlist: list[str] | None | Unset
            if isinstance(self.column_allowlist, Unset):
                column_allowlist = UNSET
            elif isinstance(self.column_allowlist, list):
                column_allowlist = self.column_allowlist

            else:
                column_allowlist = self.column_allowlist
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_allowlist = _as_json(self.column_allowlist)

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        id = self.id

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        name = self.name

        space_id = self.space_id

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_configs is not UNSET:
            field_dict["annotation_configs"] = annotation_configs
        if annotators is not UNSET:
            field_dict["annotators"] = annotators
        if column_allowlist is not UNSET:
            field_dict["column_allowlist"] = column_allowlist
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
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
        try:
            _annotation_configs = d.get("annotation_configs", UNSET)
            annotation_configs: (
                list[
                    CategoricalAnnotationConfig
                    | ContinuousAnnotationConfig
                    | FreeformAnnotationConfig
                ]
                | Unset
            ) = UNSET
            if _annotation_configs is not UNSET:
                annotation_configs = []
                for annotation_configs_item_data in _annotation_configs:

                    def _parse_annotation_configs_item(
                        data: object,
                    ) -> (
                        CategoricalAnnotationConfig
                        | ContinuousAnnotationConfig
                        | FreeformAnnotationConfig
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_config_type_0 = (
                                ContinuousAnnotationConfig.from_dict(data, _strict=True)
                            )

                            return componentsschemas_annotation_config_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_config_type_1 = (
                                CategoricalAnnotationConfig.from_dict(data, _strict=True)
                            )

                            return componentsschemas_annotation_config_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_config_type_2 = (
                            FreeformAnnotationConfig.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_config_type_2

                    annotation_configs_item = _parse_annotation_configs_item(
                        annotation_configs_item_data
                    )

                    annotation_configs.append(annotation_configs_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(annotation_configs_item_data: Any) -> Any:
                def _parse_annotation_configs_item(
                    data: object,
                ) -> (
                    CategoricalAnnotationConfig
                    | ContinuousAnnotationConfig
                    | FreeformAnnotationConfig
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_config_type_0 = (
                            ContinuousAnnotationConfig.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_config_type_1 = (
                            CategoricalAnnotationConfig.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_config_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_annotation_config_type_2 = FreeformAnnotationConfig.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_annotation_config_type_2

                annotation_configs_item = _parse_annotation_configs_item(
                    annotation_configs_item_data
                )
                return annotation_configs_item

            annotation_configs, _drifted = _keep_each(
                cls,
                d,
                "annotation_configs",
                "list[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig]",
                "type",
                _each,
                _drifted,
            )

        _annotators_raw = d.get("annotators", UNSET)
        if _annotators_raw is UNSET:
            annotators = UNSET
        elif not _strict:
            annotators = _annotators_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _annotators = d.get("annotators", UNSET)
                annotators: list[AnnotatorUser] | Unset = UNSET
                if _annotators is not UNSET:
                    annotators = [
                        AnnotatorUser.from_dict(annotators_item_data)
                        for annotators_item_data in _annotators
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                annotators, _drifted = _keep_each(
                    cls,
                    d,
                    "annotators",
                    "list[AnnotatorUser]",
                    "type",
                    lambda annotators_item_data: AnnotatorUser.from_dict(annotators_item_data),
                    _drifted,
                )

        try:
            _column_allowlist = d.get("column_allowlist", UNSET)
            column_allowlist = (
                _column_allowlist
                if _column_allowlist is None or _column_allowlist is UNSET
                else _parse_column_allowlist(_column_allowlist)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            column_allowlist, _drifted = _keep(
                cls, d, "column_allowlist", "list[str] | None", "union", _drifted
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
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            instructions: None | str | Unset = d.get("instructions", UNSET)

            if not (instructions is None or type(instructions) is str or instructions is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            instructions, _drifted = _keep(cls, d, "instructions", "None | str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            space_id = d.get("space_id", UNSET)
            if not (type(space_id) is str or space_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "str", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 4
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

        _annotation_queue_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotation_queue_.annotation_configs = annotation_configs
        _annotation_queue_._annotators_slot = annotators  # type: ignore[attr-defined]
        _annotation_queue_.column_allowlist = column_allowlist
        _annotation_queue_._created_at_slot = created_at  # type: ignore[attr-defined]
        _annotation_queue_.id = id
        _annotation_queue_.instructions = instructions
        _annotation_queue_.name = name
        _annotation_queue_.space_id = space_id
        _annotation_queue_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _annotation_queue_.additional_properties = {}
        _annotation_queue_._pending = _pending

        if _extra:
            _annotation_queue_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotation_queue_, _drifted)
        return _annotation_queue_

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


def _parse_column_allowlist(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        column_allowlist_type_0: list[str] = data

        return column_allowlist_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_annotators(self: AnnotationQueue, raw: Any) -> Any:
    """``annotators`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _annotators = raw
        annotators: list[AnnotatorUser] | Unset = UNSET
        if _annotators is not UNSET:
            annotators = [
                AnnotatorUser.from_dict(annotators_item_data)
                for annotators_item_data in _annotators
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        annotators, _drifted = _keep_each(
            type(self),
            {"annotators": raw},
            "annotators",
            "list[AnnotatorUser]",
            "type",
            lambda annotators_item_data: AnnotatorUser.from_dict(annotators_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return annotators


_lazy(AnnotationQueue, "annotators", 1, _decode_annotators)


def _decode_created_at(self: AnnotationQueue, raw: Any) -> Any:
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


_lazy(AnnotationQueue, "created_at", 2, _decode_created_at)


def _decode_updated_at(self: AnnotationQueue, raw: Any) -> Any:
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


_lazy(AnnotationQueue, "updated_at", 4, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AnnotatorUser, \
        CategoricalAnnotationConfig, \
        ContinuousAnnotationConfig, \
        FreeformAnnotationConfig
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig  # noqa: PLC0415
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig  # noqa: PLC0415
    from ..models.freeform_annotation_config import FreeformAnnotationConfig  # noqa: PLC0415

    _LAZY_PENDING = False
