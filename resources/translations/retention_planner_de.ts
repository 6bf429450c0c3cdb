<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>MainWindow</name>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
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
        <source>About Retention Planner</source>
        <translation>Über Retention Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Plan how to keep your customers: personas, journey, SMART goals and measures, measured on your own sales data. Works offline; your plan stays in one file on your computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Planen Sie, wie Sie Ihre Kunden halten: Personas, Customer Journey, SMART-Ziele und Maßnahmen, gemessen an Ihren eigenen Verkaufsdaten. Arbeitet offline; Ihr Plan bleibt in einer Datei auf Ihrem Computer.&lt;/p&gt;</translation>
    </message>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About Retention Planner</source>
        <translation>Ü&amp;ber Retention Planner</translation>
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
        <source>Personas</source>
        <translation>Personas</translation>
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
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
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
        <source>e.g. e-mail, phone, shop on site</source>
        <translation>z. B. E-Mail, Telefon, Laden vor Ort</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>