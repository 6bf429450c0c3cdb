"""A countdown for timeboxed workshop rounds, large enough to read from the back of the
room: minutes set, start, pause, reset; the display turns red at the end.

It counts with a monotonic clock (QElapsedTimer), not by adding up ticks, so a busy
window that misses a tick shows the right time at the next one.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

DISPLAY_SCALE = 2.0


class WorkshopTimer(QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_timer")
        self._clock = QElapsedTimer()
        self._left_ms = 5 * 60_000  # what is left when paused
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self.display = QLabel()
        self.display.setObjectName("timer_display")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timer_minutes")
        self.minutes.setRange(1, 180)
        self.minutes.setValue(5)
        self.minutes.valueChanged.connect(self._on_minutes_changed)
        self.start_button = QPushButton()
        self.start_button.setObjectName("timer_start")
        self.start_button.clicked.connect(self.start_or_pause)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("timer_reset")
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.minutes)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)
        self._fit_display()
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Minutes for this round"))
        self.start_button.setText(self.tr("Pause") if self._running else self.tr("Start"))
        self.reset_button.setText(self.tr("Reset"))

    @property
    def running(self) -> bool:
        return self._running

    def left_ms(self) -> int:
        if not self._running:
            return self._left_ms
        return max(0, self._left_ms - self._clock.elapsed())

    def start_or_pause(self) -> None:
        if self._running:
            self._left_ms = self.left_ms()
            self._running = False
            self._tick.stop()
        elif self._left_ms > 0:
            self._clock.start()
            self._running = True
            self._tick.start()
        self.retranslate()
        self._show()

    def reset(self) -> None:
        self._running = False
        self._tick.stop()
        self._left_ms = self.minutes.value() * 60_000
        self.retranslate()
        self._show()

    def _on_minutes_changed(self, _value: int) -> None:
        if not self._running:
            self.reset()

    def _on_tick(self) -> None:
        if self.left_ms() <= 0:
            self._left_ms = 0
            self._running = False
            self._tick.stop()
            self.retranslate()
            self.finished.emit()
        self._show()

    def _show(self) -> None:
        seconds = (self.left_ms() + 999) // 1000  # 4:59.2 shows 5:00 until the second is gone
        self.display.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
        colour = "#B00020" if seconds == 0 else ("#0B3D91" if self._running else "palette(text)")
        self.display.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _fit_display(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * DISPLAY_SCALE)
        self.display.setFont(font)
        self.display.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger type
            self._fit_display()
        super().changeEvent(event)
