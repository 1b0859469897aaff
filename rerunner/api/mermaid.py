"""Mermaid flowcharts translated to Graphviz DOT, which the shared Graphviz library draws.

Mermaid itself is about 5.4 MB of minified JavaScript (mermaid 12.3.0 with its dependencies,
bundled by esbuild): more than the whole budget of JavaScript the package ships. Flowcharts, by
far the most common Mermaid diagrams, map closely onto Graphviz's ``dot`` layout, so rerunner
translates them here and draws them with the Graphviz library ``st.graphviz_chart`` already
ships. Other diagram types (sequence, class, state, ER, Gantt, pie...) raise
``UnsupportedError`` naming the type.

What is translated: ``graph``/``flowchart`` with a direction; nodes with their shapes
(``[ ]``, ``( )``, ``([ ])``, ``[[ ]]``, ``[( )]``, ``(( ))``, ``((( )))``, ``> ]``, ``{ }``,
``{{ }}``, ``[/ /]``, ``[\\ \\]``, ``[/ \\]``, ``[\\ /]``) and quoted or Markdown-free text;
edges (``-->``, ``---``, ``-.->``, ``==>``, ``~~~``, ``--o``, ``--x``, ``<-->``, longer
forms) with ``|labels|`` or inline ``-- labels -->``; chains and ``&``; subgraphs; ``style``,
``classDef``, ``class`` and ``:::class`` (fill, stroke, colour, stroke width); the front
matter's ``title``. Comments, ``%%{init}%%`` directives, accessibility directives,
``linkStyle``, ``click`` and a subgraph's own ``direction`` are not drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import StreamlitAPIException, UnsupportedError

_DIRECTIONS = {"TB": "TB", "TD": "TB", "BT": "BT", "LR": "LR", "RL": "RL"}

#: Opening bracket -> (closing bracket, Graphviz node attributes).
_SHAPES: list[tuple[str, str, str]] = [
    ("(((", ")))", 'shape=doublecircle, style="filled"'),
    ("((", "))", 'shape=circle, style="filled"'),
    ("([", "])", 'shape=box, style="rounded,filled"'),
    ("[[", "]]", 'shape=box, peripheries=2, style="filled"'),
    ("[(", ")]", 'shape=cylinder, style="filled"'),
    ("{{", "}}", 'shape=hexagon, style="filled"'),
    ("[/", "/]", 'shape=parallelogram, style="filled"'),
    ("[\\", "\\]", 'shape=parallelogram, style="filled"'),
    ("[/", "\\]", 'shape=trapezium, style="filled"'),
    ("[\\", "/]", 'shape=invtrapezium, style="filled"'),
    ("(", ")", 'shape=box, style="rounded,filled"'),
    ("[", "]", 'shape=box, style="filled"'),
    ("{", "}", 'shape=diamond, style="filled"'),
    (">", "]", 'shape=cds, style="filled"'),
]
_PLAIN_NODE = 'shape=box, style="filled"'

_ID = re.compile(r"[\w$\u00c0-\uffff]+(?:[.\w$\u00c0-\uffff]*[\w$\u00c0-\uffff])?")
_CLASS_SUFFIX = re.compile(r":::([\w-]+)")
_EDGE = re.compile(
    r"(?P<start><|[ox](?=-|=))?(?P<body>-{2,}|={2,}|-\.+-|~{3,})(?P<end>>|[ox](?!\w))?"
)
_INLINE = re.compile(
    r"(?P<start><)?(?P<open>--|==|-\.)\s+(?P<text>[^|]+?)\s+"
    r"(?P<body>-{2,}|={2,}|\.-+)(?P<end>[>ox])?"
)
_PIPE = re.compile(r"\|(?P<text>[^|]*)\|")
_KNOWN_TYPES = (
    "sequenceDiagram", "classDiagram", "stateDiagram", "erDiagram", "journey", "gantt", "pie",
    "quadrantChart", "requirementDiagram", "gitGraph", "C4Context", "mindmap", "timeline",
    "zenuml", "sankey", "xychart", "block", "packet", "kanban", "architecture", "radar",
    "treemap",
)  # fmt: skip


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    if len(text) >= 2 and text[0] == text[-1] == "`":  # a Markdown string: shown as its text
        text = text[1:-1]
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    return text.replace("&quot;", '"').replace("#quot;", '"')


def _style(spec: str) -> str:
    """Mermaid's CSS-like ``fill:#f9f,stroke:#333`` as Graphviz attributes."""
    attrs = []
    for part in spec.split(","):
        name, _, value = part.partition(":")
        name, value = name.strip(), value.strip()
        if name == "fill":
            attrs.append(f"fillcolor={_quote(value)}")
        elif name == "stroke":
            attrs.append(f"color={_quote(value)}")
        elif name == "color":
            attrs.append(f"fontcolor={_quote(value)}")
        elif name == "stroke-width":
            attrs.append(f"penwidth={_quote(value.removesuffix('px'))}")
        elif name == "stroke-dasharray":
            attrs.append('style="filled,dashed"')
    return ", ".join(attrs)


