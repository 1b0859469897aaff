"""What the digits notebook's class store holds, read as a teacher's script would."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def stored_labels(folder: Path, task: str = "digits") -> dict[str, dict[Any, Any]]:
    """Student -> image -> value, from ``class.db`` in the notebook's class folder."""
    from rerunner.annotate import AnnotationStore

    return AnnotationStore(f"sqlite:///{folder / 'class.db'}").load_all(task)
