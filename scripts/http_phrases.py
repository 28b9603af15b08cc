"""HTTP reason phrases, written out here rather than read from ``http.HTTPStatus``.

A converter that has no description for a response uses its status's reason phrase, and its
output must be the same bytes on every supported Python. ``http.HTTPStatus`` is not: Python
3.13 renamed four phrases to RFC 9110's wording (413 "Content Too Large", 414 "URI Too Long",
416 "Range Not Satisfiable", 422 "Unprocessable Content"), so the same wheel converted on 3.13
gave a different document than on 3.11 and 3.12. This table is Python 3.11's (RFC 7231's
names), which is what the committed documents were built with; Arize's own problem bodies
title a 422 "Unprocessable Entity" as well.
"""

from __future__ import annotations

PHRASES: dict[int, str] = {
    100: "Continue",
    101: "Switching Protocols",
    102: "Processing",
    103: "Early Hints",
    200: "OK",
    201: "Created",
    202: "Accepted",
    203: "Non-Authoritative Information",
    204: "No Content",
    205: "Reset Content",
    206: "Partial Content",
    207: "Multi-Status",
    208: "Already Reported",
    226: "IM Used",
    300: "Multiple Choices",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    305: "Use Proxy",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    407: "Proxy Authentication Required",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Request Entity Too Large",
    414: "Request-URI Too Long",
    415: "Unsupported Media Type",
    416: "Requested Range Not Satisfiable",
    417: "Expectation Failed",
    418: "I'm a Teapot",
    421: "Misdirected Request",
    422: "Unprocessable Entity",
    423: "Locked",
    424: "Failed Dependency",
    425: "Too Early",
    426: "Upgrade Required",
    428: "Precondition Required",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    451: "Unavailable For Legal Reasons",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates",
    507: "Insufficient Storage",
    508: "Loop Detected",
    510: "Not Extended",
    511: "Network Authentication Required",
}


def phrase(status: int) -> str:
    """The reason phrase of ``status`` (``"HTTP 599"`` for a status the table lacks)."""
    return PHRASES.get(status, f"HTTP {status}")
