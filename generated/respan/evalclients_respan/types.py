"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    """The one value of an absent field (``UNSET``); copies and pickles stay that value."""

    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def path_segment(value: object) -> str:
    """``value`` as exactly one percent-encoded path segment.

    ``quote`` leaves ``.`` and ``..`` alone, and the URL parser then removes them as dot
    segments (``/experiments/..`` would reach another endpoint); an empty value would
    leave an empty segment. Encode the dots instead; refuse an empty value.
    """
    text = quote(str(value), safe="")
    if not text:
        raise ValueError("a path parameter must not be empty")
    return text.replace(".", "%2E") if text in (".", "..") else text


__all__ = ["path_segment", "UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
