"""Named Humanloop clients, generated from specs/vendors.toml ``[vendors.humanloop.client]``.

``Humanloop`` and ``AsyncHumanloop`` are the facade's ``Client`` and ``AsyncClient``
for this vendor, with helpers declared once in a mixin both twins share. Any other registry
operation is reachable with ``call()`` / ``paginate()``, and every generated operation through
``.api``. They need the facade: ``pip install "evalclients[humanloop]"``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from evalclients.client import AsyncClient, Client
from evalclients.config import RequestOptions
from evalclients.operations import listing

if TYPE_CHECKING:
    from .models import EvaluationResponse, EvaluationRunResponse


__all__ = ["AsyncHumanloop", "Humanloop"]


class _Helpers:
    vendor_name = "humanloop"

    @listing("list_runs_for_evaluation")
    def evaluation_runs(
        id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[EvaluationRunResponse]:
        """Every run of an evaluation (Humanloop returns them in one page)."""
        ...

    @listing("list_evaluations")
    def evaluations(
        file_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[EvaluationResponse]:
        """Every evaluation of a file.

        The current API requires ``file_id`` (as the official SDK does).
        """
        ...


class Humanloop(_Helpers, Client):
    """Humanloop (``HUMANLOOP_API_KEY``, sent as ``X-API-KEY``)."""


class AsyncHumanloop(_Helpers, AsyncClient):
    """Humanloop, async (the twin of ``Humanloop``)."""
