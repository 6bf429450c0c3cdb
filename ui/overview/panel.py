"""Overview section: the project's identity and settings, and what the plan holds.

Settings commit when a field is left, one undo step each. Later issues add KPI cards,
goal progress and measures due to this section.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.metrics.dataset import card_values
from planner.metrics.nps import nps_card
from planner.model import Period
from ui.overview.effect_news import EffectNews
from ui.overview.kpi_cards import CARDS, KpiCard
from ui.overview.plan_status import PlanStatusBox
from ui.overview.team_box import TeamBox
from ui.parts.widgets import HintLabel, SectionTitle, show_text
from ui.texts.kpi_texts import window_advice_text
from ui.texts.money import CURRENCIES
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class OverviewPanel(QWidget):
    chart_requested = Signal(str)
    section_requested = Signal(str)

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._title = SectionTitle()
        self._intro = HintLabel()

        self.name_edit = QLineEdit()
        self.company_edit = QLineEdit()
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.period_combo = QComboBox()
        for period in Period:
            self.period_combo.addItem("", period.value)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 60)
        self.margin_spin = QDoubleSpinBox()
        self.margin_spin.setRange(0.0, 100.0)
        self.margin_spin.setDecimals(1)
        self.margin_spin.setSuffix(" %")
        for widget, name in (
            (self.name_edit, "project_name"),
            (self.company_edit, "company"),
            (self.currency_combo, "currency"),
            (self.period_combo, "period"),
            (self.window_spin, "activity_window"),
            (self.margin_spin, "gross_margin"),
        ):
            widget.setObjectName(name)

        self._project_box = QGroupBox()
        self._analysis_box = QGroupBox()
        self._labels: dict[str, QLabel] = {
            key: QLabel() for key in ("name", "company", "currency", "period", "window", "margin")
        }
        project_form = QFormLayout(self._project_box)
        project_form.addRow(self._labels["name"], self.name_edit)
        project_form.addRow(self._labels["company"], self.company_edit)
        project_form.addRow(self._labels["currency"], self.currency_combo)
        analysis_form = QFormLayout(self._analysis_box)
        analysis_form.addRow(self._labels["period"], self.period_combo)
        analysis_form.addRow(self._labels["window"], self.window_spin)
        analysis_form.addRow(self._labels["margin"], self.margin_spin)
        for key, label in self._labels.items():
            label.setBuddy(
                {
                    "name": self.name_edit,
                    "company": self.company_edit,
                    "currency": self.currency_combo,
                    "period": self.period_combo,
                    "window": self.window_spin,
                    "margin": self.margin_spin,
                }[key]
            )

        self._contents_box = QGroupBox()
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self._contents_box).addWidget(self.counts_label)

        self._kpi_box = QGroupBox()
        self._kpi_box.setObjectName("kpi_cards")
        self._cards_layout = cards_layout = QGridLayout(self._kpi_box)
        self.cards: dict[str, KpiCard] = {}
        for i, key in enumerate(CARDS):
            card = KpiCard(key)
            card.clicked.connect(self.chart_requested)
            self.cards[key] = card
            cards_layout.addWidget(card, 0, i)
        self._card_columns = len(CARDS)
        # a figure the window does not cover is no headline: say why, offer a window that is
        self.window_advice = HintLabel()
        self.window_advice.setObjectName("window_advice")
        self.window_advice_button = QPushButton()
        self.window_advice_button.setObjectName("use_covering_window")
        self.window_advice_button.clicked.connect(self._on_use_covering_window)
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.window_advice, 1)
        advice_row.addWidget(self.window_advice_button, 0, Qt.AlignmentFlag.AlignTop)
        self._advice_row = advice_row
        cards_layout.addLayout(advice_row, 1, 0, 1, len(CARDS))

        boxes = QHBoxLayout()
        boxes.addWidget(self._project_box, 1)
        boxes.addWidget(self._analysis_box, 1)
        # the overview grows with the plan: it scrolls rather than squeezing its boxes
        content = QWidget()
        layout = QVBoxLayout(content)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._kpi_box)
        self.plan_status = PlanStatusBox(doc)
        self.plan_status.goals_requested.connect(lambda: self.section_requested.emit("goals"))
        self.plan_status.at_risk_requested.connect(lambda: self.chart_requested.emit("at_risk"))
        self.plan_status.review_requested.connect(lambda: self.chart_requested.emit("review"))
        layout.addWidget(self.plan_status)
        self.effect_news = EffectNews(doc)
        self.effect_news.review_requested.connect(lambda: self.chart_requested.emit("review"))
        layout.addWidget(self.effect_news)
        layout.addLayout(boxes)
        lower = QHBoxLayout()
        self.team_box = TeamBox(doc)
        lower.addWidget(self.team_box, 2)
        lower.addWidget(self._contents_box, 1)
        layout.addLayout(lower)
        layout.addStretch(1)

        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.company_edit.editingFinished.connect(self._on_company_edited)
        self.currency_combo.lineEdit().editingFinished.connect(self._on_currency_edited)
        self.currency_combo.activated.connect(self._on_currency_edited)
        self.period_combo.activated.connect(self._on_period_activated)
        self.window_spin.editingFinished.connect(self._on_window_edited)
        self.margin_spin.editingFinished.connect(self._on_margin_edited)
        doc.settings_changed.connect(self.refresh)
        doc.personas_changed.connect(self.refresh_counts)
        doc.sales_changed.connect(self.refresh)
        doc.survey_changed.connect(self.refresh_cards)
        doc.journey_changed.connect(self.refresh_counts)
        doc.goals_changed.connect(self.refresh_counts)
        self.retranslate()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.effect_news.refresh()  # the Effectiveness section may have kept judgements meanwhile

    def resizeEvent(self, event) -> None:
        """Cards flow into two or three rows when the window is narrow, rather than
        pushing the overview wider than the window (clipped at 900x600 and 1280x800)."""
        super().resizeEvent(event)
        width = self.width() - 60
        self.plan_status.set_narrow(width < 820)
        columns = 6 if width >= 6 * 160 else 3 if width >= 3 * 190 else 2  # balanced rows: 6, 3+3 or 2+2+2
        if columns == self._card_columns:
            return
        self._card_columns = columns
        layout = self._cards_layout
        for i, card in enumerate(self.cards.values()):
            layout.removeWidget(card)
            layout.addWidget(card, i // columns, i % columns)
        layout.removeItem(self._advice_row)
        layout.addLayout(self._advice_row, (len(CARDS) - 1) // columns + 1, 0, 1, columns)

    # -- committing edits -------------------------------------------------------------

    def _on_name_edited(self) -> None:
        self._doc.change_settings(
            LazyText.translate("OverviewPanel", "project name"), name=self.name_edit.text().strip()
        )

    def _on_company_edited(self) -> None:
        self._doc.change_settings(
            LazyText.translate("OverviewPanel", "company"), company=self.company_edit.text().strip()
        )

    def _on_currency_edited(self) -> None:
        text = self.currency_combo.currentText().strip().upper()[:8]
        if text:
            self._doc.change_settings(LazyText.translate("OverviewPanel", "currency"), currency=text)

    def _on_period_activated(self) -> None:
        self._doc.change_settings(
            LazyText.translate("OverviewPanel", "period"), period=Period(self.period_combo.currentData())
        )

    def _on_window_edited(self) -> None:
        self._doc.change_settings(
            LazyText.translate("OverviewPanel", "activity window"), activity_window_months=self.window_spin.value()
        )

    def _on_margin_edited(self) -> None:
        self._doc.change_settings(
            LazyText.translate("OverviewPanel", "gross margin"), gross_margin_pct=round(self.margin_spin.value(), 1)
        )

    # -- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        s = self._doc.settings()
        show_text(self.name_edit, s.name)
        show_text(self.company_edit, s.company)
        self.currency_combo.setCurrentText(s.currency)
        self.period_combo.setCurrentIndex(self.period_combo.findData(Period(s.period).value))
        self.window_spin.setValue(s.activity_window_months)
        self.margin_spin.setValue(s.gross_margin_pct)
        self.refresh_counts()
        self.refresh_cards()

    def refresh_cards(self) -> None:
        has_sales = self._doc.has_sales()
        self._kpi_box.setVisible(has_sales)
        if not has_sales:
            return
        s = self._doc.settings()
        analysis = self._doc.sales_analysis()
        self._cards = card_values(analysis.judgeable_periods(s.period, s.activity_window_months))
        self._cards["nps"] = nps_card(self._doc.nps_periods())  # type: ignore[assignment]
        self._advice = analysis.window_advice(s.period, s.activity_window_months)
        self._show_cards()

    def _on_use_covering_window(self) -> None:
        advice = getattr(self, "_advice", None)
        if advice is not None and advice.offer is not None:
            self._doc.change_settings(
                LazyText.translate("OverviewPanel", "activity window"), activity_window_months=advice.offer
            )

    def _show_cards(self) -> None:
        cards = getattr(self, "_cards", {})
        currency = self._doc.settings().currency
        for key, card in self.cards.items():
            card.show_card(cards.get(key), currency)
        period = cards["customers_end"]["period"] if cards.get("customers_end") else ""
        self._kpi_box.setTitle(self.tr("Latest complete period: %1").replace("%1", period))
        advice = getattr(self, "_advice", None)
        self.window_advice.setVisible(advice is not None)
        self.window_advice_button.setVisible(advice is not None and advice.offer is not None)
        if advice is not None:
            self.window_advice.setText(
                self.tr("Retention and churn cannot be judged yet: ") + window_advice_text(advice)
            )
            if advice.offer is not None:
                self.window_advice_button.setText(self.tr("Use a %1-month window").replace("%1", str(advice.offer)))

    def refresh_counts(self) -> None:
        self._counts = self._doc.store.counts()
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        locale = QLocale()
        rows = [
            (self.tr("Personas"), locale.toString(counts.personas)),
            (self.tr("Touchpoints"), locale.toString(counts.touchpoints)),
            (self.tr("Goals"), locale.toString(counts.goals)),
            (self.tr("Measures"), locale.toString(counts.measures)),
            (self.tr("Sales imports"), locale.toString(counts.sales_imports)),
            (self.tr("Sales rows"), locale.toString(counts.sales_rows)),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:24px'>{label}</td><td align='right'><b>{value}</b></td></tr>"
            for label, value in rows
        )
        self.counts_label.setText(f"<table>{cells}</table>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Overview"))
        self._intro.setText(
            self.tr(
                "Your retention plan in five steps: know your customers (personas), set retention "
                "as a SMART goal, derive measures with owners, place them in the customer journey, "
                "and analyse what works. Every change is saved immediately."
            )
        )
        self._project_box.setTitle(self.tr("Project"))
        self._analysis_box.setTitle(self.tr("Analysis settings"))
        self._contents_box.setTitle(self.tr("What the plan holds"))
        self._labels["name"].setText(self.tr("Project &name:"))
        self._labels["company"].setText(self.tr("&Company:"))
        self._labels["currency"].setText(self.tr("C&urrency:"))
        self._labels["period"].setText(self.tr("&Period:"))
        self._labels["window"].setText(self.tr("Activity &window:"))
        self._labels["margin"].setText(self.tr("Gross &margin:"))
        names = {Period.MONTH: self.tr("Month"), Period.QUARTER: self.tr("Quarter"), Period.YEAR: self.tr("Year")}
        for i in range(self.period_combo.count()):
            self.period_combo.setItemText(i, names[Period(self.period_combo.itemData(i))])
        self.window_spin.setSuffix(self.tr(" months"))
        self.window_spin.setToolTip(
            self.tr("A customer counts as active at a date when they bought within this many months before it.")
        )
        self.margin_spin.setToolTip(self.tr("Used to turn expected revenue into customer lifetime value."))
        if hasattr(self, "_counts"):
            self._show_counts()
        if getattr(self, "_cards", None):
            self._show_cards()
