"""`python main.py [command]`: no command starts the app; commands script the same services.

Exit codes: 0 ok, 1 the request could not be done (message says why), 2 bad usage,
3 the database cannot be used (corrupt, locked, newer schema, disk full), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Sequence

from desktop_app import APP_NAME, __version__
from desktop_app.cli.errors import CliError
from desktop_app.domain.errors import KuntapalauteError, StorageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

# Each module adds its subcommands with `register(subparsers)` and sets the handler as `func`.
# Imported only when a command is given, so starting the app does not load ReportLab, openpyxl…
COMMAND_MODULES = ["commands_data", "commands_maintenance", "commands_report", "commands_exchange",
                   "commands_sync", "commands_managers"]


def _global_parser(*, add_help: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kuntapalaute", add_help=add_help,
        description=f"{APP_NAME}: kuntaneuvottelujen palautteen kirjaus. "
                    "Ilman komentoa käynnistää sovellusikkunan.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="POLKU",
                        help="tietokantatiedosto (oletus: käyttäjän datakansio tai $KUNTAPALAUTE_DB)")
    parser.add_argument("--user", metavar="NIMI",
                        help="tekijän nimi muutoksiin (oletus: $KUNTAPALAUTE_USER tai käyttäjätunnus)")
    parser.add_argument("--debug", action="store_true", help="näytä virheiden tekniset tiedot")
    parser.add_argument("--self-test", action="store_true",
                        help="testaa asennus (migraatiot, tallennus, PDF, käännökset, avainnippu) ja poistu")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser(add_help=True)
    subparsers = parser.add_subparsers(dest="command", metavar="KOMENTO")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(subparsers)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Plain `python main.py [--db X] [--user Y]` starts the app without loading the commands."""
    known, rest = _global_parser(add_help=False).parse_known_args(argv)
    if not rest:
        known.command = None
        return known
    return build_parser().parse_args(argv)


# Arguments that name files: they may hold any bytes the file system allows (Python keeps
# undecodable bytes as lone surrogates, PEP 383), so only the text arguments get the text rule.
PATH_ARGUMENTS = frozenset({"db", "out", "path", "source"})


def tolerant_output() -> None:
    """What a command prints must never turn a finished operation into a failure: a file name
    that is not valid UTF-8 (PEP 383 surrogates) or a terminal whose encoding cannot show "ä"
    (LC_ALL=C, PYTHONIOENCODING=ascii) is printed with backslash escapes instead of raising
    UnicodeEncodeError after the work was committed."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed or odd stream: leave it
                reconfigure(errors="backslashreplace")


def check_text_arguments(args: argparse.Namespace) -> None:
    """Every text argument (a name, a search, a scope, `--set` values) passes the same character
    rule and NFC normalisation as typed text (domain.validation), before anything is opened."""
    from desktop_app.domain.validation import storable_text

    for key, value in vars(args).items():
        if key in PATH_ARGUMENTS:
            continue
        option = "--" + key.replace("_", "-")
        if isinstance(value, str):
            setattr(args, key, storable_text(value, option))
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            setattr(args, key, [storable_text(item, option) for item in value])


def main(argv: Sequence[str] | None = None) -> int:
    tolerant_output()
    args = _parse(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        check_text_arguments(args)
        if args.self_test:
            from desktop_app.cli.self_test import self_test
            return self_test(args)
        if args.command is None:
            from desktop_app.cli.gui import launch_gui
            return launch_gui(args)
        return int(args.func(args) or EXIT_OK)
    except BrokenPipeError:  # output piped into `head` and the like
        return EXIT_OK
    except KeyboardInterrupt:
        print("Keskeytetty.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except StorageError as exc:
        return _fail(args, exc, EXIT_STORAGE)
    except (KuntapalauteError, CliError) as exc:
        return _fail(args, exc, EXIT_FAILED)
    except Exception as exc:
        from desktop_app.storage.failures import translate_failure

        known = translate_failure(exc)  # the OS's or SQLite's English, said in Finnish
        if known is not None:
            message, is_database = known
            return _fail(args, CliError(message), EXIT_STORAGE if is_database else EXIT_FAILED,
                         cause=exc)
        return _fail(args, exc, EXIT_FAILED, prefix="Odottamaton virhe: ")


def _fail(args: argparse.Namespace, exc: BaseException, code: int, prefix: str = "",
          cause: BaseException | None = None) -> int:
    if args.debug:
        import traceback
        traceback.print_exception(cause or exc, file=sys.stderr)
    message = " ".join(str(exc).split()) or type(exc).__name__
    print(f"Virhe: {prefix}{message}", file=sys.stderr)
    return code
