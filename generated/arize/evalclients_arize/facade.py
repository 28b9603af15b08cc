"""Named Arize AX clients, generated from specs/vendors.toml ``[vendors.arize.client]``.

``ArizeAX`` and ``AsyncArizeAX`` are the facade's ``Client`` and ``AsyncClient``
for this vendor, with helpers declared once in a mixin both twins share. Any other registry
operation is reachable with ``call()`` / ``paginate()``, and every generated operation through
``.api``. They need the facade: ``pip install "evalclients[arize]"``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from evalclients.client import AsyncClient, Client
from evalclients.config import RequestOptions
from evalclients.operations import listing

if TYPE_CHECKING:
    from .models import ExperimentRun


__all__ = ["AsyncArizeAX", "ArizeAX"]


class _Helpers:
    vendor_name = "arize"

    @listing("list_experiment_runs")
    def experiment_runs(
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[ExperimentRun]:
        """Every run of an experiment (``page_size`` at most 500)."""
        ...

    @listing("search_experiment_runs", body=("filter",))
    def search_experiment_runs(
        experiment_id: str,
        filter: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[ExperimentRun]:
        """The runs of an experiment that match a SQL-like ``filter`` (all without one), in stable id order.

        Pages with its cursor in the POST body; the filter is sent unchanged on every page, as
        Arize requires (``page_size`` 1 to 500).
        """
        ...


class ArizeAX(_Helpers, Client):
    """Arize AX (``ARIZE_API_KEY``; ``region=`` one of the documented regions)."""


class AsyncArizeAX(_Helpers, AsyncClient):
    """Arize AX, async (the twin of ``ArizeAX``)."""
