from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RepoInfoType0")
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        author_email: None | str | Unset = d.get("author_email", UNSET)

        author_name: None | str | Unset = d.get("author_name", UNSET)

        branch: None | str | Unset = d.get("branch", UNSET)

        commit: None | str | Unset = d.get("commit", UNSET)

        commit_message: None | str | Unset = d.get("commit_message", UNSET)

        commit_time: None | str | Unset = d.get("commit_time", UNSET)

        dirty: bool | None | Unset = d.get("dirty", UNSET)

        git_diff: None | str | Unset = d.get("git_diff", UNSET)

        tag: None | str | Unset = d.get("tag", UNSET)

        repo_info_type_0 = cls(
            author_email,
            author_name,
            branch,
            commit,
            commit_message,
            commit_time,
            dirty,
            git_diff,
            tag,
        )

        if not d.keys() <= _FIELDS:
            repo_info_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return repo_info_type_0

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
