"""``st.get_option`` and ``st.set_option``: Streamlit's configuration, as far as it means
something in a notebook.

Streamlit 1.67 lets a script set five options while it runs (``client.showErrorDetails``,
``client.toolbarMode``, ``client.disableDataExport``, ``client.showSidebarNavigation`` and
``logger.enableRich``); any other known option raises "cannot be set on the fly", an unknown
one "Unrecognized config option". rerunner keeps the same rules and texts. Options are one set
per kernel, as Streamlit's are one set per server process.

What rerunner reports: the options that describe it (``OPTIONS``), every ``theme.*`` option
as ``None`` (no custom theme: the notebook's own theme applies), and what a script set. The
other options configure Streamlit's server, which a notebook does not have; reading one
raises ``UnsupportedError`` naming it.
"""

from __future__ import annotations

from typing import Any

from ..errors import StreamlitAPIException, UnsupportedError

#: What rerunner reports, by option: the values Streamlit would have where rerunner does the same.
OPTIONS: dict[str, Any] = {
    "client.showErrorDetails": "full",  # errors show their message and traceback
    "client.toolbarMode": "auto",
    "client.disableDataExport": False,
    "client.showSidebarNavigation": True,
    "logger.enableRich": False,
    "runner.magicEnabled": True,  # a bare expression is written, as with Streamlit's magic
    "runner.fastReruns": True,  # a change stops a stale run (README, "Fast reruns")
    "runner.enforceSerializableSessionState": False,
    "server.maxUploadSize": 200,  # st.file_uploader's limit, in MB
}

#: Set while a script runs, in Streamlit 1.67 (its ``scriptable`` options).
SCRIPTABLE = (
    "client.showErrorDetails", "client.toolbarMode", "client.disableDataExport",
    "client.showSidebarNavigation", "logger.enableRich",
)  # fmt: skip

# Streamlit 1.67's option names: those outside the theme, then the theme's, which repeat under
# sidebar, light, dark, light.sidebar and dark.sidebar (less the seven that do not).
_NAMES = """
global.disableWidgetStateDuplicationWarning global.showWarningOnDirectExecution
global.developmentMode global.e2eTest global.unitTest global.appTest
global.suppressDeprecationWarnings global.minCachedMessageSize global.maxCachedMessageAge
logger.level logger.messageFormat logger.enableRich logger.hideWelcomeMessage
client.showErrorDetails client.toolbarMode client.disableDataExport client.showSidebarNavigation
client.showErrorLinks client.allowedOrigins runner.magicEnabled runner.postScriptGC
runner.fastReruns runner.enforceSerializableSessionState runner.enumCoercion
runner.parallelMaxWorkers runner.cacheBackgroundRefreshMaxWorkers
runner.cacheBackgroundRefreshTTLMultiplier runner.connectionDefaultTTL runner.cacheHashSeed
server.folderWatchList server.folderWatchBlacklist server.fileWatcherType
server.enableExpensiveMemoryStats server.maxCacheDataSize server.cookieSecret server.headless
server.showEmailPrompt server.runOnSave server.allowRunOnSave server.address server.port
server.scriptHealthCheckEnabled server.baseUrlPath server.customComponentBaseUrlPath
server.enableCORS server.corsAllowedOrigins server.allowedHosts server.enableXsrfProtection
server.xsrfCookieSameSite server.maxUploadSize server.maxMessageSize server.maxWidgetStateSize
server.enableWebsocketCompression server.websocketPingInterval server.enableStaticServing
server.disconnectedSessionTTL server.enableAgentApi server.agentWaitTimeout
server.agentSessionTTL server.agentMaxSessions server.agentPreviewRows server.trustedUserHeaders
server.unsafeMetricsUserAttributes browser.serverAddress browser.gatherUsageStats
browser.serverPort server.sslCertFile server.sslKeyFile ui.hideTopBar magic.displayRootDocString
magic.displayLastExprIfNoSemicolon secrets.files
""".split()
_THEME = """
primaryColor backgroundColor secondaryBackgroundColor textColor redColor orangeColor yellowColor
blueColor greenColor violetColor grayColor redBackgroundColor orangeBackgroundColor
yellowBackgroundColor blueBackgroundColor greenBackgroundColor violetBackgroundColor
grayBackgroundColor redTextColor orangeTextColor yellowTextColor blueTextColor greenTextColor
violetTextColor grayTextColor linkColor linkUnderline codeTextColor codeBackgroundColor font
headingFont headingFontSizes headingFontWeights codeFont codeFontSize codeFontWeight baseRadius
buttonRadius paddingTop paddingBottom borderColor dataframeBorderColor
dataframeHeaderBackgroundColor dataframeHeaderTextColor showWidgetBorder chartCategoricalColors
chartSequentialColors chartDivergingColors
""".split()
_THEME_TOP = "base fontFaces baseFontSize baseFontWeight metricValueFontSize metricValueFontWeight showSidebarBorder".split()
_THEME_PARTS = ("sidebar", "light", "dark", "light.sidebar", "dark.sidebar")