@dataclass
class _Graph:
    direction: str = "TB"
    title: str | None = None
    nodes: dict[str, str] = field(default_factory=dict)  # id -> attributes
    styles: dict[str, str] = field(default_factory=dict)  # id -> style attributes
    classes: dict[str, str] = field(default_factory=dict)  # class name -> style attributes
    node_classes: dict[str, list[str]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)  # edges and subgraphs, in order
    depth: int = 0
    clusters: int = 0

    def node(self, node_id: str, attrs: str | None) -> None:
        if attrs is not None or node_id not in self.nodes:
            self.nodes[node_id] = attrs or f"label={_quote(node_id)}, {_PLAIN_NODE}"
        if self.depth:  # declared inside a subgraph: it belongs to the innermost one
            self.lines.append(f"{_quote(node_id)};")


def _skip_preamble(lines: list[str], graph: _Graph) -> int:
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped or (stripped.startswith("%%") and not stripped.startswith("%%{")):
            i += 1
        elif stripped.startswith("%%{"):
            while i < len(lines) and "}%%" not in lines[i]:
                i += 1
            i += 1
        elif stripped == "---":
            i += 1
            while i < len(lines) and lines[i].strip() != "---":
                key, _, value = lines[i].partition(":")
                if key.strip() == "title":
                    graph.title = value.strip().strip("\"'")
                i += 1
            i += 1
        else:
            break
    return i


def _parse_node(text: str, pos: int, graph: _Graph) -> tuple[list[str], int]:
    """The node group (``A``, ``A[text] & B``) at ``pos``: its ids and the position after it."""
    ids = []
    while True:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        match = _ID.match(text, pos)
        if not match:
            raise _syntax(text, pos)
        node_id, pos = match.group(0), match.end()
        attrs = None
        for opening, closing, shape in _SHAPES:
            if text.startswith(opening, pos):
                start = pos + len(opening)
                if text.startswith('"', start):
                    quote_end = text.find('"', start + 1)
                    end = text.find(closing, quote_end + 1) if quote_end >= 0 else -1
                else:
                    end = text.find(closing, start)
                if end < 0:
                    continue
                attrs = f"label={_quote(_label(text[start:end]))}, {shape}"
                pos = end + len(closing)
                break
        graph.node(node_id, attrs)
        suffix = _CLASS_SUFFIX.match(text, pos)
        if suffix:
            graph.node_classes.setdefault(node_id, []).append(suffix.group(1))
            pos = suffix.end()
        ids.append(node_id)
        rest = re.compile(r"\s*&\s*").match(text, pos)
        if not rest:
            return ids, pos
        pos = rest.end()


def _edge_attrs(start: str | None, body: str, end: str | None, label: str | None) -> str:
    attrs = []
    if body.startswith("~"):
        attrs.append("style=invis")
    elif "." in body:
        attrs.append("style=dashed")
    elif body.startswith("="):
        attrs.append("penwidth=2.5")
    heads = {">": "normal", "o": "odot", "x": "tee", None: "none"}
    attrs.append(f"arrowhead={heads.get(end, 'none')}")
    if start:
        attrs.append(f"dir=both, arrowtail={heads.get('>' if start == '<' else start)}")
    if label:
        attrs.append(f"label={_quote(_label(label))}")
    return ", ".join(attrs)


def _syntax(text: str, pos: int) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Mermaid syntax error: cannot read the flowchart at {text[pos : pos + 30]!r} "
        f"(in {text.strip()!r})."
    )


