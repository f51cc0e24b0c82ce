"""One error channel: a rotating log file in the per-user log folder, and a hook for what nothing caught."""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Callable
from pathlib import Path

from xa_planner import __version__, paths

LOG_NAME = "xa_planner.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

log = logging.getLogger("xa_planner")


# Our file handlers are named after their file, so a second call knows them from others.
_HANDLER_PREFIX = "xa_planner log: "


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def configure_logging(folder: Path | None = None) -> Path | None:
    """Send the app's log records to a rotating file; None when the folder cannot be written.

    A log that cannot be written must never stop the officer's work, so that case only leaves
    the records on stderr's default handling (warnings and worse).
    """
    target = (folder or paths.log_dir()) / LOG_NAME
    ours = [h for h in log.handlers if (h.name or "").startswith(_HANDLER_PREFIX)]
    if any(h.name == f"{_HANDLER_PREFIX}{target}" for h in ours):
        return target
    for handler in ours:  # one log file at a time (a test, or a changed profile folder)
        log.removeHandler(handler)
        handler.close()
    # Imported here: logging.handlers (sockets, queues…) costs start-up time the window does not
    # wait for; the app configures the log once it is shown, or at the first failure.
    import logging.handlers

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Opened now (delay=False), so an unwritable folder shows here, not at the first record.
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.set_name(f"{_HANDLER_PREFIX}{target}")
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("xa_planner %s started: %s", __version__, " ".join(sys.argv))
    return target


def log_unexpected(err: BaseException, context: str = "") -> None:
    """Keep the whole traceback of a failure nobody foresaw (a defect) in the log."""
    configure_logging()  # a failure before the log was set up still reaches the file
    log.error("unexpected failure%s", f" in {context}" if context else "", exc_info=err)


ExceptHook = Callable[[type[BaseException], BaseException, types.TracebackType | None], None]


def install_excepthook(show: Callable[[BaseException], None] | None = None) -> ExceptHook:
    """Log every uncaught exception (Qt slots included) and, in the GUI, tell the officer.

    Returns the previous hook so that tests can put it back.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], err: BaseException, tb: types.TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, err, tb)
            return
        configure_logging()
        log.critical("uncaught exception", exc_info=(kind, err, tb))
        if show is not None:
            show(err)

    sys.excepthook = hook
    return previous
