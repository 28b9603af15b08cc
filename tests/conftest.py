"""Shared test set-up: the spec-driven fake vendor servers are available to every test, and
no exception any test sees may show an API key (``tests/secret_guard.py``)."""

pytest_plugins = ["tests.fakeserver.fixtures", "tests.secret_guard"]