def _statement(text: str, graph: _Graph) -> None:
    words = text.split(None, 1)
    head = words[0] if words else ""
    rest = words[1] if len(words) > 1 else ""
    if head == "subgraph":
        title_match = re.match(r"([\w-]+)\s*\[(.*)\]\s*$", rest)
        if title_match:
            title = _label(title_match.group(2))
        else:
            title = _label(rest) if rest else f"cluster {graph.clusters}"
        graph.clusters += 1
        graph.depth += 1
        graph.lines.append(
            f"subgraph cluster_{graph.clusters} {{ label={_quote(title)}; "
            'style="filled"; fillcolor="#ffffde"; color="#aaaa33";'
        )
        return
    if head == "end" and not rest:
        if graph.depth:
            graph.depth -= 1
            graph.lines.append("}")
        return
    if head == "direction" or head in ("linkStyle", "click") or head.startswith("acc"):
        return  # not drawn (see the module's docstring)
    if head == "style" and rest:
        node_id, _, spec = rest.partition(" ")
        graph.styles[node_id] = _style(spec)
        return
    if head == "classDef" and rest:
        names, _, spec = rest.partition(" ")
        for name in names.split(","):
            graph.classes[name] = _style(spec)
        return
    if head == "class" and rest:
        ids, _, name = rest.rpartition(" ")
        for node_id in ids.split(","):
            graph.node_classes.setdefault(node_id.strip(), []).append(name.strip())
        return
    sources, pos = _parse_node(text, 0, graph)
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos >= len(text):
            break
        label = None
        inline = _INLINE.match(text, pos)
        match = inline or _EDGE.match(text, pos)
        if not match:
            raise _syntax(text, pos)
        if inline:
            label = inline.group("text")
        pos = match.end()
        pipe = _PIPE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        if pipe:
            label, pos = pipe.group("text"), pipe.end()
        attrs = _edge_attrs(match.group("start"), match.group("body"), match.group("end"), label)
        targets, pos = _parse_node(text, pos, graph)
        for source in sources:
            for target in targets:
                graph.lines.append(f"{_quote(source)} -> {_quote(target)} [{attrs}];")
        sources = targets


def _statements(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = line.split("%%", 1)[0] if "%%" in line else line
        out.extend(part.strip() for part in line.split(";") if part.strip())
    return out


def to_dot(body: str) -> str:
    """The DOT source that draws the Mermaid flowchart ``body``.

    Raises ``UnsupportedError`` for other diagram types, ``StreamlitAPIException`` for a
    flowchart rerunner cannot read."""
    graph = _Graph()
    lines = body.splitlines()
    start = _skip_preamble(lines, graph)
    if start >= len(lines):
        raise StreamlitAPIException("Mermaid syntax error: the diagram is empty.")
    header = lines[start].strip()
    words = header.replace(";", " ").split()
    kind = words[0] if words else ""
    if kind not in ("graph", "flowchart", "flowchart-elk"):
        name = re.split(r"[-\s]", kind, maxsplit=1)[0]
        if name in _KNOWN_TYPES or kind in _KNOWN_TYPES:
            raise UnsupportedError(
                f"`st.mermaid_chart` draws flowcharts (`graph`, `flowchart`) in rerunner; "
                f"Mermaid `{name}` diagrams are not supported."
            )
        raise StreamlitAPIException(
            f"Mermaid syntax error: no diagram type is known for {header!r}."
        )
    if len(words) > 1:
        graph.direction = _DIRECTIONS.get(words[1], "TB")
    remainder = header.split(None, 2)[2] if len(header.split(None, 2)) > 2 else ""
    for text in _statements([remainder.lstrip(";"), *lines[start + 1 :]]):
        _statement(text, graph)
    while graph.depth:  # an unclosed subgraph closes at the end, as Mermaid forgives
        graph.depth -= 1
        graph.lines.append("}")
    out = [
        "digraph {",
        f"rankdir={graph.direction};",
        'bgcolor="transparent"; fontname="sans-serif"; fontsize=16;',
        'node [fontname="sans-serif", fontsize=12, fillcolor="#ECECFF", color="#9370DB", '
        'fontcolor="#333333", margin="0.2,0.08"];',
        'edge [fontname="sans-serif", fontsize=11, color="#333333", fontcolor="#333333"];',
    ]
    if graph.title:
        out.append(f'label={_quote(graph.title)}; labelloc="t";')
    for node_id, attrs in graph.nodes.items():
        styled = [
            graph.classes[c] for c in graph.node_classes.get(node_id, []) if c in graph.classes
        ]
        if node_id in graph.styles:
            styled.append(graph.styles[node_id])
        styled = [s for s in styled if s]
        extra = (", " + ", ".join(styled) + ', class="rr-styled"') if styled else ""
        out.append(f"{_quote(node_id)} [{attrs}{extra}];")
    out.extend(graph.lines)
    out.append("}")
    return "\n".join(out)
