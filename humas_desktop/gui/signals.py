"""Emit Qt signals through the meta-object system instead of PySide6's leaking ``Signal.emit``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt

# Why: with PySide6 6.12.0 on Python 3.11 every Python-side ``SignalInstance.emit()`` drops one
# reference to ``True``; after roughly 600 emissions the interpreter aborts with "Fatal Python
# error: bool_dealloc". QMetaObject.invokeMethod on the signal calls the same C++ emitter without
# that leak (checked in tests/gui/test_signals.py).


def emit(obj: QObject, signal: str, *args: tuple[type, Any]) -> None:
    """Emit ``obj.<signal>`` synchronously; ``args`` are (type, value) pairs, e.g. (QModelIndex, i)."""
    if not QMetaObject.invokeMethod(obj, signal, Qt.ConnectionType.DirectConnection,
                                    *(Q_ARG(kind, value) for kind, value in args)):
        raise RuntimeError(f"no signal {signal} with {len(args)} arguments")
