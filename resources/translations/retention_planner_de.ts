<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Measure catalogue</source>
        <translation>Maßnahmenkatalog</translation>
    </message>
    <message>
        <source>Search: service, newsletter, discount …</source>
        <translation>Suchen: Service, Newsletter, Rabatt …</translation>
    </message>
    <message>
        <source>Win-back only</source>
        <translation>Nur Rückgewinnung</translation>
    </message>
    <message>
        <source>Add to the goal</source>
        <translation>Zum Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add to the goal (%1)</source>
        <translation>Zum Ziel hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Angehakt: %1</translation>
    </message>
    <message>
        <source>Tick several measures to add them together.</source>
        <translation>Haken Sie mehrere Maßnahmen an, um sie gemeinsam hinzuzufügen.</translation>
    </message>
    <message>
        <source>lock-in</source>
        <translation>Gebundenheit (Lock-in)</translation>
    </message>
    <message>
        <source>attachment by choice</source>
        <translation>Verbundenheit (freiwillig)</translation>
    </message>
    <message>
        <source>Bond type</source>
        <translation>Bindungsart</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Typical KPI</source>
        <translation>Typische Kennzahl</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Save as PNG/SVG…</source>
        <translation>Als PNG/SVG speichern…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the chart as a picture</source>
        <translation>Diagramm als Bild kopieren</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Edit persona: %1</source>
        <translation>Persona bearbeiten: %1</translation>
    </message>
    <message>
        <source>Delete persona “%1”</source>
        <translation>Persona „%1“ löschen</translation>
    </message>
    <message>
        <source>Set photo of “%1”</source>
        <translation>Foto von „%1“ festlegen</translation>
    </message>
    <message>
        <source>Remove photo of “%1”</source>
        <translation>Foto von „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Up to five segments side by side: untick one first.</source>
        <translation>Höchstens fünf Segmente nebeneinander: Entfernen Sie zuerst einen Haken.</translation>
    </message>
    <message>
        <source>No amounts in the data</source>
        <translation>Keine Beträge in den Daten</translation>
    </message>
    <message>
        <source>Tick two to five values to compare them.</source>
        <translation>Haken Sie zwei bis fünf Werte an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>(!) Fewer than 30 customers at the start of the latest period: %1. One customer more or less moves their rates by several points, so compare them with care.</source>
        <translation>(!) Weniger als 30 Kunden zu Beginn der letzten Periode: %1. Ein Kunde mehr oder weniger verschiebt ihre Quoten um mehrere Punkte; vergleichen Sie sie mit Vorsicht.</translation>
    </message>
    <message>
        <source>No amounts in the data: revenue and order value cannot be compared.</source>
        <translation>Keine Beträge in den Daten: Umsatz und Bestellwert lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>window not covered</source>
        <translation>Fenster nicht abgedeckt</translation>
    </message>
    <message>
        <source>&amp;Compare by:</source>
        <translation>&amp;Vergleichen nach:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Tick the values to compare, up to five.</source>
        <translation>Haken Sie die Werte an, die Sie vergleichen wollen, höchstens fünf.</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>The data does not show its currency: which currency are these amounts in?</source>
        <translation>Die Daten zeigen ihre Währung nicht: In welcher Währung sind diese Beträge?</translation>
    </message>
    <message>
        <source>Guessed from the %1 signs in “%2”.</source>
        <translation>Erkannt an den %1-Zeichen in „%2“.</translation>
    </message>
    <message>
        <source>Taken from the column “%1”: most rows are in %2.</source>
        <translation>Aus der Spalte „%1“ übernommen: Die meisten Zeilen sind in %2.</translation>
    </message>
    <message>
        <source>Guessed from the column “%1”: most rows are from %2.</source>
        <translation>Erkannt an der Spalte „%1“: die meisten Zeilen stammen aus %2.</translation>
    </message>
    <message>
        <source>The plan so far counts in %1.</source>
        <translation>Der Plan rechnet bisher in %1.</translation>
    </message>
    <message>
        <source>&amp;Currency of the amounts:</source>
        <translation>&amp;Währung der Beträge:</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Filter: customer, segment, date …</source>
        <translation>Filter: Kunde, Segment, Datum …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>CustomerLists</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation>RFM-Wert</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary score, each 1 (low) to 5 (high).</source>
        <translation>Aktualität, Häufigkeit und Umsatz, jeweils bewertet von 1 (niedrig) bis 5 (hoch).</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Value at risk per year</source>
        <translation>Gefährdeter Wert pro Jahr</translation>
    </message>
    <message>
        <source>Net revenue per year of the customer&apos;s history (counted as at least one year): what stops if they do not come back.</source>
        <translation>Nettoumsatz pro Jahr der Kundenhistorie (mindestens ein Jahr gerechnet): was wegfällt, wenn der Kunde nicht wiederkommt.</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>Üblicher Abstand (Tage)</translation>
    </message>
    <message>
        <source>The median number of days between this customer&apos;s purchases.</source>
        <translation>Der Median der Tage zwischen den Käufen dieses Kunden.</translation>
    </message>
    <message>
        <source>Lapsed after (days)</source>
        <translation>Abgesprungen nach (Tagen)</translation>
    </message>
    <message>
        <source>Silence that counts as a lapse for this customer: the longer of 90 % of their own gaps and the minimum gap.</source>
        <translation>Funkstille, ab der dieser Kunde als abgesprungen gilt: der längere Wert aus 90 % seiner eigenen Kaufabstände und dem Mindestabstand.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>R = recency score (5 = bought most recently), F = frequency score (5 = most purchases); scores are quintiles of the customers&apos; ranks.</source>
        <translation>R = Aktualität (5 = hat zuletzt gekauft), F = Häufigkeit (5 = die meisten Käufe); die Werte sind Quintile der Ränge der Kunden.</translation>
    </message>
</context>
<context>
    <name>DamagedNotice</name>
    <message>
        <source>The stored sales data of %1 is damaged and left out: every figure, chart and judgement in this plan is computed without it (where nothing else is left, it shows “–”). Remove the import and import the original file again; everything else in the plan is intact.</source>
        <translation>Die gespeicherten Verkaufsdaten von %1 sind beschädigt und bleiben außen vor: Jede Kennzahl, jedes Diagramm und jedes Urteil in diesem Plan wird ohne sie berechnet (wo sonst nichts bleibt, steht „–“). Entfernen Sie den Import und importieren Sie die Originaldatei erneut; alles andere im Plan ist unversehrt.</translation>
    </message>
    <message>
        <source>Show imports</source>
        <translation>Importe zeigen</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>activity window</source>
        <translation>Aktivitätsfenster</translation>
    </message>
    <message>
        <source>Suggested: %1 months</source>
        <translation>Vorschlag: %1 Monate</translation>
    </message>
    <message>
        <source>Too few repeat purchases to derive a window; 12 months is the usual default.</source>
        <translation>Zu wenige Wiederkäufe, um ein Fenster abzuleiten; 12 Monate sind der übliche Standard.</translation>
    </message>
    <message>
        <source>80 % of repeat purchases came within %1 days of the customer&apos;s previous purchase (%2 repeat purchases). A customer silent for longer has most likely lapsed.</source>
        <translation>80 % der Wiederkäufe kamen innerhalb von %1 Tagen nach dem vorigen Kauf desselben Kunden (%2 Wiederkäufe). Wer länger nicht kauft, ist sehr wahrscheinlich abgewandert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only %1&lt;/b&gt;: %2 of %3 rows, %4 customers.</source>
        <translation>&lt;b&gt;Nur %1&lt;/b&gt;: %2 von %3 Zeilen, %4 Kunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only %1 customers&lt;/b&gt; were active at the start of the latest complete period: one customer more or less moves the rates by several points.</source>
        <translation>&lt;b&gt;Nur %1 Kunden&lt;/b&gt; waren zu Beginn der letzten vollständigen Periode aktiv: Ein Kunde mehr oder weniger verschiebt die Quoten um mehrere Punkte.</translation>
    </message>
    <message>
        <source>Partial periods (the data covers only part of them, marked *): %1.</source>
        <translation>Angebrochene Perioden (die Daten decken sie nur teilweise ab, mit * markiert): %1.</translation>
    </message>
    <message>
        <source>Up to %1 the activity window reaches back before the first data, so the customers active at the start (and the retention rate) are understated there (grey).</source>
        <translation>Bis %1 reicht das Aktivitätsfenster vor den Beginn der Daten zurück; die aktiven Kunden zu Beginn (und die Bindungsrate) sind dort zu niedrig (grau).</translation>
    </message>
    <message>
        <source>No amounts in the data: every order counts as a purchase; revenue and order value are unknown.</source>
        <translation>Keine Beträge in den Daten: Jede Bestellung zählt als Kauf; Umsatz und Bestellwert sind unbekannt.</translation>
    </message>
    <message>
        <source>Repeat customers who have lapsed: silent for longer than 90 % of their own gaps between purchases and longer than %1 days (a quarter of the activity window), but still within the window, so the retention rate has not lost them yet. Most value at risk first: call them before they are gone.</source>
        <translation>Wiederkäufer, die abgesprungen sind: länger still als 90 % ihrer eigenen Kaufabstände und länger als %1 Tage (ein Viertel des Aktivitätsfensters), aber noch innerhalb des Fensters, die Kundenbindungsrate hat sie also noch nicht verloren. Höchster gefährdeter Wert zuerst: Rufen Sie an, bevor sie weg sind.</translation>
    </message>
    <message>
        <source>%1 of %2 customers are on the list; left out: %3 within their rhythm, %4 with a single purchase (no rhythm yet), %5 silent for longer than the window (already counted as lost).</source>
        <translation>%1 von %2 Kunden stehen auf der Liste; nicht aufgeführt: %3 im eigenen Rhythmus, %4 mit nur einem Kauf (noch kein Rhythmus), %5 länger still als das Fenster (bereits als verloren gezählt).</translation>
    </message>
    <message>
        <source>No amounts in the data: ranked by purchases a year instead of value.</source>
        <translation>Keine Beträge in den Daten: nach Käufen pro Jahr statt nach Wert geordnet.</translation>
    </message>
    <message>
        <source>Cohort (customers)</source>
        <translation>Kohorte (Kunden)</translation>
    </message>
    <message>
        <source>Periods after the first purchase</source>
        <translation>Perioden nach dem Erstkauf</translation>
    </message>
    <message>
        <source>Share of customers %</source>
        <translation>Anteil Kunden %</translation>
    </message>
    <message>
        <source>Share of revenue %</source>
        <translation>Anteil Umsatz %</translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation>Noch keine Verkaufsdaten</translation>
    </message>
    <message>
        <source>grey: window not covered by the data</source>
        <translation>grau: Fenster nicht durch Daten abgedeckt</translation>
    </message>
    <message>
        <source>Bought again, % of the cohort</source>
        <translation>Wieder gekauft, % der Kohorte</translation>
    </message>
    <message>
        <source>grey: cohorts under %1 customers (too few to compare)</source>
        <translation>grau: Kohorten unter %1 Kunden (zu wenige für einen Vergleich)</translation>
    </message>
    <message>
        <source>Sales data</source>
        <translation>Verkaufsdaten</translation>
    </message>
    <message>
        <source>Create a measure for these customers</source>
        <translation>Maßnahme für diese Kunden anlegen</translation>
    </message>
    <message>
        <source>A win-back measure whose participants are exactly the customers shown, so its effect can be judged once there is data after its start.</source>
        <translation>Eine Rückgewinnungsmaßnahme, deren Teilnehmer genau die angezeigten Kunden sind – so lässt sich ihre Wirkung beurteilen, sobald es Daten nach dem Start gibt.</translation>
    </message>
    <message>
        <source>&amp;Import sales data…</source>
        <translation>Verkaufsdaten &amp;importieren…</translation>
    </message>
    <message>
        <source>No sales data yet.
Import an Excel or CSV list of your sales (or drop the file on the window) to see retention, churn, cohorts and the customers at risk.</source>
        <translation>Noch keine Verkaufsdaten.
Importieren Sie eine Excel- oder CSV-Liste Ihrer Verkäufe (oder ziehen Sie die Datei auf das Fenster), um Kundenbindung, Abwanderung, Kohorten und gefährdete Kunden zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Activity &amp;window:</source>
        <translation>Aktivitäts&amp;fenster:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>A customer counts as active at a date when they bought within this many months before it.</source>
        <translation>Ein Kunde gilt zu einem Zeitpunkt als aktiv, wenn er in so vielen Monaten davor gekauft hat.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Survey (NPS)</source>
        <translation>Umfrage (NPS)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Import &amp;survey answers…</source>
        <translation>&amp;Umfrageantworten importieren…</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>Bindung und Abwanderung</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>Neue und wiederkehrende Käufer</translation>
    </message>
    <message>
        <source>Revenue and order value</source>
        <translation>Umsatz und Bonwert</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <source>Lapsed (past their rhythm)</source>
        <translation>Abgesprungen (über ihren Rhythmus)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>DemoGuard</name>
    <message>
        <source>This is the demo, a temporary copy: your changes are lost when you close it. Save it as your own plan to keep them.</source>
        <translation>Dies ist die Demo, eine vorübergehende Kopie: Ihre Änderungen gehen beim Schließen verloren. Speichern Sie sie als eigenen Plan, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Keep your changes to the demo?</source>
        <translation>Änderungen an der Demo behalten?</translation>
    </message>
    <message>
        <source>You changed the demo. It is a temporary copy: unless you save it as your own plan, the changes are lost.</source>
        <translation>Sie haben die Demo geändert. Sie ist eine vorübergehende Kopie: Wenn Sie sie nicht als eigenen Plan speichern, gehen die Änderungen verloren.</translation>
    </message>
    <message>
        <source>Save as my own plan…</source>
        <translation>Als eigenen Plan speichern…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>EffectDetail</name>
    <message>
        <source>Import list…</source>
        <translation>Liste importieren …</translation>
    </message>
    <message>
        <source>A CSV or Excel list as the shop or loyalty system exports it: customer numbers or e-mail addresses, join dates if there are any. The column that matches the sales data is used.</source>
        <translation>Eine CSV- oder Excel-Liste, wie der Shop oder das Kundenkartensystem sie exportiert: Kundennummern oder E-Mail-Adressen, Beitrittsdaten, falls vorhanden. Verwendet wird die Spalte, die zu den Verkaufsdaten passt.</translation>
    </message>
    <message>
        <source>Use a data column…</source>
        <translation>Datenspalte verwenden …</translation>
    </message>
    <message>
        <source>Participants are the customers with a chosen value in a column of the sales data.</source>
        <translation>Teilnehmer sind die Kunden mit einem gewählten Wert in einer Spalte der Verkaufsdaten.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep a random share of the participants (15 %, at least 30) out of the measure: comparing them with the rest is the only comparison that shows what the measure did, not who chose it.</source>
        <translation>Einen zufälligen Teil der Teilnehmer (15 %, mindestens 30) von der Maßnahme ausnehmen: Nur der Vergleich mit ihnen zeigt, was die Maßnahme bewirkt hat, und nicht, wer sich für sie entschieden hat.</translation>
    </message>
    <message>
        <source>Worth having from:</source>
        <translation>Lohnend ab:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>The smallest effect on coming back (percentage points) the team would call worth having: the verdict says whether the interval lies above it. 0 = not set.</source>
        <translation>Die kleinste Wirkung auf die Wiederkehr (Prozentpunkte), die das Team lohnend nennt: Das Urteil sagt, ob das Intervall darüber liegt. 0 = nicht gesetzt.</translation>
    </message>
    <message>
        <source>Export contact list…</source>
        <translation>Kontaktliste exportieren…</translation>
    </message>
    <message>
        <source>The participants&apos; e-mail, first and last name for Mailchimp, Brevo or Klaviyo, without the holdout.</source>
        <translation>E-Mail, Vor- und Nachname der Teilnehmer für Mailchimp, Brevo oder Klaviyo, ohne die Kontrollgruppe.</translation>
    </message>
    <message>
        <source>Show the other measures&apos; spans</source>
        <translation>Zeiträume der anderen Maßnahmen zeigen</translation>
    </message>
    <message>
        <source>Remove the holdout</source>
        <translation>Kontrollgruppe entfernen</translation>
    </message>
    <message>
        <source>Keep a random holdout…</source>
        <translation>Zufällige Kontrollgruppe zurückhalten…</translation>
    </message>
    <message>
        <source>judging…</source>
        <translation>wird beurteilt …</translation>
    </message>
    <message>
        <source>What would make this judgeable:</source>
        <translation>Was ein Urteil möglich macht:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins of the goal “%1”&lt;/b&gt; (entered by hand; dashed line: the target %2 %3)</source>
        <translation>&lt;b&gt;Messungen zum Ziel „%1“&lt;/b&gt; (von Hand erfasst; gestrichelte Linie: der Zielwert %2 %3)</translation>
    </message>
    <message>
        <source>No check-ins recorded yet: record values in the goal table</source>
        <translation>Noch keine Messungen: Werte in der Zieltabelle erfassen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Übrige</translation>
    </message>
    <message>
        <source>one horizon before the start</source>
        <translation>einen Horizont vor dem Start</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>ab dem Start</translation>
    </message>
    <message>
        <source>came back, %</source>
        <translation>kamen wieder, %</translation>
    </message>
    <message>
        <source>No participants to compare yet</source>
        <translation>Noch keine Teilnehmer zum Vergleichen</translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation>Noch keine Verkaufsdaten</translation>
    </message>
    <message>
        <source>window not covered</source>
        <translation>Fenster nicht abgedeckt</translation>
    </message>
    <message>
        <source>Randomised comparison: the participants against a random holdout drawn from them before the start.</source>
        <translation>Zufallsvergleich: die Teilnehmer gegen eine vor dem Start zufällig aus ihnen gezogene Kontrollgruppe.</translation>
    </message>
    <message>
        <source>Matched comparison: the other customers, weighted to the participants&apos; mix of buying before the start (how often, how lately). Not randomised: what the buying does not show can still differ.</source>
        <translation>Abgeglichener Vergleich: die übrigen Kunden, gewichtet auf die Mischung der Teilnehmer nach ihrem Kaufverhalten vor dem Start (wie oft, wie kürzlich). Nicht zufällig zugeteilt: Was das Kaufverhalten nicht zeigt, kann sich weiterhin unterscheiden.</translation>
    </message>
    <message>
        <source>Time series: the trend and season of the years before the start carried forward. Not causal: anything else that changed at the start is in it too.</source>
        <translation>Zeitreihe: Trend und Saison der Jahre vor dem Start fortgeschrieben. Keine Wirkungsmessung: Alles andere, was sich zum Start geändert hat, steckt mit darin.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Actual minus predicted over %1 periods: %2, 95 %: %3 (fitted on %4 periods before the start).</source>
        <translation>Ist minus Vorhersage über %1 Perioden: %2, 95 %: %3 (angepasst an %4 Perioden vor dem Start).</translation>
    </message>
    <message>
        <source>Without matching (all other customers, unweighted): %1 points, 95 %: %2.</source>
        <translation>Ohne Abgleich (alle übrigen Kunden, ungewichtet): %1 Punkte, 95 %: %2.</translation>
    </message>
    <message>
        <source>%1 participants in %2 groups of buying behaviour no other customer shares are left out.</source>
        <translation>%1 Teilnehmer in %2 Gruppen von Kaufverhalten, die kein übriger Kunde teilt, bleiben außen vor.</translation>
    </message>
    <message>
        <source>from %1: %2 points (95 %: %3)</source>
        <translation>ab %1: %2 Punkte (95 %: %3)</translation>
    </message>
    <message>
        <source>Placebo starts (the same comparison where nothing had started yet; near 0 is good): %1.</source>
        <translation>Placebo-Starts (derselbe Vergleich, als noch nichts begonnen hatte; nahe 0 ist gut): %1.</translation>
    </message>
    <message>
        <source>In money over the horizon: %1 %4 gross margin (95 %: %2 %4) from %3 participants active at the start.</source>
        <translation>In Geld über den Horizont: %1 %4 Rohertrag (95 %: %2 %4) von %3 beim Start aktiven Teilnehmern.</translation>
    </message>
    <message>
        <source>it paid off</source>
        <translation>sie hat sich gelohnt</translation>
    </message>
    <message>
        <source>it did not pay off</source>
        <translation>sie hat sich nicht gelohnt</translation>
    </message>
    <message>
        <source>whether it paid off is unclear</source>
        <translation>ob sie sich gelohnt hat, ist offen</translation>
    </message>
    <message>
        <source>Against %1 %4 cost: return %2 %, %3.</source>
        <translation>Gegenüber %1 %4 Kosten: Rendite %2 %, %3.</translation>
    </message>
    <message>
        <source>Against %1 %4 cost: %3.</source>
        <translation>Gegenüber %1 %4 Kosten: %3.</translation>
    </message>
    <message>
        <source>Smallest effect this measure can detect (80 % power): %1 points of coming back, or %2 revenue per participant; it can be judged from %3.</source>
        <translation>Kleinste Wirkung, die diese Maßnahme erkennen kann (80 % Trennschärfe): %1 Punkte Wiederkehr oder %2 Umsatz je Teilnehmer; zu beurteilen ab %3.</translation>
    </message>
    <message>
        <source>Came back (%)</source>
        <translation>Wiedergekommen (%)</translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation>Käufe je Kunde</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Umsatz je Kunde</translation>
    </message>
    <message>
        <source>Participants&lt;br&gt;before</source>
        <translation>Teilnehmer&lt;br&gt;vorher</translation>
    </message>
    <message>
        <source>Others&lt;br&gt;before</source>
        <translation>Übrige&lt;br&gt;vorher</translation>
    </message>
    <message>
        <source>Participants&lt;br&gt;after</source>
        <translation>Teilnehmer&lt;br&gt;nachher</translation>
    </message>
    <message>
        <source>Others&lt;br&gt;after</source>
        <translation>Übrige&lt;br&gt;nachher</translation>
    </message>
    <message>
        <source>Difference in&lt;br&gt;differences</source>
        <translation>Differenz der&lt;br&gt;Differenzen</translation>
    </message>
    <message>
        <source>95 %&lt;br&gt;interval</source>
        <translation>95-%-&lt;br&gt;Intervall</translation>
    </message>
    <message>
        <source>Customers active (n)</source>
        <translation>Aktive Kunden (n)</translation>
    </message>
    <message>
        <source>%1 bootstrap replicates over customers, seed %2.</source>
        <translation>%1 Bootstrap-Wiederholungen über Kunden, Startwert %2.</translation>
    </message>
