"""Helpers for the packaging tests: a local package index and fresh virtual envs."""
