"""Fixtures shared by every layer (each layer's own are in its folder's conftest.py)."""
