"""Qt's own English texts (standard buttons, context menus) that the vi catalogue must translate.

Qt ships no Vietnamese translation, so these are extracted by pybabel from here; the module is
never imported by the application.
"""


def pgettext(context: str, message: str) -> str:
    return message


QT_STRINGS = (
    # Standard buttons of QMessageBox and QDialogButtonBox (Windows, macOS, generic themes).
    pgettext("QPlatformTheme", "OK"),
    pgettext("QPlatformTheme", "Save"),
    pgettext("QPlatformTheme", "Save All"),
    pgettext("QPlatformTheme", "Open"),
    pgettext("QPlatformTheme", "&Yes"),
    pgettext("QPlatformTheme", "Yes to &All"),
    pgettext("QPlatformTheme", "&No"),
    pgettext("QPlatformTheme", "N&o to All"),
    pgettext("QPlatformTheme", "Abort"),
    pgettext("QPlatformTheme", "Retry"),
    pgettext("QPlatformTheme", "Ignore"),
    pgettext("QPlatformTheme", "Close"),
    pgettext("QPlatformTheme", "Cancel"),
    pgettext("QPlatformTheme", "Discard"),
    pgettext("QPlatformTheme", "Help"),
    pgettext("QPlatformTheme", "Apply"),
    pgettext("QPlatformTheme", "Reset"),
    pgettext("QPlatformTheme", "Restore Defaults"),
    # The GNOME theme's variants on Linux desktops.
    pgettext("QGnomeTheme", "&OK"),
    pgettext("QGnomeTheme", "&Save"),
    pgettext("QGnomeTheme", "&Cancel"),
    pgettext("QGnomeTheme", "&Close"),
    pgettext("QGnomeTheme", "Close without Saving"),
    pgettext("QMessageBox", "Show Details..."),
    pgettext("QMessageBox", "Hide Details..."),
    # Context menus of text fields and spin boxes.
    pgettext("QLineEdit", "&Undo"),
    pgettext("QLineEdit", "&Redo"),
    pgettext("QLineEdit", "Cu&t"),
    pgettext("QLineEdit", "&Copy"),
    pgettext("QLineEdit", "&Paste"),
    pgettext("QLineEdit", "Delete"),
    pgettext("QLineEdit", "Select All"),
    pgettext("QWidgetTextControl", "&Undo"),
    pgettext("QWidgetTextControl", "&Redo"),
    pgettext("QWidgetTextControl", "Cu&t"),
    pgettext("QWidgetTextControl", "&Copy"),
    pgettext("QWidgetTextControl", "Copy &Link Location"),
    pgettext("QWidgetTextControl", "&Paste"),
    pgettext("QWidgetTextControl", "Delete"),
    pgettext("QWidgetTextControl", "Select All"),
    pgettext("QAbstractSpinBox", "&Select All"),
    pgettext("QAbstractSpinBox", "&Step up"),
    pgettext("QAbstractSpinBox", "Step &down"),
)

# The contexts above: their messages are Qt's English, translated in vi and kept as is in en.
QT_CONTEXTS = frozenset(
    ("QPlatformTheme", "QGnomeTheme", "QMessageBox", "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox")
)