</context>
<context>
    <name>EffectNews</name>
    <message>
        <source>⚠ Since the last import the effect has faded: %1. It worked at first; the latest interval contains 0. Suggested: adjust or stop, in the review.</source>
        <translation>⚠ Seit dem letzten Import hat die Wirkung nachgelassen: %1. Anfangs wirkte sie; das jüngste Intervall enthält 0. Vorschlag: in der Überprüfung anpassen oder beenden.</translation>
    </message>
    <message>
        <source>✓ Since the last import paid for itself: %1 (its extra margin lies above its cost).</source>
        <translation>✓ Seit dem letzten Import bezahlt gemacht: %1 (ihr zusätzlicher Rohertrag liegt über ihren Kosten).</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Zur Überprüfung</translation>
    </message>
</context>
<context>
    <name>EffectOverTime</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>EffectPanel</name>
    <message>
        <source>works</source>
        <translation>wirkt</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation>schadet</translation>
    </message>
    <message>
        <source>no clear effect</source>
        <translation>keine klare Wirkung</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Cannot judge the measures</source>
        <translation>Die Maßnahmen können nicht beurteilt werden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>%1 against the target %2</source>
        <translation>%1 bei einem Zielwert von %2</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>review note</source>
        <translation>Notiz zur Bewertung</translation>
    </message>
    <message>
        <source>Holdout: %1 of them kept out at random and judged against (randomised comparison); the contact list leaves them out.</source>
        <translation>Kontrollgruppe: %1 von ihnen zufällig ausgenommen und zum Vergleich genutzt (Zufallsvergleich); die Kontaktliste lässt sie weg.</translation>
    </message>
    <message>
        <source>Participants: the definition cannot be read.</source>
        <translation>Teilnehmer: Die Festlegung ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Participants: customers with %1 = %2 in the sales data.</source>
        <translation>Teilnehmer: Kunden mit %1 = %2 in den Verkaufsdaten.</translation>
    </message>
    <message>
        <source>Participants: a list of %1 customers</source>
        <translation>Teilnehmer: eine Liste mit %1 Kunden</translation>
    </message>
    <message>
        <source>, each judged from their join date</source>
        <translation>, jeder ab seinem Beitrittsdatum beurteilt</translation>
    </message>
    <message>
        <source>Participants: not defined — every customer takes part, so the goal&apos;s KPI is judged against its trend and season before the start (not causal).</source>
        <translation>Teilnehmer: nicht festgelegt — alle Kunden nehmen teil, also wird die Kennzahl des Ziels an ihrem Trend und ihrer Saison vor dem Start gemessen (keine Wirkungsmessung).</translation>
    </message>
    <message>
        <source>Win-back: %1 lapsed customers</source>
        <translation>Rückgewinnung: %1 abgesprungene Kunden</translation>
    </message>
    <message>
        <source>Made from the win-back list on %1. The customers of the list are the participants: they are compared with all other customers once there is data after the start.</source>
        <translation>Am %1 aus der Rückgewinnungsliste angelegt. Die Kunden der Liste sind die Teilnehmer: Sie werden mit allen übrigen Kunden verglichen, sobald es Daten nach dem Start gibt.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Teilnehmer importieren</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Kundenlisten (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>Cannot read the participants list</source>
        <translation>Die Teilnehmerliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>The participants are not in the sales data yet.</source>
        <translation>Die Teilnehmer sind noch nicht in den Verkaufsdaten.</translation>
    </message>
    <message>
        <source>Import sales data first.</source>
        <translation>Importieren Sie zuerst Verkaufsdaten.</translation>
    </message>
    <message>
        <source>effect worth having</source>
        <translation>lohnende Wirkung</translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>Kontaktliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the contact list</source>
        <translation>Kontaktliste kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 contacts written to %2; %3 held out at random are not on it; %4 without an e-mail address.</source>
        <translation>%1 Kontakte in %2 geschrieben; %3 zufällig Zurückgehaltene stehen nicht darauf; %4 ohne E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>the column “%1”</source>
        <translation>der Spalte „%1“</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 participants read from %2</source>
        <translation>%1 Teilnehmer aus %2 gelesen</translation>
    </message>
    <message>
        <source>, join dates from %1</source>
        <translation>, Beitrittsdaten aus %1</translation>
    </message>
    <message>
        <source>; %1 of them are in the sales data</source>
        <translation>; %1 davon sind in den Verkaufsdaten</translation>
    </message>
    <message>
        <source>; rows left out, empty in that column: %1</source>
        <translation>; ausgelassene Zeilen (in dieser Spalte leer): %1</translation>
    </message>
    <message>
        <source>No column to choose</source>
        <translation>Keine Spalte zur Auswahl</translation>
    </message>
    <message>
        <source>The sales data has no column with a few distinct values (like a card or campaign column).</source>
        <translation>Die Verkaufsdaten haben keine Spalte mit wenigen verschiedenen Werten (etwa eine Karten- oder Aktionsspalte).</translation>
    </message>
    <message>
        <source>Import a customer list instead.</source>
        <translation>Importieren Sie stattdessen eine Kundenliste.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Column of the sales data:</source>
        <translation>Spalte der Verkaufsdaten:</translation>
    </message>
    <message>
        <source>Customers with the value:</source>
        <translation>Kunden mit dem Wert:</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>Step 5 of the method: did each measure work? Participants are compared with a random holdout kept out of the measure, or else with the other customers matched on their buying before the start: how many came back within 3 months after the start, against the same share before it. Without participants, the goal&apos;s KPI is set against its trend and season before the start: context, not proof.</source>
        <translation>Schritt 5 der Methode: Hat jede Maßnahme gewirkt? Die Teilnehmer werden mit einer zufällig von der Maßnahme ausgenommenen Kontrollgruppe verglichen, sonst mit den übrigen Kunden, abgeglichen nach ihrem Kaufverhalten vor dem Start: wie viele innerhalb von 3 Monaten nach dem Start wiederkamen, gegenüber demselben Anteil davor. Ohne Teilnehmer wird die Kennzahl des Ziels an ihrem Trend und ihrer Saison vor dem Start gemessen: Kontext, kein Beweis.</translation>
    </message>
    <message>
        <source>Each measure judged</source>
        <translation>Jede Maßnahme beurteilt</translation>
    </message>
    <message>
        <source>Review and decide</source>
        <translation>Bewerten und entscheiden</translation>
    </message>
</context>
<context>
    <name>EffectReview</name>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>adjust</source>
        <translation>anpassen</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>— open —</source>
        <translation>— offen —</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file %1 does not exist (any more).</source>
        <translation>Die Datei %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>%1 is not a Retention Planner project.

Open a .rplan file created by Retention Planner.</source>
        <translation>%1 ist kein Retention-Planner-Projekt.

Öffnen Sie eine .rplan-Datei, die mit Retention Planner erstellt wurde.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.

Open a backup copy. The damaged file was not changed.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden.

Öffnen Sie eine Sicherungskopie. Die beschädigte Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Retention Planner.

Update Retention Planner to open it. The file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von Retention Planner gespeichert.

Aktualisieren Sie Retention Planner, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a photo: it is not a picture, is damaged, or is far too large.</source>
        <translation>%1 kann nicht als Foto dienen: Die Datei ist kein Bild, ist beschädigt oder viel zu groß.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the change was not saved, and the plan is as it was.

Free some space (empty the recycle bin, move large files), then make the change again.</source>
        <translation>Der Datenträger mit %1 ist voll: Die Änderung wurde nicht gespeichert, der Plan ist unverändert.

Schaffen Sie Platz (Papierkorb leeren, große Dateien verschieben) und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>%1 could not be written: the change was not saved, and the plan is as it was.

Check that the drive is still connected and writable, then make the change again.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Änderung wurde nicht gespeichert, der Plan ist unverändert.

Prüfen Sie, ob das Laufwerk noch verbunden und beschreibbar ist, und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>Projekteinstellung</translation>
    </message>
    <message>
        <source>This entry (%1) was deleted meanwhile, probably by someone else who has the plan open. Nothing was changed; the view now shows the plan as it is.</source>
        <translation>Dieser Eintrag (%1) wurde inzwischen gelöscht, vermutlich von jemandem, der den Plan ebenfalls geöffnet hat. Es wurde nichts geändert; die Ansicht zeigt jetzt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>The stored sales data of %1 is damaged and cannot be read. Everything else in the plan is intact.</source>
        <translation>Die gespeicherten Verkaufsdaten von %1 sind beschädigt und können nicht gelesen werden. Alles andere im Plan ist intakt.</translation>
    </message>
    <message>
        <source>This entry (%1) was changed meanwhile by someone else who has the plan open. Their change was kept and nothing was overwritten.</source>
        <translation>Dieser Eintrag (%1) wurde inzwischen von jemandem geändert, der den Plan ebenfalls geöffnet hat. Diese Änderung bleibt erhalten; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it again, or export it as CSV.</source>
        <translation>Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie neu, oder exportieren Sie sie als CSV.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>%1 kann nicht importiert werden: Verwenden Sie eine Excel-Arbeitsmappe (.xlsx, .xlsm, .xls), eine OpenDocument-Tabelle (.ods) oder eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is the lock file Excel or LibreOffice keeps beside a workbook while it is open, not the workbook itself. Choose the workbook without “~$” at the start of its name.</source>
        <translation>%1 ist die Sperrdatei, die Excel oder LibreOffice neben einer geöffneten Arbeitsmappe anlegt, nicht die Arbeitsmappe selbst. Wählen Sie die Arbeitsmappe ohne „~$“ am Anfang des Namens.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB.</source>
        <translation>%1 ist größer als 2 GB.</translation>
    </message>
    <message>
        <source>%1 unpacks to an absurd size and was not read, to protect your computer. If it is genuine, save it again from Excel or as CSV.</source>
        <translation>%1 entpackt sich zu einer absurden Größe und wurde zum Schutz Ihres Computers nicht gelesen. Ist sie echt, speichern Sie sie neu aus Excel oder als CSV.</translation>
    </message>
    <message>
        <source>%1 is damaged or not really the file type its name says.</source>
        <translation>%1 ist beschädigt oder nicht wirklich vom Dateityp, den der Name angibt.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”. Sheets: %3.</source>
        <translation>%1 hat kein Tabellenblatt „%2“. Tabellenblätter: %3.</translation>
    </message>
    <message>
        <source>The sheet “%2” in %1 is empty: choose the sheet with the sales rows.</source>
        <translation>Das Tabellenblatt „%2“ in %1 ist leer: Wählen Sie das Blatt mit den Verkaufszeilen.</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file.</source>
        <translation>%1 ist keine Textdatei (CSV).</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: check that every line has the same number of separators.</source>
        <translation>%1 kann nicht als CSV gelesen werden: Prüfen Sie, ob jede Zeile gleich viele Trennzeichen hat.</translation>
    </message>
    <message>
        <source>%1: none of the rows has a readable date and a score from 0 to 10. Check which columns hold the date and the score.</source>
        <translation>%1: Keine Zeile hat ein lesbares Datum und eine Bewertung von 0 bis 10. Prüfen Sie, welche Spalten Datum und Bewertung enthalten.</translation>
    </message>
    <message>
        <source>The sheet “%2” does not have the columns %3 of the first sheet. Tick only sheets with the same columns, or import this sheet on its own.</source>
        <translation>Das Blatt „%2“ hat die Spalten %3 des ersten Blatts nicht. Haken Sie nur Blätter mit denselben Spalten an, oder importieren Sie dieses Blatt für sich.</translation>
    </message>
    <message>
        <source>%1: there is no column “%2”. Columns: %3.</source>
        <translation>%1: Es gibt keine Spalte „%2“. Spalten: %3.</translation>
    </message>
    <message>
        <source>%1: no column found for %2. Choose the columns in the import, or name them with --map. Columns: %3.</source>
        <translation>%1: Keine Spalte gefunden für %2. Wählen Sie die Spalten im Import oder benennen Sie sie mit --map. Spalten: %3.</translation>
    </message>
    <message>
        <source>%1: there are no rows below the header.</source>
        <translation>%1: Unter der Kopfzeile stehen keine Zeilen.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote opens a value there that is closed only on line %3, so the lines between were read as one value instead of rows. Remove the lone quote (&quot;) on line %2, or close it, and import the file again.</source>
        <translation>%1, Zeile %2: Dort öffnet ein Anführungszeichen einen Wert, der erst in Zeile %3 geschlossen wird; die Zeilen dazwischen wurden als ein Wert statt als Zeilen gelesen. Entfernen Sie das einzelne Anführungszeichen (&quot;) in Zeile %2 oder schließen Sie es, und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1: none of the rows has a customer number, a readable date and an amount together. Check the column mapping and the header row.</source>
        <translation>%1: Keine Zeile hat Kundennummer, lesbares Datum und Betrag zugleich. Prüfen Sie die Spaltenzuordnung und die Kopfzeile.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large for this computer, or damaged; reading it was stopped to protect your computer. If it is genuine, save only the sales sheet again from Excel, or export it as CSV.</source>
        <translation>%1 ist zu groß für diesen Computer oder beschädigt; das Lesen wurde zum Schutz Ihres Computers abgebrochen. Ist die Datei echt, speichern Sie nur das Verkaufsblatt neu aus Excel oder exportieren Sie es als CSV.</translation>
    </message>
    <message>
        <source>%1 is too large for the free memory of this computer; reading it was stopped. Close other programs and try again, or export a shorter period per file and import the files one after another.</source>
        <translation>%1 ist zu groß für den freien Arbeitsspeicher dieses Computers; das Lesen wurde abgebrochen. Schließen Sie andere Programme und versuchen Sie es noch einmal, oder exportieren Sie einen kürzeren Zeitraum je Datei und importieren Sie die Dateien nacheinander.</translation>
    </message>
    <message>
        <source>%1 cannot be written: choose another folder, or close the file if it is open in Excel.</source>
        <translation>%1 kann nicht geschrieben werden: Wählen Sie einen anderen Ordner oder schließen Sie die Datei in Excel.</translation>
    </message>
    <message>
        <source>%1 holds no participants. Put one participant per row: the customer number or the e-mail address.</source>
        <translation>%1 enthält keine Teilnehmer. Schreiben Sie einen Teilnehmer je Zeile: die Kundennummer oder die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: no column holds customer numbers or e-mail addresses (one per row). Columns: %3. Export the list with the customer number or the e-mail address of each participant.</source>
        <translation>%1: Keine Spalte enthält Kundennummern oder E-Mail-Adressen (eine je Zeile). Spalten: %3. Exportieren Sie die Liste mit der Kundennummer oder der E-Mail-Adresse jedes Teilnehmers.</translation>
    </message>
    <message>
        <source>The participants definition “%2” names no column. Write it as COLUMN=VALUE, e.g. Kundenkarte=ja.</source>
        <translation>Die Teilnehmer-Festlegung „%2“ nennt keine Spalte. Schreiben Sie sie als SPALTE=WERT, z. B. Kundenkarte=ja.</translation>
    </message>
    <message>
        <source>The sales data has no column “%2” to choose the participants by. Choose the participants again; columns of the sales data: %3.</source>
        <translation>Die Verkaufsdaten haben keine Spalte „%2“, nach der die Teilnehmer bestimmt werden. Legen Sie die Teilnehmer neu fest; Spalten der Verkaufsdaten: %3.</translation>
    </message>
    <message>
        <source>The file is too large for the memory of this computer.</source>
        <translation>Die Datei ist zu groß für den Arbeitsspeicher dieses Computers.</translation>
    </message>
    <message>
        <source>Retention Planner</source>
        <translation>Retention Planner</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your confirmed changes are saved.

Details were written to the log file:
%1</source>
        <translation>Etwas ist schiefgelaufen, das nicht hätte passieren dürfen. Ihre bestätigten Änderungen sind gespeichert.

Einzelheiten stehen in der Protokolldatei:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>%1 bearbeiten: %2</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>%1 „%2“ löschen</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Messwert erfassen</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Messwert löschen</translation>
    </message>
</context>
<context>
    <name>GoalForms</name>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Manual KPI (check-ins)</source>
        <translation>Manuelle Kennzahl (Messwerte)</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>situational / spatial</source>
        <translation>situativ / räumlich</translation>
    </message>
    <message>
        <source>market-based</source>
        <translation>marktbedingt</translation>
    </message>
    <message>
        <source>contractual / legal</source>
        <translation>vertraglich / rechtlich</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>economic</source>
        <translation>ökonomisch</translation>
    </message>
    <message>
        <source>emotional</source>
        <translation>emotional</translation>
    </message>
    <message>
        <source>Describe what exactly should change, for whom.</source>
        <translation>Beschreiben Sie, was sich genau ändern soll, und für wen.</translation>
    </message>
    <message>
        <source>Name the customer group: link a persona or stage, or say which customers.</source>
        <translation>Nennen Sie die Kundengruppe: Persona oder Phase verknüpfen oder die Kunden benennen.</translation>
    </message>
    <message>
        <source>Object and customer group are named.</source>
        <translation>Gegenstand und Kundengruppe sind benannt.</translation>
    </message>
    <message>
        <source>Choose the KPI that measures the goal.</source>
        <translation>Wählen Sie die Kennzahl, die das Ziel misst.</translation>
    </message>
    <message>
        <source>Set a target value.</source>
        <translation>Legen Sie einen Zielwert fest.</translation>
    </message>
    <message>
        <source>Give the manual KPI a unit (e.g. days, %, calls).</source>
        <translation>Geben Sie der manuellen Kennzahl eine Einheit (z. B. Tage, %, Anrufe).</translation>
    </message>
    <message>
        <source>This KPI comes from sales data, and the project has none yet: import it in Data.</source>
        <translation>Diese Kennzahl kommt aus Verkaufsdaten, und das Projekt hat noch keine: unter Daten importieren.</translation>
    </message>
    <message>
        <source>NPS needs survey answers; until then record them as check-ins.</source>
        <translation>Der NPS braucht Umfrageantworten; bis dahin als Messwerte erfassen.</translation>
    </message>
    <message>
        <source>Metric, target and unit are set and can be measured.</source>
        <translation>Kennzahl, Ziel und Einheit sind gesetzt und messbar.</translation>
    </message>
    <message>
        <source>Set baseline, target and a deadline after the baseline date to judge this.</source>
        <translation>Ausgangswert, Ziel und eine Frist nach dem Ausgangsdatum setzen, um das zu beurteilen.</translation>
    </message>
    <message>
        <source>No history of this KPI in the data to compare with: judge it with the team.</source>
        <translation>Keine Historie dieser Kennzahl in den Daten zum Vergleich: mit dem Team beurteilen.</translation>
    </message>
    <message>
        <source>The data is shorter than the goal&apos;s %1 periods: no comparison yet.</source>
        <translation>Die Daten sind kürzer als die %1 Perioden des Ziels: noch kein Vergleich möglich.</translation>
    </message>
    <message>
        <source>Holding or easing the level: achievable.</source>
        <translation>Niveau halten oder senken: erreichbar.</translation>
    </message>
    <message>
        <source>Needs %1 per period for %2 periods; the best stretch in your data was %3 per period. Lower the target or move the deadline.</source>
        <translation>Braucht %1 je Periode über %2 Perioden; die beste Strecke in Ihren Daten schaffte %3 je Periode. Ziel senken oder Frist verschieben.</translation>
    </message>
    <message>
        <source>Needs %1 per period; the best stretch in your data reached %2 per period.</source>
        <translation>Braucht %1 je Periode; die beste Strecke in Ihren Daten erreichte %2 je Periode.</translation>
    </message>
    <message>
        <source>Link a persona, a journey stage or a bond type the goal serves.</source>
        <translation>Verknüpfen Sie eine Persona, eine Journey-Phase oder eine Bindungsart, der das Ziel dient.</translation>
    </message>
    <message>
        <source>Write why the goal matters.</source>
        <translation>Schreiben Sie, warum das Ziel wichtig ist.</translation>
    </message>
    <message>
        <source>Linked and reasoned.</source>
        <translation>Verknüpft und begründet.</translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation>Legen Sie eine Frist fest.</translation>
    </message>
    <message>
        <source>The deadline has passed: set a new one.</source>
        <translation>Die Frist ist vorbei: eine neue setzen.</translation>
    </message>
    <message>
        <source>The deadline must follow the baseline date.</source>
        <translation>Die Frist muss nach dem Ausgangsdatum liegen.</translation>
    </message>
    <message>
        <source>Deadline set, in the future.</source>
        <translation>Frist gesetzt, in der Zukunft.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>What exactly, for whom:</source>
        <translation>Was genau, für wen:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <source>Measured on:</source>
        <translation>Gemessen an:</translation>
    </message>
    <message>
        <source>A goal for one group of customers, e.g. the online shop&apos;s: its baseline and progress then come from that group&apos;s rows only.</source>
        <translation>Ein Ziel für eine Kundengruppe, z. B. die des Online-Shops: Ausgangswert und Fortschritt kommen dann nur aus den Zeilen dieser Gruppe.</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <source>Baseline value:</source>
        <translation>Ausgangswert:</translation>
    </message>
    <message>
        <source>Baseline date:</source>
        <translation>Ausgangsdatum:</translation>
    </message>
    <message>
        <source>Take baseline from the data</source>
        <translation>Ausgangswert aus den Daten übernehmen</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>Zielwert:</translation>
    </message>
    <message>
        <source>Worth a year:</source>
        <translation>Wert pro Jahr:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>Bond types:</source>
        <translation>Bindungsarten:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Journey stages:</source>
        <translation>Journey-Phasen:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Wert erfassen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins&lt;/b&gt; (values of a manual KPI over time; progress uses the latest)</source>
        <translation>&lt;b&gt;Messwerte&lt;/b&gt; (Werte einer manuellen Kennzahl im Zeitverlauf; der Fortschritt nutzt den neuesten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMART check&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMART-Prüfung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>%1 margin (%2 revenue), once the target holds</source>
        <translation>%1 Marge (%2 Umsatz), sobald das Ziel erreicht ist</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Serves goals:</source>
        <translation>Dient den Zielen:</translation>
    </message>
    <message>
        <source>At touchpoints:</source>
        <translation>An Touchpoints:</translation>
    </message>
    <message>
        <source>Bond type:</source>
        <translation>Bindungsart:</translation>
    </message>
    <message>
        <source>Kind of bond:</source>
        <translation>Art der Bindung:</translation>
    </message>
    <message>
        <source>attachment by choice</source>
        <translation>Verbundenheit (freiwillig)</translation>
    </message>
    <message>
        <source>lock-in</source>
        <translation>Gebundenheit (Lock-in)</translation>
    </message>
    <message>
        <source>Cost / budget:</source>
        <translation>Kosten / Budget:</translation>
    </message>
    <message>
        <source>Effort (1–5):</source>
        <translation>Aufwand (1–5):</translation>
    </message>
    <message>
        <source>Expected impact (1–5):</source>
        <translation>Erwartete Wirkung (1–5):</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Empty: all customers. A data column and value, e.g. Kundenkarte=ja. Or paste customer numbers, one per line.</source>
        <translation>Leer: alle Kunden. Eine Datenspalte und ein Wert, z. B. Kundenkarte=ja. Oder Kundennummern einfügen, eine je Zeile.</translation>
    </message>
    <message>
        <source>Smallest effect worth having (points):</source>
        <translation>Kleinste lohnende Wirkung (Punkte):</translation>
    </message>
    <message>
        <source>How many points more of the participants coming back within 3 months would make the measure worth its cost. The verdict says whether the effect clears it; before the start, whether the measure can detect it.</source>
        <translation>Wie viele Punkte mehr wiederkehrende Teilnehmer binnen 3 Monaten die Maßnahme ihre Kosten wert machen. Das Urteil sagt, ob die Wirkung darüber liegt; vor dem Start, ob die Maßnahme sie erkennen kann.</translation>
    </message>
    <message>
        <source>Smallest effect worth having (revenue per participant):</source>
        <translation>Kleinste lohnende Wirkung (Umsatz je Teilnehmer):</translation>
    </message>
    <message>
        <source>How much more revenue per participant within 3 months would make the measure worth its cost.</source>
        <translation>Wie viel mehr Umsatz je Teilnehmer binnen 3 Monaten die Maßnahme ihre Kosten wert macht.</translation>
    </message>
    <message>
        <source>Evaluation note:</source>
        <translation>Auswertungsnotiz:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>%1 (not in the data)</source>
        <translation>%1 (nicht in den Daten)</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>nicht im Plan</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>no current value yet</source>
        <translation>noch kein aktueller Wert</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <source>Goal / measure</source>
        <translation>Ziel / Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start / baseline</source>
        <translation>Start / Ausgangswert</translation>
    </message>
    <message>
        <source>End / deadline</source>
        <translation>Ende / Frist</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Worth a year</source>
        <translation>Wert pro Jahr</translation>
    </message>
    <message>
        <source>Current %1 (baseline %2, target %3): %4 % of the way, %5.</source>
        <translation>Aktuell %1 (Ausgang %2, Ziel %3): %4 % des Weges, %5.</translation>
    </message>
    <message>
        <source>By now the straight line to the deadline expects %1 %.</source>
        <translation>Die gerade Linie zur Frist erwartet bis jetzt %1 %.</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
</context>
<context>
    <name>GoalValue</name>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>The target is reached already: reaching it adds nothing more a year.</source>
        <translation>Das Ziel ist schon erreicht: Es bringt pro Jahr nichts zusätzlich.</translation>
    </message>
    <message>
        <source>Worth %1 margin a year (%2 revenue) once the target holds:</source>
        <translation>%1 Marge pro Jahr (%2 Umsatz), sobald das Ziel erreicht ist:</translation>
    </message>
    <message>
        <source>%1 customers with a purchase by the end of %2 × %3 points more who come back = %4 more repeat customers;</source>
        <translation>%1 Kunden mit einem Kauf bis Ende %2 × %3 Punkte mehr, die wiederkommen = %4 mehr Wiederkäufer;</translation>
    </message>
    <message>
        <source>each brings %1 in the year after the first purchase (repeat purchases %2 ÷ %3 repeat customers, first purchase from %4 to %5);</source>
        <translation>jeder bringt %1 im Jahr nach dem ersten Kauf (Wiederkäufe %2 ÷ %3 Wiederkäufer, erster Kauf vom %4 bis %5);</translation>
    </message>
    <message>
        <source>each is worth %1 a year (what the %3 customers active on %4 brought from %4 to %5: %2);</source>
        <translation>jeder ist %1 pro Jahr wert (was die %3 am %4 aktiven Kunden vom %4 bis %5 gebracht haben: %2);</translation>
    </message>
    <message>
        <source>%1 customers at the start of %2 × %3 points × %4 periods a year = %5 more customers kept a year;</source>
        <translation>%1 Kunden zu Beginn von %2 × %3 Punkte × %4 Perioden pro Jahr = %5 gehaltene Kunden mehr pro Jahr;</translation>
    </message>
    <message>
        <source>margin: the project&apos;s gross margin of %1 %.</source>
        <translation>Marge: die Bruttomarge des Projekts von %1 %.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add %1 measures from the catalogue</source>
        <translation>%1 Maßnahmen aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>No holdout</source>
        <translation>Keine Kontrollgruppe</translation>
    </message>
    <message>
        <source>There are no participants to hold out yet.</source>
        <translation>Es gibt noch keine Teilnehmer, die sich zurückhalten ließen.</translation>
    </message>
    <message>
        <source>Paste the planned customer list into Participants, or import sales data first.</source>
        <translation>Fügen Sie die geplante Kundenliste unter Teilnehmer ein oder importieren Sie zuerst Verkaufsdaten.</translation>
    </message>
    <message>
        <source>No baseline yet: </source>
        <translation>Noch kein Ausgangswert: </translation>
    </message>
    <message>
        <source>No baseline yet: the data has no complete period with this figure.</source>
        <translation>Noch kein Ausgangswert: Die Daten enthalten keinen vollständigen Zeitraum mit dieser Kennzahl.</translation>
    </message>
    <message>
        <source>baseline from the data</source>
        <translation>Ausgangswert aus den Daten</translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation>Ziele und Maßnahmen</translation>
    </message>
    <message>
        <source>Steps 2 and 3 of the method: set retention as a SMART goal and derive measures with owners. Each goal shows its measures beneath it; double-click a cell to edit it, the bar shows progress against the straight line to the deadline.</source>
        <translation>Schritte 2 und 3 der Methode: Kundenbindung als SMART-Ziel setzen und Maßnahmen mit Verantwortlichen ableiten. Unter jedem Ziel stehen seine Maßnahmen; Doppelklick auf eine Zelle bearbeitet sie, der Balken zeigt den Fortschritt gegen die gerade Linie zur Frist.</translation>
    </message>
    <message>
        <source>New &amp;goal</source>
        <translation>Neues &amp;Ziel</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>Neue &amp;Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>Add a measure from the catalogue to the selected goal</source>
        <translation>Eine Maßnahme aus dem Katalog zum ausgewählten Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>What do I carry? Show one person&apos;s goals and measures.</source>
        <translation>Was trage ich? Ziele und Maßnahmen einer Person zeigen.</translation>
    </message>
    <message>
        <source>No goal yet. Click “New goal” to set your first retention goal.</source>
        <translation>Noch kein Ziel. Klicken Sie auf „Neues Ziel“, um Ihr erstes Kundenbindungsziel zu setzen.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Retention Planner guide</source>
        <translation>Retention Planner – Hilfe</translation>
    </message>
</context>
<context>
    <name>HoldoutDraw</name>
    <message>
        <source>No holdout</source>
        <translation>Keine Kontrollgruppe</translation>
    </message>
    <message>
        <source>Keep a random holdout</source>
        <translation>Zufällige Kontrollgruppe zurückhalten</translation>
    </message>
    <message>
        <source>%1 participants. Share kept out of the measure at random (at least 30 customers); the contact list leaves them out and they are the comparison group:</source>
        <translation>%1 Teilnehmer. Anteil, der zufällig von der Maßnahme ausgenommen wird (mindestens 30 Kunden); die Kontaktliste lässt sie weg, und sie sind die Vergleichsgruppe:</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>New idea note</source>
        <translation>Neue Ideen-Notiz</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Give this note a dot</source>
        <translation>Dieser Notiz einen Punkt geben</translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation>%1 (inzwischen gelöscht)</translation>
    </message>
</context>
<context>
    <name>IdeasCommands</name>
    <message>
        <source>Add note “%1”</source>
        <translation>Notiz „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit note: %1</source>
        <translation>Notiz bearbeiten: %1</translation>
    </message>
    <message>
        <source>Delete %1 note(s)</source>
        <translation>%1 Notiz(en) löschen</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Notiz verschieben</translation>
    </message>
    <message>
        <source>Group notes as “%1”</source>
        <translation>Notizen als „%1“ gruppieren</translation>
    </message>
    <message>
        <source>Take notes out of their group</source>
        <translation>Notizen aus ihrer Gruppe nehmen</translation>
    </message>
    <message>
        <source>Dot from %1</source>
        <translation>Punkt von %1</translation>
    </message>
    <message>
        <source>Dot taken back by %1</source>
        <translation>Punkt von %1 zurückgenommen</translation>
    </message>
    <message>
        <source>Turn note into a touchpoint</source>
        <translation>Notiz zum Touchpoint machen</translation>
    </message>
    <message>
        <source>Turn note into a measure</source>
        <translation>Notiz zur Maßnahme machen</translation>
    </message>
    <message>
        <source>Turn note into a goal</source>
        <translation>Notiz zum Ziel machen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Stage deleted</source>
        <translation>Phase gelöscht</translation>
    </message>
    <message>
        <source>No dots given yet.</source>
        <translation>Noch keine Punkte vergeben.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>The plan has no journey stages yet: add one in the journey map first.</source>
        <translation>Der Plan hat noch keine Phasen: Legen Sie zuerst in der Journey Map eine an.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Notizen gruppieren</translation>
    </message>
    <message>
        <source>Name of the group (empty: take them out of their group):</source>
        <translation>Name der Gruppe (leer: aus ihrer Gruppe nehmen):</translation>
    </message>
    <message>
        <source>Type the participants first, then vote.</source>
        <translation>Erst die Teilnehmenden eintragen, dann abstimmen.</translation>
    </message>
    <message>
        <source>%1 has no dots left.</source>
        <translation>%1 hat keine Punkte mehr.</translation>
    </message>
    <message>
        <source>Turn into a touchpoint</source>
        <translation>Zum Touchpoint machen</translation>
    </message>
    <message>
        <source>Turn into a measure…</source>
        <translation>Zur Maßnahme machen…</translation>
    </message>
    <message>
        <source>Turn into a goal</source>
        <translation>Zum Ziel machen</translation>
    </message>
    <message>
        <source>Edit text…</source>
        <translation>Text bearbeiten…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Gruppieren…</translation>
    </message>
    <message>
        <source>Give a dot</source>
        <translation>Einen Punkt geben</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Einen Punkt zurücknehmen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Collect ideas, pains and questions per stage in a workshop, vote with dots and turn the best into touchpoints, measures or goals. Ctrl+Shift+N types a note anywhere in the app (Enter: next note, Esc: done); drag notes between stages (or Alt+arrows); right-click a note for more.</source>
        <translation>Sammeln Sie im Workshop Ideen, Schmerzpunkte und Fragen je Phase, stimmen Sie mit Punkten ab und machen Sie die besten zu Touchpoints, Maßnahmen oder Zielen. Strg+Umschalt+N schreibt überall in der App eine Notiz (Enter: nächste Notiz, Esc: fertig); Notizen zwischen Phasen ziehen (oder Alt+Pfeiltasten); Rechtsklick auf eine Notiz für mehr.</translation>
    </message>
    <message>
        <source>New note (Ctrl+Shift+N)</source>
        <translation>Neue Notiz (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Put the selected notes into one group (Ctrl+click selects several)</source>
        <translation>Die gewählten Notizen in eine Gruppe legen (Strg+Klick wählt mehrere)</translation>
    </message>
    <message>
        <source>Turn into</source>
        <translation>Umwandeln in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rangfolge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation>+ Notiz</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sales data</source>
        <translation>Verkaufsdaten importieren</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file or drop it here</source>
        <translation>Datei wählen oder hierher ziehen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Import your sales or invoice list: one row per sale or invoice line with at least a customer number and a date; an amount (or quantity and unit price) adds revenue and order value, and a visit log without amounts works too. Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files work; macros and formulas are never run. Later imports of newer data are added; rows imported before are recognised and not counted twice.</source>
        <translation>Importieren Sie Ihre Verkaufs- oder Rechnungsliste: eine Zeile je Verkauf oder Rechnungsposition mit mindestens Kundennummer und Datum; ein Betrag (oder Menge und Einzelpreis) ergänzt Umsatz und Bestellwert, und auch ein Besuchsprotokoll ohne Beträge funktioniert. Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) und CSV-Dateien gehen; Makros und Formeln werden nie ausgeführt. Spätere Importe neuerer Daten werden ergänzt; schon importierte Zeilen werden erkannt und nicht doppelt gezählt.</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Datei wählen</translation>
    </message>
    <message>
        <source>2. Choose the sheet</source>
        <translation>2. Tabellenblatt wählen</translation>
    </message>
    <message>
        <source>3. Which column is what?</source>
        <translation>3. Welche Spalte ist was?</translation>
    </message>
    <message>
        <source>4. Check and import</source>
        <translation>4. Prüfen und importieren</translation>
    </message>
    <message>
        <source>Imported: what is new</source>
        <translation>Importiert: Was ist neu?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Angehalten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Choose sales data</source>
        <translation>Verkaufsdaten wählen</translation>
    </message>
    <message>
        <source>Sales data (%1);;All files (*)</source>
        <translation>Verkaufsdaten (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Bitte zuerst eine Datei wählen.</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— nicht in der Datei —</translation>
    </message>
    <message>
        <source>This file has the same columns as an earlier import: its mapping is used.</source>
        <translation>Diese Datei hat dieselben Spalten wie ein früherer Import: dessen Zuordnung wird verwendet.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Without an amount every order counts as a purchase.</source>
        <translation>Mit * markierte Felder sind Pflicht. Ohne Betrag zählt jede Bestellung als Kauf.</translation>
    </message>
    <message>
        <source>Choose the columns for customer ID and date.</source>
        <translation>Wählen Sie die Spalten für Kundennummer und Datum.</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1
= quantity × unit price</source>
        <translation>%1
= Menge × Einzelpreis</translation>
    </message>
    <message>
        <source>This value cannot be read; the row will not count for customer figures.</source>
        <translation>Dieser Wert ist nicht lesbar; die Zeile zählt nicht für Kundenkennzahlen.</translation>
    </message>
    <message>
        <source>First %1 rows as they will be read (rows with problems in red: %2)</source>
        <translation>Die ersten %1 Zeilen, wie sie gelesen werden (Zeilen mit Problemen rot: %2)</translation>
    </message>
    <message>
        <source>Checking all rows…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Rows used / left out</source>
        <translation>Zeilen verwendet / ausgelassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; used, %2 left out (of %3 rows read)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verwendet, %2 ausgelassen (von %3 gelesenen Zeilen)</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation>%1: %2 verwendet</translation>
    </message>
    <message>
        <source>Already in the plan</source>
        <translation>Schon im Plan</translation>
    </message>
    <message>
        <source>%1 of the rows used are already stored from earlier imports; they will not be counted twice.</source>
        <translation>%1 der verwendeten Zeilen sind schon aus früheren Importen gespeichert; sie werden nicht doppelt gezählt.</translation>
    </message>
    <message>
        <source>without customer ID (e.g. walk-in sales)</source>
        <translation>ohne Kundennummer (z. B. Barverkäufe)</translation>
    </message>
    <message>
        <source>without a readable date</source>
        <translation>ohne lesbares Datum</translation>
    </message>
    <message>
        <source>without an amount</source>
        <translation>ohne Betrag</translation>
    </message>
    <message>
        <source>of orders that are no sale (cancelled, refunded …)</source>
        <translation>von Bestellungen, die kein Verkauf sind (storniert, erstattet …)</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionszeilen</translation>
    </message>
    <message>
        <source>%1 rows are further items of an order whose total stands on another of its rows: part of that order, counted once.</source>
        <translation>%1 Zeilen sind weitere Positionen einer Bestellung, deren Summe in einer anderen ihrer Zeilen steht: Teil dieser Bestellung, einmal gezählt.</translation>
    </message>
    <message>
        <source>Times with a time zone</source>
        <translation>Zeiten mit Zeitzone</translation>
    </message>
    <message>
        <source>%1 dates carry a time zone (such as +01:00): each counts on the day its own clock time shows.</source>
        <translation>%1 Zeitangaben tragen eine Zeitzone (etwa +01:00): Jede zählt an dem Tag, den ihre eigene Uhrzeit zeigt.</translation>
    </message>
    <message>
        <source>Why rows were left out</source>
        <translation>Warum Zeilen ausgelassen wurden</translation>
    </message>
    <message>
        <source>(a row can have several reasons)</source>
        <translation>(eine Zeile kann mehrere Gründe haben)</translation>
    </message>
    <message>
        <source>Rows of “%1” an earlier sheet holds too</source>
        <translation>Zeilen von „%1“, die schon ein früheres Blatt enthält</translation>
    </message>
    <message>
        <source>counted once; rows %1 …</source>
        <translation>einmal gezählt; Zeilen %1 …</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>Of these, completely empty rows</source>
        <translation>Davon völlig leere Zeilen</translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row exactly (kept)</source>
        <translation>Zeilen, die eine frühere Zeile exakt wiederholen (behalten)</translation>
    </message>
    <message>
        <source>Customers with a purchase</source>
        <translation>Kunden mit Kauf</translation>
    </message>
    <message>
        <source>Purchases (orders)</source>
        <translation>Käufe (Bestellungen)</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>no amounts in the data: every order counts as a purchase; revenue and order value stay empty.</source>
        <translation>keine Beträge in den Daten: Jede Bestellung zählt als Kauf; Umsatz und Bestellwert bleiben leer.</translation>
    </message>
    <message>
        <source>Purchases (orders with a positive value)</source>
        <translation>Käufe (Aufträge mit positivem Wert)</translation>
    </message>
    <message>
        <source>Returns and cancellations (in net revenue, not purchases)</source>
        <translation>Retouren und Stornos (im Nettoumsatz, keine Käufe)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Nothing is stored until you click Import.</source>
        <translation>Gespeichert wird erst, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>This looks like a %1.</source>
        <translation>Erkannt: %1.</translation>
    </message>
    <message>
        <source>Its columns are mapped as the system writes them, its words for cancelled or refunded orders are taken as no sale, and an order&apos;s total is counted once. Check and change anything below.</source>
        <translation>Die Spalten sind so zugeordnet, wie das System sie schreibt; seine Wörter für stornierte oder erstattete Bestellungen gelten als kein Verkauf, und die Summe einer Bestellung zählt einmal. Unten können Sie alles prüfen und ändern.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>every status counts as a sale</source>
        <translation>jeder Status zählt als Verkauf</translation>
    </message>
    <message>
        <source>Orders that are no sale</source>
        <translation>Bestellungen, die kein Verkauf sind</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders (%2 rows) left out of purchases and revenue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Bestellungen (%2 Zeilen) nicht in Käufen und Umsatz</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Status „%1“</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
    <message>
        <source>With a cancellation date</source>
        <translation>Mit Stornodatum</translation>
    </message>
    <message>
        <source>Guessed from the values, please check: %1.</source>
        <translation>Aus den Werten erraten, bitte prüfen: %1.</translation>
    </message>
    <message>
        <source>The values do not fit the name, please check: %1.</source>
        <translation>Die Werte passen nicht zum Namen, bitte prüfen: %1.</translation>
    </message>
    <message>
        <source>Also possible: %1.</source>
        <translation>Auch möglich: %1.</translation>
    </message>
    <message>
        <source>Storing the data in the project…</source>
        <translation>Daten werden im Projekt gespeichert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; purchases of &lt;b&gt;%2&lt;/b&gt; customers are now in the plan.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Käufe von &lt;b&gt;%2&lt;/b&gt; Kunden sind jetzt im Plan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new purchases and &lt;b&gt;%2&lt;/b&gt; new customers are now in the plan.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; neue Käufe und &lt;b&gt;%2&lt;/b&gt; neue Kunden sind jetzt im Plan.</translation>
    </message>
    <message>
        <source>Every order of this file was stored before: the figures are unchanged.</source>
        <translation>Jede Bestellung dieser Datei war schon gespeichert: Die Zahlen sind unverändert.</translation>
    </message>
    <message>
        <source>There is no complete period yet: figures follow once the data covers a whole period.</source>
        <translation>Noch gibt es keinen vollständigen Zeitraum: Zahlen folgen, sobald die Daten einen ganzen Zeitraum abdecken.</translation>
    </message>
    <message>
        <source>Latest complete period: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Letzter vollständiger Zeitraum: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>– : the activity window reaches back before the first data, so the rate cannot be judged yet.</source>
        <translation>– : Das Aktivitätsfenster reicht vor die ersten Daten zurück; die Quote lässt sich noch nicht beurteilen.</translation>
    </message>
    <message>
        <source>The Data section shows every period.</source>
        <translation>Der Bereich Daten zeigt jeden Zeitraum.</translation>
    </message>
    <message>
        <source>not in the data before</source>
        <translation>vorher nicht in den Daten</translation>
    </message>
    <message>
        <source>before (period then partial)</source>
        <translation>vorher (Zeitraum damals unvollständig)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Order / invoice no.</source>
        <translation>Auftrags-/Rechnungsnr.</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <source>Delete import %1</source>
        <translation>Import %1 löschen</translation>
    </message>
    <message>
        <source>Replace import with %1</source>
        <translation>Import durch %1 ersetzen</translation>
    </message>
    <message>
        <source>Delete the import of %1? Its %2 rows leave every figure, chart and list of the plan. Edit &gt; Undo brings them back.</source>
        <translation>Import von %1 löschen? Seine %2 Zeilen verschwinden aus allen Kennzahlen, Diagrammen und Listen des Plans. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation>Import löschen</translation>
    </message>
    <message>
        <source>Choose the newer file</source>
        <translation>Neuere Datei wählen</translation>
    </message>
    <message>
        <source>Sales data (%1);;All files (*)</source>
        <translation>Verkaufsdaten (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Rows used</source>
        <translation>Verwendete Zeilen</translation>
    </message>
    <message>
        <source>Without customer</source>
        <translation>Ohne Kunde</translation>
    </message>
    <message>
        <source>Bad date</source>
        <translation>Ungültiges Datum</translation>
    </message>
    <message>
        <source>Without amount</source>
        <translation>Ohne Betrag</translation>
    </message>
    <message>
        <source>Already imported before</source>
        <translation>Bereits früher importiert</translation>
    </message>
    <message>
        <source>%1 (damaged, left out)</source>
        <translation>%1 (beschädigt, ausgelassen)</translation>
    </message>
    <message>
        <source>Imported by mistake, or a corrected file? Select the import, then:</source>
        <translation>Versehentlich importiert oder eine korrigierte Datei? Import auswählen, dann:</translation>
    </message>
    <message>
        <source>Delete import…</source>
        <translation>Import löschen…</translation>
    </message>
    <message>
        <source>Replace with a newer file…</source>
        <translation>Durch neuere Datei ersetzen…</translation>
    </message>
</context>
<context>
    <name>JourneyCommands</name>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename stage to “%1”</source>
        <translation>Phase in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Edit touchpoint: %1</source>
        <translation>Touchpoint bearbeiten: %1</translation>
    </message>
    <message>
        <source>Delete touchpoint “%1”</source>
        <translation>Touchpoint „%1“ löschen</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Touchpoint verschieben</translation>
    </message>
    <message>
        <source>Edit the lanes of “%1”</source>
        <translation>Bahnen von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Teammitglied bearbeiten</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Teammitglied entfernen</translation>
    </message>
</context>
<context>
    <name>JourneyLanes</name>
    <message>
        <source>Doing</source>
        <translation>Tun</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Fühlen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Hinter den Kulissen</translation>
    </message>
    <message>
        <source>Double-click to edit this stage&apos;s lanes</source>
        <translation>Doppelklick, um die Bahnen dieser Phase zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>All personas</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Select a touchpoint card.</source>
        <translation>Wählen Sie eine Touchpoint-Karte.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Measures acting here</source>
        <translation>Maßnahmen an diesem Touchpoint</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Average of all touchpoints</source>
        <translation>Durchschnitt aller Touchpoints</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Lowest point: retention is lost here</source>
        <translation>Tiefpunkt: hier geht Kundenbindung verloren</translation>
    </message>
    <message>
        <source>No touchpoints yet</source>
        <translation>Noch keine Touchpoints</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Lowest point</source>
        <translation>Tiefpunkt</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Name der neuen Phase:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>The stage “%1” holds %2 touchpoint(s). What should happen to them?</source>
        <translation>Die Phase „%1“ enthält %2 Touchpoint(s). Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <source>Move them to “%1”</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>Delete them too</source>
        <translation>Ebenfalls löschen</translation>
    </message>
    <message>
        <source>Step 4 of the method: where do customers meet you, and how do they feel there? Drag cards between stages, double-click empty space for a new card. The lowest point of the emotion curve is where customers are lost.</source>
        <translation>Schritt 4 der Methode: Wo begegnen Kunden Ihnen, und wie fühlen sie sich dort? Ziehen Sie Karten zwischen Phasen, doppelklicken Sie auf eine freie Stelle für eine neue Karte. Der Tiefpunkt der Emotionskurve ist, wo Kunden verloren gehen.</translation>
    </message>
    <message>
        <source>Drag a stage name onto another to reorder. Keyboard: Ctrl+T new card, Alt+arrows move it, F2 edit, Shift+F2 rename the stage, Ctrl+Shift+arrows move the stage.</source>
        <translation>Ziehen Sie einen Phasennamen auf einen anderen, um die Reihenfolge zu ändern. Tastatur: Strg+T neue Karte, Alt+Pfeile verschieben, F2 bearbeiten, Umschalt+F2 Phase umbenennen, Strg+Umschalt+Pfeile Phase verschieben.</translation>
    </message>
    <message>
        <source>Customer journey — %1</source>
        <translation>Customer Journey — %1</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>Journey Map exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>New &amp;touchpoint</source>
        <translation>Neuer &amp;Touchpoint</translation>
    </message>
    <message>
        <source>New touchpoint in the current stage (Ctrl+T)</source>
        <translation>Neuer Touchpoint in der aktuellen Phase (Strg+T)</translation>
    </message>
    <message>
        <source>New &amp;stage</source>
        <translation>Neue &amp;Phase</translation>
    </message>
    <message>
        <source>New stage after the current one (Ctrl+Shift+T)</source>
        <translation>Neue Phase nach der aktuellen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Delete the stage of the selected card</source>
        <translation>Die Phase der ausgewählten Karte löschen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Under each stage: what the customer does, thinks and feels, and what happens backstage. Double-click a stage&apos;s lanes to edit them (Ctrl+L shows or hides them).</source>
        <translation>Unter jeder Phase: was der Kunde tut, denkt und fühlt und was hinter den Kulissen geschieht. Doppelklick auf die Bahnen einer Phase bearbeitet sie (Strg+L zeigt oder verbirgt sie).</translation>
    </message>
    <message>
        <source>Consistency view</source>
        <translation>Konsistenzansicht</translation>
    </message>
    <message>
        <source>Each channel across all stages: does the brand speak with one voice?</source>
        <translation>Jeder Kanal über alle Phasen: Spricht die Marke mit einer Stimme?</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Touchpoint löschen</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Hier ansetzen</translation>
    </message>
    <message>
        <source>Let the chosen measure act on this touchpoint</source>
        <translation>Die gewählte Maßnahme an diesem Touchpoint ansetzen</translation>
    </message>
    <message>
        <source>Larger cards (Ctrl++)</source>
        <translation>Größere Karten (Strg++)</translation>
    </message>
    <message>
        <source>Smaller cards (Ctrl+-)</source>
        <translation>Kleinere Karten (Strg+-)</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Aktiv zu Beginn</translation>
    </message>
    <message>
        <source>Active at end</source>
        <translation>Aktiv am Ende</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Neue Käufer</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Wiederkehrende Käufer</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bonwert</translation>
    </message>
    <message>
        <source>Purchases per buyer</source>
        <translation>Käufe je Käufer</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>Calendar period. * = the data does not cover all of its days (partial period).</source>
        <translation>Kalenderperiode. * = die Daten decken nicht alle ihre Tage ab (angebrochene Periode).</translation>
    </message>
    <message>
        <source>Customers active on the first day of the period: they bought within the activity window (W months) before that day.</source>
        <translation>Kunden, die am ersten Tag der Periode aktiv sind: Sie haben im Aktivitätsfenster (W Monate) vor diesem Tag gekauft.</translation>
    </message>
    <message>
        <source>Customers active on the first day after the period: they bought within the W months before it.</source>
        <translation>Kunden, die am ersten Tag nach der Periode aktiv sind: Sie haben in den W Monaten davor gekauft.</translation>
    </message>
    <message>
        <source>Customers active both at the start and at the end.</source>
        <translation>Kunden, die zu Beginn und am Ende aktiv sind.</translation>
    </message>
    <message>
        <source>Active at the start but not at the end: start − retained.</source>
        <translation>Zu Beginn aktiv, am Ende nicht: Beginn − gehalten.</translation>
    </message>
    <message>
        <source>Active at the end but not at the start: end − retained. They all bought in the period.</source>
        <translation>Am Ende aktiv, zu Beginn nicht: Ende − gehalten. Sie alle haben in der Periode gekauft.</translation>
    </message>
    <message>
        <source>Gained customers whose first purchase ever is in the period.</source>
        <translation>Gewonnene Kunden, deren allererster Kauf in der Periode liegt.</translation>
    </message>
    <message>
        <source>Gained customers who had bought before and came back: gained − new.</source>
        <translation>Gewonnene Kunden, die schon früher gekauft hatten und zurückkamen: gewonnen − neu.</translation>
    </message>
    <message>
        <source>(End − gained) ÷ start × 100 = retained ÷ start × 100. Empty when nobody was active at the start.</source>
        <translation>(Ende − gewonnen) ÷ Beginn × 100 = gehalten ÷ Beginn × 100. Leer, wenn zu Beginn niemand aktiv war.</translation>
    </message>
    <message>
        <source>Lost ÷ start × 100.</source>
        <translation>Verloren ÷ Beginn × 100.</translation>
    </message>
    <message>
        <source>Customers with at least one purchase in the period.</source>
        <translation>Kunden mit mindestens einem Kauf in der Periode.</translation>
    </message>
    <message>
        <source>Buyers whose first purchase ever is in the period.</source>
        <translation>Käufer, deren allererster Kauf in der Periode liegt.</translation>
    </message>
    <message>
        <source>Buyers − new buyers.</source>
        <translation>Käufer − neue Käufer.</translation>
    </message>
    <message>
        <source>Orders with a positive value in the period. An order is one invoice/order number of a customer, or all of a customer&apos;s rows of one day when there is no number.</source>
        <translation>Aufträge mit positivem Wert in der Periode. Ein Auftrag ist eine Rechnungs-/Auftragsnummer eines Kunden oder, ohne Nummer, alle Zeilen eines Kunden an einem Tag.</translation>
    </message>
    <message>
        <source>Sum of all amounts dated in the period, returns and cancellations included.</source>
        <translation>Summe aller Beträge mit Datum in der Periode, einschließlich Retouren und Stornos.</translation>
    </message>
    <message>
        <source>Sum of the purchases&apos; values ÷ number of purchases.</source>
        <translation>Summe der Kaufwerte ÷ Anzahl der Käufe.</translation>
    </message>
    <message>
        <source>Purchases ÷ buyers.</source>
        <translation>Käufe ÷ Käufer.</translation>
    </message>
    <message>
        <source>Customers with two or more purchases so far ÷ customers with at least one purchase so far × 100 (cumulative up to the end of the period).</source>
        <translation>Kunden mit bisher mindestens zwei Käufen ÷ Kunden mit bisher mindestens einem Kauf × 100 (kumuliert bis zum Ende der Periode).</translation>
    </message>
    <message>
        <source>the %1-month activity window reaches back before the first sale on record (%2), so the customers active at the start would be undercounted and retention and churn distorted. Periods from %3 on can be judged with this window.</source>
        <translation>Das Aktivitätsfenster von %1 Monaten reicht vor den ersten erfassten Verkauf (%2) zurück: Die zu Beginn aktiven Kunden würden zu niedrig gezählt, Kundenbindungs- und Abwanderungsrate wären verzerrt. Mit diesem Fenster lassen sich Zeiträume ab %3 beurteilen.</translation>
    </message>
    <message>
        <source>A %1-month window covers the latest period.</source>
        <translation>Ein Fenster von %1 Monaten deckt den letzten Zeitraum ab.</translation>
    </message>
    <message>
        <source>Partial period: the data covers only part of it.</source>
        <translation>Angebrochene Periode: Die Daten decken sie nur teilweise ab.</translation>
    </message>
    <message>
        <source>The activity window reaches back before the first data: customers active at the start are understated here.</source>
        <translation>Das Aktivitätsfenster reicht vor den Beginn der Daten zurück: Die aktiven Kunden zu Beginn sind hier zu niedrig.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>No amounts in the data</source>
        <translation>Keine Beträge in den Daten</translation>
    </message>
    <message>
        <source>Not judgeable yet: the activity window is not covered by the data</source>
        <translation>Noch nicht beurteilbar: Die Daten decken das Aktivitätsfenster nicht ab</translation>
    </message>
    <message>
        <source>%1, no earlier period</source>
        <translation>%1, keine frühere Periode</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters (9-10) minus detractors (0-6), in % of the answers of the latest complete period.</source>
        <translation>Promotoren (9-10) minus Kritiker (0-6), in % der Antworten der letzten vollständigen Periode.</translation>
    </message>
    <message>
        <source>No survey answers yet: import them in Data, Survey.</source>
        <translation>Noch keine Umfrageantworten: Importieren Sie sie unter Daten, Umfrage.</translation>
    </message>
    <message>
        <source>Click to open the survey answers.</source>
        <translation>Klicken, um die Umfrageantworten zu öffnen.</translation>
    </message>
    <message>
        <source>only %1 answers (%2): ± %3 points</source>
        <translation>nur %1 Antworten (%2): ± %3 Punkte</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 %2 vs. previous period</source>
        <translation>%1 %2 ggü. Vorperiode</translation>
    </message>
    <message>
        <source>%1: %2 answers; the 95 % interval reaches ± %3 points.</source>
        <translation>%1: %2 Antworten; das 95-%-Intervall reicht ± %3 Punkte.</translation>
    </message>
    <message>
        <source>The activity window reaches back before the first data: understated.</source>
        <translation>Das Aktivitätsfenster reicht vor den Beginn der Daten zurück: zu niedrig.</translation>
    </message>
    <message>
        <source>Click to open the chart.</source>
        <translation>Klicken, um das Diagramm zu öffnen.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <source>Lanes of “%1”</source>
        <translation>Bahnen von „%1“</translation>
    </message>
    <message>
        <source>What the customer does, thinks and feels in this stage, and what happens backstage. Empty lanes stay empty.</source>
        <translation>Was der Kunde in dieser Phase tut, denkt und fühlt und was hinter den Kulissen geschieht. Leere Bahnen bleiben leer.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Import sales data…</source>
        <translation>Verkaufsdaten &amp;importieren…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Only the content, in large type, for a projector (F11; Page Down/Up: next section; Esc: back)</source>
        <translation>Nur der Inhalt, in großer Schrift, für den Beamer (F11; Bild ab/auf: nächster Bereich; Esc: zurück)</translation>
    </message>
    <message>
        <source>&amp;About Retention Planner</source>
        <translation>Ü&amp;ber Retention Planner</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Hilfe zur Methode</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Damaged sales data</source>
        <translation>Beschädigte Verkaufsdaten</translation>
    </message>
    <message>
        <source>Everything else in the plan is intact. Open it without these rows (the figures then leave them out), or remove the damaged import for good and import the original file again.</source>
        <translation>Alles andere im Plan ist intakt. Öffnen Sie ihn ohne diese Zeilen (die Kennzahlen lassen sie dann aus), oder entfernen Sie den beschädigten Import endgültig und importieren Sie die Originaldatei erneut.</translation>
    </message>
    <message>
        <source>Open &amp;without it</source>
        <translation>&amp;Ohne ihn öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove it from the plan</source>
        <translation>Aus dem Plan &amp;entfernen</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan wird bearbeitet</translation>
    </message>
    <message>
        <source>If you both edit it, one of you overwrites the other&apos;s work. Open it read-only to look, or take over editing if they have finished (their window then turns read-only).</source>
        <translation>Wenn Sie beide bearbeiten, überschreibt einer die Arbeit des anderen. Öffnen Sie den Plan schreibgeschützt zum Ansehen, oder übernehmen Sie die Bearbeitung, wenn die andere Person fertig ist (ihr Fenster wird dann schreibgeschützt).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Take over editing</source>
        <translation>Bearbeitung &amp;übernehmen</translation>
    </message>
    <message>
        <source>%1 on %2 has had this plan open for editing since %3.</source>
        <translation>%1 (Rechner %2) bearbeitet diesen Plan seit %3.</translation>
    </message>
    <message>
        <source>You are looking at the plan read-only; it updates as they save.</source>
        <translation>Sie sehen den Plan schreibgeschützt; er aktualisiert sich, sobald dort gespeichert wird.</translation>
    </message>
    <message>
        <source>Take over editing</source>
        <translation>Bearbeitung übernehmen</translation>
    </message>
    <message>
        <source>Updated with changes saved by someone else.</source>
        <translation>Aktualisiert mit Änderungen, die jemand anderes gespeichert hat.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Retention plans (*%1);;All files (*)</source>
        <translation>Kundenbindungspläne (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Retention plans (*%1)</source>
        <translation>Kundenbindungspläne (*%1)</translation>
    </message>
    <message>
        <source>Sales data imported and saved in the project.</source>
        <translation>Verkaufsdaten importiert und im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Every change is saved automatically.</source>
        <translation>Jede Änderung wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Demo (not saved)</source>
        <translation>Demo (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>About Retention Planner</source>
        <translation>Über Retention Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Plan how to keep your customers: personas, journey, SMART goals and measures, measured on your own sales data. Works offline; your plan stays in one file on your computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Planen Sie, wie Sie Ihre Kunden halten: Personas, Customer Journey, SMART-Ziele und Maßnahmen, gemessen an Ihren eigenen Verkaufsdaten. Arbeitet offline; Ihr Plan bleibt in einer Datei auf Ihrem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Python %1 and Qt for Python %2, and these libraries under their own licences:</source>
        <translation>Gebaut mit Python %1 und Qt for Python %2 sowie diesen Bibliotheken unter ihren eigenen Lizenzen:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>MeasureChoiceDialog</name>
    <message>
        <source>Turn the note into a measure</source>
        <translation>Notiz zur Maßnahme machen</translation>
    </message>
    <message>
        <source>Measures from the catalogue that fit this note, or a new one named after it:</source>
        <translation>Maßnahmen aus dem Katalog, die zu dieser Notiz passen, oder eine neue mit dem Text der Notiz:</translation>
    </message>
    <message>
        <source>New measure: %1</source>
        <translation>Neue Maßnahme: %1</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>impact and effort</source>
        <translation>Wirkung und Aufwand</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>All measures, and where they stand by expected impact and effort. Drag a dot to re-estimate it; double-click a row to edit the measure in the goal table. Colour = status.</source>
        <translation>Alle Maßnahmen und wo sie nach erwarteter Wirkung und Aufwand stehen. Ziehen Sie einen Punkt, um ihn neu einzuschätzen; Doppelklick auf eine Zeile öffnet die Maßnahme in der Zieltabelle. Farbe = Status.</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Geldgräber</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <source>Expected impact →</source>
        <translation>Erwartete Wirkung →</translation>
    </message>
</context>
<context>
    <name>NotFoundBox</name>
    <message>
        <source>Show the list…</source>
        <translation>Liste anzeigen…</translation>
    </message>
    <message>
        <source>Every participant that is not judged, with the reason, to check and copy</source>
        <translation>Jeder nicht beurteilte Teilnehmer mit dem Grund, zum Prüfen und Kopieren</translation>
    </message>
</context>
<context>
    <name>NotFoundDialog</name>
    <message>
        <source>Participants not judged</source>
        <translation>Nicht beurteilte Teilnehmer</translation>
    </message>
    <message>
        <source>Participant as listed</source>
        <translation>Teilnehmer wie aufgeführt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <source>As a table for Excel: participant, reason, detail</source>
        <translation>Als Tabelle für Excel: Teilnehmer, Grund, Hinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Correct the list (or the sales data) and import it again; the others are judged meanwhile.</source>
        <translation>Korrigieren Sie die Liste (oder die Verkaufsdaten) und importieren Sie sie erneut; die übrigen werden inzwischen beurteilt.</translation>
    </message>
</context>
<context>
    <name>NoteEntry</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Enter: save and next · Esc: done</source>
        <translation>Enter: speichern und nächste · Esc: fertig</translation>
    </message>
    <message>
        <source>Kind of note (Alt+1 idea, Alt+2 pain, Alt+3 question)</source>
        <translation>Art der Notiz (Alt+1 Idee, Alt+2 Schmerzpunkt, Alt+3 Frage)</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Not a number: “%1” was not taken. Type a number, e.g. %2.</source>
        <translation>Keine Zahl: „%1“ wurde nicht übernommen. Geben Sie eine Zahl ein, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>OverTimeView</name>
    <message>
        <source>How the verdict changed with each import (by the last day of the data): %1.</source>
        <translation>So hat sich das Urteil mit jedem Import verändert (nach dem letzten Tag der Daten): %1.</translation>
    </message>
    <message>
        <source>Over time: does it keep working?</source>
        <translation>Im Zeitverlauf: Wirkt sie weiter?</translation>
    </message>
    <message>
        <source>⚠ The effect has faded: its interval lay above 0 until %1 and now contains 0. Suggested decision: adjust the measure (a new offer, another channel) or stop it, and judge it again.</source>
        <translation>⚠ Die Wirkung hat nachgelassen: Ihr Intervall lag bis %1 über 0 und enthält jetzt 0. Vorgeschlagene Entscheidung: die Maßnahme anpassen (ein neues Angebot, ein anderer Kanal) oder beenden und erneut beurteilen.</translation>
    </message>
    <message>
        <source>Effect on coming back (points)</source>
        <translation>Wirkung aufs Wiederkommen (Punkte)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Extra gross margin so far</source>
        <translation>Zusätzlicher Rohertrag bisher</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>paid for itself</source>
        <translation>hat sich bezahlt gemacht</translation>
    </message>
    <message>
        <source>No curve: the measure has no comparison group yet</source>
        <translation>Keine Kurve: Die Maßnahme hat noch keine Vergleichsgruppe</translation>
    </message>
    <message>
        <source>No gross margin set: no money figure</source>
        <translation>Keine Rohertragsmarge eingetragen: kein Geldbetrag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The effect at each month from the start, each against the same comparison group and the gap before the start (coming back within %1 months, percentage points): %2 at the start, %3 from %4 (95 %: %5).</source>
        <translation>Die Wirkung in jedem Monat ab dem Start, jeweils gegen dieselbe Vergleichsgruppe und den Abstand vor dem Start (Wiederkommen innerhalb von %1 Monaten, Prozentpunkte): %2 zum Start, %3 ab %4 (95 %: %5).</translation>
    </message>
    <message>
        <source>Cannot be judged: the participants were chosen by what they did after the start, so the curve shows how far apart the groups are, not what the measure did. It makes no claim on money.</source>
        <translation>Nicht beurteilbar: Die Teilnehmer wurden danach bestimmt, was sie nach dem Start taten. Die Kurve zeigt daher, wie weit die Gruppen auseinanderliegen, nicht was die Maßnahme bewirkt hat. Über Geld sagt sie nichts aus.</translation>
    </message>
    <message>
        <source>Extra gross margin from the start to the end of %1: %2 (95 %: %3 to %4).</source>
        <translation>Zusätzlicher Rohertrag vom Start bis Ende %1: %2 (95 %: %3 bis %4).</translation>
    </message>
    <message>
        <source>No cost entered for the measure: enter it to see when it paid for itself.</source>
        <translation>Für die Maßnahme sind keine Kosten eingetragen: Tragen Sie sie ein, um zu sehen, wann sie sich bezahlt gemacht hat.</translation>
    </message>
    <message>
        <source>It paid for itself against its cost of %1 by the end of %2.</source>
        <translation>Gegenüber ihren Kosten von %1 hat sie sich bis Ende %2 bezahlt gemacht.</translation>
    </message>
    <message>
        <source>It has not paid for itself yet against its cost of %1: the interval does not lie above the cost.</source>
        <translation>Gegenüber ihren Kosten von %1 hat sie sich noch nicht bezahlt gemacht: Das Intervall liegt nicht über den Kosten.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>activity window</source>
        <translation>Aktivitätsfenster</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>Latest complete period: %1</source>
        <translation>Letzte vollständige Periode: %1</translation>
    </message>
    <message>
        <source>Retention and churn cannot be judged yet: </source>
        <translation>Kundenbindung und Abwanderung lassen sich noch nicht beurteilen: </translation>
    </message>
    <message>
        <source>Use a %1-month window</source>
        <translation>%1-Monats-Fenster verwenden</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Sales imports</source>
        <translation>Verkaufsdaten-Importe</translation>
    </message>
    <message>
        <source>Sales rows</source>
        <translation>Verkaufszeilen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Your retention plan in five steps: know your customers (personas), set retention as a SMART goal, derive measures with owners, place them in the customer journey, and analyse what works. Every change is saved immediately.</source>
        <translation>Ihr Kundenbindungsplan in fünf Schritten: Kunden kennen (Personas), Kundenbindung als SMART-Ziel setzen, Maßnahmen mit Verantwortlichen ableiten, sie in die Customer Journey einordnen und auswerten, was wirkt. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>What the plan holds</source>
        <translation>Inhalt des Plans</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Activity &amp;window:</source>
        <translation>Aktivitäts&amp;fenster:</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>Brutto&amp;marge:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>A customer counts as active at a date when they bought within this many months before it.</source>
        <translation>Ein Kunde gilt zu einem Zeitpunkt als aktiv, wenn er in so vielen Monaten davor gekauft hat.</translation>
    </message>
    <message>
        <source>Used to turn expected revenue into customer lifetime value.</source>
        <translation>Rechnet erwarteten Umsatz in Kundenwert (CLV) um.</translation>
    </message>
</context>
<context>
    <name>ParticipantsNotFound</name>
    <message>
        <source>differs only in letter case or blanks</source>
        <translation>weicht nur in Groß-/Kleinschreibung oder Leerzeichen ab</translation>
    </message>
    <message>
        <source>differs only in leading zeros (00123 / 123)</source>
        <translation>weicht nur in führenden Nullen ab (00123 / 123)</translation>
    </message>
    <message>
        <source>an e-mail address, but the sales data has customer numbers</source>
        <translation>eine E-Mail-Adresse, aber die Verkaufsdaten haben Kundennummern</translation>
    </message>
    <message>
        <source>a customer number, but the sales data knows customers by e-mail</source>
        <translation>eine Kundennummer, aber die Verkaufsdaten führen Kunden nach E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no purchase in the sales data</source>
        <translation>kein Kauf in den Verkaufsdaten</translation>
    </message>
    <message>
        <source>join date cannot be read</source>
        <translation>Beitrittsdatum nicht lesbar</translation>
    </message>
    <message>
        <source>join date as listed: %1</source>
        <translation>Beitrittsdatum laut Liste: %1</translation>
    </message>
    <message>
        <source>in the sales data: %1</source>
        <translation>in den Verkaufsdaten: %1</translation>
    </message>
    <message>
        <source>1 of %1 participants is not in the data</source>
        <translation>1 von %1 Teilnehmern ist nicht in den Daten</translation>
    </message>
    <message>
        <source>%1 of %2 participants are not in the data</source>
        <translation>%1 von %2 Teilnehmern sind nicht in den Daten</translation>
    </message>
    <message>
        <source>1 participant is in the data but left out: the join date cannot be read</source>
        <translation>1 Teilnehmer ist in den Daten, bleibt aber außen vor: Das Beitrittsdatum ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 participants are in the data but left out: their join date cannot be read</source>
        <translation>%1 Teilnehmer sind in den Daten, bleiben aber außen vor: Ihr Beitrittsdatum ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>PersonaFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment / role</source>
        <translation>Segment / Rolle</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Lebenssituation</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>kein Foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Cannot use this photo</source>
        <translation>Foto nicht verwendbar</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Step 1 of the method: know your customers. Describe each typical customer group with its goals, expectations and pains, and where it likes to be reached.</source>
        <translation>Schritt 1 der Methode: Kunden kennen. Beschreiben Sie jede typische Kundengruppe mit ihren Zielen, Erwartungen und Problemen und wo sie am liebsten erreicht wird.</translation>
    </message>
    <message>
        <source>&amp;Add persona</source>
        <translation>Persona &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected persona (Del). Undo with Ctrl+Z.</source>
        <translation>Ausgewählte Persona löschen (Entf). Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>No persona yet.
Click “Add persona” to describe your first customer group.</source>
        <translation>Noch keine Persona.
Klicken Sie auf „Persona hinzufügen“, um Ihre erste Kundengruppe zu beschreiben.</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <source>A picture for this persona&apos;s card in the report; it is kept in the plan.</source>
        <translation>Ein Bild für die Karte dieser Persona im Bericht; es wird im Plan gespeichert.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>e.g. e-mail, phone, shop on site</source>
        <translation>z. B. E-Mail, Telefon, Laden vor Ort</translation>
    </message>
    <message>
        <source>e.g. 52 or mid-thirties</source>
        <translation>z. B. 52 oder Mitte 30</translation>
    </message>
    <message>
        <source>e.g. works full time, two children</source>
        <translation>z. B. berufstätig, zwei Kinder</translation>
    </message>
    <message>
        <source>A sentence in the persona&apos;s own words; the journey shows it when filtered to this persona.</source>
        <translation>Ein Satz in den eigenen Worten der Persona; die Customer Journey zeigt ihn, wenn sie nach dieser Persona gefiltert ist.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Import plan changes from %1</source>
        <translation>Planänderungen aus %1 importieren</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>There is no goal “%1” in the plan</source>
        <translation>Im Plan gibt es kein Ziel „%1“</translation>
    </message>
    <message>
        <source>There is no touchpoint “%1” in the plan</source>
        <translation>Im Plan gibt es keinen Kontaktpunkt „%1“</translation>
    </message>
    <message>
        <source>There is no persona “%1” in the plan</source>
        <translation>Im Plan gibt es keine Persona „%1“</translation>
    </message>
    <message>
        <source>There is no journey stage “%1” in the plan</source>
        <translation>Im Plan gibt es keine Phase „%1“</translation>
    </message>
    <message>
        <source>Shown here for reading only, not read back: change it in the sheet “%1”</source>
        <translation>Hier nur zum Lesen, wird nicht eingelesen: Ändern Sie den Wert im Blatt „%1“</translation>
    </message>
    <message>
        <source>Filled in by the app, not read back</source>
        <translation>Wird von der App ausgefüllt und nicht eingelesen</translation>
    </message>
    <message>
        <source>This column holds nothing for such a row; not read back</source>
        <translation>Diese Spalte gilt nicht für eine solche Zeile; wird nicht eingelesen</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>A name is needed here</source>
        <translation>Hier fehlt ein Name</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as a date, e.g. %2)</source>
        <translation>„%1“ ist kein Datum (bitte als Datum schreiben, z. B. %2)</translation>
    </message>
    <message>
        <source>A date is needed here</source>
        <translation>Hier fehlt ein Datum</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>A number is needed here</source>
        <translation>Hier fehlt eine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>Name exactly one journey stage</source>
        <translation>Bitte genau eine Phase nennen</translation>
    </message>
    <message>
        <source>Name exactly one goal</source>
        <translation>Bitte genau ein Ziel nennen</translation>
    </message>
    <message>
        <source>A new check-in needs the goal it belongs to</source>
        <translation>Ein neuer Check-in braucht das Ziel, zu dem er gehört</translation>
    </message>
    <message>
        <source>A new touchpoint needs its journey stage</source>
        <translation>Ein neuer Kontaktpunkt braucht seine Phase</translation>
    </message>
    <message>
        <source>The sheet “%1” is missing or has no id column; nothing in it was read</source>
        <translation>Das Blatt „%1“ fehlt oder hat keine id-Spalte; aus ihm wurde nichts gelesen</translation>
    </message>
    <message>
        <source>“%1” is not an id written by Retention Planner</source>
        <translation>„%1“ ist keine id, die Retention Planner geschrieben hat</translation>
    </message>
    <message>
        <source>This row&apos;s %1 was deleted in the plan since the export; its changes were left out</source>
        <translation>Der Eintrag dieser Zeile (%1) wurde seit dem Export im Plan gelöscht; die Änderungen der Zeile wurden ausgelassen</translation>
    </message>
    <message>
        <source>The text has %1 characters, as many as an Excel cell holds, so it was most likely cut when the file was saved; edit long texts in the app</source>
        <translation>Der Text hat %1 Zeichen, so viele, wie eine Excel-Zelle fasst; er wurde beim Speichern sehr wahrscheinlich abgeschnitten. Lange Texte bearbeiten Sie bitte in der App</translation>
    </message>
    <message>
        <source>; the whole row was left out</source>
        <translation>; die ganze Zeile wurde ausgelassen</translation>
    </message>
    <message>
        <source>Taken from %1:</source>
        <translation>Aus %1 übernommen:</translation>
    </message>
    <message>
        <source>Values changed: %1</source>
        <translation>Geänderte Werte: %1</translation>
    </message>
    <message>
        <source>New goals: %1</source>
        <translation>Neue Ziele: %1</translation>
    </message>
    <message>
        <source>New measures: %1</source>
        <translation>Neue Maßnahmen: %1</translation>
    </message>
    <message>
        <source>New check-ins: %1</source>
        <translation>Neue Check-ins: %1</translation>
    </message>
    <message>
        <source>New touchpoints: %1</source>
        <translation>Neue Kontaktpunkte: %1</translation>
    </message>
    <message>
        <source>New personas: %1</source>
        <translation>Neue Personas: %1</translation>
    </message>
    <message>
        <source>New team members: %1</source>
        <translation>Neue Teammitglieder: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Left as they are in the plan: %1 (this workbook will not offer them again)</source>
        <translation>Im Plan unverändert gelassen: %1 (diese Arbeitsmappe bietet sie nicht noch einmal an)</translation>
    </message>
    <message>
        <source>To take it all back: Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Alles zurücknehmen: Bearbeiten &gt; Rückgängig (Strg+Z).</translation>
    </message>
    <message>
        <source>%1 is not a plan workbook exported by Retention Planner; nothing was changed.

Export the plan with File &gt; Export plan as Excel workbook, edit that file, and import it.</source>
        <translation>%1 ist keine von Retention Planner exportierte Plan-Arbeitsmappe; es wurde nichts geändert.

Exportieren Sie den Plan mit Datei &gt; Plan als Excel-Arbeitsmappe exportieren, bearbeiten Sie diese Datei und importieren Sie sie.</translation>
    </message>
    <message>
        <source>%1 was exported from another plan; nothing was changed.

Open the plan the workbook came from, and import it there.</source>
        <translation>%1 wurde aus einem anderen Plan exportiert; es wurde nichts geändert.

Öffnen Sie den Plan, aus dem die Arbeitsmappe stammt, und importieren Sie sie dort.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook.

Choose a plan workbook (.xlsx) exported by Retention Planner.</source>
        <translation>%1 lässt sich nicht als Excel-Arbeitsmappe lesen.

Wählen Sie eine von Retention Planner exportierte Plan-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than any plan workbook; it was not read to protect your computer, and nothing was changed.

Export the plan again and make the edits in that file.</source>
        <translation>%1 entpackt sich zu weit mehr, als eine Plan-Arbeitsmappe je enthält; die Datei wurde zum Schutz Ihres Computers nicht gelesen, und nichts wurde geändert.

Exportieren Sie den Plan neu und nehmen Sie die Änderungen in dieser Datei vor.</translation>
    </message>
    <message>
        <source>The sheet “%2” in %1 has more than 5,000 rows, far more than a plan holds; nothing was changed.

Import a plan workbook exported by Retention Planner, with the rows you edited or added.</source>
        <translation>Das Blatt „%2“ in %1 hat mehr als 5.000 Zeilen, weit mehr, als ein Plan enthält; nichts wurde geändert.

Importieren Sie eine von Retention Planner exportierte Plan-Arbeitsmappe mit den Zeilen, die Sie bearbeitet oder ergänzt haben.</translation>
    </message>
    <message>
        <source>Import plan from Excel</source>
        <translation>Plan aus Excel importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation>Plan kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Applying the changes from %1…</source>
        <translation>Die Änderungen aus %1 werden übernommen …</translation>
    </message>
    <message>
        <source>Plan changes imported</source>
        <translation>Planänderungen übernommen</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import plan from Excel — %1</source>
        <translation>Plan aus Excel importieren — %1</translation>
    </message>
    <message>
        <source>Changes in the workbook since the export: %1. Untick what should not be applied.</source>
        <translation>Änderungen in der Arbeitsmappe seit dem Export: %1. Entfernen Sie den Haken bei allem, was nicht übernommen werden soll.</translation>
    </message>
    <message>
        <source>The workbook has no changes since the export: the plan is up to date.</source>
        <translation>Die Arbeitsmappe hat seit dem Export keine Änderungen: Der Plan ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Values in this file that are older than what a later version of it brought in: %1. The plan keeps the newer ones.</source>
        <translation>Werte in dieser Datei, die älter sind als das, was eine spätere Fassung davon gebracht hat: %1. Der Plan behält die neueren.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>In der Arbeitsmappe</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2” (its row is gone)</source>
        <translation>%1 „%2“ löschen (Zeile fehlt in der Arbeitsmappe)</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>changed in the plan too</source>
        <translation>auch im Plan geändert</translation>
    </message>
    <message>
        <source>Its row was deleted in the workbook, and the plan changed it since the export. Ticked: it is deleted; unticked: it stays.</source>
        <translation>Die Zeile wurde in der Arbeitsmappe gelöscht, und im Plan wurde der Eintrag seit dem Export geändert. Mit Haken: Er wird gelöscht; ohne Haken: Er bleibt.</translation>
    </message>
    <message>
        <source>Since the export this was changed in the plan (now: %1) and in the workbook (%2); when exported it was %3. Ticked: the workbook&apos;s value is taken; unticked: the plan keeps its value.</source>
        <translation>Seit dem Export im Plan (jetzt: %1) und in der Arbeitsmappe (%2) geändert; beim Export war es %3. Mit Haken: Der Wert aus der Arbeitsmappe wird übernommen; ohne Haken: Der Plan behält seinen Wert.</translation>
    </message>
    <message>
        <source>Changed in cells that are only shown for reading (these are not read back):</source>
        <translation>Geändert in Zellen, die nur zum Lesen dienen (sie werden nicht eingelesen):</translation>
    </message>
    <message>
        <source>Left out, because the value does not fit:</source>
        <translation>Ausgelassen, weil der Wert nicht passt:</translation>
    </message>
    <message>
        <source>Changed in the plan as well: %1 (at the top, unticked). Tick those where the workbook&apos;s value should win.</source>
        <translation>Auch im Plan geändert: %1 (oben, nicht angehakt). Haken Sie die an, bei denen der Wert der Arbeitsmappe gelten soll.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>PlanStatusBox</name>
    <message>
        <source>No active goal yet.</source>
        <translation>Noch kein aktives Ziel.</translation>
    </message>
    <message>
        <source>★ Goal reached: %1. Well done!</source>
        <translation>★ Ziel erreicht: %1. Gut gemacht!</translation>
    </message>
    <message>
        <source>Off track: %1. Their measures need a look.</source>
        <translation>Nicht im Plan: %1. Die Maßnahmen dazu brauchen einen Blick.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <source>Nothing due in the next 30 days.</source>
        <translation>In den nächsten 30 Tagen steht nichts an.</translation>
    </message>
    <message>
        <source>%1 customers have lapsed (silent past their usual rhythm): open the list</source>
        <translation>%1 Kunden sind abgesprungen (länger still als ihr üblicher Rhythmus): Liste öffnen</translation>
    </message>
    <message>
        <source>%1 customers likely to stop buying (churn model): open the win-back list</source>
        <translation>%1 Kunden hören wahrscheinlich auf zu kaufen (Abwanderungsmodell): Rückgewinnungsliste öffnen</translation>
    </message>
    <message>
        <source>No judged measure waits for a decision.</source>
        <translation>Keine beurteilte Maßnahme wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Where the plan stands</source>
        <translation>Stand des Plans</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals&lt;/b&gt; (progress against the straight line to the deadline)</source>
        <translation>&lt;b&gt;Ziele&lt;/b&gt; (Fortschritt gegen die gerade Linie zur Frist)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measures due&lt;/b&gt; (next 30 days)</source>
        <translation>&lt;b&gt;Anstehende Maßnahmen&lt;/b&gt; (nächste 30 Tage)</translation>
    </message>
    <message>
        <source>Open the goal table</source>
        <translation>Zieltabelle öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for a review&lt;/b&gt; (enough data since the start, no decision yet)</source>
        <translation>&lt;b&gt;Bereit zur Bewertung&lt;/b&gt; (genug Daten seit dem Start, noch keine Entscheidung)</translation>
    </message>
    <message>
        <source>Review the measures</source>
        <translation>Maßnahmen bewerten</translation>
    </message>
</context>
<context>
    <name>PowerBox</name>
    <message>
        <source>&lt;b&gt;Can it be judged?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lässt sie sich beurteilen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Planned participants:</source>
        <translation>Geplante Teilnehmer:</translation>
    </message>
    <message>
        <source>as defined</source>
        <translation>wie festgelegt</translation>
    </message>
    <message>
        <source>For participants who are not in the sales data yet, or to try how many the measure needs: the estimate then takes your customers&apos; buying, scaled to this number. “as defined”: the participants above. Not saved with the plan.</source>
        <translation>Für Teilnehmer, die noch nicht in den Verkaufsdaten stehen, oder um auszuprobieren, wie viele die Maßnahme braucht: Die Schätzung nimmt dann das Kaufverhalten Ihrer Kunden, hochgerechnet auf diese Zahl. „wie festgelegt“: die Teilnehmer oben. Wird nicht im Plan gespeichert.</translation>
    </message>
    <message>
        <source>The smallest effect is the one found 8 times in 10 (80 % power, 95 % interval), from the buying of your customers in the horizon before the start.</source>
        <translation>Die kleinste Wirkung ist die, die 8 von 10 Mal gefunden wird (80 % Teststärke, 95-%-Intervall), geschätzt aus dem Kaufverhalten Ihrer Kunden im Horizont vor dem Start.</translation>
    </message>
    <message>
        <source>Holdout: %1 customers kept out at random and judged against (randomised comparison); the contact list leaves them out.</source>
        <translation>Kontrollgruppe: %1 Kunden zufällig zurückgehalten und zum Vergleich genommen (Zufallsvergleich); die Kontaktliste lässt sie aus.</translation>
    </message>
    <message>
        <source>Remove the holdout</source>
        <translation>Kontrollgruppe entfernen</translation>
    </message>
    <message>
        <source>Holdout: none. A random share of the participants kept out of the measure makes its judgement a randomised comparison.</source>
        <translation>Kontrollgruppe: keine. Ein zufälliger Teil der Teilnehmer, der von der Maßnahme ausgenommen wird, macht ihre Beurteilung zu einem Zufallsvergleich.</translation>
    </message>
    <message>
        <source>Keep a random holdout…</source>
        <translation>Zufällige Kontrollgruppe zurückhalten…</translation>
    </message>
    <message>
        <source>Estimating the smallest effect it can detect…</source>
        <translation>Die kleinste erkennbare Wirkung wird geschätzt…</translation>
    </message>
    <message>
        <source>Smallest effect it can detect: %1 points more of the participants coming back, or %2 more revenue per participant.</source>
        <translation>Kleinste erkennbare Wirkung: %1 Punkte mehr wiederkehrende Teilnehmer oder %2 mehr Umsatz je Teilnehmer.</translation>
    </message>
    <message>
        <source>It can be judged from %1, three months of data after the start.</source>
        <translation>Beurteilbar ab %1, mit drei Monaten Daten nach dem Start.</translation>
    </message>
    <message>
        <source>That is no larger than the effect the team names as worth having: it can show it.</source>
        <translation>Das ist nicht größer als die Wirkung, die das Team als lohnend nennt: Die Maßnahme kann sie zeigen.</translation>
    </message>
    <message>
        <source>That is larger than the effect the team names as worth having: a worthwhile effect could go unseen. More participants (or a larger holdout) make the detectable effect smaller.</source>
        <translation>Das ist größer als die Wirkung, die das Team als lohnend nennt: Eine lohnende Wirkung könnte unentdeckt bleiben. Mehr Teilnehmer (oder eine größere Kontrollgruppe) machen die erkennbare Wirkung kleiner.</translation>
    </message>
    <message>
        <source>Estimated for %1 planned participants from your customers&apos; buying (%2 of them in the data).</source>
        <translation>Geschätzt für %1 geplante Teilnehmer aus dem Kaufverhalten Ihrer Kunden (%2 davon in den Daten).</translation>
    </message>
    <message>
        <source>For the %1 participants in the sales data.</source>
        <translation>Für die %1 Teilnehmer in den Verkaufsdaten.</translation>
    </message>
    <message>
        <source>%1 take part, %2 are held out at random.</source>
        <translation>%1 nehmen teil, %2 werden zufällig zurückgehalten.</translation>
    </message>
    <message>
        <source>They are compared with the other customers, matched on their buying.</source>
        <translation>Sie werden mit den übrigen Kunden verglichen, abgeglichen nach ihrem Kaufverhalten.</translation>
    </message>
    <message>
        <source>Set the start date to see the smallest effect the measure can detect.</source>
        <translation>Tragen Sie das Startdatum ein, um die kleinste Wirkung zu sehen, die die Maßnahme erkennen kann.</translation>
    </message>
    <message>
        <source>Import sales data to see the smallest effect the measure can detect.</source>
        <translation>Importieren Sie Verkaufsdaten, um die kleinste Wirkung zu sehen, die die Maßnahme erkennen kann.</translation>
    </message>
    <message>
        <source>The participants definition cannot be read.</source>
        <translation>Die Festlegung der Teilnehmer ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Every customer takes part: there is no comparison group to detect an effect against (the goal&apos;s KPI is set against its trend instead). Define the participants, or keep a holdout.</source>
        <translation>Alle Kunden nehmen teil: Es gibt keine Vergleichsgruppe, gegen die sich eine Wirkung erkennen ließe (die Kennzahl des Ziels wird stattdessen mit ihrem Trend verglichen). Legen Sie die Teilnehmer fest oder halten Sie eine Kontrollgruppe zurück.</translation>
    </message>
    <message>
        <source>The sales data holds too little before the start (a horizon and the customers of both groups) to estimate the smallest effect.</source>
        <translation>Die Verkaufsdaten reichen vor dem Start nicht aus (ein Horizont und die Kunden beider Gruppen), um die kleinste Wirkung zu schätzen.</translation>
    </message>
    <message>
        <source>None of the participants is in the sales data yet: enter the planned number of participants to estimate what the measure can detect.</source>
        <translation>Noch keiner der Teilnehmer steht in den Verkaufsdaten: Tragen Sie die geplante Teilnehmerzahl ein, um zu schätzen, was die Maßnahme erkennen kann.</translation>
    </message>
    <message>
        <source>Too few participants: a holdout needs at least 30 held out and 30 taking part. Try a larger planned number.</source>
        <translation>Zu wenige Teilnehmer: Eine Kontrollgruppe braucht mindestens 30 Zurückgehaltene und 30 Teilnehmende. Versuchen Sie eine größere geplante Zahl.</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>Fitting the model to the sales data …</source>
        <translation>Das Modell wird an die Verkaufsdaten angepasst …</translation>
    </message>
    <message>
        <source>Import sales data to see who is slipping away and what customers are worth.</source>
        <translation>Importieren Sie Verkaufsdaten, um zu sehen, wer abzuwandern droht und was Kunden wert sind.</translation>
    </message>
    <message>
        <source>No churn prediction for this data.</source>
        <translation>Für diese Daten gibt es keine Abwanderungsprognose.</translation>
    </message>
    <message>
        <source>Below: the recency-based win-back list instead.</source>
        <translation>Unten stattdessen die Rückgewinnungsliste nach letztem Kauf.</translation>
    </message>
    <message>
        <source>No check on the past:</source>
        <translation>Keine Prüfung an der Vergangenheit:</translation>
    </message>
    <message>
        <source>%1 customers silent for longer than their usual rhythm, ranked by value at risk.</source>
        <translation>%1 Kunden, die länger als in ihrem üblichen Rhythmus nicht gekauft haben, nach gefährdetem Wert geordnet.</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation>Wiederholungskäufe im Anpassungszeitraum</translation>
    </message>
    <message>
        <source>Repeat purchases per customer afterwards</source>
        <translation>Wiederholungskäufe je Kunde danach</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Repeat purchases, cumulative</source>
        <translation>Wiederholungskäufe, kumuliert</translation>
    </message>
    <message>
        <source>end of fitting</source>
        <translation>Ende der Anpassung</translation>
    </message>
    <message>
        <source>Still a customer (%)</source>
        <translation>Noch Kunde (%)</translation>
    </message>
    <message>
        <source>CLV next year (%1)</source>
        <translation>CLV nächstes Jahr (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No check on the past for this data.</source>
        <translation>Für diese Daten keine Prüfung an der Vergangenheit.</translation>
    </message>
    <message>
        <source>Each model was fitted on the data before that and predicted every customer&apos;s repeat purchases; the one with the smallest error per customer is used, refitted on all the data.</source>
        <translation>Jedes Modell wurde an die Daten davor angepasst und hat die Wiederholungskäufe jedes Kunden vorhergesagt; das mit dem kleinsten Fehler je Kunde wird verwendet, neu angepasst an alle Daten.</translation>
    </message>
    <message>
        <source>How likely each customer still buys. No amounts in the data: no customer values.</source>
        <translation>Wie wahrscheinlich jeder Kunde noch kauft. Keine Beträge in den Daten: keine Kundenwerte.</translation>
    </message>
    <message>
        <source>How likely each customer still buys, and what each is worth over the next year.</source>
        <translation>Wie wahrscheinlich jeder Kunde noch kauft und was er im nächsten Jahr wert ist.</translation>
    </message>
    <message>
        <source>Who is slipping away while there is still time, and what customers are worth: a model of repeat purchases (BG/NBD, MBG/NBD or Pareto/NBD, whichever predicted your own recent data best) and a Gamma-Gamma model of spend, fitted to your sales data.</source>
        <translation>Wer abwandert, solange noch Zeit ist, und was Kunden wert sind: ein Modell der Wiederholungskäufe (BG/NBD, MBG/NBD oder Pareto/NBD, je nachdem, welches Ihre eigenen jüngsten Daten am besten vorhergesagt hat) und ein Gamma-Gamma-Modell der Ausgaben, angepasst an Ihre Verkaufsdaten.</translation>
    </message>
    <message>
        <source>Customer values need the churn model; above it says why there is none for this data.</source>
        <translation>Kundenwerte brauchen das Abwanderungsmodell; oben steht, warum es für diese Daten keines gibt.</translation>
    </message>
    <message>
        <source>%1 fitted on %2 customers, %3 of them with repeat purchases.</source>
        <translation>%1 angepasst an %2 Kunden, davon %3 mit Wiederholungskäufen.</translation>
    </message>
    <message>
        <source>Customers less likely than the threshold to still buy, who bought within the activity window: %1 listed (%2 of them bought once); %3 more are below it but silent for longer and count as lost already.</source>
        <translation>Kunden, die mit geringerer Wahrscheinlichkeit als die Schwelle noch kaufen und innerhalb des Aktivitätsfensters gekauft haben: %1 aufgeführt (%2 davon haben einmal gekauft); %3 weitere liegen darunter, sind aber länger still und gelten schon als verloren.</translation>
    </message>
    <message>
        <source>Value at risk of the list: %1 a year</source>
        <translation>Gefährdeter Wert der Liste: %1 pro Jahr</translation>
    </message>
    <message>
        <source>Expected purchases in the next year: %1</source>
        <translation>Erwartete Käufe im nächsten Jahr: %1</translation>
    </message>
    <message>
        <source>CLV of all customers: %1</source>
        <translation>CLV aller Kunden: %1</translation>
    </message>
    <message>
        <source>No intervals: the fit does not pin its parameters down.</source>
        <translation>Keine Intervalle: die Anpassung legt ihre Parameter nicht fest.</translation>
    </message>
    <message>
        <source>The intervals show how far the fit may be off; a single customer&apos;s purchases vary much more.</source>
        <translation>Die Intervalle zeigen, wie weit die Anpassung danebenliegen kann; die Käufe eines einzelnen Kunden schwanken viel stärker.</translation>
    </message>
    <message>
        <source>Warning: spend depends on how often customers buy here (rank correlation %1, beyond 0.3); the spend model assumes it does not, so customer values lean towards the average.</source>
        <translation>Warnung: Die Ausgaben hängen hier davon ab, wie oft Kunden kaufen (Rangkorrelation %1, über 0,3); das Ausgabenmodell nimmt das Gegenteil an, daher liegen die Kundenwerte näher am Durchschnitt.</translation>
    </message>
    <message>
        <source>Win-back &amp; customer value</source>
        <translation>Rückgewinnung &amp; Kundenwert</translation>
    </message>
    <message>
        <source>Win-back list</source>
        <translation>Rückgewinnungsliste</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>Modellprüfung</translation>
    </message>
    <message>
        <source>Still a customer below:</source>
        <translation>Noch Kunde unter:</translation>
    </message>
    <message>
        <source>Filter: customer, date …</source>
        <translation>Filter: Kunde, Datum …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Create a measure for these customers</source>
        <translation>Maßnahme für diese Kunden anlegen</translation>
    </message>
    <message>
        <source>A planned win-back measure whose participants are exactly the customers shown.</source>
        <translation>Eine geplante Rückgewinnungsmaßnahme, deren Teilnehmer genau die angezeigten Kunden sind.</translation>
    </message>
    <message>
        <source>Win-back tactics from the catalogue: %1</source>
        <translation>Rückgewinnungs-Taktiken aus dem Katalog: %1</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why on the list</source>
        <translation>Warum auf der Liste</translation>
    </message>
    <message>
        <source>Value at risk per year</source>
        <translation>Gefährdeter Wert pro Jahr</translation>
    </message>
    <message>
        <source>(1 − P(still a customer)) × the customer&apos;s net revenue per year of their history: the revenue a year that probably stops.</source>
        <translation>(1 − P(noch Kunde)) × Nettoumsatz des Kunden pro Jahr seiner Geschichte: der Jahresumsatz, der wahrscheinlich wegfällt.</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>Noch Kunde</translation>
    </message>
    <message>
        <source>Probability that the customer still buys, from the chosen model.</source>
        <translation>Wahrscheinlichkeit, dass der Kunde noch kauft, aus dem gewählten Modell.</translation>
    </message>
    <message>
        <source>CLV, 90 % low</source>
        <translation>CLV, 90 % unten</translation>
    </message>
    <message>
        <source>Lower end of the 90 % interval of the CLV, from 200 draws of the models&apos; parameters. It shows how far the fit may be off, not how much a single customer&apos;s purchases may vary.</source>
        <translation>Unteres Ende des 90-%-Intervalls des CLV, aus 200 Ziehungen der Modellparameter. Es zeigt, wie weit die Anpassung danebenliegen kann, nicht wie stark die Käufe eines einzelnen Kunden schwanken können.</translation>
    </message>
    <message>
        <source>CLV, 90 % high</source>
        <translation>CLV, 90 % oben</translation>
    </message>
    <message>
        <source>Upper end of the 90 % interval of the CLV.</source>
        <translation>Oberes Ende des 90-%-Intervalls des CLV.</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Kauftage</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>CLV next year</source>
        <translation>CLV nächstes Jahr</translation>
    </message>
    <message>
        <source>Expected purchases in the next year × expected value per purchase × gross margin.</source>
        <translation>Erwartete Käufe im nächsten Jahr × erwarteter Wert je Kauf × Bruttomarge.</translation>
    </message>
    <message>
        <source>usually buys every %1 days; last purchase %2 days ago</source>
        <translation>kauft meist alle %1 Tage; letzter Kauf vor %2 Tagen</translation>
    </message>
    <message>
        <source>Only %1 customers bought on two or more days; the model needs at least %2 to say anything stable.</source>
        <translation>Nur %1 Kunden haben an zwei oder mehr Tagen gekauft; das Modell braucht mindestens %2 für eine stabile Aussage.</translation>
    </message>
    <message>
        <source>The data covers %1 weeks; the model needs at least %2 weeks of history.</source>
        <translation>Die Daten umfassen %1 Wochen; das Modell braucht mindestens %2 Wochen Verlauf.</translation>
    </message>
    <message>
        <source>The model could not be fitted to this data.</source>
        <translation>Das Modell ließ sich an diese Daten nicht anpassen.</translation>
    </message>
    <message>
        <source>The data spans too few days to keep some back for a check.</source>
        <translation>Die Daten umfassen zu wenige Tage, um einen Teil für eine Prüfung zurückzuhalten.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Checked on the past: fitted on the data up to %1, the model predicted %2 repeat purchases for the %3 %4 after it; %5 happened</source>
        <translation>An der Vergangenheit geprüft: angepasst an die Daten bis %1, sagte das Modell %2 Wiederholungskäufe für die %3 %4 danach voraus; %5 fanden statt</translation>
    </message>
    <message>
        <source>close: within %1 %.</source>
        <translation>nah dran: innerhalb von %1 %.</translation>
    </message>
    <message>
        <source>it underestimates by %1 %.</source>
        <translation>es unterschätzt um %1 %.</translation>
    </message>
    <message>
        <source>it overestimates by %1 %.</source>
        <translation>es überschätzt um %1 %.</translation>
    </message>
    <message>
        <source>Per customer it is off by %1 purchases on average.</source>
        <translation>Je Kunde liegt es im Mittel um %1 Käufe daneben.</translation>
    </message>
    <message>
        <source>usually buys every %1 days; last purchase %2 days ago; %3 % likely still a customer</source>
        <translation>kauft meist alle %1 Tage; letzter Kauf vor %2 Tagen; zu %3 % noch Kunde</translation>
    </message>
    <message>
        <source>bought once, %1 days ago; %2 % likely still a customer</source>
        <translation>hat einmal gekauft, vor %1 Tagen; zu %2 % noch Kunde</translation>
    </message>
    <message>
        <source>each customer&apos;s past rate</source>
        <translation>die bisherige Kaufrate jedes Kunden</translation>
    </message>
    <message>
        <source>No model could be fitted on the data before the last %1 %2; BG/NBD is used unchecked.</source>
        <translation>Auf den Daten vor den letzten %1 %2 ließ sich kein Modell anpassen; BG/NBD wird ungeprüft verwendet.</translation>
    </message>
    <message>
        <source>%1 % better than %2</source>
        <translation>%1 % besser als %2</translation>
    </message>
    <message>
        <source>%1 % worse than %2</source>
        <translation>%1 % schlechter als %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 predicted the last %2 %3 of your data %4.</source>
        <translation>%1 hat die letzten %2 %3 Ihrer Daten %4 vorhergesagt.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Error per customer</source>
        <translation>Fehler je Kunde</translation>
    </message>
    <message>
        <source>Repeat purchases predicted</source>
        <translation>Vorhergesagte Wiederholungskäufe</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>keine Anpassung</translation>
    </message>
    <message>
        <source>happened</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>90 % interval %1 to %2</source>
        <translation>90-%-Intervall %1 bis %2</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>This plan is open read-only: %1 (%2) is editing it. Your change was not saved.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: %1 (%2) bearbeitet ihn. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This plan is open read-only. Your change was not saved.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2) took over editing this plan. Everything you changed until now is saved; this window is read-only now.</source>
        <translation>%1 (%2) hat die Bearbeitung dieses Plans übernommen. Alles, was Sie bis jetzt geändert haben, ist gespeichert; dieses Fenster ist jetzt schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <source>&amp;Header in row:</source>
        <translation>&amp;Kopfzeile in Zeile:</translation>
    </message>
    <message>
        <source>The row that holds the column names; the data starts below it.</source>
        <translation>Die Zeile mit den Spaltennamen; die Daten beginnen darunter.</translation>
    </message>
    <message>
        <source>&amp;No header row</source>
        <translation>&amp;Keine Kopfzeile</translation>
    </message>
    <message>
        <source>The first row is already data: the columns are called Column 1, 2, …</source>
        <translation>Schon die erste Zeile enthält Daten: die Spalten heißen Spalte 1, 2, …</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>The character between the values of a line.</source>
        <translation>Das Zeichen zwischen den Werten einer Zeile.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export plan as &amp;Excel workbook…</source>
        <translation>Plan als &amp;Excel-Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Import plan from E&amp;xcel…</source>
        <translation>Plan aus E&amp;xcel importieren…</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 pages, A4 landscape. Change what goes in on the left; the preview follows.</source>
        <translation>%1 Seiten, A4 quer. Links wählen, was hineinkommt; die Vorschau folgt.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Die Vorschau konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Export plan as Excel workbook</source>
        <translation>Plan als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer …</source>
        <translation>Seiten werden für den Drucker vorbereitet …</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages.</source>
        <translation>An den Drucker gesendet: %1 Seiten.</translation>
    </message>
    <message>
        <source>Report and export</source>
        <translation>Bericht und Export</translation>
    </message>
    <message>
        <source>A preview of the workshop report. Choose what goes in on the left.</source>
        <translation>Vorschau des Workshop-Berichts. Links wählen, was hineinkommt.</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>1 Know expectations: our customers</source>
        <translation>1 Erwartungen kennen: unsere Kunden</translation>
    </message>
    <message>
        <source>2 Retention as a goal: the goal table</source>
        <translation>2 Kundenbindung als Ziel: Zieltabelle</translation>
    </message>
    <message>
        <source>3 Measures with owners</source>
        <translation>3 Maßnahmen mit Verantwortlichen</translation>
    </message>
    <message>
        <source>4 Measures in the customer journey</source>
        <translation>4 Maßnahmen in der Customer Journey</translation>
    </message>
    <message>
        <source>5 Analyse success: does it work?</source>
        <translation>5 Erfolg analysieren: wirkt es?</translation>
    </message>
    <message>
        <source>Figures from our sales data</source>
        <translation>Kennzahlen aus unseren Verkaufsdaten</translation>
    </message>
    <message>
        <source>Figures: customers to win back</source>
        <translation>Kennzahlen: Kunden zurückgewinnen</translation>
    </message>
    <message>
        <source>Ideas from the workshop</source>
        <translation>Ideen aus dem Workshop</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>The whole plan as an Excel workbook (always every sheet)</source>
        <translation>Der ganze Plan als Excel-Arbeitsmappe (immer alle Blätter)</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Import edited workbook…</source>
        <translation>Bearbeitete Arbeitsmappe importieren…</translation>
    </message>
    <message>
        <source>Bring back a plan workbook edited in Excel: every change is shown before it is applied</source>
        <translation>Eine in Excel bearbeitete Plan-Arbeitsmappe zurückholen: Jede Änderung wird vor dem Übernehmen gezeigt</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>For each judged measure the team decides: keep it, adjust it, or stop it. Double-click a note to write down why. Every decision can be undone (Ctrl+Z).</source>
        <translation>Für jede beurteilte Maßnahme entscheidet das Team: beibehalten, anpassen oder beenden. Doppelklick auf die Notiz, um die Begründung festzuhalten. Jede Entscheidung lässt sich rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates to stop:&lt;/b&gt; %1 — no clear effect after months of running. What brings no value is waste: stop it, or change it and judge it again.</source>
        <translation>&lt;b&gt;Kandidaten zum Beenden:&lt;/b&gt; %1 — keine klare Wirkung nach Monaten Laufzeit. Was keinen Nutzen bringt, ist Verschwendung: beenden oder ändern und neu beurteilen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effect faded:&lt;/b&gt; %1 — it worked at first, but the latest interval contains 0. Decide: adjust it (a new offer, another channel) or stop it.</source>
        <translation>&lt;b&gt;Wirkung nachgelassen:&lt;/b&gt; %1 – anfangs wirkte sie, doch das jüngste Intervall enthält 0. Entscheiden Sie: anpassen (ein neues Angebot, ein anderer Kanal) oder beenden.</translation>
    </message>
    <message>
        <source>Measure and status</source>
        <translation>Maßnahme und Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>How the verdict changed</source>
        <translation>Verlauf des Urteils</translation>
    </message>
    <message>
        <source>★ Goal reached: &lt;b&gt;%1&lt;/b&gt; (%2). Well done — tell the team!</source>
        <translation>★ Ziel erreicht: &lt;b&gt;%1&lt;/b&gt; (%2). Gut gemacht — sagen Sie es dem Team!</translation>
    </message>
    <message>
        <source>candidate to stop</source>
        <translation>Kandidat zum Beenden</translation>
    </message>
    <message>
        <source>effect faded</source>
        <translation>Wirkung nachgelassen</translation>
    </message>
    <message>
        <source>⚠ with a warning</source>
        <translation>⚠ mit Warnung</translation>
    </message>
    <message>
        <source>it paid off</source>
        <translation>hat sich gelohnt</translation>
    </message>
    <message>
        <source>it did not pay off</source>
        <translation>hat sich nicht gelohnt</translation>
    </message>
    <message>
        <source>paid off: unclear</source>
        <translation>gelohnt: offen</translation>
    </message>
    <message>
        <source>No clear effect after %1 months of data since the start: a candidate to stop.</source>
        <translation>Keine klare Wirkung nach %1 Monaten Daten seit dem Start: ein Kandidat zum Beenden.</translation>
    </message>
    <message>
        <source>Smallest effect it can detect: %1 points of coming back; judgeable from %2.</source>
        <translation>Kleinste erkennbare Wirkung: %1 Punkte Wiederkehr; zu beurteilen ab %2.</translation>
    </message>
    <message>
        <source>The verdict at each import, by the last day of the data it judged: %1</source>
        <translation>Das Urteil bei jedem Import, nach dem letzten Tag der beurteilten Daten: %1</translation>
    </message>
    <message>
        <source>The team&apos;s note on this measure (double-click to edit)</source>
        <translation>Die Notiz des Teams zu dieser Maßnahme (Doppelklick zum Bearbeiten)</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 customers)</source>
        <translation>%1 (%2 Zeilen, %3 Kunden)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show every figure, chart and list for one group of the data, e.g. one channel or region.</source>
        <translation>Zeigt jede Kennzahl, jedes Diagramm und jede Liste für eine Gruppe der Daten, z. B. einen Kanal oder eine Region.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potenzielle Stammkunden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Schlafen bald ein</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Nicht verlieren!</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>SheetChoice</name>
    <message>
        <source>Which sheet holds the sales rows?</source>
        <translation>Welches Blatt enthält die Verkaufszeilen?</translation>
    </message>
    <message>
        <source>Tick several sheets with the same columns (a sheet per year, say) to import them together. A sale that two sheets hold is counted once.</source>
        <translation>Haken Sie mehrere Blätter mit denselben Spalten an (etwa ein Blatt je Jahr), um sie zusammen zu importieren. Ein Verkauf, der in zwei Blättern steht, wird einmal gezählt.</translation>
    </message>
    <message>
        <source>%1 — %2 data rows</source>
        <translation>%1 — %2 Datenzeilen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>StatusChoice</name>
    <message>
        <source>%1 — %2 rows</source>
        <translation>%1 — %2 Zeilen</translation>
    </message>
    <message>
        <source>Ticked: orders with this status count as sales.</source>
        <translation>Angehakt: Bestellungen mit diesem Status zählen als Verkauf.</translation>
    </message>
    <message>
        <source>Which order statuses count as a sale?</source>
        <translation>Welche Bestellstatus zählen als Verkauf?</translation>
    </message>
    <message>
        <source>Cancelled, refunded and unpaid orders are no sales: they are left out of purchases and revenue and counted apart in the report.</source>
        <translation>Stornierte, erstattete und unbezahlte Bestellungen sind keine Verkäufe: Sie fehlen in Käufen und Umsatz und werden im Bericht eigens gezählt.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>A list of answers to “How likely are you to recommend us?” (0 to 10), with the date of each answer and, if you have them, the customer number and a comment.</source>
        <translation>Eine Liste der Antworten auf „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ (0 bis 10), mit dem Datum jeder Antwort und, falls vorhanden, Kundennummer und Kommentar.</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Score 0-10 *</source>
        <translation>Bewertung 0-10 *</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose survey answers</source>
        <translation>Umfrageantworten wählen</translation>
    </message>
    <message>
        <source>Survey answers (%1);;All files (*)</source>
        <translation>Umfrageantworten (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>Datei wird angesehen…</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>Antworten werden gelesen…</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— nicht in der Datei —</translation>
    </message>
    <message>
        <source>Choose the columns for the date and the score.</source>
        <translation>Wählen Sie die Spalten für Datum und Bewertung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; answers used of %2 rows read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Antworten verwendet von %2 gelesenen Zeilen.</translation>
    </message>
    <message>
        <source>%1 rows have no score from 0 to 10 (e.g. %2; rows %3 …): left out.</source>
        <translation>%1 Zeilen haben keine Bewertung von 0 bis 10 (z. B. %2; Zeilen %3 …): ausgelassen.</translation>
    </message>
    <message>
        <source>%1 rows have no readable date (rows %2 …): left out.</source>
        <translation>%1 Zeilen haben kein lesbares Datum (Zeilen %2 …): ausgelassen.</translation>
    </message>
    <message>
        <source>With a customer number: %1; with a comment: %2.</source>
        <translation>Mit Kundennummer: %1; mit Kommentar: %2.</translation>
    </message>
    <message>
        <source>%1 of these answers are already in the plan and will not be counted twice.</source>
        <translation>%1 dieser Antworten sind schon im Plan und werden nicht doppelt gezählt.</translation>
    </message>
    <message>
        <source>Nothing is stored until you click Import.</source>
        <translation>Gespeichert wird erst, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>Promoter (9-10)</source>
        <translation>Promotor (9-10)</translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <translation>Passiv (7-8)</translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <translation>Kritiker (0-6)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± (95 %)</source>
        <translation>± (95 %)</translation>
    </message>
    <message>
        <source>No survey answers yet. Import the answers to “How likely are you to recommend us?” (0-10) to follow the Net Promoter Score beside the sales figures.</source>
        <translation>Noch keine Umfrageantworten. Importieren Sie die Antworten auf „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ (0-10), um den Net Promoter Score neben den Verkaufszahlen zu verfolgen.</translation>
    </message>
    <message>
        <source>%1 answers from %2 import(s). NPS = % promoters − % detractors. * partial period; ? fewer than 30 answers: the NPS moves a lot with a few people (see ±).</source>
        <translation>%1 Antworten aus %2 Import(en). NPS = % Promotoren − % Kritiker. * angebrochene Periode; ? weniger als 30 Antworten: Der NPS schwankt stark mit wenigen Personen (siehe ±).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the answers of customers in %1&lt;/b&gt; (answers without a customer number are left out). </source>
        <translation>&lt;b&gt;Nur die Antworten der Kunden in %1&lt;/b&gt; (Antworten ohne Kundennummer bleiben außen vor). </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Remove survey answers</source>
        <translation>Umfrageantworten entfernen</translation>
    </message>
    <message>
        <source>Remove all survey answers from the plan? This cannot be undone.&lt;br&gt;&lt;br&gt;%1</source>
        <translation>Alle Umfrageantworten aus dem Plan entfernen? Das lässt sich nicht rückgängig machen.&lt;br&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>Umfrageantworten importieren…</translation>
    </message>
    <message>
        <source>Remove answers…</source>
        <translation>Antworten entfernen…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Only answers with a comment</source>
        <translation>Nur Antworten mit Kommentar</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Team (owners of touchpoints, goals and measures)</source>
        <translation>Team (Verantwortliche für Touchpoints, Ziele und Maßnahmen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Touchpoints they owned keep no owner; undo restores it.</source>
        <translation>Ihre Touchpoints haben danach keine Verantwortlichen; Rückgängig stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Start from an empty plan or from a template for your kind of business. Everything it brings can be renamed, changed or deleted afterwards.</source>
        <translation>Beginnen Sie mit einem leeren Plan oder mit einer Vorlage für Ihre Branche. Alles, was sie mitbringt, lässt sich danach umbenennen, ändern oder löschen.</translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation>Leerer Plan</translation>
    </message>
    <message>
        <source>The seven stages of the buying cycle, nothing else.</source>
        <translation>Die sieben Phasen des Kaufzyklus, sonst nichts.</translation>
    </message>
    <message>
        <source>Not offered because the file is damaged: %1</source>
        <translation>Nicht angeboten, weil die Datei beschädigt ist: %1</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>An empty plan: you add personas, touchpoints, goals and measures yourself.</source>
        <translation>Ein leerer Plan: Personas, Touchpoints, Ziele und Maßnahmen legen Sie selbst an.</translation>
    </message>
    <message>
        <source>Stages: %1
Touchpoints: %2 · Personas: %3 · Goals: %4 · Measures: %5</source>
        <translation>Phasen: %1
Touchpoints: %2 · Personas: %3 · Ziele: %4 · Maßnahmen: %5</translation>
    </message>
</context>
<context>
    <name>TouchpointFields</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Answer / wait time target</source>
        <translation>Ziel für Antwort-/Wartezeit</translation>
    </message>
    <message>
        <source>Personas concerned</source>
        <translation>Betroffene Personas</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 sehr negativ</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 negativ</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation>+1 positiv</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 sehr positiv</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>None ticked: the touchpoint concerns every persona.</source>
        <translation>Keine angehakt: Der Touchpoint betrifft alle Personas.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Vote:</source>
        <translation>Abstimmung:</translation>
    </message>
    <message>
        <source>Participants, separated by commas</source>
        <translation>Teilnehmende, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Dots each:</source>
        <translation>Punkte je Person:</translation>
    </message>
    <message>
        <source>Now voting:</source>
        <translation>Jetzt stimmt ab:</translation>
    </message>
    <message>
        <source>Type the participants to vote.</source>
        <translation>Zum Abstimmen die Teilnehmenden eintragen.</translation>
    </message>
    <message>
        <source>%1 of %2 dots left</source>
        <translation>%1 von %2 Punkten übrig</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Retention Planner</source>
        <translation>Willkommen bei Retention Planner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keep your customers, and know what works&lt;/h2&gt;&lt;p&gt;Describe your customers, set a retention goal, plan measures along the customer journey, and judge each measure on your own sales data. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kunden halten – und wissen, was wirkt&lt;/h2&gt;&lt;p&gt;Beschreiben Sie Ihre Kunden, setzen Sie ein Ziel für die Kundenbindung, planen Sie Maßnahmen entlang der Customer Journey und beurteilen Sie jede Maßnahme an Ihren eigenen Verkaufsdaten. Alles bleibt auf diesem Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look around in the demo</source>
        <translation>In der Demo umsehen</translation>
    </message>
    <message>
        <source>A bicycle shop&apos;s complete plan with three years of sales; nothing you change is kept.</source>
        <translation>Der vollständige Plan eines Fahrradladens mit drei Jahren Verkäufen; Ihre Änderungen werden nicht behalten.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Neuen Plan beginnen</translation>
    </message>
    <message>
        <source>An empty plan, or one from a template for your kind of business (online shop, café, salon, specialist shop, studio, B2B service) with stages, touchpoints, personas, goals and measures to adapt.</source>
        <translation>Ein leerer Plan oder einer aus einer Vorlage für Ihre Branche (Onlineshop, Café, Salon, Fachhandel, Studio, B2B-Dienstleistung) mit Phasen, Touchpoints, Personas, Zielen und Maßnahmen zum Anpassen.</translation>
    </message>
    <message>
        <source>Start with your sales data</source>
        <translation>Mit Ihren Verkaufsdaten beginnen</translation>
    </message>
    <message>
        <source>A new plan, then your shop&apos;s or till&apos;s export (Excel or CSV) read into it.</source>
        <translation>Ein neuer Plan, in den dann der Export Ihres Shops oder Ihrer Kasse (Excel oder CSV) eingelesen wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Pläne&lt;/b&gt; (Doppelklick zum Öffnen)</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes for this round</source>
        <translation>Minuten für diese Runde</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
</TS>
