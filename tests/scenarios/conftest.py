"""The scenarios use the GUI tests' fixtures: real workspaces, the translator, no real prompts."""

from ..gui.conftest import (  # noqa: F401
    _clean_after_each_test,
    _no_real_message_boxes,
    _widgets_outlive_the_test,
    empty_workspace,
    translator,
)
