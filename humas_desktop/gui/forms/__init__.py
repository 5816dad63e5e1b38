"""Python forms generated from ../../../ui/*.ui by pyside6-uic; never edit by hand."""
