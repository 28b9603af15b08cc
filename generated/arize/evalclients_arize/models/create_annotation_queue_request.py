from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.assignment_method import AssignmentMethod, check_assignment_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_queue_example_record_input import AnnotationQueueExampleRecordInput
    from ..models.annotation_queue_session_record_input import AnnotationQueueSessionRecordInput
    from ..models.annotation_queue_span_record_input import AnnotationQueueSpanRecordInput
    from ..models.annotation_queue_trace_record_input import AnnotationQueueTraceRecordInput


T = TypeVar("T", bound="CreateAnnotationQueueRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_config_ids",
        "annotator_emails",
        "name",
        "space_id",
        "assignment_method",
        "column_allowlist",
        "instructions",
        "record_sources",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "annotation_config_ids",
        "annotation_config_ids",
        True,
        0,
        "annotation_config_ids: list[str] = _j_annotation_config_ids\n\nif not ((type(annotation_config_ids) is list and _strs(annotation_config_ids))):\n    raise TypeError",
    ),
    (
        "annotator_emails",
        "annotator_emails",
        True,
        0,
        "annotator_emails: list[str] = _j_annotator_emails\n\nif not ((type(annotator_emails) is list and _strs(annotator_emails))):\n    raise TypeError",
    ),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "space_id",
        "space_id",
        True,
        0,
        "space_id = _j_space_id\nif not (type(space_id) is str):\n    raise TypeError",
    ),
    (
        "assignment_method",
        "assignment_method",
        False,
        0,
        "_assignment_method = _j_assignment_method\nassignment_method: AssignmentMethod | Unset\nif _assignment_method is UNSET:\n    assignment_method = UNSET\nelse:\n    assignment_method = check_assignment_method(_assignment_method)",
    ),
    (
        "column_allowlist",
        "column_allowlist",
        False,
        0,
        "column_allowlist: list[str] = _j_column_allowlist\n\nif not ((type(column_allowlist) is list and _strs(column_allowlist)) or column_allowlist is UNSET):\n    raise TypeError",
    ),
    (
        "instructions",
        "instructions",
        False,
        0,
        "instructions = _j_instructions\nif not (type(instructions) is str or instructions is UNSET):\n    raise TypeError",
    ),
    (
        "record_sources",
        "record_sources",
        False,
        0,
        "_record_sources = _j_record_sources\nrecord_sources: list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput | AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput] | Unset = UNSET\nif _record_sources is not UNSET:\n    record_sources = []\n    for record_sources_item_data in _record_sources:\n        def _parse_record_sources_item(data: object) -\u003e AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput | AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput:\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_annotation_queue_record_input_type_0 = AnnotationQueueExampleRecordInput.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_annotation_queue_record_input_type_0\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_annotation_queue_record_input_type_1 = AnnotationQueueSpanRecordInput.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_annotation_queue_record_input_type_1\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_annotation_queue_record_input_type_2 = AnnotationQueueTraceRecordInput.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_annotation_queue_record_input_type_2\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_annotation_queue_record_input_type_3 = AnnotationQueueSessionRecordInput.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_annotation_queue_record_input_type_3\n\n        record_sources_item = _parse_record_sources_item(record_sources_item_data)\n\n        record_sources.append(record_sources_item)",
    ),
)


