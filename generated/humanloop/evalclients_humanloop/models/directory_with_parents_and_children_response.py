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
    from ..models.dataset_response import DatasetResponse
    from ..models.directory_response import DirectoryResponse
    from ..models.evaluator_response import EvaluatorResponse
    from ..models.flow_response import FlowResponse
    from ..models.prompt_response import PromptResponse
    from ..models.tool_response import ToolResponse


T = TypeVar("T", bound="DirectoryWithParentsAndChildrenResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "files",
        "id",
        "name",
        "parents",
        "path",
        "subdirectories",
        "updated_at",
        "parent_id",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", True, 1, ""),
    (
        "files",
        "files",
        True,
        0,
        "files = []\n_files = _j_files\nfor files_item_data in (_files):\n    def _parse_files_item(data: object) -\u003e DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse:\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            files_item_type_0 = PromptResponse.from_dict(data, _strict=True)\n\n\n\n            return files_item_type_0\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            files_item_type_1 = ToolResponse.from_dict(data, _strict=True)\n\n\n\n            return files_item_type_1\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            files_item_type_2 = EvaluatorResponse.from_dict(data, _strict=True)\n\n\n\n            return files_item_type_2\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        try:\n            if not isinstance(data, dict):\n                raise TypeError()\n            files_item_type_3 = DatasetResponse.from_dict(data, _strict=True)\n\n\n\n            return files_item_type_3\n        except (TypeError, ValueError, AttributeError, KeyError):\n            pass\n        if not isinstance(data, dict):\n            raise TypeError()\n        files_item_type_4 = FlowResponse.from_dict(data, _strict=True)\n\n\n\n        return files_item_type_4\n\n    files_item = _parse_files_item(files_item_data)\n\n    files.append(files_item)",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("parents", "_parents_slot", True, 2, ""),
    ("path", "path", True, 0, "path = _j_path\nif not (type(path) is str):\n    raise TypeError"),
    ("subdirectories", "_subdirectories_slot", True, 4, ""),
    ("updated_at", "_updated_at_slot", True, 8, ""),
    (
        "parent_id",
        "parent_id",
        False,
        0,
        "parent_id = _j_parent_id\nif not (type(parent_id) is str or parent_id is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class DirectoryWithParentsAndChildrenResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        files (list[DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse]): List of files
            in the directory.
        id (str): String ID of directory. Starts with `dir_`.
        name (str): Name of the directory.
        parents (list[DirectoryResponse]): List of parent directories of the directory.
        path (str): Path to the directory, relative to the root directory. Includes name, e.g. `path/to/directory`.
        subdirectories (list[DirectoryResponse]): List of subdirectories in the directory.
        updated_at (datetime.datetime):
        parent_id (str | Unset): ID of the parent directory. Will be `None` if the directory is the root directory.
            Starts with `dir_`.
    """

    created_at: datetime.datetime | Unset
    files: (
        list[DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse]
        | Unset
    )
    id: str | Unset
    name: str | Unset
    parents: list[DirectoryResponse] | Unset
    path: str | Unset
    subdirectories: list[DirectoryResponse] | Unset
    updated_at: datetime.datetime | Unset
    parent_id: str | Unset = UNSET
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
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            files = []
            for files_item_data in self.files:
                files_item: dict[str, Any]
                if isinstance(files_item_data, PromptResponse):
                    files_item = files_item_data.to_dict()
                elif isinstance(files_item_data, ToolResponse):
                    files_item = files_item_data.to_dict()
                elif isinstance(files_item_data, EvaluatorResponse):
                    files_item = files_item_data.to_dict()
                elif isinstance(files_item_data, DatasetResponse):
                    files_item = files_item_data.to_dict()
                else:
                    files_item = files_item_data.to_dict()

                files.append(files_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            files = _as_json(self.files)

        id = self.id

        name = self.name

        try:
            parents = []
            for parents_item_data in self.parents:
                parents_item = parents_item_data.to_dict()
                parents.append(parents_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            parents = _as_json(self.parents)

        path = self.path

        try:
            subdirectories = []
            for subdirectories_item_data in self.subdirectories:
                subdirectories_item = subdirectories_item_data.to_dict()
                subdirectories.append(subdirectories_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            subdirectories = _as_json(self.subdirectories)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "files": files,
                "id": id,
                "name": name,
                "parents": parents,
                "path": path,
                "subdirectories": subdirectories,
                "updated_at": updated_at,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

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
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            files = []
            _files = d["files"]
            for files_item_data in _files:

                def _parse_files_item(
                    data: object,
                ) -> (
                    DatasetResponse
                    | EvaluatorResponse
                    | FlowResponse
                    | PromptResponse
                    | ToolResponse
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_0 = PromptResponse.from_dict(data, _strict=True)

                        return files_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_1 = ToolResponse.from_dict(data, _strict=True)

                        return files_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_2 = EvaluatorResponse.from_dict(data, _strict=True)

                        return files_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_3 = DatasetResponse.from_dict(data, _strict=True)

                        return files_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    files_item_type_4 = FlowResponse.from_dict(data, _strict=True)

                    return files_item_type_4

                files_item = _parse_files_item(files_item_data)

                files.append(files_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(files_item_data: Any) -> Any:
                def _parse_files_item(
                    data: object,
                ) -> (
                    DatasetResponse
                    | EvaluatorResponse
                    | FlowResponse
                    | PromptResponse
                    | ToolResponse
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_0 = PromptResponse.from_dict(data, _strict=True)

                        return files_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_1 = ToolResponse.from_dict(data, _strict=True)

                        return files_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_2 = EvaluatorResponse.from_dict(data, _strict=True)

                        return files_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_3 = DatasetResponse.from_dict(data, _strict=True)

                        return files_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    files_item_type_4 = FlowResponse.from_dict(data, _strict=True)

                    return files_item_type_4

                files_item = _parse_files_item(files_item_data)
                return files_item

            files, _drifted = _keep_each(
                cls,
                d,
                "files",
                "list[DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse]",
                "type",
                _each,
                _drifted,
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

        _parents_raw = d.get("parents", UNSET)
        if _parents_raw is not UNSET and not _strict:
            parents = _parents_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                parents = [
                    DirectoryResponse.from_dict(parents_item_data)
                    for parents_item_data in d["parents"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                parents, _drifted = _keep_each(
                    cls,
                    d,
                    "parents",
                    "list[DirectoryResponse]",
                    "type",
                    lambda parents_item_data: DirectoryResponse.from_dict(parents_item_data),
                    _drifted,
                )

        try:
            path = d["path"]
            if not (type(path) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        _subdirectories_raw = d.get("subdirectories", UNSET)
        if _subdirectories_raw is not UNSET and not _strict:
            subdirectories = _subdirectories_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                subdirectories = [
                    DirectoryResponse.from_dict(subdirectories_item_data)
                    for subdirectories_item_data in d["subdirectories"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                subdirectories, _drifted = _keep_each(
                    cls,
                    d,
                    "subdirectories",
                    "list[DirectoryResponse]",
                    "type",
                    lambda subdirectories_item_data: DirectoryResponse.from_dict(
                        subdirectories_item_data
                    ),
                    _drifted,
                )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            parent_id = d.get("parent_id", UNSET)
            if not (type(parent_id) is str or parent_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_id, _drifted = _keep(cls, d, "parent_id", "str", "type", _drifted)

        _directory_with_parents_and_children_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _directory_with_parents_and_children_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _directory_with_parents_and_children_response_.files = files
        _directory_with_parents_and_children_response_.id = id
        _directory_with_parents_and_children_response_.name = name
        _directory_with_parents_and_children_response_._parents_slot = parents  # type: ignore[attr-defined]
        _directory_with_parents_and_children_response_.path = path
        _directory_with_parents_and_children_response_._subdirectories_slot = subdirectories  # type: ignore[attr-defined]
        _directory_with_parents_and_children_response_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _directory_with_parents_and_children_response_.parent_id = parent_id
        _directory_with_parents_and_children_response_.additional_properties = {}
        _directory_with_parents_and_children_response_._pending = _pending

        if _extra:
            _directory_with_parents_and_children_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_directory_with_parents_and_children_response_, _drifted)
        return _directory_with_parents_and_children_response_

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


def _decode_created_at(self: DirectoryWithParentsAndChildrenResponse, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(DirectoryWithParentsAndChildrenResponse, "created_at", 1, _decode_created_at)


def _decode_parents(self: DirectoryWithParentsAndChildrenResponse, raw: Any) -> Any:
    """``parents`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        parents = [DirectoryResponse.from_dict(parents_item_data) for parents_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        parents, _drifted = _keep_each(
            type(self),
            {"parents": raw},
            "parents",
            "list[DirectoryResponse]",
            "type",
            lambda parents_item_data: DirectoryResponse.from_dict(parents_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return parents


_lazy(DirectoryWithParentsAndChildrenResponse, "parents", 2, _decode_parents)


def _decode_subdirectories(self: DirectoryWithParentsAndChildrenResponse, raw: Any) -> Any:
    """``subdirectories`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        subdirectories = [
            DirectoryResponse.from_dict(subdirectories_item_data)
            for subdirectories_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        subdirectories, _drifted = _keep_each(
            type(self),
            {"subdirectories": raw},
            "subdirectories",
            "list[DirectoryResponse]",
            "type",
            lambda subdirectories_item_data: DirectoryResponse.from_dict(subdirectories_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return subdirectories


_lazy(DirectoryWithParentsAndChildrenResponse, "subdirectories", 4, _decode_subdirectories)


def _decode_updated_at(self: DirectoryWithParentsAndChildrenResponse, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(DirectoryWithParentsAndChildrenResponse, "updated_at", 8, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetResponse, \
        DirectoryResponse, \
        EvaluatorResponse, \
        FlowResponse, \
        PromptResponse, \
        ToolResponse
    from ..models.dataset_response import DatasetResponse  # noqa: PLC0415
    from ..models.directory_response import DirectoryResponse  # noqa: PLC0415
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415
    from ..models.flow_response import FlowResponse  # noqa: PLC0415
    from ..models.prompt_response import PromptResponse  # noqa: PLC0415
    from ..models.tool_response import ToolResponse  # noqa: PLC0415

    _LAZY_PENDING = False
