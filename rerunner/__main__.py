"""``python -m rerunner run app.py``: the same as the ``rerunner`` command."""

import sys

from .cli import main

sys.exit(main())
