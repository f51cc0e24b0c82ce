"""The main window: its pages, its menus and the home page; it composes the feature packages."""
