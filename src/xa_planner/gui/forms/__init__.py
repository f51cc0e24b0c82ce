"""Python modules generated from ui/*.ui and resources/ by packaging/build_forms.py; never edit."""