@_attrs_define
class CreateAnnotationQueueRequest:
    """CreateAnnotationQueueRequest

    Attributes:
        annotation_config_ids (list[str]): IDs of annotation configs to associate with this queue. All configs must
            belong to the same space.
        annotator_emails (list[str]): Email addresses of annotators to assign to the queue. Emails are resolved to user
            IDs server-side.
        name (str): The name of the annotation queue. Must be unique within the space for active queues.
        space_id (str): The space ID that the annotation queue belongs to
        assignment_method (AssignmentMethod | Unset): How records are assigned to annotators. Defaults to "ALL". -
            `ALL`: Every annotator is assigned to every record. - `RANDOM`: Each record is randomly assigned to one
            annotator.
        column_allowlist (list[str] | Unset): The record column names annotators assigned to this queue are allowed to
            see. Omit or send an empty list to leave the queue unrestricted, so annotators see every column. Because this is
            an allowlist, columns introduced by records added to the queue later stay hidden until an admin allows them.
        instructions (str | Unset): Instructions for annotators working on this queue
        record_sources (list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput |
            AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput] | Unset): Record sources to add to the
            annotation queue on creation. At most 2 record sources (projects or datasets) may be provided in a single create
            request. The total number of records resolved from all sources must not exceed 500. The total number of session
            records across all sources must not exceed 100. Additional records from other sources can be added after
            creation.
    """

    annotation_config_ids: list[str] | Unset
    annotator_emails: list[str] | Unset
    name: str | Unset
    space_id: str | Unset
    assignment_method: AssignmentMethod | Unset = UNSET
    column_allowlist: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    record_sources: (
        list[
            AnnotationQueueExampleRecordInput
            | AnnotationQueueSessionRecordInput
            | AnnotationQueueSpanRecordInput
            | AnnotationQueueTraceRecordInput
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            annotation_config_ids = self.annotation_config_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotation_config_ids = _as_json(self.annotation_config_ids)

        try:
            annotator_emails = self.annotator_emails

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotator_emails = _as_json(self.annotator_emails)

        name = self.name

        space_id = self.space_id

        try:
            assignment_method: str | Unset = UNSET
            if not isinstance(self.assignment_method, Unset):
                assignment_method = self.assignment_method

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            assignment_method = _as_json(self.assignment_method)

        try:
            column_allowlist: list[str] | Unset = UNSET
            if not isinstance(self.column_allowlist, Unset):
                column_allowlist = self.column_allowlist

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_allowlist = _as_json(self.column_allowlist)

        instructions = self.instructions

        try:
            record_sources: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.record_sources, Unset):
                record_sources = []
                for record_sources_item_data in self.record_sources:
                    record_sources_item: dict[str, Any]
                    if isinstance(record_sources_item_data, AnnotationQueueExampleRecordInput):
                        record_sources_item = record_sources_item_data.to_dict()
                    elif isinstance(record_sources_item_data, AnnotationQueueSpanRecordInput):
                        record_sources_item = record_sources_item_data.to_dict()
                    elif isinstance(record_sources_item_data, AnnotationQueueTraceRecordInput):
                        record_sources_item = record_sources_item_data.to_dict()
                    else:
                        record_sources_item = record_sources_item_data.to_dict()

                    record_sources.append(record_sources_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            record_sources = _as_json(self.record_sources)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_ids": annotation_config_ids,
                "annotator_emails": annotator_emails,
                "name": name,
                "space_id": space_id,
            }
        )
        if assignment_method is not UNSET:
            field_dict["assignment_method"] = assignment_method
        if column_allowlist is not UNSET:
            field_dict["column_allowlist"] = column_allowlist
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if record_sources is not UNSET:
            field_dict["record_sources"] = record_sources

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
            annotation_config_ids: list[str] = d["annotation_config_ids"]

            if not (type(annotation_config_ids) is list and _strs(annotation_config_ids)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotation_config_ids, _drifted = _keep(
                cls, d, "annotation_config_ids", "list[str]", "type", _drifted
            )

        try:
            annotator_emails: list[str] = d["annotator_emails"]

            if not (type(annotator_emails) is list and _strs(annotator_emails)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotator_emails, _drifted = _keep(
                cls, d, "annotator_emails", "list[str]", "type", _drifted
            )

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
            _assignment_method = d.get("assignment_method", UNSET)
            assignment_method: AssignmentMethod | Unset
            if _assignment_method is UNSET:
                assignment_method = UNSET
            else:
                assignment_method = check_assignment_method(_assignment_method)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            assignment_method, _drifted = _keep(
                cls, d, "assignment_method", "one of ALL, RANDOM", "enum", _drifted
            )

        try:
            column_allowlist: list[str] = d.get("column_allowlist", UNSET)

            if not (
                (type(column_allowlist) is list and _strs(column_allowlist))
                or column_allowlist is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            column_allowlist, _drifted = _keep(
                cls, d, "column_allowlist", "list[str]", "type", _drifted
            )

        try:
            instructions = d.get("instructions", UNSET)
            if not (type(instructions) is str or instructions is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            instructions, _drifted = _keep(cls, d, "instructions", "str", "type", _drifted)

        try:
            _record_sources = d.get("record_sources", UNSET)
            record_sources: (
                list[
                    AnnotationQueueExampleRecordInput
                    | AnnotationQueueSessionRecordInput
                    | AnnotationQueueSpanRecordInput
                    | AnnotationQueueTraceRecordInput
                ]
                | Unset
            ) = UNSET
            if _record_sources is not UNSET:
                record_sources = []
                for record_sources_item_data in _record_sources:

                    def _parse_record_sources_item(
                        data: object,
                    ) -> (
                        AnnotationQueueExampleRecordInput
                        | AnnotationQueueSessionRecordInput
                        | AnnotationQueueSpanRecordInput
                        | AnnotationQueueTraceRecordInput
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_queue_record_input_type_0 = (
                                AnnotationQueueExampleRecordInput.from_dict(data, _strict=True)
                            )

                            return componentsschemas_annotation_queue_record_input_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_queue_record_input_type_1 = (
                                AnnotationQueueSpanRecordInput.from_dict(data, _strict=True)
                            )

                            return componentsschemas_annotation_queue_record_input_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_queue_record_input_type_2 = (
                                AnnotationQueueTraceRecordInput.from_dict(data, _strict=True)
                            )

                            return componentsschemas_annotation_queue_record_input_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_3 = (
                            AnnotationQueueSessionRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_3

                    record_sources_item = _parse_record_sources_item(record_sources_item_data)

                    record_sources.append(record_sources_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(record_sources_item_data: Any) -> Any:
                def _parse_record_sources_item(
                    data: object,
                ) -> (
                    AnnotationQueueExampleRecordInput
                    | AnnotationQueueSessionRecordInput
                    | AnnotationQueueSpanRecordInput
                    | AnnotationQueueTraceRecordInput
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_0 = (
                            AnnotationQueueExampleRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_1 = (
                            AnnotationQueueSpanRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_2 = (
                            AnnotationQueueTraceRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_annotation_queue_record_input_type_3 = (
                        AnnotationQueueSessionRecordInput.from_dict(data, _strict=True)
                    )

                    return componentsschemas_annotation_queue_record_input_type_3

                record_sources_item = _parse_record_sources_item(record_sources_item_data)
                return record_sources_item

            record_sources, _drifted = _keep_each(
                cls,
                d,
                "record_sources",
                "list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput | AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput]",
                "type",
                _each,
                _drifted,
            )

        _create_annotation_queue_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_annotation_queue_request_.annotation_config_ids = annotation_config_ids
        _create_annotation_queue_request_.annotator_emails = annotator_emails
        _create_annotation_queue_request_.name = name
        _create_annotation_queue_request_.space_id = space_id
        _create_annotation_queue_request_.assignment_method = assignment_method
        _create_annotation_queue_request_.column_allowlist = column_allowlist
        _create_annotation_queue_request_.instructions = instructions
        _create_annotation_queue_request_.record_sources = record_sources
        _create_annotation_queue_request_.additional_properties = {}

        if _extra:
            _create_annotation_queue_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_annotation_queue_request_, _drifted)
        return _create_annotation_queue_request_

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AnnotationQueueExampleRecordInput, \
        AnnotationQueueSessionRecordInput, \
        AnnotationQueueSpanRecordInput, \
        AnnotationQueueTraceRecordInput
    from ..models.annotation_queue_example_record_input import AnnotationQueueExampleRecordInput  # noqa: PLC0415
    from ..models.annotation_queue_session_record_input import AnnotationQueueSessionRecordInput  # noqa: PLC0415
    from ..models.annotation_queue_span_record_input import AnnotationQueueSpanRecordInput  # noqa: PLC0415
    from ..models.annotation_queue_trace_record_input import AnnotationQueueTraceRecordInput  # noqa: PLC0415

    _LAZY_PENDING = False