#: Every option name Streamlit 1.67 knows.
NAMES = frozenset(
    [*_NAMES, *(f"theme.{n}" for n in [*_THEME_TOP, *_THEME])]
    + [f"theme.{part}.{n}" for part in _THEME_PARTS for n in _THEME]
)

#: What a script set while it ran (the kernel's, like Streamlit's process-wide config).
_SET: dict[str, Any] = {}


def get_option(key: str) -> Any:
    """Return the current value of a configuration option.

    Parameters
    ----------
    key : str
        The option's name, ``"section.optionName"`` (for example ``"client.toolbarMode"``). An
        option a script set with ``st.set_option`` reads back as set. Of the others, rerunner
        answers those that describe it (``client.*``, ``runner.magicEnabled``,
        ``runner.fastReruns``, ``runner.enforceSerializableSessionState``,
        ``server.maxUploadSize``, ``logger.enableRich``) and every ``theme.*`` option (``None``:
        no custom theme); reading one of Streamlit's server options raises an error naming it.

    Returns
    -------
    Any
        The option's value.

    Example
    -------
    >>> import streamlit as st
    >>> st.write("Uploads up to", st.get_option("server.maxUploadSize"), "MB")
    """
    if key in _SET:
        return _SET[key]
    if key in OPTIONS:
        return OPTIONS[key]
    if key in NAMES and str(key).startswith("theme."):
        return None
    if key in NAMES:
        raise UnsupportedError(
            f"`st.get_option({key!r})` is not supported by rerunner yet: it configures "
            "Streamlit's server, which a notebook app does not have."
        )
    raise RuntimeError(f'Config key "{key}" not defined.')


def set_option(key: str, value: Any) -> None:
    """Set a configuration option while the app runs.

    As in Streamlit, only ``client.showErrorDetails``, ``client.toolbarMode``,
    ``client.disableDataExport``, ``client.showSidebarNavigation`` and ``logger.enableRich``
    can be set from a script; they stay set for the kernel (every app in it), as Streamlit's
    stay set for its server. ``st.get_option`` reads them back. rerunner has no toolbar, data
    export menu, page navigation or rich log, so the last four change nothing else.

    Parameters
    ----------
    key : str
        The option's name, ``"section.optionName"``. Any other known option raises
        ``StreamlitAPIException`` ("cannot be set on the fly"), an unknown one "Unrecognized
        config option".
    value : Any
        The new value. ``client.showErrorDetails`` takes only ``"full"`` or ``True`` (what
        rerunner does: errors show in full); hiding error details is not implemented yet.

    Returns
    -------
    None
        Nothing.

    Example
    -------
    >>> import streamlit as st
    >>> st.set_option("client.toolbarMode", "minimal")
    >>> st.get_option("client.toolbarMode")
    'minimal'
    """
    if key not in NAMES:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if key not in SCRIPTABLE:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run "
            f"script.py --{key}, or in config.toml instead."
        )
    if key == "client.showErrorDetails" and value not in ("full", True, "true", "True"):
        raise UnsupportedError(
            f"`st.set_option('client.showErrorDetails', {value!r})` is not supported by rerunner "
            "yet: errors always show their message and traceback (what 'full' asks for)."
        )
    _SET[key] = value
