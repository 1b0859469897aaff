import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

from browser_fixtures import browser, browser_page, screenshots, served_notebooks, voila  # noqa: E402,F401
