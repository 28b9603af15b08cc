"""Shared test set-up: the spec-driven fake vendor servers are available to every test."""

pytest_plugins = ["tests.fakeserver.fixtures"]
