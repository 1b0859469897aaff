"""Recipe for ``file_uploader``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .devices import FolderPicker
from .lib import Emit, hideable_title, recipe, sized_layout
from .markdown import escape
from .vdom import V


@recipe("file_uploader")
def file_uploader(el: Element, emit: Emit) -> V:
    p = el.props
    label = hideable_title(p, f' <span class="rr-caption">(up to {p.max_mb} MB each)</span>')
    files = ", ".join(escape(name) for name in p.value)
    shown = V(w.HTML, {"value": f'<span class="rr-caption">{files}</span>' if files else ""})
    # "value": () empties the kernel's copy of the files as soon as the run they caused has
    # rendered: session state holds the accepted ones, and a refused one is not kept at all.
    on = {"value": lambda value: emit(el.id, [dict(item) for item in value])}
    if p.directory:  # the browser's folder picker, which FileUpload does not offer
        upload = V(FolderPicker, {"accept": p.accept, "disabled": bool(p.disabled), "value": ()},
                   on=on)  # fmt: skip
    else:
        upload = V(
            w.FileUpload,
            {"accept": p.accept, "multiple": p.multiple, "disabled": bool(p.disabled),
             "description": "Browse files", "value": ()},
            on=on,
        )  # fmt: skip
    return V(
        w.VBox,
        {"_dom_classes": ("rr-file-uploader", "rr-group")},
        children=[label, upload, shown],
        key=el.id,
        layout=sized_layout(p.width),
    )
