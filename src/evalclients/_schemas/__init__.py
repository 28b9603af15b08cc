"""Shapes generated from specs/common/ by datamodel-code-generator."""
