"""The ``rerunner`` command: ``rerunner run TARGET`` serves apps (see ``rerunner.serve``),
``rerunner convert app.py -o app.ipynb`` writes the notebook a script is served as.

Argument handling only: parsing is separate from acting (``parse_args`` returns the options,
``main`` acts on them), so tests check the options without starting a server.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .serve import (
    DEFAULT_DISCONNECTED_TTL,
    DEFAULT_POOL_REFILL_DELAY,
    DEFAULT_PORT,
    ServeOptions,
)


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def _port(text: str) -> int:
    value = _non_negative(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is between 1 and 65535, got {value}")
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("expected 1 or more, got 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rerunner",
        description="Streamlit scripts and %%rerun notebooks as web apps, one kernel per visitor.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="serve a script, a notebook or a folder of them through Voila",
        description=(
            "Serve a Streamlit script (app.py), a notebook of %%rerun apps (.ipynb) or a folder "
            "(an index of its notebooks and scripts). Each visitor gets a kernel of their own. "
            "Ctrl-C stops the server and its kernels."
        ),
    )
    run.add_argument("target", type=Path, help="a .py script, a .ipynb notebook or a folder")
    run.add_argument(
        "--port", type=_port, default=None,
        help=f"the port to listen on (default {DEFAULT_PORT}, or a free one if it is taken)",
    )  # fmt: skip
    run.add_argument(
        "--host", default="127.0.0.1",
        help="the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
    )  # fmt: skip
    run.add_argument(
        "--pool", type=_non_negative, default=0, metavar="N",
        help="keep N kernels per notebook pre-heated (the app already run) for the next visitors",
    )  # fmt: skip
    run.add_argument(
        "--pool-refill-delay", type=_non_negative, default=DEFAULT_POOL_REFILL_DELAY,
        metavar="SECONDS",
        help="wait SECONDS before replacing a pre-heated kernel a visitor took "
        f"(default {DEFAULT_POOL_REFILL_DELAY}, as Voila; 15 lets a class arriving at once load "
        "its pages before the refill competes for the CPU, but a visitor who finds the pool "
        "empty waits up to that long more)",
    )  # fmt: skip
    run.add_argument(
        "--cull-idle", type=_positive, default=None, metavar="SECONDS",
        help="shut down kernels idle (no open page, no activity) for SECONDS",
    )  # fmt: skip
    run.add_argument(
        "--disconnected-ttl", type=_non_negative, default=DEFAULT_DISCONNECTED_TTL,
        metavar="SECONDS",
        help="shut a kernel down SECONDS after its page disconnected without coming back "
        f"(default {DEFAULT_DISCONNECTED_TTL}, as Streamlit's server.disconnectedSessionTTL; "
        "0 keeps it until culled)",
    )  # fmt: skip
    run.add_argument(
        "--base-url", default="/", help="serve under this URL prefix (for a reverse proxy)"
    )
    run.add_argument(
        "--open", action="store_true", dest="open_browser", help="open a browser on the URL"
    )

    convert = commands.add_parser(
        "convert",
        help="write the notebook a script is served as",
        description="Write a notebook that runs a Streamlit script with %%rerun --file.",
    )
    convert.add_argument("script", type=Path, help="a Streamlit script (.py)")
    convert.add_argument(
        "-o", "--output", type=Path, default=None,
        help="the notebook to write (default: the script's name with .ipynb)",
    )  # fmt: skip
    convert.add_argument("--force", action="store_true", help="overwrite the output if it exists")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def serve_options(args: argparse.Namespace) -> ServeOptions:
    return ServeOptions(
        target=args.target, host=args.host, port=args.port, pool=args.pool,
        cull_idle=args.cull_idle, base_url=args.base_url, open_browser=args.open_browser,
        disconnected_ttl=args.disconnected_ttl, pool_refill_delay=args.pool_refill_delay,
    )  # fmt: skip


def convert(args: argparse.Namespace) -> int:
    from .serve import write_script_notebook

    script: Path = args.script
    if script.suffix != ".py" or not script.is_file():
        print(f"rerunner convert: {script} is not a Python script (.py)", file=sys.stderr)
        return 2
    output: Path = args.output or script.with_suffix(".ipynb")
    if output.suffix != ".ipynb":
        print(f"rerunner convert: {output} must end in .ipynb", file=sys.stderr)
        return 2
    if output.exists() and not args.force:
        print(f"rerunner convert: {output} exists (--force overwrites it)", file=sys.stderr)
        return 1
    write_script_notebook(script, output)
    print(f"rerunner: wrote {output}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "convert":
        return convert(args)
    from .serve import serve

    try:
        return serve(serve_options(args))
    except (FileNotFoundError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
