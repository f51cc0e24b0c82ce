"""run_in_background: slow work on QThreadPool, results delivered back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from xa_planner import diagnostics
from xa_planner.services.errors import ServiceError

_pending: set[_Delivery] = set()


class _Delivery(QObject):
    """Lives on the GUI thread, so the worker's signals reach the callbacks there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Callable[[Any], None], on_error: Callable[[Exception], None],
                 owner: QObject | None):
        # Owned by the application, not by Python: dropping the last Python reference inside
        # our own slot must not delete the object while Qt is still delivering to it.
        super().__init__(QCoreApplication.instance())
        self._on_success = on_success
        self._on_error = on_error
        self._owner = owner or _bound_object(on_success) or _bound_object(on_error)
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    def _owner_gone(self) -> bool:
        # A page or dialog closed while its job ran: its widgets must not be touched.
        return isinstance(self._owner, QObject) and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._finish()
        if not self._owner_gone():
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, err: Exception) -> None:
        self._finish()
        if not self._owner_gone():
            self._on_error(err)

    def _finish(self) -> None:
        _pending.discard(self)
        self.deleteLater()


def _bound_object(callback: Callable) -> QObject | None:
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._work = work
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as err:  # every failure goes to on_error, never to stderr
            if not isinstance(err, ServiceError):  # a defect: its traceback lives only here
                diagnostics.log_unexpected(err, "background work")
            self._delivery.failed.emit(err)
            return
        self._delivery.succeeded.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run *work* on a pool thread; call *on_success(result)* or *on_error(err)* on the GUI thread.

    *work* must not touch widgets; the callbacks may. The callbacks are skipped when *owner*
    (by default the object a bound-method callback belongs to) was deleted meanwhile.
    """
    delivery = _Delivery(on_success, on_error, owner)
    _pending.add(delivery)
    (pool or QThreadPool.globalInstance()).start(_Job(work, delivery))


def has_background_work() -> bool:
    """Whether a job has not yet delivered its result (tests wait on this)."""
    return bool(_pending)
