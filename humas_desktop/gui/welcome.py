"""The first screen when no event is open: open one, create one, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>Humas Desktop</h1>", self)
        text = QLabel(self.tr("Uji kompetensi humas tanpa internet. Belum ada acara terbuka di "
                              "laptop ini."), self)
        text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Buka acara…"), self)
        self.new_button = QPushButton(self.tr("Buat acara baru…"), self)
        self.demo_button = QPushButton(self.tr("Coba dengan acara demo"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        column = QVBoxLayout()
        for widget in (title, text, self.open_button, self.new_button, self.demo_button,
                       self.status):
            column.addWidget(widget)
        column.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setFixedWidth(520)  # a fixed width lets the wrapped labels take their full height
        layout = QVBoxLayout(self)
        layout.addSpacing(60)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
