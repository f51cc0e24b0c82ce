"""The main window's page stack, each page built the first time the officer opens it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QStackedWidget, QWidget

from xa_planner.gui.widgets.page import Page


class LazyPages:
    """One slot per page in *stack*: an empty placeholder until the page is first asked for.

    The window opens on one page; building the others (their forms, models and modules) only
    when they are first shown keeps them out of the start-up.
    """

    def __init__(self, stack: QStackedWidget, builders: Sequence[Callable[[], Page]]) -> None:
        self._stack = stack
        self._builders = tuple(builders)
        self._built: dict[int, Page] = {}
        self._placeholders = [QWidget(stack) for _builder in self._builders]
        for placeholder in self._placeholders:
            stack.addWidget(placeholder)

    def page(self, index: int) -> Page:
        """The page at *index*, built and put into its slot on first use."""
        built = self._built.get(index)
        if built is None:
            built = self._builders[index]()
            placeholder = self._placeholders[index]
            self._stack.insertWidget(index, built)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = built
        return built

    def show(self, index: int) -> None:
        """Bring the page at *index* to the front (a navigation list's -1, nothing chosen, is ignored)."""
        if 0 <= index < len(self._builders):
            self.page(index)
            self._stack.setCurrentIndex(index)

    def built(self) -> tuple[Page, ...]:
        """The pages built so far, in navigation order (the others are built fresh when shown)."""
        return tuple(self._built[index] for index in sorted(self._built))
