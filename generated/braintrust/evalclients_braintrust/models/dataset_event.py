from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import uuid as _uuid
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_event_classifications_type_0 import DatasetEventClassificationsType0
    from ..models.dataset_event_facets_type_0 import DatasetEventFacetsType0
    from ..models.dataset_event_metadata_type_0 import DatasetEventMetadataType0
    from ..models.object_reference_nullish_type_0 import ObjectReferenceNullishType0


T = TypeVar("T", bound="DatasetEvent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "_xact_id",
        "created",
        "dataset_id",
        "id",
        "project_id",
        "root_span_id",
        "span_id",
        "_pagination_key",
        "audit_data",
        "classifications",
        "comments",
        "expected",
        "facets",
        "input",
        "is_root",
        "metadata",
        "origin",
        "tags",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "_xact_id",
        "field_xact_id",
        True,
        0,
        "field_xact_id = _j_field_xact_id\nif not (type(field_xact_id) is str):\n    raise TypeError",
    ),
    ("created", "_created_slot", True, 1, ""),
    ("dataset_id", "_dataset_id_slot", True, 2, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("project_id", "_project_id_slot", True, 4, ""),
    (
        "root_span_id",
        "root_span_id",
        True,
        0,
        "root_span_id = _j_root_span_id\nif not (type(root_span_id) is str):\n    raise TypeError",
    ),
    (
        "span_id",
        "span_id",
        True,
        0,
        "span_id = _j_span_id\nif not (type(span_id) is str):\n    raise TypeError",
    ),
    (
        "_pagination_key",
        "field_pagination_key",
        False,
        0,
        "field_pagination_key: None | str | Unset = _j_field_pagination_key\n\nif not (field_pagination_key is None or type(field_pagination_key) is str or field_pagination_key is UNSET):\n    raise TypeError",
    ),
    (
        "audit_data",
        "audit_data",
        False,
        0,
        "_audit_data = _j_audit_data\naudit_data = _audit_data if _audit_data is None or _audit_data is UNSET else _parse_audit_data(_audit_data)",
    ),
    ("classifications", "_classifications_slot", False, 8, ""),
    (
        "comments",
        "comments",
        False,
        0,
        "_comments = _j_comments\ncomments = _comments if _comments is None or _comments is UNSET else _parse_comments(_comments)",
    ),
    ("expected", "expected", False, 0, "expected = _j_expected"),
    ("facets", "_facets_slot", False, 16, ""),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    (
        "is_root",
        "is_root",
        False,
        0,
        "is_root: bool | None | Unset = _j_is_root\n\nif not (is_root is None or type(is_root) is bool or is_root is UNSET):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", False, 32, ""),
    ("origin", "_origin_slot", False, 64, ""),
    (
        "tags",
        "tags",
        False,
        0,
        "_tags = _j_tags\ntags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)",
    ),
)


