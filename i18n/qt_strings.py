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
    # Qt's own file dialog (Linux desktops without a portal use it for Open and Save).
    pgettext("QFileDialog", "&Look in:"),
    pgettext("QFileDialog", "Back"),
    pgettext("QFileDialog", "Go back"),
    pgettext("QFileDialog", "Forward"),
    pgettext("QFileDialog", "Go forward"),
    pgettext("QFileDialog", "Parent Directory"),
    pgettext("QFileDialog", "Go to the parent directory"),
    pgettext("QFileDialog", "Create New Folder"),
    pgettext("QFileDialog", "Create a New Folder"),
    pgettext("QFileDialog", "List View"),
    pgettext("QFileDialog", "Change to list view mode"),
    pgettext("QFileDialog", "Detail View"),
    pgettext("QFileDialog", "Change to detail view mode"),
    pgettext("QFileDialog", "Sidebar"),
    pgettext("QFileDialog", "List of places and bookmarks"),
    pgettext("QFileDialog", "Files"),
    pgettext("QFileDialog", "Files of &type:"),
    pgettext("QFileDialog", "File &name:"),
    pgettext("QFileDialog", "Folder &name:"),
    pgettext("QFileDialog", "&Open"),
    pgettext("QFileDialog", "&Save"),
    pgettext("QFileDialog", "&Choose"),
    pgettext("QFileDialog", "Directory:"),
    pgettext("QFileDialog", "Open"),
    pgettext("QFileDialog", "Save As"),
    pgettext("QFileDialog", "Find Directory"),
    pgettext("QFileDialog", "&Rename"),
    pgettext("QFileDialog", "&Delete"),
    pgettext("QFileDialog", "Show &hidden files"),
    pgettext("QFileDialog", "&New Folder"),
    pgettext("QFileDialog", "New Folder"),
    pgettext("QFileDialog", "All files (*)"),
    pgettext("QFileDialog", "Directories"),
    pgettext("QFileDialog", "Recent Places"),
    pgettext("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    pgettext("QFileDialog", "Are you sure you want to delete '%1'?"),
    pgettext("QFileSystemModel", "Name"),
    pgettext("QFileSystemModel", "Size"),
    pgettext("QFileSystemModel", "Type"),
    pgettext("QFileSystemModel", "Date Modified"),
    pgettext("QFileSystemModel", "Computer"),
    pgettext("QFileSystemModel", "My Computer"),
)

# The contexts above: their messages are Qt's English, translated in vi and kept as is in en.
QT_CONTEXTS = frozenset(
    (
        "QPlatformTheme", "QGnomeTheme", "QMessageBox", "QLineEdit", "QWidgetTextControl",
        "QAbstractSpinBox", "QFileDialog", "QFileSystemModel",
    )
)
