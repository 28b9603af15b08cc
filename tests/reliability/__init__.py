"""Adversarial tests: hostile servers, hostile input and hostile specs against the facade.

``make test`` runs them with CI-sized, derandomized settings; ``make fuzz`` sets
``EVALCLIENTS_FUZZ=long`` for the long runs (more examples, more items).
"""