@_attrs_define
class DatasetEvent:
    """
    Attributes:
        field_xact_id (str): The transaction id of an event is unique to the network operation that processed the event
            insertion. Transaction ids are monotonically increasing over time and can be used to retrieve a versioned
            snapshot of the dataset (see the `version` parameter)
        created (datetime.datetime): The timestamp the dataset event was created
        dataset_id (UUID): Unique identifier for the dataset
        id (str): A unique identifier for the dataset event. If you don't provide one, Braintrust will generate one for
            you
        project_id (UUID): Unique identifier for the project that the dataset belongs under
        root_span_id (str): A unique identifier for the trace this dataset event belongs to
        span_id (str): A unique identifier used to link different dataset events together as part of a full trace. See
            the [tracing guide](https://www.braintrust.dev/docs/instrument) for full details on tracing
        field_pagination_key (None | str | Unset): A stable, time-ordered key that can be used to paginate over dataset
            events. This field is auto-generated by Braintrust and only exists in Brainstore.
        audit_data (list[Any] | None | Unset): Optional list of audit entries attached to this event
        classifications (DatasetEventClassificationsType0 | None | Unset): Classifications for this event (dictionary
            from classification name to items)
        comments (list[Any] | None | Unset): Optional list of comments attached to this event
        expected (Any | Unset): The output of your application, including post-processing (an arbitrary, JSON
            serializable object)
        facets (DatasetEventFacetsType0 | None | Unset): Facets for categorization (dictionary from facet id to value)
        input_ (Any | Unset): The argument that uniquely define an input case (an arbitrary, JSON serializable object)
        is_root (bool | None | Unset): Whether this span is a root span
        metadata (DatasetEventMetadataType0 | None | Unset): A dictionary with additional data about the test example,
            model outputs, or just about anything else that's relevant, that you can use to help find and analyze examples
            later. For example, you could log the `prompt`, example's `id`, or anything else that would be useful to
            slice/dice later. The values in `metadata` can be any JSON-serializable type, but its keys must be strings
        origin (None | ObjectReferenceNullishType0 | Unset): Indicates the event was copied from another object.
        tags (list[str] | None | Unset): A list of tags to log
    """

    field_xact_id: str | Unset
    created: datetime.datetime | Unset
    dataset_id: UUID | Unset
    id: str | Unset
    project_id: UUID | Unset
    root_span_id: str | Unset
    span_id: str | Unset
    field_pagination_key: None | str | Unset = UNSET
    audit_data: list[Any] | None | Unset = UNSET
    classifications: DatasetEventClassificationsType0 | None | Unset = UNSET
    comments: list[Any] | None | Unset = UNSET
    expected: Any | Unset = UNSET
    facets: DatasetEventFacetsType0 | None | Unset = UNSET
    input_: Any | Unset = UNSET
    is_root: bool | None | Unset = UNSET
    metadata: DatasetEventMetadataType0 | None | Unset = UNSET
    origin: None | ObjectReferenceNullishType0 | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
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
        field_xact_id = self.field_xact_id

        try:
            created = self.created.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created = _as_json(self.created)

        try:
            dataset_id = str(self.dataset_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_id = _as_json(self.dataset_id)

        id = self.id

        try:
            project_id = str(self.project_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            project_id = _as_json(self.project_id)

        root_span_id = self.root_span_id

        span_id = self.span_id

        field_pagination_key: None | str | Unset
        if isinstance(self.field_pagination_key, Unset):
            field_pagination_key = UNSET
        else:
            field_pagination_key = self.field_pagination_key

        try:
            audit_data: list[Any] | None | Unset
            if isinstance(self.audit_data, Unset):
                audit_data = UNSET
            elif isinstance(self.audit_data, list):
                audit_data = self.audit_data

            else:
                audit_data = self.audit_data
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            audit_data = _as_json(self.audit_data)

        try:
            classifications: dict[str, Any] | None | Unset
            if isinstance(self.classifications, Unset):
                classifications = UNSET
            elif isinstance(self.classifications, DatasetEventClassificationsType0):
                classifications = self.classifications.to_dict()
            else:
                classifications = self.classifications
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            classifications = _as_json(self.classifications)

        try:
            comments: list[Any] | None | Unset
            if isinstance(self.comments, Unset):
                comments = UNSET
            elif isinstance(self.comments, list):
                comments = self.comments

            else:
                comments = self.comments
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            comments = _as_json(self.comments)

        expected = self.expected

        try:
            facets: dict[str, Any] | None | Unset
            if isinstance(self.facets, Unset):
                facets = UNSET
            elif isinstance(self.facets, DatasetEventFacetsType0):
                facets = self.facets.to_dict()
            else:
                facets = self.facets
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            facets = _as_json(self.facets)

        input_ = self.input_

        is_root: bool | None | Unset
        if isinstance(self.is_root, Unset):
            is_root = UNSET
        else:
            is_root = self.is_root

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, DatasetEventMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            origin: dict[str, Any] | None | Unset
            if isinstance(self.origin, Unset):
                origin = UNSET
            elif isinstance(self.origin, ObjectReferenceNullishType0):
                origin = self.origin.to_dict()
            else:
                origin = self.origin
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            origin = _as_json(self.origin)

        try:
            tags: list[str] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_xact_id": field_xact_id,
                "created": created,
                "dataset_id": dataset_id,
                "id": id,
                "project_id": project_id,
                "root_span_id": root_span_id,
                "span_id": span_id,
            }
        )
        if field_pagination_key is not UNSET:
            field_dict["_pagination_key"] = field_pagination_key
        if audit_data is not UNSET:
            field_dict["audit_data"] = audit_data
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if comments is not UNSET:
            field_dict["comments"] = comments
        if expected is not UNSET:
            field_dict["expected"] = expected
        if facets is not UNSET:
            field_dict["facets"] = facets
        if input_ is not UNSET:
            field_dict["input"] = input_
        if is_root is not UNSET:
            field_dict["is_root"] = is_root
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if origin is not UNSET:
            field_dict["origin"] = origin
        if tags is not UNSET:
            field_dict["tags"] = tags

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
            field_xact_id = d["_xact_id"]
            if not (type(field_xact_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            field_xact_id, _drifted = _keep(cls, d, "_xact_id", "str", "type", _drifted)

        _created_raw = d.get("created", UNSET)
        if _created_raw is not UNSET and not _strict:
            created = _created_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created = datetime.datetime.fromisoformat(d["created"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created, _drifted = _keep(cls, d, "created", "datetime.datetime", "type", _drifted)

        _dataset_id_raw = d.get("dataset_id", UNSET)
        if _dataset_id_raw is not UNSET and not _strict:
            dataset_id = _dataset_id_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                dataset_id = _uuid(d["dataset_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_id, _drifted = _keep(cls, d, "dataset_id", "UUID", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _project_id_raw = d.get("project_id", UNSET)
        if _project_id_raw is not UNSET and not _strict:
            project_id = _project_id_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                project_id = _uuid(d["project_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                project_id, _drifted = _keep(cls, d, "project_id", "UUID", "type", _drifted)

        try:
            root_span_id = d["root_span_id"]
            if not (type(root_span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            root_span_id, _drifted = _keep(cls, d, "root_span_id", "str", "type", _drifted)

        try:
            span_id = d["span_id"]
            if not (type(span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_id, _drifted = _keep(cls, d, "span_id", "str", "type", _drifted)

        try:
            field_pagination_key: None | str | Unset = d.get("_pagination_key", UNSET)

            if not (
                field_pagination_key is None
                or type(field_pagination_key) is str
                or field_pagination_key is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            field_pagination_key, _drifted = _keep(
                cls, d, "_pagination_key", "None | str", "type", _drifted
            )

        try:
            _audit_data = d.get("audit_data", UNSET)
            audit_data = (
                _audit_data
                if _audit_data is None or _audit_data is UNSET
                else _parse_audit_data(_audit_data)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            audit_data, _drifted = _keep(
                cls, d, "audit_data", "list[Any] | None", "union", _drifted
            )

        _classifications_raw = d.get("classifications", UNSET)
        if _classifications_raw is UNSET:
            classifications = UNSET
        elif not _strict:
            classifications = _classifications_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _classifications = d.get("classifications", UNSET)
                classifications = (
                    _classifications
                    if _classifications is None or _classifications is UNSET
                    else _parse_classifications(_classifications)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                classifications, _drifted = _keep(
                    cls,
                    d,
                    "classifications",
                    "DatasetEventClassificationsType0 | None",
                    "union",
                    _drifted,
                )

        try:
            _comments = d.get("comments", UNSET)
            comments = (
                _comments if _comments is None or _comments is UNSET else _parse_comments(_comments)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            comments, _drifted = _keep(cls, d, "comments", "list[Any] | None", "union", _drifted)

        try:
            expected = d.get("expected", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            expected, _drifted = _keep(cls, d, "expected", "Any", "type", _drifted)

        _facets_raw = d.get("facets", UNSET)
        if _facets_raw is UNSET:
            facets = UNSET
        elif not _strict:
            facets = _facets_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _facets = d.get("facets", UNSET)
                facets = _facets if _facets is None or _facets is UNSET else _parse_facets(_facets)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                facets, _drifted = _keep(
                    cls, d, "facets", "DatasetEventFacetsType0 | None", "union", _drifted
                )

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            is_root: bool | None | Unset = d.get("is_root", UNSET)

            if not (is_root is None or type(is_root) is bool or is_root is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_root, _drifted = _keep(cls, d, "is_root", "bool | None", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata = (
                    _metadata
                    if _metadata is None or _metadata is UNSET
                    else _parse_metadata(_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "DatasetEventMetadataType0 | None", "union", _drifted
                )

        _origin_raw = d.get("origin", UNSET)
        if _origin_raw is UNSET:
            origin = UNSET
        elif not _strict:
            origin = _origin_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _origin = d.get("origin", UNSET)
                origin = _origin if _origin is None or _origin is UNSET else _parse_origin(_origin)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                origin, _drifted = _keep(
                    cls, d, "origin", "None | ObjectReferenceNullishType0", "union", _drifted
                )

        try:
            _tags = d.get("tags", UNSET)
            tags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str] | None", "union", _drifted)

        _dataset_event_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _dataset_event_.field_xact_id = field_xact_id
        _dataset_event_._created_slot = created  # type: ignore[attr-defined]
        _dataset_event_._dataset_id_slot = dataset_id  # type: ignore[attr-defined]
        _dataset_event_.id = id
        _dataset_event_._project_id_slot = project_id  # type: ignore[attr-defined]
        _dataset_event_.root_span_id = root_span_id
        _dataset_event_.span_id = span_id
        _dataset_event_.field_pagination_key = field_pagination_key
        _dataset_event_.audit_data = audit_data
        _dataset_event_._classifications_slot = classifications  # type: ignore[attr-defined]
        _dataset_event_.comments = comments
        _dataset_event_.expected = expected
        _dataset_event_._facets_slot = facets  # type: ignore[attr-defined]
        _dataset_event_.input_ = input_
        _dataset_event_.is_root = is_root
        _dataset_event_._metadata_slot = metadata  # type: ignore[attr-defined]
        _dataset_event_._origin_slot = origin  # type: ignore[attr-defined]
        _dataset_event_.tags = tags
        _dataset_event_.additional_properties = {}
        _dataset_event_._pending = _pending

        if _extra:
            _dataset_event_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_event_, _drifted)
        return _dataset_event_

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


def _parse_audit_data(data: object) -> list[Any] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        audit_data_type_0: list[Any] = data

        return audit_data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_classifications(data: object) -> DatasetEventClassificationsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        classifications_type_0 = DatasetEventClassificationsType0.from_dict(data)

        return classifications_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_comments(data: object) -> list[Any] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        comments_type_0: list[Any] = data

        return comments_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_facets(data: object) -> DatasetEventFacetsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        facets_type_0 = DatasetEventFacetsType0.from_dict(data)

        return facets_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_metadata(data: object) -> DatasetEventMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = DatasetEventMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_origin(data: object) -> None | ObjectReferenceNullishType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_object_reference_nullish_type_0 = ObjectReferenceNullishType0.from_dict(
            data
        )

        return componentsschemas_object_reference_nullish_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tags_type_0: list[str] = data

        return tags_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created(self: DatasetEvent, raw: Any) -> Any:
    """``created`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created, _drifted = _keep(
            type(self), {"created": raw}, "created", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created


_lazy(DatasetEvent, "created", 1, _decode_created)


def _decode_dataset_id(self: DatasetEvent, raw: Any) -> Any:
    """``dataset_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        dataset_id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_id, _drifted = _keep(
            type(self), {"dataset_id": raw}, "dataset_id", "UUID", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_id


_lazy(DatasetEvent, "dataset_id", 2, _decode_dataset_id)


def _decode_project_id(self: DatasetEvent, raw: Any) -> Any:
    """``project_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        project_id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        project_id, _drifted = _keep(
            type(self), {"project_id": raw}, "project_id", "UUID", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return project_id


_lazy(DatasetEvent, "project_id", 4, _decode_project_id)


def _decode_classifications(self: DatasetEvent, raw: Any) -> Any:
    """``classifications`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _classifications = raw
        classifications = (
            _classifications
            if _classifications is None or _classifications is UNSET
            else _parse_classifications(_classifications)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        classifications, _drifted = _keep(
            type(self),
            {"classifications": raw},
            "classifications",
            "DatasetEventClassificationsType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return classifications


_lazy(DatasetEvent, "classifications", 8, _decode_classifications)


def _decode_facets(self: DatasetEvent, raw: Any) -> Any:
    """``facets`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _facets = raw
        facets = _facets if _facets is None or _facets is UNSET else _parse_facets(_facets)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        facets, _drifted = _keep(
            type(self),
            {"facets": raw},
            "facets",
            "DatasetEventFacetsType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return facets


_lazy(DatasetEvent, "facets", 16, _decode_facets)


def _decode_metadata(self: DatasetEvent, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata = (
            _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "DatasetEventMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(DatasetEvent, "metadata", 32, _decode_metadata)


def _decode_origin(self: DatasetEvent, raw: Any) -> Any:
    """``origin`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _origin = raw
        origin = _origin if _origin is None or _origin is UNSET else _parse_origin(_origin)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        origin, _drifted = _keep(
            type(self),
            {"origin": raw},
            "origin",
            "None | ObjectReferenceNullishType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return origin


_lazy(DatasetEvent, "origin", 64, _decode_origin)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetEventClassificationsType0, \
        DatasetEventFacetsType0, \
        DatasetEventMetadataType0, \
        ObjectReferenceNullishType0
    from ..models.dataset_event_classifications_type_0 import DatasetEventClassificationsType0  # noqa: PLC0415
    from ..models.dataset_event_facets_type_0 import DatasetEventFacetsType0  # noqa: PLC0415
    from ..models.dataset_event_metadata_type_0 import DatasetEventMetadataType0  # noqa: PLC0415
    from ..models.object_reference_nullish_type_0 import ObjectReferenceNullishType0  # noqa: PLC0415

    _LAZY_PENDING = False
