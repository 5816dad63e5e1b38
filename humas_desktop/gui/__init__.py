"""The Qt user interface: the only package that imports PySide6."""

from __future__ import annotations

import sys
from types import ModuleType

import shiboken6  # noqa: F401 - loads PySide's import hook (shibokensupport.feature), patched below


def _cheaper_pyside_source_check() -> None:
    """Start-up (#25): PySide's import hook asks of every module imported after it whether its
    source mentions "PySide6" (for ``from __feature__ import ...``, which this app never uses),
    through ``inspect.getsource``: linecache, an encoding probe and a list of lines for each of
    the ~100 modules the first paint imports (~7 ms, about 5 % of a start). The same question is
    answered here by reading the file's bytes; anything else (no ``.py`` file, an unreadable
    file, a PySide without this hook) goes to PySide's own check unchanged."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or upstream in _REPLACEMENTS:
        return

    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    _REPLACEMENTS.append(_mod_uses_pyside)
    setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)  # noqa: B010 - PySide's own module


_REPLACEMENTS: list[object] = []  # the check installed here (installed once)


_cheaper_pyside_source_check()
