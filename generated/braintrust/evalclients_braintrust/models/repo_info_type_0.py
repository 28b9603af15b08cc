from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="RepoInfoType0")
_new = object.__new__
_FIELDS = frozenset(
    {
        "author_email",
        "author_name",
        "branch",
        "commit",
        "commit_message",
        "commit_time",
        "dirty",
        "git_diff",
        "tag",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "author_email",
        "author_email",
        False,
        0,
        "author_email: None | str | Unset = _j_author_email\n\nif not (author_email is None or type(author_email) is str or author_email is UNSET):\n    raise TypeError",
    ),
    (
        "author_name",
        "author_name",
        False,
        0,
        "author_name: None | str | Unset = _j_author_name\n\nif not (author_name is None or type(author_name) is str or author_name is UNSET):\n    raise TypeError",
    ),
    (
        "branch",
        "branch",
        False,
        0,
        "branch: None | str | Unset = _j_branch\n\nif not (branch is None or type(branch) is str or branch is UNSET):\n    raise TypeError",
    ),
    (
        "commit",
        "commit",
        False,
        0,
        "commit: None | str | Unset = _j_commit\n\nif not (commit is None or type(commit) is str or commit is UNSET):\n    raise TypeError",
    ),
    (
        "commit_message",
        "commit_message",
        False,
        0,
        "commit_message: None | str | Unset = _j_commit_message\n\nif not (commit_message is None or type(commit_message) is str or commit_message is UNSET):\n    raise TypeError",
    ),
    (
        "commit_time",
        "commit_time",
        False,
        0,
        "commit_time: None | str | Unset = _j_commit_time\n\nif not (commit_time is None or type(commit_time) is str or commit_time is UNSET):\n    raise TypeError",
    ),
    (
        "dirty",
        "dirty",
        False,
        0,
        "dirty: bool | None | Unset = _j_dirty\n\nif not (dirty is None or type(dirty) is bool or dirty is UNSET):\n    raise TypeError",
    ),
    (
        "git_diff",
        "git_diff",
        False,
        0,
        "git_diff: None | str | Unset = _j_git_diff\n\nif not (git_diff is None or type(git_diff) is str or git_diff is UNSET):\n    raise TypeError",
    ),
    (
        "tag",
        "tag",
        False,
        0,
        "tag: None | str | Unset = _j_tag\n\nif not (tag is None or type(tag) is str or tag is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class RepoInfoType0:
    """Metadata about the state of the repo when the experiment was created

    Attributes:
        author_email (None | str | Unset): Email of the author of the most recent commit
        author_name (None | str | Unset): Name of the author of the most recent commit
        branch (None | str | Unset): Name of the branch the most recent commit belongs to
        commit (None | str | Unset): SHA of most recent commit
        commit_message (None | str | Unset): Most recent commit message
        commit_time (None | str | Unset): Time of the most recent commit
        dirty (bool | None | Unset): Whether or not the repo had uncommitted changes when snapshotted
        git_diff (None | str | Unset): If the repo was dirty when run, this includes the diff between the current state
            of the repo and the most recent commit.
        tag (None | str | Unset): Name of the tag on the most recent commit
    """

    author_email: None | str | Unset = UNSET
    author_name: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    commit: None | str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    commit_time: None | str | Unset = UNSET
    dirty: bool | None | Unset = UNSET
    git_diff: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        author_email: None | str | Unset
        if isinstance(self.author_email, Unset):
            author_email = UNSET
        else:
            author_email = self.author_email

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        commit: None | str | Unset
        if isinstance(self.commit, Unset):
            commit = UNSET
        else:
            commit = self.commit

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        commit_time: None | str | Unset
        if isinstance(self.commit_time, Unset):
            commit_time = UNSET
        else:
            commit_time = self.commit_time

        dirty: bool | None | Unset
        if isinstance(self.dirty, Unset):
            dirty = UNSET
        else:
            dirty = self.dirty

        git_diff: None | str | Unset
        if isinstance(self.git_diff, Unset):
            git_diff = UNSET
        else:
            git_diff = self.git_diff

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author_email is not UNSET:
            field_dict["author_email"] = author_email
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if branch is not UNSET:
            field_dict["branch"] = branch
        if commit is not UNSET:
            field_dict["commit"] = commit
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if commit_time is not UNSET:
            field_dict["commit_time"] = commit_time
        if dirty is not UNSET:
            field_dict["dirty"] = dirty
        if git_diff is not UNSET:
            field_dict["git_diff"] = git_diff
        if tag is not UNSET:
            field_dict["tag"] = tag

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 1, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            author_email: None | str | Unset = d.get("author_email", UNSET)

            if not (author_email is None or type(author_email) is str or author_email is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            author_email, _drifted = _keep(cls, d, "author_email", "None | str", "type", _drifted)

        try:
            author_name: None | str | Unset = d.get("author_name", UNSET)

            if not (author_name is None or type(author_name) is str or author_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            author_name, _drifted = _keep(cls, d, "author_name", "None | str", "type", _drifted)

        try:
            branch: None | str | Unset = d.get("branch", UNSET)

            if not (branch is None or type(branch) is str or branch is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            branch, _drifted = _keep(cls, d, "branch", "None | str", "type", _drifted)

        try:
            commit: None | str | Unset = d.get("commit", UNSET)

            if not (commit is None or type(commit) is str or commit is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit, _drifted = _keep(cls, d, "commit", "None | str", "type", _drifted)

        try:
            commit_message: None | str | Unset = d.get("commit_message", UNSET)

            if not (
                commit_message is None or type(commit_message) is str or commit_message is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(
                cls, d, "commit_message", "None | str", "type", _drifted
            )

        try:
            commit_time: None | str | Unset = d.get("commit_time", UNSET)

            if not (commit_time is None or type(commit_time) is str or commit_time is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_time, _drifted = _keep(cls, d, "commit_time", "None | str", "type", _drifted)

        try:
            dirty: bool | None | Unset = d.get("dirty", UNSET)

            if not (dirty is None or type(dirty) is bool or dirty is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dirty, _drifted = _keep(cls, d, "dirty", "bool | None", "type", _drifted)

        try:
            git_diff: None | str | Unset = d.get("git_diff", UNSET)

            if not (git_diff is None or type(git_diff) is str or git_diff is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            git_diff, _drifted = _keep(cls, d, "git_diff", "None | str", "type", _drifted)

        try:
            tag: None | str | Unset = d.get("tag", UNSET)

            if not (tag is None or type(tag) is str or tag is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tag, _drifted = _keep(cls, d, "tag", "None | str", "type", _drifted)

        _repo_info_type_0_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _repo_info_type_0_.author_email = author_email
        _repo_info_type_0_.author_name = author_name
        _repo_info_type_0_.branch = branch
        _repo_info_type_0_.commit = commit
        _repo_info_type_0_.commit_message = commit_message
        _repo_info_type_0_.commit_time = commit_time
        _repo_info_type_0_.dirty = dirty
        _repo_info_type_0_.git_diff = git_diff
        _repo_info_type_0_.tag = tag
        _repo_info_type_0_.additional_properties = {}

        if _extra:
            _repo_info_type_0_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_repo_info_type_0_, _drifted)
        return _repo_info_type_0_

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
