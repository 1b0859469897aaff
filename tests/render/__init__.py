"""Rendering, in process: reconciliation of the widget tree, escaping of user text, leaks."""
