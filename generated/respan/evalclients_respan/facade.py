"""Named Respan clients, generated from specs/vendors.toml ``[vendors.respan.client]``.

``Respan`` and ``AsyncRespan`` are the facade's ``Client`` and ``AsyncClient``
for this vendor, with helpers declared once in a mixin both twins share. Any other registry
operation is reachable with ``call()`` / ``paginate()``, and every generated operation through
``.api``. They need the facade: ``pip install "evalclients[respan]"``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from evalclients.client import AsyncClient, Client
from evalclients.config import RequestOptions
from evalclients.operations import getter, listing

if TYPE_CHECKING:
    from .models import Experiment


__all__ = ["AsyncRespan", "Respan"]


class _Helpers:
    vendor_name = "respan"

    @listing("list_experiments")
    def experiments(
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[Experiment]:
        """Every experiment."""
        ...

    @getter("retrieve_experiment")
    def experiment(experiment_id: str, **options: Unpack[RequestOptions]) -> Experiment:
        """One experiment, with its workflow and scoring configuration."""
        ...


class Respan(_Helpers, Client):
    """Respan (``RESPAN_API_KEY``)."""


class AsyncRespan(_Helpers, AsyncClient):
    """Respan, async (the twin of ``Respan``)."""
