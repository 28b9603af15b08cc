from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import File, Unset

T = TypeVar("T", bound="BodyUploadCsvDatasetsIdDatapointsCsvPost")
_new = object.__new__
_FIELDS = frozenset(
    {
        "commit_message",
        "file",
    }
)


@_attrs_define
class BodyUploadCsvDatasetsIdDatapointsCsvPost:
    """
    Attributes:
        commit_message (str): Commit message for the new Dataset version.
        file (File): A CSV file containing Datapoints to be added to the Dataset.
    """

    commit_message: str | Unset
    file: File | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        commit_message = self.commit_message

        try:
            file = self.file.to_tuple()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            file = _as_json(self.file)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "file": file,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("commit_message", (None, str(self.commit_message).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            commit_message = d["commit_message"]
            if not (type(commit_message) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        try:
            file = File(payload=BytesIO(d["file"]))
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            file, _drifted = _keep(cls, d, "file", "File", "type", _drifted)

        _body_upload_csv_datasets_id_datapoints_csv_post_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _body_upload_csv_datasets_id_datapoints_csv_post_.commit_message = commit_message
        _body_upload_csv_datasets_id_datapoints_csv_post_.file = file
        _body_upload_csv_datasets_id_datapoints_csv_post_.additional_properties = {}

        if _extra:
            _body_upload_csv_datasets_id_datapoints_csv_post_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_body_upload_csv_datasets_id_datapoints_csv_post_, _drifted)
        return _body_upload_csv_datasets_id_datapoints_csv_post_

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
