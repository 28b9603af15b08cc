"""Named Braintrust clients, generated from specs/vendors.toml ``[vendors.braintrust.client]``.

``Braintrust`` and ``AsyncBraintrust`` are the facade's ``Client`` and ``AsyncClient``
for this vendor, with helpers declared once in a mixin both twins share. Any other registry
operation is reachable with ``call()`` / ``paginate()``, and every generated operation through
``.api``. They need the facade: ``pip install "evalclients[braintrust]"``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from evalclients.client import AsyncClient, Client
from evalclients.config import RequestOptions
from evalclients.operations import getter, listing

if TYPE_CHECKING:
    from .models import Dataset, Experiment, ExperimentEvent


__all__ = ["AsyncBraintrust", "Braintrust"]


class _Helpers:
    vendor_name = "braintrust"

    @listing("get_experiment")
    def experiments(
        project_id: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[Experiment]:
        """Every experiment the key can read, or those of one project."""
        ...

    @getter("get_experiment_id")
    def experiment(experiment_id: str, **options: Unpack[RequestOptions]) -> Experiment:
        """One experiment."""
        ...

    @listing("post_experiment_id_fetch")
    def experiment_events(
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[ExperimentEvent]:
        """Every event (span) of an experiment: root spans are its runs, child spans their task and scorer steps.

        A later page may repeat an event id with an older _xact_id.
        """
        ...

    @listing("get_dataset")
    def datasets(
        project_id: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[Dataset]:
        """Every dataset the key can read, or those of one project."""
        ...


class Braintrust(_Helpers, Client):
    """Braintrust (``BRAINTRUST_API_KEY``, a Bearer key)."""


class AsyncBraintrust(_Helpers, AsyncClient):
    """Braintrust, async (the twin of ``Braintrust``)."""
