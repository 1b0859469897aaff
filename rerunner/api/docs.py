"""Parameter descriptions that many st calls share, written once.

A docstring line ``[[name]]`` under a parameter stands for ``SHARED["name"]``; the refusal
wrapper (``refusals.py``) expands it when the module loads, so ``st.slider?`` shows the whole
text. Only descriptions that are the same word for word in several calls live here.
"""

SHARED: dict[str, str] = {
    "args": ("Positional arguments passed to the ``on_change`` callback."),
    "kwargs": ("Keyword arguments passed to the ``on_change`` callback."),
    "help": (
        "A tooltip shown in an icon next to the label, only while ``label_visibility`` is\n"
        '``"visible"``. It can contain Markdown. If this is ``None`` (default), there is no tooltip.'
    ),
    "label_visibility": (
        'How the label is shown. ``"visible"`` (default) shows it. ``"hidden"`` leaves an empty space\n'
        "where the label would be, which keeps the widget aligned with labeled widgets beside it.\n"
        '``"collapsed"`` removes the label and its space.'
    ),
    "persist_state": (
        "How long the widget's value outlives the widget while it isn't rendered. If this is ``None``\n"
        '(default), the value is dropped at the end of a run that doesn\'t show the widget. ``"page"``\n'
        "keeps it while the user stays on the page (for example, while the widget is hidden by an\n"
        '``if``) and drops it on a page switch. ``"session"`` keeps it for the whole session, across\n'
        'page switches. This needs a ``key``. With ``bind="query-params"`` the value lives in the URL\n'
        "instead, which takes precedence."
    ),
    "text_alignment": (
        'How the text is aligned within the element: ``"left"`` (default), ``"center"``, ``"right"``,\n'
        'or ``"justify"`` (full lines stretched to the element\'s width, the last line left-aligned).\n'
        "The effect shows only when the element is wider than its text, so it is invisible with\n"
        '``width="content"`` and a short text.'
    ),
    "key": (
        "A string or integer that identifies the widget. If this is ``None`` (default), the widget is\n"
        "identified by its label and the other parameters that define it, so changing one of them\n"
        "makes a new widget with a fresh value. With a key, the widget keeps its identity and value\n"
        "when those parameters change. No two widgets may have the same key.\n"
        "\n"
        "The key also names the widget's value in session state: read ``st.session_state[key]``\n"
        "anywhere, or assign it before the widget is created to set the value the widget shows.\n"
        "Assigning it after the widget was created in the same run raises an error."
    ),
    "height": (
        'The chart\'s height. ``"content"`` (default) uses the chart\'s natural height; ``"stretch"``\n'
        "fills the vertical space left in the parent container, shared evenly with other stretching\n"
        "elements; an int sets a fixed height in pixels."
    ),
    "width": (
        'The chart\'s width. ``"stretch"`` (default) fills the width of the parent container;\n'
        '``"content"`` fits the content, up to the parent\'s width; an int sets a fixed width in\n'
        "pixels, capped at the parent's width.\n"
    ),
    "help.button": (
        "A tooltip shown when the pointer rests on the button. It can contain Markdown. If this is\n"
        "``None`` (default), there is no tooltip."
    ),
    "type": (
        "How much the button stands out:\n"
        "\n"
        '- ``"primary"``: filled with the app\'s primary color, for the main action.\n'
        '- ``"secondary"`` (default): a bordered button matching the background.\n'
        '- ``"tertiary"``: plain text without border or background, for minor actions.'
    ),
    "icon": (
        'An icon shown beside the label: a single emoji such as ``"🔥"`` (not a shortcode), a Material\n'
        'Symbols icon written ``":material/icon_name:"`` such as ``":material/thumb_up:"``, or\n'
        '``"spinner"`` for a spinning indicator. If this is ``None`` (default), there is no icon.'
    ),
    "icon_position": ('The side of the label the icon is on. Default ``"left"``.'),
    "use_container_width": (
        'Deprecated: use ``width`` instead. ``True`` means ``width="stretch"`` and ``False`` means\n'
        '``width="content"``; either overrides ``width``. If this is ``None`` (default), ``width``\n'
        "alone decides."
    ),
    "width.button": (
        "The width of the button:\n"
        "\n"
        '- ``"content"`` (default): as wide as its content, but no wider than the parent container.\n'
        '- ``"stretch"``: as wide as the parent container.\n'
        "- An int: a fixed width in pixels, capped at the width of the parent container."
    ),
    "shortcut": (
        "A keyboard shortcut that clicks the button. If this is ``None`` (default), there is none. It\n"
        'is a letter or digit (``"K"``), a function key (``"F5"``) or one of Backspace, Delete, Down,\n'
        "End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Space, Tab and Up, optionally with\n"
        'modifiers joined by ``+``: ``"Ctrl+K"``, ``"Cmd+Shift+O"``. Ctrl, Cmd, Meta and Mod mean the\n'
        "same, as do Alt and Option; the user sees the names of their own platform.\n"
        "\n"
        '``"C"`` and ``"R"`` are reserved, even with modifiers, and punctuation keys are not\n'
        'accepted. Some combinations, such as ``"Ctrl+W"`` or ``"F11"``, are taken by the browser or\n'
        "the operating system and may never reach the app."
    ),
    "body": (
        "The message, as GitHub-flavored Markdown with the extensions described in ``st.markdown``.\n"
        "To keep a leading icon in the text rather than have it become the box's icon, start with an\n"
        "empty directive such as ``:red[]``."
    ),
    "icon.error": (
        'The icon at the left of the box: a single emoji (``"🚨"``), a Material Symbols icon written\n'
        '``":material/icon_name:"``, or ``"spinner"``. ``None`` (default) uses a leading icon of\n'
        '``body`` if there is one; ``""`` shows no icon and leaves ``body`` as it is. A non-empty\n'
        "``icon`` takes precedence over any icon in ``body``."
    ),
    "title": (
        "A bold title shown above the message. ``None`` (default) shows none. Inline Markdown\n"
        "(italics, strikethrough, code, links, images) is allowed."
    ),
    "data": (
        "The data to plot: anything ``st.dataframe`` accepts, such as a pandas or Polars DataFrame, a\n"
        "NumPy array, or a dict or list of columns."
    ),
    "x": ("The column for the x-axis. ``None`` (default) uses the index."),
    "x_label": (
        "The x-axis title. ``None`` (default) uses the name of the ``x`` column, or no title."
    ),
    "y_label": (
        "The y-axis title. ``None`` (default) uses the name(s) of the ``y`` column(s), or no title."
    ),
    "use_container_width.area_chart": (
        "Deprecated: use ``width``. ``True`` makes the chart as wide as its parent container (like\n"
        '``width="stretch"``); ``False`` fits it to its content; ``None`` (default) keeps the chart\'s\n'
        "default."
    ),
    "alt": (
        "A short description of the chart for screen readers and other assistive technology,\n"
        "describing its content rather than repeating visible text. ``None`` (default) keeps the\n"
        "chart's default accessible name. An empty or blank string counts as ``None``.\n"
    ),
    "wrap": (
        "Whether a long label may wrap onto more lines:\n"
        "\n"
        "- ``None`` (default): the layout decides. In a horizontal container, or placed directly in a\n"
        "  column, the button keeps to one line and cuts an overflowing label short with an ellipsis;\n"
        "  elsewhere the label wraps.\n"
        "- ``True``: the label wraps and the button grows taller.\n"
        "- ``False``: one line; an overflowing label ends in an ellipsis.\n"
        "\n"
        "Without ``help``, the full text of a shortened label shows when the pointer rests on it. The\n"
        "icon and shortcut stay visible."
    ),
    "bind": (
        "Keeps the widget's value in a query parameter of the page's URL. If this is ``None``\n"
        '(default), the URL is not involved. With ``"query-params"``, changing the widget updates the\n'
        "URL, and a URL that carries the parameter sets the widget, so a link can restore it. This\n"
        "needs a ``key``, which is used as the parameter's name. While the value equals the widget's\n"
        "default, the parameter is left out of the URL. A bound parameter can be changed from code\n"
        "only through ``st.session_state``, not through ``st.query_params``, and URL values the\n"
        "widget can't take are ignored and removed.\n"
    ),
    "anchor": (
        "The heading's anchor: the name that a link ending in ``#name`` jumps to. ``None`` (default)\n"
        "derives it from ``body``; a string sets it; ``False`` hides the anchor's link icon.\n"
    ),
    "label": (
        "A short label telling the user what the choice is about. It can contain inline Markdown:\n"
        "bold, italics, strikethrough, inline code, links and images (shown at text height), plus the\n"
        "directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown\n"
        "such as headings and lists is shown as plain text.\n"
        "\n"
        "For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.\n"
    ),
    "format_func": (
        "A function that turns an option into the label shown for it; it must return a str. Default\n"
        "``str``. It changes only what is shown: the widget still returns the options themselves."
    ),
    "theme": (
        '``"streamlit"`` (default) styles the chart with Streamlit\'s chart theme (its colours and\n'
        "fonts, adjustable through the ``theme.chart*`` configuration options); ``None`` keeps the\n"
        "charting library's own styling.\n"
    ),
    "key.altair_chart": (
        "A stable identity for the chart; ``None`` (default) derives it from the other parameters.\n"
        "When selections are enabled, the selection is also readable, not writable, in\n"
        "``st.session_state[key]``. The key is added to the element as the CSS class\n"
        "``st-key-<key>``."
    ),
    "key.button": (
        "A string or integer that identifies the button. If this is ``None`` (default), it is\n"
        "identified by its label and the other parameters that define it. No two widgets may have the\n"
        "same key.\n"
        "\n"
        "``st.session_state[key]`` holds the button's clicked state (``True`` only in the run a click\n"
        "caused). It is read-only: assigning it raises an error."
    ),
    "unsafe_allow_html": (
        "Whether HTML tags in ``body`` are rendered. With ``False`` (default) they are escaped and\n"
        "show as plain text. Render only HTML you trust, and prefer built-in elements and theming to\n"
        "hand-written HTML or CSS. It cannot be combined with ``wrap=False``."
    ),
    "wrap.caption": (
        "Whether text too long for one line wraps (``True``, default). With ``False`` it stays on one\n"
        "line, cut off with an ellipsis, and hovering reveals the full text; only inline Markdown is\n"
        "then rendered (a leading ``#`` or ``-`` shows as a plain character). ``wrap=False`` cannot\n"
        "be combined with ``unsafe_allow_html=True``."
    ),
    "on_change": (
        "What happens when the user commits a new value (each click):\n"
        "\n"
        '- ``"rerun"`` (default): the new value is written to session state and the app reruns.\n'
        '- ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives\n'
        "  the value with the next rerun that something else causes. Until then the value lives only\n"
        "  in the browser.\n"
        "- A callable: the new value is written to session state, then the callback is called with\n"
        "  ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the\n"
        "  new value as ``st.session_state[key]``.\n"
        '- ``None``: the same as ``"rerun"``, kept for backward compatibility.\n'
        "\n"
        'Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no\n'
        "difference there, and only ``st.form_submit_button`` may have a callback."
    ),
    "icon.number_input": (
        'An icon shown inside the field, left of the value: a single emoji such as ``"🔥"`` (not a\n'
        'shortcode), a Material Symbols icon written ``":material/icon_name:"`` such as\n'
        '``":material/thumb_up:"``, or ``"spinner"`` for a spinning indicator. If this is ``None``\n'
        "(default), there is no icon."
    ),
    "bind.radio": (
        "Keeps the widget's value in a query parameter of the page's URL. If this is ``None``\n"
        '(default), the URL is not involved. With ``"query-params"``, changing the widget updates the\n'
        "URL, and a URL that carries the parameter sets the widget, so a link can restore it. This\n"
        "needs a ``key``, which is used as the parameter's name. While the value equals the widget's\n"
        "default, the parameter is left out of the URL. A bound parameter can be changed from code\n"
        "only through ``st.session_state``, not through ``st.query_params``, and URL values the\n"
        "widget can't take are ignored and removed. With ``index=None``, an empty parameter\n"
        "(``?my_key=``) clears the selection."
    ),
    "options": (
        "The choices, in order: a list, tuple, set, dict (its keys), ``range``, NumPy array, pandas\n"
        "Series or Index, or any other iterable; for a DataFrame, its first column. Each option is\n"
        "shown as ``format_func(option)``."
    ),
    "filter_mode": (
        "How typed text narrows the list of options:\n"
        "\n"
        '- ``"fuzzy"`` (default): options containing the typed characters in that order, not\n'
        "  necessarily adjacent, best matches first.\n"
        '- ``"contains"``: options containing the typed text.\n'
        '- ``"prefix"``: options starting with the typed text.\n'
        "- ``None``: typing is turned off and the list is not filtered.\n"
        "\n"
        '``"contains"`` and ``"prefix"`` ignore case. ``None`` can\'t be combined with\n'
        "``accept_new_options=True``."
    ),
    "label.slider": (
        "A short label telling the user what the slider is for. It can contain inline Markdown: bold,\n"
        "italics, strikethrough, inline code, links and images (shown at text height), plus the\n"
        "directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown\n"
        "such as headings and lists is shown as plain text.\n"
        "\n"
        "For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.\n"
    ),
    "on_change.slider": (
        "What happens when the user commits a new value (releasing a handle, clicking the track, or\n"
        "using the arrow keys):\n"
        "\n"
        '- ``"rerun"`` (default): the new value is written to session state and the app reruns.\n'
        '- ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives\n'
        "  the value with the next rerun that something else causes. Until then the value lives only\n"
        "  in the browser.\n"
        "- A callable: the new value is written to session state, then the callback is called with\n"
        "  ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the\n"
        "  new value as ``st.session_state[key]``.\n"
        '- ``None``: the same as ``"rerun"``, kept for backward compatibility.\n'
        "\n"
        'Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no\n'
        "difference there, and only ``st.form_submit_button`` may have a callback."
    ),
    "width.slider": (
        "The width of the slider:\n"
        "\n"
        '- ``"stretch"`` (default): as wide as the parent container.\n'
        "- An int: a fixed width in pixels, capped at the width of the parent container."
    ),
    "label.text_input": (
        "A short label telling the user what the text is for. It can contain inline Markdown: bold,\n"
        "italics, strikethrough, inline code, links and images (shown at text height), plus the\n"
        "directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown\n"
        "such as headings and lists is shown as plain text.\n"
        "\n"
        "For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.\n"
    ),
    "options.pills": (
        "The choices, in order: a list, tuple, set, dict (its keys), ``range``, NumPy array, pandas\n"
        "Series or Index, or any other iterable; for a DataFrame, its first column. Each option is\n"
        "shown as ``format_func(option)`` (``str(option)`` by default). The labels can contain\n"
        'Markdown, including Material icons written ``":material/icon_name:"``.'
    ),
    "default": (
        'The selection when the widget first appears. In ``"single"`` mode, an option or ``None``; in\n'
        '``"multi"`` mode, a list of options, a single option or ``None``. If this is ``None``\n'
        "(default), nothing is selected. Each must be one of ``options``."
    ),
    "format_func.pills": (
        "A function that turns an option into the label shown for it; it must return a str, which can\n"
        'contain Markdown and Material icons (``":material/icon_name:"``). If this is ``None``\n'
        "(default), ``str`` is used. It changes only what is shown: the widget still returns the\n"
        "options themselves."
    ),
    "key.pills": (
        "A string or integer that identifies the widget. If this is ``None`` (default), the widget is\n"
        "identified by its label and the other parameters that define it, so changing one of them\n"
        "makes a new widget with a fresh value. With a key, the widget keeps its identity and value\n"
        "when those parameters change; changing ``selection_mode`` still resets it. No two widgets\n"
        "may have the same key.\n"
        "\n"
        "The key also names the widget's value in session state: read ``st.session_state[key]``\n"
        "anywhere, or assign it before the widget is created to set the value the widget shows.\n"
        "Assigning it after the widget was created in the same run raises an error."
    ),
    "bind.pills": (
        "Keeps the widget's value in a query parameter of the page's URL. If this is ``None``\n"
        '(default), the URL is not involved. With ``"query-params"``, changing the widget updates the\n'
        "URL, and a URL that carries the parameter sets the widget, so a link can restore it. This\n"
        "needs a ``key``, which is used as the parameter's name. While the value equals the widget's\n"
        "default, the parameter is left out of the URL. A bound parameter can be changed from code\n"
        "only through ``st.session_state``, not through ``st.query_params``, and URL values the\n"
        "widget can't take are ignored and removed. An empty parameter (``?tags=``) clears the\n"
        'selection; in ``"multi"`` mode several selections are written as a repeated parameter\n'
        "(``?tags=Red&tags=Blue``)."
    ),
    "width.altair_chart": (
        "The chart's width. ``None`` (default) stretches most charts and fits faceted, repeated,\n"
        'horizontally concatenated and nested compositions to their content; ``"stretch"`` fills the\n'
        'width of the parent container; ``"content"`` fits the content, up to the parent\'s width; an\n'
        "int sets a fixed width in pixels, capped at the parent's width.\n"
    ),
    "use_container_width.altair_chart": (
        "Deprecated: use ``width``. ``True`` makes the chart as wide as its parent container (like\n"
        '``width="stretch"``); ``False`` fits it to its content; ``None`` (default) stretches all\n'
        "charts but faceted, horizontally concatenated and repeated ones."
    ),
    "selection_mode": (
        "The names of the chart's selection parameters that count: selections made with other\n"
        "parameters neither rerun the app nor appear in the state. ``None`` (default) uses all of\n"
        "them."
    ),
    "alt.altair_chart": (
        "A short description of the chart for screen readers and other assistive technology,\n"
        "describing its content rather than repeating visible text. ``None`` (default) keeps the\n"
        "chart's default accessible name, or its spec's ``description``. An empty or blank string\n"
        "counts as ``None``."
    ),
    "start_time": (
        "Where playback starts: seconds as an int or float (rounded down to whole seconds), a string\n"
        'such as ``"20s"``, ``"2 minute"`` or ``"1m14s"`` (as pandas\' ``Timedelta`` reads it), or a\n'
        "``datetime.timedelta``. ``0`` (default) starts at the beginning."
    ),
    "end_time": (
        "Where playback stops: seconds as an int or float (rounded down to whole seconds), a string\n"
        'such as ``"20s"``, ``"2 minute"`` or ``"1m14s"`` (as pandas\' ``Timedelta`` reads it), or a\n'
        "``datetime.timedelta``. ``None`` (default) plays to the end."
    ),
    "color": (
        'The series colours. For a single series: a hex string (``"#ffaa00"``, ``"#ffaa0088"``), an\n'
        'RGB or RGBA tuple (ints 0-255 or floats 0.0-1.0), or a colour name (``"red"``, ``"orange"``,\n'
        '``"yellow"``, ``"green"``, ``"blue"``, ``"violet"``, ``"gray"``/``"grey"``, ``"primary"``).\n'
        "For several ``y`` columns: a list with one colour per column. For long-format data (one\n"
        "``y`` column): the name of a column whose values split the rows into series, coloured from\n"
        "the default palette, or by the values themselves when they are colours. ``None`` (default)\n"
        "uses the default palette."
    ),
    "func": (
        "The function to cache, given when the decorator is used without parentheses. Its source code\n"
        "is part of the cache's identity, so editing it starts a new cache. ``None`` (default) when\n"
        "options are given: the call then returns the decorator."
    ),
    "hash_funcs": (
        "Custom hashing for argument types: maps a type, or its full name as a string such as\n"
        '``"datetime.datetime"``, to a function that returns a hashable stand-in for a value of that\n'
        "type. ``None`` (default) uses the standard hashing."
    ),
    "width.dataframe": (
        'The table\'s width. ``"stretch"`` (default) fills the width of the parent container;\n'
        '``"content"`` fits the content, up to the parent\'s width; an int sets a fixed width in\n'
        "pixels, capped at the parent's width.\n"
    ),
    "tab_index": (
        "The iframe's place in keyboard navigation: ``None`` (default) the browser's default,\n"
        "``-1`` out of the Tab order, ``0`` or more in it."
    ),
    "width.components": (
        "The iframe's width in pixels; ``None`` (default) fills the container's width."
    ),
    "height.components": ("The iframe's height in pixels; ``None`` (default) is 150."),
    "scrolling.components": (
        "Whether the iframe shows scroll bars for content larger than it; ``False`` (default)\n"
        "crops it."
    ),
}
