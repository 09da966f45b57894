<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FaultTexts</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the service&apos;s own answer</source>
        <translation>die eigene Antwort des Dienstes</translation>
    </message>
    <message>
        <source>Retry-After %1 s</source>
        <translation>Retry-After %1 s</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>reset the connection</source>
        <translation>Verbindung zurücksetzen</translation>
    </message>
    <message>
        <source>close without an answer</source>
        <translation>ohne Antwort schließen</translation>
    </message>
    <message>
        <source>cut the body in half</source>
        <translation>Inhalt halbieren</translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>die ersten %1</translation>
    </message>
    <message>
        <source>for %1 s</source>
        <translation>für %1 s</translation>
    </message>
    <message>
        <source>%1 % (seed %2)</source>
        <translation>%1 % (Startwert %2)</translation>
    </message>
    <message>
        <source>over %1 a minute</source>
        <translation>über %1 pro Minute</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>after the change</source>
        <translation>nach der Änderung</translation>
    </message>
    <message>
        <source>before (nothing changes)</source>
        <translation>vorher (nichts ändert sich)</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>Name %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>Langsamer Dienst</translation>
    </message>
    <message>
        <source>Flaky service</source>
        <translation>Unzuverlässiger Dienst</translation>
    </message>
    <message>
        <source>No Bulk, no /Me and no .search (501), and an occasional 429 ThrottlingException (about one request in 50, seeded). Its other documented limits (filters eq and and only, at most 100 membership changes in one PATCH, lists of at most 50, one email per user) are about request bodies and are not imitated by rules.</source>
        <translation>Kein Bulk, kein /Me und kein .search (501), dazu gelegentlich 429 ThrottlingException (etwa eine von 50 Anfragen, mit Startwert). Die übrigen dokumentierten Grenzen (Filter nur eq und and, höchstens 100 Mitgliedschaftsänderungen in einem PATCH, Listen mit höchstens 50 Einträgen, eine E-Mail-Adresse pro Benutzer) betreffen Anfrageinhalte und werden von Regeln nicht nachgebildet.</translation>
    </message>
    <message>
        <source>About 1,000 users an hour: user creates beyond 17 a minute and member changes beyond 17 a minute are answered 429 with Retry-After 60. GitHub also requires a User-Agent header and users provisioned before their groups; rules do not check those.</source>
        <translation>Etwa 1.000 Benutzer pro Stunde: Benutzererstellungen über 17 pro Minute und Mitgliedsänderungen über 17 pro Minute werden mit 429 und Retry-After 60 beantwortet. GitHub verlangt außerdem einen User-Agent-Header und Benutzer vor ihren Gruppen; das prüfen Regeln nicht.</translation>
    </message>
    <message>
        <source>Slack&apos;s per-endpoint limits: user creates, updates and deletes beyond 180 a minute, and user reads beyond 300 a minute, are answered 429 with Retry-After 60 (its bursts of 20 are not imitated).</source>
        <translation>Die Grenzen von Slack je Endpunkt: Erstellen, Ändern und Löschen von Benutzern über 180 pro Minute und Lesen von Benutzern über 300 pro Minute werden mit 429 und Retry-After 60 beantwortet (seine Spitzen von 20 werden nicht nachgebildet).</translation>
    </message>
    <message>
        <source>Every answer comes 1.5 s late, and every 20th request waits 65 s: past Entra&apos;s 60-second timeout, so a create may be committed while Entra records a timeout and retries it.</source>
        <translation>Jede Antwort kommt 1,5 s zu spät, und jede 20. Anfrage wartet 65 s: länger als Entras Zeitlimit von 60 Sekunden, sodass eine Erstellung gespeichert sein kann, während Entra ein Zeitlimit verbucht und sie wiederholt.</translation>
    </message>
    <message>
        <source>Repeatable trouble (seeded): about 5% of requests get 503 with Retry-After 5, 2% have their connection reset, and 2% of user creates are committed and then answered 500, the start of Entra&apos;s 409 loop.</source>
        <translation>Wiederholbare Störungen (mit Startwert): etwa 5 % der Anfragen erhalten 503 mit Retry-After 5, bei 2 % wird die Verbindung zurückgesetzt, und 2 % der Benutzererstellungen werden gespeichert und dann mit 500 beantwortet: der Anfang von Entras 409-Schleife.</translation>
    </message>
    <message>
        <source>1 in every %1</source>
        <translation>1 von je %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>Lookup user</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>Replace user</source>
        <translation>Benutzer ersetzen</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Lookup group</source>
        <translation>Gruppe suchen</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Update group</source>
        <translation>Gruppe aktualisieren</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Bulk</translation>
    </message>
    <message>
        <source>Auth failure</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Entra</source>
        <translation>Entra</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>op &quot;%1&quot; capitalised → %2</source>
        <translation>op „%1“ großgeschrieben → %2</translation>
    </message>
    <message>
        <source>%1 sent as string &quot;%2&quot; → %3</source>
        <translation>%1 als Zeichenkette „%2“ gesendet → %3</translation>
    </message>
    <message>
        <source>%1 sent as a one-element array → its value</source>
        <translation>%1 als Array mit einem Element gesendet → dessen Wert</translation>
    </message>
    <message>
        <source>%1 sent as a bare value → {&quot;value&quot;: …}</source>
        <translation>%1 als einfacher Wert gesendet → {&quot;value&quot;: …}</translation>
    </message>
    <message>
        <source>path-less operation with dotted or URN-qualified keys → one change per key</source>
        <translation>Vorgang ohne Pfad mit Punkt- oder URN-qualifizierten Schlüsseln → eine Änderung je Schlüssel</translation>
    </message>
    <message>
        <source>value-path %1 on an element that did not exist → element created</source>
        <translation>Wertpfad %1 auf ein nicht vorhandenes Element → Element erstellt</translation>
    </message>
    <message>
        <source>value-array member removal → removes only the listed members</source>
        <translation>Mitglieder per Werte-Array entfernt → nur die aufgeführten Mitglieder werden entfernt</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (bulkId:%3) → %4</source>
        <translation>%1 %2 (bulkId:%3) → %4</translation>
    </message>
    <message>
        <source>Plain HTTP sent to the HTTPS port</source>
        <translation>Unverschlüsseltes HTTP an den HTTPS-Port gesendet</translation>
    </message>
    <message>
        <source>After a quiet gap</source>
        <translation>Nach einer Ruhepause</translation>
    </message>
    <message>
        <source>First request</source>
        <translation>Erste Anfrage</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>no Authorization header</source>
        <translation>kein Authorization-Header</translation>
    </message>
    <message>
        <source>Authorization header is not &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>Authorization-Header ist nicht „Bearer &lt;token&gt;“</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>unbekanntes Token</translation>
    </message>
    <message>
        <source>token &quot;%1&quot; expired</source>
        <translation>Token „%1“ ist abgelaufen</translation>
    </message>
    <message>
        <source>token &quot;%1&quot; was revoked</source>
        <translation>Token „%1“ wurde widerrufen</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so scim-monitor cannot remember secrets here. Nothing is written in plain text instead: copy the token now, or create a new one later.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann scim-monitor hier keine Geheimnisse speichern. Ersatzweise wird nichts im Klartext geschrieben: Kopieren Sie das Token jetzt, oder erstellen Sie später ein neues.</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reaktiviert</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership change(s)</source>
        <translation>
            <numerusform>%Ln Mitgliedschaftsänderung</numerusform>
            <numerusform>%Ln Mitgliedschaftsänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is empty (Entra sends the group&apos;s members with %2).</source>
        <translation>%1 ist leer (Entra sendet die Mitglieder der Gruppe mit „%2“).</translation>
    </message>
    <message>
        <source>%1 is missing (Entra sends it from %2).</source>
        <translation>%1 fehlt (Entra sendet es aus %2).</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>the type of a resource or audit target</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the type of a resource or audit target</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the type of an audit target: a Secret Token</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>the type of an audit target: the receiver&apos;s settings</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>the type of an audit target: all users, groups and memberships (File → Reset all data)</extracomment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>success</source>
        <extracomment>the result of an audit event whose change was made</extracomment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <extracomment>%1 is the address and port (127.0.0.1:8080), %2 the operating system&apos;s reason</extracomment>
        <translation>Auf %1 kann nicht empfangen werden: %2</translation>
    </message>
    <message>
        <source>HTTPS is not available: Qt found no TLS library (install OpenSSL 3, libssl3).</source>
        <translation>HTTPS ist nicht verfügbar: Qt hat keine TLS-Bibliothek gefunden (installieren Sie OpenSSL 3, libssl3).</translation>
    </message>
    <message>
        <source>HTTPS cannot start: %1</source>
        <translation>HTTPS kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Fault rule</source>
        <extracomment>the type of an audit target: a fault injection rule (Receiver → Faults…)</extracomment>
        <translation>Fehlerregel</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <source>Showing the first %1 KiB of %2 KiB.</source>
        <extracomment>%1 and %2 are sizes in KiB, e.g. &quot;Showing the first 64 KiB of 2,048 KiB.&quot;</extracomment>
        <translation>Angezeigt werden die ersten %1 KiB von %2 KiB.</translation>
    </message>
</context>
<context>
    <name>MonitorApp</name>
    <message>
        <source>scim-monitor is already running</source>
        <translation>scim-monitor läuft bereits</translation>
    </message>
    <message>
        <source>Another scim-monitor (process %1 on %2) is already using the data directory %3.</source>
        <translation>Ein anderes scim-monitor (Prozess %1 auf %2) verwendet bereits das Datenverzeichnis %3.</translation>
    </message>
    <message>
        <source>Switch to its window, or stop it. To run a second one, give it its own data directory with --data-dir.</source>
        <translation>Wechseln Sie in sein Fenster, oder beenden Sie es. Für ein zweites geben Sie diesem mit --data-dir ein eigenes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Shared store not available</source>
        <translation>Gemeinsamer Speicher nicht verfügbar</translation>
    </message>
    <message>
        <source>scim-monitor could not open the shared store %1.</source>
        <translation>scim-monitor konnte den gemeinsamen Speicher %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Open the local store</source>
        <translation>Lokalen Speicher öffnen</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>scimmon::AuditExportDialog</name>
    <message>
        <source>Export audit trail</source>
        <translation>Überwachungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Only events whose target or member contains this text</source>
        <translation>Nur Ereignisse, deren Ziel oder Mitglied diesen Text enthält</translation>
    </message>
    <message>
        <source>For Excel (UTF-8 byte order mark)</source>
        <translation>Für Excel (UTF-8-Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%Ln Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>scimmon::AuditPage</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Actor (token label or local)</source>
        <translation>Akteur (Token-Bezeichnung oder local)</translation>
    </message>
    <message>
        <source>Search targets and members</source>
        <translation>Ziele und Mitglieder durchsuchen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the events matching the filters to a CSV file</source>
        <translation>Die zu den Filtern passenden Ereignisse in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Select an event to see all it changed.</source>
        <translation>Wählen Sie ein Ereignis aus, um alle seine Änderungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <extracomment>%1 is the number of events shown</extracomment>
        <translation>
            <numerusform>%1 von %Ln Ereignis</numerusform>
            <numerusform>%1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Mitglied:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
</context>
<context>
    <name>scimmon::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>scimmon::CheckPage</name>
    <message>
        <source>Entra ID (Microsoft&apos;s validation tests)</source>
        <translation>Entra ID (Microsofts Validierungstests)</translation>
    </message>
    <message>
        <source>Okta (SPEC test, OIN and AIW apps)</source>
        <translation>Okta (SPEC-Test, OIN- und AIW-Apps)</translation>
    </message>
    <message>
        <source>RFC 7643/7644</source>
        <translation>RFC 7643/7644</translation>
    </message>
    <message>
        <source>Accept any TLS certificate</source>
        <translation>Jedes TLS-Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren …</translation>
    </message>
    <message>
        <source>Export JUnit…</source>
        <translation>JUnit exportieren …</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren …</translation>
    </message>
    <message>
        <source>https://app.example.com/scim/v2</source>
        <translation>https://app.example.com/scim/v2</translation>
    </message>
    <message>
        <source>The bearer token the server accepts</source>
        <translation>Das Bearer-Token, das der Server akzeptiert</translation>
    </message>
    <message>
        <source>SCIM base URL:</source>
        <translation>SCIM-Basis-URL:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Suites:</source>
        <translation>Testreihen:</translation>
    </message>
    <message>
        <source>The check creates users and groups named scimcheck-… on the server and deletes them again. Run it against a test server.</source>
        <translation>Die Prüfung legt auf dem Server Benutzer und Gruppen mit dem Namen scimcheck-… an und löscht sie wieder. Führen Sie sie gegen einen Testserver aus.</translation>
    </message>
    <message>
        <source>Suite, test or step</source>
        <translation>Testreihe, Test oder Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>%1 läuft (%2 von %3) …</translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation>Die Prüfung wurde nicht ausgeführt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s): %1 passed, %2 failed, %3 skipped.</source>
        <translation>
            <numerusform>%n Test: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen.</numerusform>
            <numerusform>%n Tests: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Check a SCIM server</source>
        <translation>SCIM-Server prüfen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s SCIM base URL, e.g. https://app.example.com/scim/v2.</source>
        <translation>Geben Sie die SCIM-Basis-URL des Servers ein, z. B. https://app.example.com/scim/v2.</translation>
    </message>
    <message>
        <source>Enter the bearer token the server accepts.</source>
        <translation>Geben Sie das Bearer-Token ein, das der Server akzeptiert.</translation>
    </message>
    <message>
        <source>Choose at least one suite.</source>
        <translation>Wählen Sie mindestens eine Testreihe.</translation>
    </message>
    <message>
        <source>The check creates, changes and deletes users and groups on %1. Each is named scimcheck-… and removed again at the end of its test. Run the check?</source>
        <translation>Die Prüfung legt auf %1 Benutzer und Gruppen an, ändert und löscht sie. Jedes Objekt heißt scimcheck-… und wird am Ende seines Tests wieder entfernt. Prüfung ausführen?</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <source>Reading the server&apos;s ServiceProviderConfig…</source>
        <translation>ServiceProviderConfig des Servers wird gelesen …</translation>
    </message>
    <message>
        <source>Cancelling: the test under way ends, then what the check created is deleted…</source>
        <translation>Wird abgebrochen: Der laufende Test endet, dann wird gelöscht, was die Prüfung angelegt hat …</translation>
    </message>
    <message>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Clean up: %1</source>
        <translation>Aufräumen: %1</translation>
    </message>
    <message>
        <source>Expected: %1
Why: %2</source>
        <translation>Erwartet: %1
Warum: %2</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>JUnit XML files (*.xml)</source>
        <translation>JUnit-XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Export the check&apos;s report</source>
        <translation>Bericht der Prüfung exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1
Why: %2</source>
        <translation>%1
Warum: %2</translation>
    </message>
    <message>
        <source>Remember the token in the keychain</source>
        <translation>Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The keychain did not keep the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>scimmon::ConnectPage</name>
    <message>
        <source>In the &lt;b&gt;Microsoft Entra admin center&lt;/b&gt;: &lt;b&gt;Enterprise applications&lt;/b&gt; → &lt;b&gt;New application&lt;/b&gt; → &lt;b&gt;Create your own application&lt;/b&gt;. Name it, choose &lt;i&gt;Integrate any other application you don&apos;t find in the gallery (Non-gallery)&lt;/i&gt; and press &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Im &lt;b&gt;Microsoft Entra Admin Center&lt;/b&gt;: &lt;b&gt;Unternehmensanwendungen&lt;/b&gt; → &lt;b&gt;Neue Anwendung&lt;/b&gt; → &lt;b&gt;Eigene Anwendung erstellen&lt;/b&gt;. Geben Sie ihr einen Namen, wählen Sie &lt;i&gt;Beliebige andere, nicht im Katalog gefundene Anwendung integrieren (nicht im Katalog)&lt;/i&gt; und klicken Sie auf &lt;b&gt;Erstellen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>In the new application open &lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Get started&lt;/b&gt; and set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;i&gt;Automatic&lt;/i&gt;.</source>
        <translation>Öffnen Sie in der neuen Anwendung &lt;b&gt;Bereitstellung&lt;/b&gt; → &lt;b&gt;Erste Schritte&lt;/b&gt;, und setzen Sie den &lt;b&gt;Bereitstellungsmodus&lt;/b&gt; auf &lt;i&gt;Automatisch&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Admin Credentials&lt;/b&gt;, paste the &lt;b&gt;Tenant URL&lt;/b&gt; (copy it above) and a &lt;b&gt;Secret Token&lt;/b&gt; (&lt;i&gt;Create Secret Token…&lt;/i&gt; above; paste the token alone, Entra adds &lt;tt&gt;Bearer&lt;/tt&gt;).</source>
        <translation>Fügen Sie unter &lt;b&gt;Administratoranmeldeinformationen&lt;/b&gt; die &lt;b&gt;Mandanten-URL&lt;/b&gt; (oben kopieren) und ein &lt;b&gt;Geheimes Token&lt;/b&gt; ein (&lt;i&gt;Geheimes Token erstellen …&lt;/i&gt; oben; fügen Sie nur das Token ein, Entra ergänzt &lt;tt&gt;Bearer&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Test Connection&lt;/b&gt;. Entra looks up a user and a group by a random GUID; the indicator above shows when its probe arrives and what it was answered.</source>
        <translation>Klicken Sie auf &lt;b&gt;Verbindung testen&lt;/b&gt;. Entra sucht einen Benutzer und eine Gruppe mit einer zufälligen GUID; die Anzeige oben zeigt, wann diese Prüfung eintrifft und was darauf geantwortet wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save&lt;/b&gt;, then check &lt;b&gt;Mappings&lt;/b&gt;: keep &lt;i&gt;Provision Microsoft Entra ID Users&lt;/i&gt; and &lt;i&gt;Groups&lt;/i&gt; with the default attribute mappings (%1, …).</source>
        <translation>&lt;b&gt;Speichern&lt;/b&gt; Sie, und prüfen Sie dann die &lt;b&gt;Zuordnungen&lt;/b&gt;: Behalten Sie &lt;i&gt;Microsoft Entra ID-Benutzer bereitstellen&lt;/i&gt; und &lt;i&gt;Gruppen&lt;/i&gt; mit den Standard-Attributzuordnungen bei (%1, …).</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Settings&lt;/b&gt; → &lt;b&gt;Scope&lt;/b&gt; keep &lt;i&gt;Sync only assigned users and groups&lt;/i&gt; and assign them in &lt;b&gt;Users and groups&lt;/b&gt;.</source>
        <translation>Behalten Sie unter &lt;b&gt;Einstellungen&lt;/b&gt; → &lt;b&gt;Bereich&lt;/b&gt; die Option &lt;i&gt;Nur zugewiesene Benutzer und Gruppen synchronisieren&lt;/i&gt; bei, und weisen Sie diese unter &lt;b&gt;Benutzer und Gruppen&lt;/b&gt; zu.</translation>
    </message>
    <message>
        <source>Set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;i&gt;On&lt;/i&gt; and &lt;b&gt;Save&lt;/b&gt; to start. The first cycle begins within minutes, later ones about every 40 minutes; &lt;b&gt;Provision on demand&lt;/b&gt; sends one user at once.</source>
        <translation>Setzen Sie den &lt;b&gt;Bereitstellungsstatus&lt;/b&gt; auf &lt;i&gt;Ein&lt;/i&gt;, und klicken Sie zum Starten auf &lt;b&gt;Speichern&lt;/b&gt;. Der erste Zyklus beginnt innerhalb weniger Minuten, weitere etwa alle 40 Minuten; &lt;b&gt;Bedarfsgesteuerte Bereitstellung&lt;/b&gt; sendet einen einzelnen Benutzer sofort.</translation>
    </message>
    <message>
        <source>In the Okta &lt;b&gt;Admin Console&lt;/b&gt;: &lt;b&gt;Applications&lt;/b&gt; → &lt;b&gt;Applications&lt;/b&gt; → &lt;b&gt;Create App Integration&lt;/b&gt;, choose &lt;i&gt;SWA&lt;/i&gt; or &lt;i&gt;SAML 2.0&lt;/i&gt; and finish the wizard.</source>
        <translation>In der Okta &lt;b&gt;Admin Console&lt;/b&gt;: &lt;b&gt;Applications&lt;/b&gt; → &lt;b&gt;Applications&lt;/b&gt; → &lt;b&gt;Create App Integration&lt;/b&gt;, wählen Sie &lt;i&gt;SWA&lt;/i&gt; oder &lt;i&gt;SAML 2.0&lt;/i&gt;, und schließen Sie den Assistenten ab.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;General&lt;/b&gt; tab: &lt;b&gt;App Settings&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;, set &lt;b&gt;Provisioning&lt;/b&gt; to &lt;i&gt;SCIM&lt;/i&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Auf der Registerkarte &lt;b&gt;General&lt;/b&gt;: &lt;b&gt;App Settings&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;, setzen Sie &lt;b&gt;Provisioning&lt;/b&gt; auf &lt;i&gt;SCIM&lt;/i&gt;, dann &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab: &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;. &lt;b&gt;SCIM connector base URL&lt;/b&gt;: the Tenant URL. &lt;b&gt;Unique identifier field for users&lt;/b&gt;: %1. &lt;b&gt;Supported provisioning actions&lt;/b&gt;: &lt;i&gt;Push New Users&lt;/i&gt;, &lt;i&gt;Push Profile Updates&lt;/i&gt;, &lt;i&gt;Push Groups&lt;/i&gt;. &lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;i&gt;HTTP Header&lt;/i&gt;, and paste the Secret Token as the &lt;b&gt;Bearer&lt;/b&gt; token.</source>
        <translation>Auf der Registerkarte &lt;b&gt;Provisioning&lt;/b&gt;: &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;. &lt;b&gt;SCIM connector base URL&lt;/b&gt;: die Mandanten-URL. &lt;b&gt;Unique identifier field for users&lt;/b&gt;: %1. &lt;b&gt;Supported provisioning actions&lt;/b&gt;: &lt;i&gt;Push New Users&lt;/i&gt;, &lt;i&gt;Push Profile Updates&lt;/i&gt;, &lt;i&gt;Push Groups&lt;/i&gt;. &lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;i&gt;HTTP Header&lt;/i&gt;; fügen Sie das Geheime Token als &lt;b&gt;Bearer&lt;/b&gt;-Token ein.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Test Connector Configuration&lt;/b&gt;. Okta lists users (%1); the indicator above shows its probe. Then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Klicken Sie auf &lt;b&gt;Test Connector Configuration&lt;/b&gt;. Okta listet Benutzer auf (%1); die Anzeige oben zeigt diese Prüfung. Dann &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;i&gt;Create Users&lt;/i&gt;, &lt;i&gt;Update User Attributes&lt;/i&gt; and &lt;i&gt;Deactivate Users&lt;/i&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: Aktivieren Sie &lt;i&gt;Create Users&lt;/i&gt;, &lt;i&gt;Update User Attributes&lt;/i&gt; und &lt;i&gt;Deactivate Users&lt;/i&gt;, dann &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Assign people or groups on the &lt;b&gt;Assignments&lt;/b&gt; tab, and push groups on the &lt;b&gt;Push Groups&lt;/b&gt; tab.</source>
        <translation>Weisen Sie auf der Registerkarte &lt;b&gt;Assignments&lt;/b&gt; Personen oder Gruppen zu, und übertragen Sie Gruppen auf der Registerkarte &lt;b&gt;Push Groups&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The identity provider calls from the internet, over HTTPS.</source>
        <translation>Der Identitätsanbieter verbindet sich aus dem Internet, über HTTPS.</translation>
    </message>
    <message>
        <source>Entra ID and Okta send their requests from their clouds to the Tenant URL, with TLS 1.2 or newer, and accept only a certificate from a public certificate authority. They cannot reach %1, nor a laptop behind a home or office router.</source>
        <translation>Entra ID und Okta senden ihre Anfragen aus ihren Clouds an die Mandanten-URL, mit TLS 1.2 oder neuer, und akzeptieren nur ein Zertifikat einer öffentlichen Zertifizierungsstelle. Sie erreichen weder %1 noch einen Laptop hinter einem Router zu Hause oder im Büro.</translation>
    </message>
    <message>
        <source>For a desktop this means: keep scim-monitor on %1 and put a &lt;b&gt;reverse proxy or a tunnel with a public certificate&lt;/b&gt; in front of the local port; give the identity provider its %2 address as the Tenant URL. When the proxy runs on another machine, add its address to the trusted proxies in &lt;i&gt;Settings&lt;/i&gt; so that the log shows the identity provider&apos;s address. Serving HTTPS directly (&lt;i&gt;Settings&lt;/i&gt; → &lt;i&gt;HTTPS&lt;/i&gt;) suits a machine that has a public name and a certificate for it.</source>
        <translation>Für einen Arbeitsplatzrechner heißt das: Lassen Sie scim-monitor auf %1, und setzen Sie einen &lt;b&gt;Reverse-Proxy oder Tunnel mit öffentlichem Zertifikat&lt;/b&gt; vor den lokalen Port; geben Sie dem Identitätsanbieter dessen %2-Adresse als Mandanten-URL. Läuft der Proxy auf einem anderen Rechner, tragen Sie seine Adresse unter &lt;i&gt;Einstellungen&lt;/i&gt; bei den vertrauenswürdigen Proxys ein, damit das Protokoll die Adresse des Identitätsanbieters zeigt. HTTPS direkt bereitzustellen (&lt;i&gt;Einstellungen&lt;/i&gt; → &lt;i&gt;HTTPS&lt;/i&gt;) eignet sich für einen Rechner mit öffentlichem Namen und einem Zertifikat dafür.</translation>
    </message>
    <message>
        <source>Connect an identity provider</source>
        <translation>Identitätsanbieter verbinden</translation>
    </message>
    <message>
        <source>Give the identity provider the Tenant URL and a Secret Token, then let it test the connection.</source>
        <translation>Geben Sie dem Identitätsanbieter die Mandanten-URL und ein Geheimes Token, und lassen Sie ihn dann die Verbindung testen.</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Mandanten-URL</translation>
    </message>
    <message>
        <source>Secret Token</source>
        <translation>Geheimes Token</translation>
    </message>
    <message>
        <source>Create Secret Token…</source>
        <translation>Geheimes Token erstellen …</translation>
    </message>
    <message>
        <source>A new token, shown once with Copy buttons for it and the Tenant URL</source>
        <translation>Ein neues Token, einmal angezeigt, mit Schaltflächen zum Kopieren des Tokens und der Mandanten-URL</translation>
    </message>
    <message>
        <source>Secret Tokens…</source>
        <translation>Geheime Token …</translation>
    </message>
    <message>
        <source>Reveal a token remembered in the keychain, rotate or revoke tokens</source>
        <translation>Ein im Schlüsselbund gespeichertes Token anzeigen, Token rotieren oder widerrufen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Listen address, HTTPS certificate, trusted proxies</source>
        <translation>Empfangsadresse, HTTPS-Zertifikat, vertrauenswürdige Proxys</translation>
    </message>
    <message>
        <source>Waiting for Test Connection… It shows here when the identity provider&apos;s probe arrives.</source>
        <translation>Warten auf „Verbindung testen“ … Hier erscheint, wann die Prüfung des Identitätsanbieters eintrifft.</translation>
    </message>
    <message>
        <source>%1 received at %2 from %3: answered %4</source>
        <extracomment>%1 is what arrived (&quot;Test Connection&quot;, &quot;A request&quot;), %2 the time, %3 the client, %4 the HTTP status</extracomment>
        <translation>%1 empfangen um %2 von %3: beantwortet mit %4</translation>
    </message>
    <message>
        <source>%1. The identity provider reaches scim-monitor.</source>
        <translation>%1. Der Identitätsanbieter erreicht scim-monitor.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>„Verbindung testen“</translation>
    </message>
    <message>
        <source>A request</source>
        <translation>Eine Anfrage</translation>
    </message>
    <message>
        <source>%1 — the Secret Token was refused (%2). Paste a valid token into the identity provider.</source>
        <translation>%1 — das Geheime Token wurde abgelehnt (%2). Fügen Sie im Identitätsanbieter ein gültiges Token ein.</translation>
    </message>
    <message>
        <source>%1 — this receiver speaks HTTPS: the Tenant URL must start with https://.</source>
        <translation>%1 — dieser Empfänger spricht HTTPS: Die Mandanten-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>A plain-HTTP request</source>
        <translation>Eine unverschlüsselte HTTP-Anfrage</translation>
    </message>
    <message>
        <source>The receiver is not listening right now.</source>
        <translation>Der Empfänger nimmt gerade keine Anfragen an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; scim-monitor serves HTTPS on %1 with the certificate %2. The identity provider accepts it only if a public certificate authority issued it for the host name in the Tenant URL.</source>
        <translation>&lt;b&gt;Jetzt:&lt;/b&gt; scim-monitor stellt HTTPS auf %1 mit dem Zertifikat %2 bereit. Der Identitätsanbieter akzeptiert es nur, wenn eine öffentliche Zertifizierungsstelle es für den Hostnamen der Mandanten-URL ausgestellt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; scim-monitor listens on %1, plain HTTP: only this computer reaches it — a tunnel client or reverse proxy running here and pointed at that address included.</source>
        <translation>&lt;b&gt;Jetzt:&lt;/b&gt; scim-monitor empfängt auf %1, unverschlüsseltes HTTP: Nur dieser Computer erreicht ihn — einschließlich eines Tunnel-Clients oder Reverse-Proxys, der hier läuft und auf diese Adresse zeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; scim-monitor listens on %1 over plain HTTP: other machines on the network reach it, but identity providers need HTTPS. Put a reverse proxy with a public certificate in front, or serve HTTPS (&lt;i&gt;Settings&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Jetzt:&lt;/b&gt; scim-monitor empfängt auf %1 über unverschlüsseltes HTTP: Andere Rechner im Netzwerk erreichen ihn, Identitätsanbieter benötigen aber HTTPS. Setzen Sie einen Reverse-Proxy mit öffentlichem Zertifikat davor, oder stellen Sie HTTPS bereit (&lt;i&gt;Einstellungen&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No identity provider at hand?&lt;/b&gt; The simulator plays Entra ID or Okta against this receiver (or another SCIM server): a test connection or a provisioning cycle with a generated directory. Its requests are marked as simulated in the provisioning log.</source>
        <translation>&lt;b&gt;Kein Identitätsanbieter zur Hand?&lt;/b&gt; Der Simulator spielt Entra ID oder Okta gegenüber diesem Empfänger (oder einem anderen SCIM-Server): einen Verbindungstest oder einen Bereitstellungszyklus mit einem erzeugten Verzeichnis. Seine Anfragen sind im Bereitstellungsprotokoll als simuliert gekennzeichnet.</translation>
    </message>
    <message>
        <source>Simulate…</source>
        <translation>Simulieren …</translation>
    </message>
    <message>
        <source>Play Entra ID or Okta against a SCIM server</source>
        <translation>Entra ID oder Okta gegenüber einem SCIM-Server spielen</translation>
    </message>
</context>
<context>
    <name>scimmon::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>scimmon::CycleTableModel</name>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>IdP</source>
        <translation>IdP</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet durch</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation>Mitgliedschaftsänderungen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
</context>
<context>
    <name>scimmon::CyclesPage</name>
    <message>
        <source>Show its requests in the log</source>
        <translation>Anfragen im Protokoll anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>A cycle is a run of requests from the identity provider; a Test Connection or %Ln minute(s) without requests start a new one.</source>
        <translation>
            <numerusform>Ein Zyklus ist eine Folge von Anfragen des Identitätsanbieters; „Verbindung testen“ oder %Ln Minute ohne Anfragen beginnen einen neuen.</numerusform>
            <numerusform>Ein Zyklus ist eine Folge von Anfragen des Identitätsanbieters; „Verbindung testen“ oder %Ln Minuten ohne Anfragen beginnen einen neuen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No provisioning cycle yet.</source>
        <translation>Noch kein Bereitstellungszyklus.</translation>
    </message>
    <message>
        <source>Cycle #%1</source>
        <translation>Zyklus #%1</translation>
    </message>
    <message>
        <source>(%1, started by %2): %3</source>
        <extracomment>%1 is the identity provider, %2 what started the cycle, %3 its summary</extracomment>
        <translation>(%1, gestartet durch %2): %3</translation>
    </message>
</context>
<context>
    <name>scimmon::FaultRuleDialog</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>New Fault Rule</source>
        <translation>Neue Fehlerregel</translation>
    </message>
    <message>
        <source>Edit Fault Rule</source>
        <translation>Fehlerregel bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Lost create answer</source>
        <translation>z. B. Verlorene Antwort auf Erstellung</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>jede Methode</translation>
    </message>
    <message>
        <source>The path under the Tenant URL: * matches within one segment, ** across segments</source>
        <translation>Der Pfad unter der Mandanten-URL: * passt innerhalb eines Abschnitts, ** über Abschnitte hinweg</translation>
    </message>
    <message>
        <source>any operation</source>
        <translation>jeder Vorgang</translation>
    </message>
    <message>
        <source>any; e.g. *@contoso.com or Sales*</source>
        <translation>alle; z. B. *@contoso.com oder Sales*</translation>
    </message>
    <message>
        <source>any identity provider</source>
        <translation>jeder Identitätsanbieter</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Entra gives up on an answer after 60 s (60000 ms)</source>
        <translation>Entra wartet höchstens 60 s (60000 ms) auf eine Antwort</translation>
    </message>
    <message>
        <source>answer whole</source>
        <translation>vollständig antworten</translation>
    </message>
    <message>
        <source>reset the connection (no answer)</source>
        <translation>Verbindung zurücksetzen (keine Antwort)</translation>
    </message>
    <message>
        <source>close the connection (no answer)</source>
        <translation>Verbindung schließen (keine Antwort)</translation>
    </message>
    <message>
        <source>cut the body in half, then close</source>
        <translation>Inhalt halbieren, dann schließen</translation>
    </message>
    <message>
        <source>Before: the service does nothing, the fault is the answer</source>
        <translation>Vorher: Der Dienst tut nichts, der Fehler ist die Antwort</translation>
    </message>
    <message>
        <source>After: the change is committed, then the fault is the answer</source>
        <translation>Nachher: Die Änderung wird gespeichert, dann ist der Fehler die Antwort</translation>
    </message>
    <message>
        <source>every match</source>
        <translation>jeder Treffer</translation>
    </message>
    <message>
        <source>the first N matches</source>
        <translation>die ersten N Treffer</translation>
    </message>
    <message>
        <source>every Nth match</source>
        <translation>jeder N-te Treffer</translation>
    </message>
    <message>
        <source>for N seconds from the first match</source>
        <translation>N Sekunden lang ab dem ersten Treffer</translation>
    </message>
    <message>
        <source>matches beyond N a minute (a rate limit)</source>
        <translation>Treffer über N pro Minute (eine Ratenbegrenzung)</translation>
    </message>
    <message>
        <source>at random, with a seed</source>
        <translation>zufällig, mit Startwert</translation>
    </message>
    <message>
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <source>The same seed gives the same sequence of faults</source>
        <translation>Derselbe Startwert ergibt dieselbe Folge von Fehlern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Method and path:</source>
        <translation>&amp;Methode und Pfad:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>V&amp;organg:</translation>
    </message>
    <message>
        <source>User or group &amp;name:</source>
        <translation>Benutzer- oder Gruppen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Retry-After:</source>
        <translation>Retry-After:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>Ver&amp;bindung:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Give the rule a name; the log shows it on every answer the rule makes.</source>
        <translation>Geben Sie der Regel einen Namen; das Protokoll zeigt ihn bei jeder Antwort der Regel.</translation>
    </message>
    <message>
        <source>Another rule is named “%1”.</source>
        <translation>Eine andere Regel heißt „%1“.</translation>
    </message>
    <message>
        <source>The path starts with / and is under the Tenant URL, e.g. /Users or /Groups/*.</source>
        <translation>Der Pfad beginnt mit / und liegt unter der Mandanten-URL, z. B. /Users oder /Groups/*.</translation>
    </message>
    <message>
        <source>The rule does nothing yet: choose a status, a delay or what happens to the connection.</source>
        <translation>Die Regel tut noch nichts: Wählen Sie einen Status, eine Verzögerung oder was mit der Verbindung geschieht.</translation>
    </message>
    <message>
        <source>A reset or closed connection answers nothing: choose “the service&apos;s own answer” as the status.</source>
        <translation>Eine zurückgesetzte oder geschlossene Verbindung antwortet nicht: Wählen Sie „die eigene Antwort des Dienstes“ als Status.</translation>
    </message>
    <message>
        <source>To cut the service&apos;s own answer, choose the phase After; before the change, choose a status to cut.</source>
        <translation>Um die eigene Antwort des Dienstes zu kürzen, wählen Sie die Phase „Nachher“; vor der Änderung wählen Sie einen Status, der gekürzt wird.</translation>
    </message>
</context>
<context>
    <name>scimmon::FaultRuleModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>the requests a fault rule matches, e.g. &quot;POST /Users&quot;</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
</context>
<context>
    <name>scimmon::FaultsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Remove a&amp;ll…</source>
        <translation>A&amp;lle entfernen…</translation>
    </message>
    <message>
        <source>A&amp;pply profile…</source>
        <translation>Profil an&amp;wenden…</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehlerregeln</translation>
    </message>
    <message>
        <source>Make the receiver fail on purpose, by rule, to see how the identity provider reacts: the first enabled rule that matches a request and fires makes its answer. Every answer a rule makes is marked in the provisioning log.</source>
        <translation>Lassen Sie den Empfänger absichtlich und nach Regeln fehlschlagen, um zu sehen, wie der Identitätsanbieter reagiert: Die erste aktivierte Regel, die zu einer Anfrage passt und auslöst, gibt die Antwort. Jede Antwort einer Regel ist im Bereitstellungsprotokoll gekennzeichnet.</translation>
    </message>
    <message>
        <source>Profiles: behave like a known service provider</source>
        <translation>Profile: wie ein bekannter Dienstanbieter reagieren</translation>
    </message>
    <message>
        <source>“%1” is enabled.</source>
        <translation>„%1“ ist aktiviert.</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>„%1“ ist deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s) enabled: the receiver is failing on purpose.</source>
        <translation>
            <numerusform>%Ln Regel aktiviert: Der Empfänger schlägt absichtlich fehl.</numerusform>
            <numerusform>%Ln Regeln aktiviert: Der Empfänger schlägt absichtlich fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every rule is disabled: the receiver answers as itself.</source>
        <translation>Alle Regeln sind deaktiviert: Der Empfänger antwortet normal.</translation>
    </message>
    <message>
        <source>No rules: the receiver answers as itself. Add a rule, or apply a profile below.</source>
        <translation>Keine Regeln: Der Empfänger antwortet normal. Fügen Sie eine Regel hinzu oder wenden Sie unten ein Profil an.</translation>
    </message>
    <message>
        <source>The receiver applies it within a second.</source>
        <translation>Der Empfänger übernimmt das innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed “%1”.</source>
        <translation>„%1“ geändert.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Moved “%1”.</source>
        <translation>„%1“ verschoben.</translation>
    </message>
    <message>
        <source>Remove All Fault Rules</source>
        <translation>Alle Fehlerregeln entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln rule(s)? The receiver then answers as itself.</source>
        <translation>
            <numerusform>Die %Ln Regel entfernen? Der Empfänger antwortet dann normal.</numerusform>
            <numerusform>Alle %Ln Regeln entfernen? Der Empfänger antwortet dann normal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Removed every rule.</source>
        <translation>Alle Regeln entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %Ln rule(s) with the profile “%1”?</source>
        <translation>
            <numerusform>Die %Ln Regel durch das Profil „%1“ ersetzen?</numerusform>
            <numerusform>Die %Ln Regeln durch das Profil „%1“ ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the profile “%1”? The receiver starts failing on purpose at once.</source>
        <translation>Das Profil „%1“ anwenden? Der Empfänger schlägt dann sofort absichtlich fehl.</translation>
    </message>
    <message>
        <source>Apply Profile</source>
        <translation>Profil anwenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Applied the profile “%1”.</source>
        <translation>Profil „%1“ angewendet.</translation>
    </message>
</context>
<context>
    <name>scimmon::FederationDialog</name>
    <message>
        <source>Workload identity of “%1”</source>
        <translation>Workload-Identität von „%1“</translation>
    </message>
    <message>
        <source>With workload identity federation the identity provider signs an assertion (a JWT) and exchanges it at the token endpoint for an access token (&lt;tt&gt;grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&lt;/tt&gt;, RFC 7523). The assertion must be signed with RS256 or ES256 by a key of the issuer&apos;s key set.</source>
        <translation>Bei der Workload-Identitätsföderation signiert der Identitätsanbieter eine Assertion (ein JWT) und tauscht sie am Token-Endpunkt gegen ein Zugriffstoken (&lt;tt&gt;grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&lt;/tt&gt;, RFC 7523). Die Assertion muss mit RS256 oder ES256 von einem Schlüssel aus dem Schlüsselsatz des Ausstellers signiert sein.</translation>
    </message>
    <message>
        <source>any subject of that issuer</source>
        <translation>jedes Subjekt dieses Ausstellers</translation>
    </message>
    <message>
        <source>the Token Endpoint&apos;s URL</source>
        <translation>die URL des Token-Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Key set file</source>
        <translation>Schlüsselsatz-Datei</translation>
    </message>
    <message>
        <source>JSON Web Key Sets (*.json);;All files (*)</source>
        <translation>JSON Web Key Sets (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Issuer (iss):</source>
        <translation>&amp;Aussteller (iss):</translation>
    </message>
    <message>
        <source>&amp;Subject (sub):</source>
        <translation>&amp;Subjekt (sub):</translation>
    </message>
    <message>
        <source>&amp;Audience (aud):</source>
        <translation>&amp;Zielgruppe (aud):</translation>
    </message>
    <message>
        <source>&amp;Key set (JWKS URL or file):</source>
        <translation>&amp;Schlüsselsatz (JWKS-URL oder Datei):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove workload identity</source>
        <translation>Workload-Identität entfernen</translation>
    </message>
</context>
<context>
    <name>scimmon::FirstTokenDialog</name>
    <message>
        <source>Connect your identity provider</source>
        <translation>Identitätsanbieter verbinden</translation>
    </message>
    <message>
        <source>scim-monitor created its first Secret Token.</source>
        <translation>scim-monitor hat sein erstes Geheimes Token erstellt.</translation>
    </message>
    <message>
        <source>Identity providers use the Tenant URL and this token to send users and groups here.</source>
        <translation>Identitätsanbieter senden mit der Mandanten-URL und diesem Token Benutzer und Gruppen hierher.</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Mandanten-URL</translation>
    </message>
    <message>
        <source>Secret Token</source>
        <translation>Geheimes Token</translation>
    </message>
    <message>
        <source>This token is shown only now.</source>
        <translation>Dieses Token wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>scim-monitor keeps only a hash of it, so copy it before you close this window. If it is lost, create a new token.</source>
        <translation>scim-monitor speichert nur einen Hash davon; kopieren Sie es also, bevor Sie dieses Fenster schließen. Geht es verloren, erstellen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>In Microsoft Entra ID open the &lt;i&gt;Enterprise application&lt;/i&gt; → &lt;i&gt;Provisioning&lt;/i&gt; → &lt;i&gt;Admin Credentials&lt;/i&gt;, paste the two values into &lt;i&gt;Tenant URL&lt;/i&gt; and &lt;i&gt;Secret Token&lt;/i&gt;, then press &lt;i&gt;Test Connection&lt;/i&gt;.</source>
        <translation>Öffnen Sie in Microsoft Entra ID die &lt;i&gt;Unternehmensanwendung&lt;/i&gt; → &lt;i&gt;Bereitstellung&lt;/i&gt; → &lt;i&gt;Administratoranmeldeinformationen&lt;/i&gt;, fügen Sie die beiden Werte unter &lt;i&gt;Mandanten-URL&lt;/i&gt; und &lt;i&gt;Geheimes Token&lt;/i&gt; ein, und klicken Sie dann auf &lt;i&gt;Verbindung testen&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>scimmon::GroupMembersModel</name>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>scimmon::GroupTableModel</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
</context>
<context>
    <name>scimmon::GroupsPage</name>
    <message>
        <source>Select a group to see its members.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::MainWindow</name>
    <message>
        <source>Provisioning log</source>
        <translation>Bereitstellungsprotokoll</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>No Secret Token</source>
        <translation>Kein Geheimes Token</translation>
    </message>
    <message>
        <source>scim-monitor could not create its first Secret Token:</source>
        <translation>scim-monitor konnte sein erstes Geheimes Token nicht erstellen:</translation>
    </message>
    <message>
        <source>Identity providers cannot connect without one. Create one with %1.</source>
        <translation>Ohne Token können sich Identitätsanbieter nicht verbinden. Erstellen Sie eines mit %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;audit trail…</source>
        <translation>Überwachungsprotokoll &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Reset all data…</source>
        <translation>Alle Daten &amp;zurücksetzen …</translation>
    </message>
    <message>
        <source>Delete every user, group and membership from the store (for demos)</source>
        <translation>Alle Benutzer, Gruppen und Mitgliedschaften aus dem Speicher löschen (für Vorführungen)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the users and groups tables</source>
        <translation>Die Benutzer- und Gruppentabellen neu laden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About scim-monitor</source>
        <translation>Ü&amp;ber scim-monitor</translation>
    </message>
    <message>
        <source>The Tenant URL to enter in the identity provider</source>
        <translation>Die Mandanten-URL, die im Identitätsanbieter einzutragen ist</translation>
    </message>
    <message>
        <source>Copy Tenant URL</source>
        <translation>Mandanten-URL kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Requests in the stored provisioning log</source>
        <translation>Anfragen im gespeicherten Bereitstellungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>Mandanten-URL:</translation>
    </message>
    <message>
        <source>Receiver: stopped</source>
        <translation>Empfänger: angehalten</translation>
    </message>
    <message>
        <source>Receiver: starting…</source>
        <translation>Empfänger: startet …</translation>
    </message>
    <message>
        <source>Receiver: listening</source>
        <translation>Empfänger: empfangsbereit</translation>
    </message>
    <message>
        <source>Receiver: failed — %1</source>
        <translation>Empfänger: fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Receiver failed</source>
        <translation>Empfänger fehlgeschlagen</translation>
    </message>
    <message>
        <source>The SCIM receiver could not start:</source>
        <translation>Der SCIM-Empfänger konnte nicht starten:</translation>
    </message>
    <message>
        <source>Identity providers cannot reach scim-monitor until it runs. If another program uses the port, start scim-monitor with %1.</source>
        <translation>Identitätsanbieter erreichen scim-monitor erst, wenn er läuft. Belegt ein anderes Programm den Port, starten Sie scim-monitor mit %1.</translation>
    </message>
    <message>
        <source>Show &amp;history…</source>
        <translation>&amp;Verlauf anzeigen …</translation>
    </message>
    <message>
        <source>Every request that touched it, with what each changed</source>
        <translation>Jede Anfrage, die ihn betraf, mit ihren Änderungen</translation>
    </message>
    <message>
        <source>About scim-monitor</source>
        <translation>Über scim-monitor</translation>
    </message>
    <message>
        <source>A SCIM 2.0 receiver (RFC 7643, RFC 7644) for Microsoft Entra ID and Okta provisioning, with a live log of every request.</source>
        <translation>Ein SCIM-2.0-Empfänger (RFC 7643, RFC 7644) für die Bereitstellung aus Microsoft Entra ID und Okta, mit einem Live-Protokoll jeder Anfrage.</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>The language of the window, from the next start</source>
        <translation>Die Sprache des Fensters, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>HTTPS key passphrase</source>
        <translation>Passphrase des HTTPS-Schlüssels</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The language is now set to %1.</source>
        <translation>Die Sprache ist jetzt auf „%1“ eingestellt.</translation>
    </message>
    <message>
        <source>It takes effect the next time scim-monitor starts.</source>
        <translation>Sie gilt ab dem nächsten Start von scim-monitor.</translation>
    </message>
    <message>
        <source>Connect an Identity Provider…</source>
        <translation>Identitätsanbieter verbinden …</translation>
    </message>
    <message>
        <source>The steps in Microsoft Entra ID or Okta, with the Tenant URL and a Secret Token</source>
        <translation>Die Schritte in Microsoft Entra ID oder Okta, mit der Mandanten-URL und einem Geheimen Token</translation>
    </message>
    <message>
        <source>Simulate…</source>
        <translation>Simulieren …</translation>
    </message>
    <message>
        <source>Play Entra ID or Okta against this receiver, to see the window fill</source>
        <translation>Entra ID oder Okta gegenüber diesem Empfänger spielen, um das Fenster gefüllt zu sehen</translation>
    </message>
    <message>
        <source>Fault rules are enabled: the receiver fails on purpose. Click to see them.</source>
        <translation>Fehlerregeln sind aktiviert: Der Empfänger schlägt absichtlich fehl. Klicken, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Faults on: %Ln rule(s)</source>
        <translation>
            <numerusform>Fehlerregeln aktiv: %Ln</numerusform>
            <numerusform>Fehlerregeln aktiv: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a SCIM server</source>
        <translation>SCIM-Server prüfen</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Speicher &amp;öffnen…</translation>
    </message>
    <message>
        <source>Show a shared PostgreSQL store, or go back to the local one</source>
        <translation>Einen gemeinsamen PostgreSQL-Speicher anzeigen oder zum lokalen zurückkehren</translation>
    </message>
    <message>
        <source>New requests in %1 show up as they are committed</source>
        <translation>Neue Anfragen in %1 erscheinen, sobald sie gespeichert sind</translation>
    </message>
    <message>
        <source>%1 is read every second</source>
        <translation>%1 wird jede Sekunde gelesen</translation>
    </message>
    <message>
        <source>Watching %1 (no receiver in this window)</source>
        <translation>Beobachtet %1 (kein Empfänger in diesem Fenster)</translation>
    </message>
    <message>
        <source>Not following the shared store: it does not answer</source>
        <translation>Dem gemeinsamen Speicher wird nicht gefolgt: Er antwortet nicht</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>scimmon::NewClientDialog</name>
    <message>
        <source>Rotate Client Secret</source>
        <translation>Client Secret rotieren</translation>
    </message>
    <message>
        <source>New OAuth client</source>
        <translation>Neuer OAuth-Client</translation>
    </message>
    <message>
        <source>A new Client Secret for “%1”. Its current secrets keep working for the grace period, so that you can update the identity provider without a gap.</source>
        <translation>Ein neues Client Secret für „%1“. Die bisherigen Secrets gelten noch für die Übergangszeit, damit Sie den Identitätsanbieter ohne Unterbrechung umstellen können.</translation>
    </message>
    <message>
        <source>No grace period: refuse the current secrets at once</source>
        <translation>Keine Übergangszeit: bisherige Secrets sofort ablehnen</translation>
    </message>
    <message>
        <source>Current secrets &amp;keep working for:</source>
        <translation>Bisherige Secrets &amp;gelten noch:</translation>
    </message>
    <message>
        <source>An OAuth client lets the identity provider fetch short-lived access tokens from this receiver&apos;s token endpoint (OAuth 2.0 client credentials) instead of sending a long-lived Secret Token.</source>
        <translation>Mit einem OAuth-Client holt sich der Identitätsanbieter kurzlebige Zugriffstokens vom Token-Endpunkt dieses Empfängers (OAuth 2.0 Client Credentials), statt ein langlebiges Secret Token zu senden.</translation>
    </message>
    <message>
        <source>e.g. Entra ID production</source>
        <translation>z. B. Entra ID Produktion</translation>
    </message>
    <message>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>How long each access token is accepted. Microsoft&apos;s validation expects 60 to 360 minutes.</source>
        <translation>Wie lange jedes Zugriffstoken angenommen wird. Microsofts Validierung erwartet 60 bis 360 Minuten.</translation>
    </message>
    <message>
        <source>Access-token &amp;lifetime:</source>
        <translation>&amp;Lebensdauer der Zugriffstokens:</translation>
    </message>
    <message>
        <source>&amp;Remember the secret on this computer (in the OS keychain)</source>
        <translation>Secret auf diesem Computer &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Tenant URL</translation>
    </message>
    <message>
        <source>Token Endpoint</source>
        <translation>Token Endpoint</translation>
    </message>
    <message>
        <source>Client Identifier</source>
        <translation>Client Identifier</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Where they go:</source>
        <translation>Wohin sie gehören:</translation>
    </message>
    <message>
        <source>Microsoft Entra ID: &lt;i&gt;Enterprise application&lt;/i&gt; → &lt;i&gt;Provisioning&lt;/i&gt; → &lt;i&gt;Admin Credentials&lt;/i&gt;: &lt;i&gt;Authentication Method&lt;/i&gt; &lt;i&gt;OAuth2 client credentials grant&lt;/i&gt;, then the four fields, then &lt;i&gt;Test Connection&lt;/i&gt;.</source>
        <translation>Microsoft Entra ID: &lt;i&gt;Unternehmensanwendung&lt;/i&gt; → &lt;i&gt;Bereitstellung&lt;/i&gt; → &lt;i&gt;Administratoranmeldeinformationen&lt;/i&gt;: &lt;i&gt;Authentifizierungsmethode&lt;/i&gt; &lt;i&gt;OAuth2 client credentials grant&lt;/i&gt;, dann die vier Felder, dann &lt;i&gt;Verbindung testen&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Other clients: POST &lt;tt&gt;grant_type=client_credentials&lt;/tt&gt; to the Token Endpoint with the Client Identifier and Client Secret (HTTP Basic), then send the access token as &lt;tt&gt;Bearer&lt;/tt&gt;.</source>
        <translation>Andere Clients: &lt;tt&gt;grant_type=client_credentials&lt;/tt&gt; per POST an den Token Endpoint mit Client Identifier und Client Secret (HTTP Basic), dann das Zugriffstoken als &lt;tt&gt;Bearer&lt;/tt&gt; senden.</translation>
    </message>
    <message>
        <source>Without it, the secret is shown only once, after you press %1.</source>
        <translation>Ohne diese Option wird das Secret nur einmal angezeigt, nachdem Sie %1 drücken.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <source>starts with the receiver</source>
        <translation>erscheint, sobald der Empfänger läuft</translation>
    </message>
    <message>
        <source>“%1” has a new Client Secret.</source>
        <translation>„%1“ hat ein neues Client Secret.</translation>
    </message>
    <message>
        <source>OAuth client “%1” is ready.</source>
        <translation>OAuth-Client „%1“ ist bereit.</translation>
    </message>
    <message>
        <source>Its secret is kept in this computer&apos;s keychain: &lt;i&gt;Copy secret&lt;/i&gt; in the token manager copies it again.</source>
        <translation>Sein Secret liegt im Schlüsselbund dieses Computers: &lt;i&gt;Secret kopieren&lt;/i&gt; in der Token-Verwaltung kopiert es erneut.</translation>
    </message>
    <message>
        <source>The Client Secret is shown only now:</source>
        <translation>Das Client Secret wird nur jetzt angezeigt:</translation>
    </message>
    <message>
        <source>scim-monitor keeps only a hash of it, so copy it before you close this window.</source>
        <translation>scim-monitor speichert nur einen Hash davon; kopieren Sie es also, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>It could not be kept in the keychain (%1); nothing was written anywhere else.</source>
        <translation>Es konnte nicht im Schlüsselbund abgelegt werden (%1); nirgendwo sonst wurde etwas geschrieben.</translation>
    </message>
    <message>
        <source>The previous secrets keep working for %1.</source>
        <translation>Die bisherigen Secrets gelten noch %1.</translation>
    </message>
    <message>
        <source>The previous secrets are refused from now on.</source>
        <translation>Die bisherigen Secrets werden ab sofort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>scimmon::NewTokenDialog</name>
    <message>
        <source>New Secret Token</source>
        <translation>Neues Geheimes Token</translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt; creates a new Secret Token with the same label and expiry period. Give the new token to the identity provider; the old one keeps working for the grace period you choose, so provisioning goes on while you switch.</source>
        <translation>Das Rotieren von &lt;b&gt;%1&lt;/b&gt; erstellt ein neues Geheimes Token mit derselben Bezeichnung und Gültigkeitsdauer. Geben Sie das neue Token an den Identitätsanbieter weiter; das alte bleibt für die gewählte Übergangsfrist gültig, sodass die Bereitstellung während des Wechsels weiterläuft.</translation>
    </message>
    <message>
        <source>Old token stays valid for</source>
        <translation>Altes Token bleibt gültig für</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. Entra ID production</source>
        <translation>z. B. Entra ID Produktion</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the keychain, so it can be revealed later)</source>
        <translation>Auf diesem Computer &amp;merken (im Schlüsselbund, damit es später angezeigt werden kann)</translation>
    </message>
    <message>
        <source>Checking whether this computer&apos;s keychain answers…</source>
        <translation>Es wird geprüft, ob der Schlüsselbund dieses Computers antwortet …</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Mandanten-URL</translation>
    </message>
    <message>
        <source>Secret Token</source>
        <translation>Geheimes Token</translation>
    </message>
    <message>
        <source>No grace period: refuse the old token at once</source>
        <translation>Keine Übergangsfrist: das alte Token sofort ablehnen</translation>
    </message>
    <message>
        <source>Rotate Secret Token</source>
        <translation>Geheimes Token rotieren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>An einem Datum …</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Paste both into the identity provider:</source>
        <translation>Fügen Sie beides im Identitätsanbieter ein:</translation>
    </message>
    <message>
        <source>Microsoft Entra ID: &lt;i&gt;Enterprise application&lt;/i&gt; → &lt;i&gt;Provisioning&lt;/i&gt; → &lt;i&gt;Admin Credentials&lt;/i&gt;: &lt;i&gt;Tenant URL&lt;/i&gt; and &lt;i&gt;Secret Token&lt;/i&gt;, then &lt;i&gt;Test Connection&lt;/i&gt;.</source>
        <translation>Microsoft Entra ID: &lt;i&gt;Unternehmensanwendung&lt;/i&gt; → &lt;i&gt;Bereitstellung&lt;/i&gt; → &lt;i&gt;Administratoranmeldeinformationen&lt;/i&gt;: &lt;i&gt;Mandanten-URL&lt;/i&gt; und &lt;i&gt;Geheimes Token&lt;/i&gt;, dann &lt;i&gt;Verbindung testen&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Okta: &lt;i&gt;Provisioning&lt;/i&gt; → &lt;i&gt;Integration&lt;/i&gt;: &lt;i&gt;SCIM connector base URL&lt;/i&gt;, and with &lt;i&gt;Authentication Mode&lt;/i&gt; &lt;i&gt;HTTP Header&lt;/i&gt; the &lt;i&gt;Bearer&lt;/i&gt; token.</source>
        <translation>Okta: &lt;i&gt;Provisioning&lt;/i&gt; → &lt;i&gt;Integration&lt;/i&gt;: &lt;i&gt;SCIM connector base URL&lt;/i&gt;, und mit &lt;i&gt;Authentication Mode&lt;/i&gt; &lt;i&gt;HTTP Header&lt;/i&gt; das &lt;i&gt;Bearer&lt;/i&gt;-Token.</translation>
    </message>
    <message>
        <source>Without it, the token is shown only once, after you press Rotate.</source>
        <translation>Ohne diese Option wird das Token nur einmal angezeigt, nachdem Sie auf „Rotieren“ geklickt haben.</translation>
    </message>
    <message>
        <source>Without it, the token is shown only once, after you press Create.</source>
        <translation>Ohne diese Option wird das Token nur einmal angezeigt, nachdem Sie auf „Erstellen“ geklickt haben.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
    <message>
        <source>Token “%1” is ready.</source>
        <translation>Token „%1“ ist bereit.</translation>
    </message>
    <message>
        <source>It is kept in this computer&apos;s keychain: &lt;i&gt;Secret Tokens&lt;/i&gt; → &lt;i&gt;Reveal&lt;/i&gt; shows it again.</source>
        <translation>Es wird im Schlüsselbund dieses Computers aufbewahrt: &lt;i&gt;Geheime Token&lt;/i&gt; → &lt;i&gt;Anzeigen&lt;/i&gt; zeigt es erneut.</translation>
    </message>
    <message>
        <source>It is shown only now:</source>
        <translation>Es wird nur jetzt angezeigt:</translation>
    </message>
    <message>
        <source>scim-monitor keeps only a hash of it, so copy it before you close this window.</source>
        <translation>scim-monitor speichert nur einen Hash davon; kopieren Sie es also, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>It could not be kept in the keychain (%1); nothing was written anywhere else.</source>
        <translation>Es konnte nicht im Schlüsselbund gespeichert werden (%1); es wurde auch nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <source>The old token keeps working until %1.</source>
        <translation>Das alte Token bleibt bis %1 gültig.</translation>
    </message>
    <message>
        <source>The old token is refused from now on.</source>
        <translation>Das alte Token wird ab sofort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>scimmon::OAuthClientTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>gemerkt</translation>
    </message>
    <message>
        <source>Revoked %1: no new access tokens, and the ones it had are refused.</source>
        <translation>Widerrufen %1: keine neuen Zugriffstokens, und die bisherigen werden abgelehnt.</translation>
    </message>
    <message>
        <source>A rotation is under way: the older secret still works until its grace period ends.</source>
        <translation>Eine Rotation läuft: das ältere Secret gilt noch bis zum Ende der Übergangszeit.</translation>
    </message>
    <message>
        <source>Assertions from %1 (subject: %2) are exchanged for access tokens; keys from %3.</source>
        <translation>Assertions von %1 (Subjekt: %2) werden gegen Zugriffstokens getauscht; Schlüssel aus %3.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client Identifier</source>
        <translation>Client Identifier</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstokens</translation>
    </message>
    <message>
        <source>Workload identity</source>
        <translation>Workload-Identität</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>scimmon::OAuthClientsPanel</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Client…</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Secret r&amp;otieren…</translation>
    </message>
    <message>
        <source>&amp;Workload identity…</source>
        <translation>&amp;Workload-Identität…</translation>
    </message>
    <message>
        <source>Cop&amp;y secret</source>
        <translation>Secret &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Wi&amp;derrufen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Identity providers that authenticate with OAuth 2.0 fetch short-lived access tokens from the Token Endpoint with a Client Identifier and Client Secret (client credentials), or with an assertion they sign (workload identity). Only hashes of secrets and tokens are stored.</source>
        <translation>Identitätsanbieter, die sich mit OAuth 2.0 anmelden, holen kurzlebige Zugriffstokens vom Token Endpoint, mit Client Identifier und Client Secret (Client Credentials) oder mit einer selbst signierten Assertion (Workload-Identität). Von Secrets und Tokens werden nur Hashes gespeichert.</translation>
    </message>
    <message>
        <source>No OAuth clients yet. Press &lt;b&gt;New client…&lt;/b&gt; and enter the four values it shows in Entra&apos;s &lt;i&gt;Admin Credentials&lt;/i&gt; with &lt;i&gt;Authentication Method&lt;/i&gt; &lt;i&gt;OAuth2 client credentials grant&lt;/i&gt;.</source>
        <translation>Noch keine OAuth-Clients. Drücken Sie &lt;b&gt;Neuer Client…&lt;/b&gt; und tragen Sie die vier angezeigten Werte in Entras &lt;i&gt;Administratoranmeldeinformationen&lt;/i&gt; mit &lt;i&gt;Authentifizierungsmethode&lt;/i&gt; &lt;i&gt;OAuth2 client credentials grant&lt;/i&gt; ein.</translation>
    </message>
    <message>
        <source>Add a new Client Secret; the current ones keep working for a grace period.</source>
        <translation>Ein neues Client Secret hinzufügen; die bisherigen gelten noch für eine Übergangszeit.</translation>
    </message>
    <message>
        <source>Accept assertions signed by an issuer (RFC 7523 jwt-bearer) for this client.</source>
        <translation>Von einem Aussteller signierte Assertions (RFC 7523 jwt-bearer) für diesen Client annehmen.</translation>
    </message>
    <message>
        <source>Refuse the client and every access token it was issued, from the next request on.</source>
        <translation>Den Client und jedes ihm ausgestellte Zugriffstoken ab der nächsten Anfrage ablehnen.</translation>
    </message>
    <message>
        <source>Client created.</source>
        <translation>Client erstellt.</translation>
    </message>
    <message>
        <source>New Client Secret made.</source>
        <translation>Neues Client Secret erstellt.</translation>
    </message>
    <message>
        <source>Workload identity saved.</source>
        <translation>Workload-Identität gespeichert.</translation>
    </message>
    <message>
        <source>Revoke OAuth client</source>
        <translation>OAuth-Client widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke “%1”? It gets no new access tokens, and its %n access token(s) are refused from the next request on. This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ widerrufen? Er erhält keine neuen Zugriffstokens, und sein %n Zugriffstoken wird ab der nächsten Anfrage abgelehnt. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>„%1“ widerrufen? Er erhält keine neuen Zugriffstokens, und seine %n Zugriffstokens werden ab der nächsten Anfrage abgelehnt. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>“%1” is revoked; its access tokens are refused.</source>
        <translation>„%1“ ist widerrufen; seine Zugriffstokens werden abgelehnt.</translation>
    </message>
    <message>
        <source>Remove OAuth client</source>
        <translation>OAuth-Client entfernen</translation>
    </message>
    <message>
        <source>Delete “%1” with its secrets and access tokens? Identity providers using it can no longer connect; its requests in the log keep its name.</source>
        <translation>„%1“ mit seinen Secrets und Zugriffstokens löschen? Identitätsanbieter, die ihn nutzen, können sich nicht mehr verbinden; seine Anfragen im Protokoll behalten den Namen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>„%1“ ist gelöscht.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret of “%1”: %2</source>
        <translation>Der Schlüsselbund lieferte das Secret von „%1“ nicht: %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>The Client Secret of “%1” is on the clipboard.</source>
        <translation>Das Client Secret von „%1“ ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>scimmon::ObjectHistoryDialog</name>
    <message>
        <source>History of group %1</source>
        <translation>Verlauf der Gruppe %1</translation>
    </message>
    <message>
        <source>History of user %1</source>
        <translation>Verlauf des Benutzers %1</translation>
    </message>
    <message>
        <source>This is its history</source>
        <translation>Dies ist sein Verlauf</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>counting requests…</source>
        <translation>Anfragen werden gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) touched it</source>
        <translation>
            <numerusform>%Ln Anfrage betraf ihn</numerusform>
            <numerusform>%Ln Anfragen betrafen ihn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — made on it, or adding it to or removing it from a group, oldest first.</source>
        <translation>%1 — direkt an ihm oder beim Hinzufügen zu bzw. Entfernen aus einer Gruppe, älteste zuerst.</translation>
    </message>
</context>
<context>
    <name>scimmon::OpenStoreDialog</name>
    <message>
        <source>The &amp;local store (SQLite in the data directory), with this window&apos;s receiver</source>
        <translation>Der &amp;lokale Speicher (SQLite im Datenverzeichnis), mit dem Empfänger dieses Fensters</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL store</source>
        <translation>Ein &amp;gemeinsamer PostgreSQL-Speicher</translation>
    </message>
    <message>
        <source>Remember the password in the OS &amp;keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Also run a &amp;receiver in this window (otherwise only watch)</source>
        <translation>Auch einen &amp;Empfänger in diesem Fenster betreiben (sonst nur beobachten)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, PGPASSFILE or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass, PGPASSFILE oder PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Receivers on other computers write to this store (scim-monitor --headless --store URL). The window shows their requests live, each with the receiver&apos;s name. The password is never written to settings.ini, the log or an export.</source>
        <translation>Empfänger auf anderen Computern schreiben in diesen Speicher (scim-monitor --headless --store URL). Das Fenster zeigt ihre Anfragen live, jede mit dem Namen des Empfängers. Das Passwort wird nie in settings.ini, das Protokoll oder einen Export geschrieben.</translation>
    </message>
    <message>
        <source>empty: the one kept in the keychain</source>
        <translation>leer: das im Schlüsselbund gespeicherte</translation>
    </message>
    <message>
        <source>A shared store is a PostgreSQL database: the URL starts with postgresql://.</source>
        <translation>Ein gemeinsamer Speicher ist eine PostgreSQL-Datenbank: Die URL beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The URL must not contain the password: type it into the Password field, or keep it in ~/.pgpass.</source>
        <translation>Die URL darf das Passwort nicht enthalten: Geben Sie es in das Feld „Passwort“ ein, oder legen Sie es in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>Keeping the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain did not keep the password (%1). It is used until scim-monitor quits and asked for again after that; it is never written to a file.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert (%1). Es wird verwendet, bis scim-monitor beendet wird, und danach erneut abgefragt; es wird nie in eine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>scimmon::OverviewPage</name>
    <message>
        <source>(%1 s ago)</source>
        <translation>(vor %1 s)</translation>
    </message>
    <message>
        <source>(%1 min ago)</source>
        <translation>(vor %1 min)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Usable Secret Tokens</source>
        <translation>Gültige Geheime Token</translation>
    </message>
    <message>
        <source>Latency p50 / p95, last hour (ms)</source>
        <translation>Latenz p50 / p95, letzte Stunde (ms)</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Failures per minute</source>
        <translation>Fehler pro Minute</translation>
    </message>
    <message>
        <source>Requests and failures per minute, last hour</source>
        <translation>Anfragen und Fehler pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Last hour: %1, %2</source>
        <translation>Letzte Stunde: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Letzte Anfrage:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Last Test Connection:</source>
        <translation>Letztes „Verbindung testen“:</translation>
    </message>
    <message>
        <source>none seen yet — press Test Connection in the identity provider&apos;s provisioning settings</source>
        <translation>noch keines — klicken Sie in den Bereitstellungseinstellungen des Identitätsanbieters auf „Verbindung testen“</translation>
    </message>
    <message>
        <source>Quarantine risk:</source>
        <translation>Quarantänerisiko:</translation>
    </message>
    <message>
        <source>Injected faults:</source>
        <translation>Eingespielte Fehler:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) in the log were made by fault rules, not by the service.</source>
        <translation>
            <numerusform>%Ln Antwort im Protokoll stammt von Fehlerregeln, nicht vom Dienst.</numerusform>
            <numerusform>%Ln Antworten im Protokoll stammen von Fehlerregeln, nicht vom Dienst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No provisioning cycle yet.</source>
        <translation>Noch kein Bereitstellungszyklus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s) failed</source>
        <translation>
            <numerusform>%1 von %Ln Anfrage fehlgeschlagen</numerusform>
            <numerusform>%1 von %Ln Anfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest cycle: no failures; Entra would not quarantine the job.</source>
        <translation>Letzter Zyklus: keine Fehler; Entra würde den Auftrag nicht unter Quarantäne stellen.</translation>
    </message>
    <message>
        <source>Latest cycle: %1. Entra would quarantine the provisioning job now.</source>
        <translation>Letzter Zyklus: %1. Entra würde den Bereitstellungsauftrag jetzt unter Quarantäne stellen.</translation>
    </message>
    <message numerus="yes">
        <source>Latest cycle: %1. At this rate Entra would quarantine the job after about %Ln more failure(s).</source>
        <translation>
            <numerusform>Letzter Zyklus: %1. Bei dieser Rate würde Entra den Auftrag nach etwa %Ln weiteren Fehler unter Quarantäne stellen.</numerusform>
            <numerusform>Letzter Zyklus: %1. Bei dieser Rate würde Entra den Auftrag nach etwa %Ln weiteren Fehlern unter Quarantäne stellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::PagedResourceModel</name>
    <message>
        <source>The database cannot be read.</source>
        <translation>Die Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln fehlt</numerusform>
            <numerusform>%Ln fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::ReceiverSetup</name>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>&amp;New Secret Token…</source>
        <translation>&amp;Neues Geheimes Token …</translation>
    </message>
    <message>
        <source>&amp;Connect an Identity Provider</source>
        <translation>Identitätsanbieter &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Restart Receiver</source>
        <translation>Empfänger neu &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>Si&amp;mulate…</source>
        <translation>Si&amp;mulieren …</translation>
    </message>
    <message>
        <source>Play Entra ID or Okta against this receiver or another SCIM server</source>
        <translation>Entra ID oder Okta gegenüber diesem Empfänger oder einem anderen SCIM-Server spielen</translation>
    </message>
    <message>
        <source>&amp;Faults…</source>
        <translation>&amp;Fehlerregeln…</translation>
    </message>
    <message>
        <source>Make the receiver fail on purpose, by rule, to see how the identity provider reacts</source>
        <translation>Den Empfänger absichtlich und nach Regeln fehlschlagen lassen, um zu sehen, wie der Identitätsanbieter reagiert</translation>
    </message>
    <message>
        <source>&amp;Tokens and OAuth clients…</source>
        <translation>&amp;Tokens und OAuth-Clients…</translation>
    </message>
</context>
<context>
    <name>scimmon::RequestDetailView</name>
    <message>
        <source>no body</source>
        <translation>kein Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiteres</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a request to see its headers, bodies and what it changed.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Header, Inhalte und Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again. The Secret Token is replaced by $SCIM_TOKEN: set it first (export SCIM_TOKEN=…).</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage erneut sendet. Das Geheime Token wird durch $SCIM_TOKEN ersetzt: Setzen Sie es zuerst (export SCIM_TOKEN=…).</translation>
    </message>
    <message>
        <source>Every request that touched this user or group, with what each changed</source>
        <translation>Jede Anfrage, die diesen Benutzer oder diese Gruppe betraf, mit ihren Änderungen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>History of this group</source>
        <translation>Verlauf dieser Gruppe</translation>
    </message>
    <message>
        <source>History of this user</source>
        <translation>Verlauf dieses Benutzers</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the client&apos;s address</extracomment>
        <translation>von %1</translation>
    </message>
    <message>
        <source>IdP: %1</source>
        <translation>IdP: %1</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <source>cycle #%1</source>
        <translation>Zyklus #%1</translation>
    </message>
    <message>
        <source>— tried: %1</source>
        <translation>— versucht: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>IdP dialect seen (and how it was read)</source>
        <translation>Erkannter IdP-Dialekt (und wie er gelesen wurde)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change (created)</source>
        <translation>Änderung (erstellt)</translation>
    </message>
    <message>
        <source>Change (deleted)</source>
        <translation>Änderung (gelöscht)</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) added:</source>
        <translation>
            <numerusform>%Ln Mitglied hinzugefügt:</numerusform>
            <numerusform>%Ln Mitglieder hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) removed:</source>
        <translation>
            <numerusform>%Ln Mitglied entfernt:</numerusform>
            <numerusform>%Ln Mitglieder entfernt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>the target of a request in quotation marks</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Copy whole body</source>
        <translation>Ganzen Inhalt kopieren</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>Inhalt speichern …</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>Antwortinhalt speichern</translation>
    </message>
    <message>
        <source>Save Request Body</source>
        <translation>Anfrageinhalt speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Body not saved</source>
        <translation>Inhalt nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Fault injected by the rule “%1”: the connection was dropped without an answer.</source>
        <translation>Fehler von der Regel „%1“ eingespielt: Die Verbindung wurde ohne Antwort getrennt.</translation>
    </message>
    <message>
        <source>Fault injected by the rule “%1”: this answer was made on purpose, not by the service.</source>
        <translation>Fehler von der Regel „%1“ eingespielt: Diese Antwort ist absichtlich, nicht vom Dienst.</translation>
    </message>
</context>
<context>
    <name>scimmon::RequestLogFilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <source>Only requests answered with this status class</source>
        <translation>Nur Anfragen, die mit dieser Statusklasse beantwortet wurden</translation>
    </message>
    <message>
        <source>Only this operation, in the IdP&apos;s words</source>
        <translation>Nur dieser Vorgang, in den Worten des IdP</translation>
    </message>
    <message>
        <source>Only requests on users, on groups, or on neither</source>
        <translation>Nur Anfragen zu Benutzern, zu Gruppen oder zu keinem von beiden</translation>
    </message>
    <message>
        <source>Only requests from this identity provider</source>
        <translation>Nur Anfragen von diesem Identitätsanbieter</translation>
    </message>
    <message>
        <source>Only requests in this time range</source>
        <translation>Nur Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Text in the path, target, id, client, operation, token, IdP, status or quirks</source>
        <translation>Text in Pfad, Ziel, ID, Client, Vorgang, Token, IdP, Status oder Eigenheiten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Clientfehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Serverfehler</translation>
    </message>
    <message>
        <source>Failures (4xx, 5xx)</source>
        <translation>Fehler (4xx, 5xx)</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Beliebiger Vorgang</translation>
    </message>
    <message>
        <source>Users and groups</source>
        <translation>Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Keines von beiden</translation>
    </message>
    <message>
        <source>Any IdP</source>
        <translation>Beliebiger IdP</translation>
    </message>
    <message>
        <source>Remove this restriction</source>
        <translation>Diese Einschränkung entfernen</translation>
    </message>
    <message>
        <source>Cycle #%1</source>
        <translation>Zyklus #%1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message numerus="yes">
        <source>counting… of %Ln request(s)</source>
        <translation>
            <numerusform>zählt … von %Ln Anfrage</numerusform>
            <numerusform>zählt … von %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s)</source>
        <extracomment>%1 is the number of requests shown</extracomment>
        <translation>
            <numerusform>%1 von %Ln Anfrage</numerusform>
            <numerusform>%1 von %Ln Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::RequestLogModel</name>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(tried: %1)</source>
        <translation>(versucht: %1)</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>IdP</source>
        <translation>IdP</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simuliert)</translation>
    </message>
    <message>
        <source>Sent by scim-monitor&apos;s IdP simulator (run %1), not by a real tenant</source>
        <translation>Vom IdP-Simulator von scim-monitor gesendet (Lauf %1), nicht von einem echten Mandanten</translation>
    </message>
    <message>
        <source>Answered by the fault rule “%1” on purpose, not by the service</source>
        <translation>Absichtlich von der Fehlerregel „%1“ beantwortet, nicht vom Dienst</translation>
    </message>
    <message>
        <source>No answer: the connection was dropped</source>
        <translation>Keine Antwort: Die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>Fault</source>
        <extracomment>the column naming the fault injection rule that answered a request</extracomment>
        <translation>Fehlerregel</translation>
    </message>
    <message>
        <source>Answered by the receiver “%1” of the shared store</source>
        <translation>Beantwortet vom Empfänger „%1“ des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Receiver</source>
        <extracomment>the column naming the receiver (of several sharing one store) that answered a request</extracomment>
        <translation>Empfänger</translation>
    </message>
</context>
<context>
    <name>scimmon::RequestLogPage</name>
    <message>
        <source>&amp;Follow log</source>
        <translation>Protokoll &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Pause log</source>
        <translation>Protokoll an&amp;halten</translation>
    </message>
    <message>
        <source>Show newest</source>
        <translation>Neueste zeigen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Scroll to new requests as they arrive (while the log is scrolled to the bottom)</source>
        <translation>Zu neuen Anfragen scrollen, sobald sie eintreffen (solange das Protokoll ganz unten steht)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Keep the rows as they are while you read; new requests are counted, not shown</source>
        <translation>Die Zeilen beim Lesen unverändert lassen; neue Anfragen werden gezählt, nicht angezeigt</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <source>Remove the rows shown here; the stored log is kept</source>
        <translation>Die hier angezeigten Zeilen entfernen; das gespeicherte Protokoll bleibt erhalten</translation>
    </message>
    <message>
        <source>Show the newest requests and follow the log again</source>
        <translation>Die neuesten Anfragen zeigen und dem Protokoll wieder folgen</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %Ln new request(s)</source>
        <translation>
            <numerusform>Angehalten · %Ln neue Anfrage</numerusform>
            <numerusform>Angehalten · %Ln neue Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer request(s)</source>
        <translation>
            <numerusform>%Ln neuere Anfrage</numerusform>
            <numerusform>%Ln neuere Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them loaded here; scroll up to load older ones</source>
        <translation>%1 davon hier geladen; nach oben scrollen, um ältere zu laden</translation>
    </message>
    <message>
        <source>the Tenant URL from the status bar</source>
        <translation>die Mandanten-URL aus der Statusleiste</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Noch keine Anfragen.</translation>
    </message>
    <message>
        <source>Paste the Tenant URL %1 and a Secret Token into your identity provider&apos;s provisioning settings and press &lt;i&gt;Test Connection&lt;/i&gt;. Every request it sends shows up here.</source>
        <extracomment>%1 is the Tenant URL (or &quot;the Tenant URL from the status bar&quot;)</extracomment>
        <translation>Fügen Sie die Mandanten-URL %1 und ein Geheimes Token in die Bereitstellungseinstellungen Ihres Identitätsanbieters ein, und klicken Sie auf &lt;i&gt;Verbindung testen&lt;/i&gt;. Jede Anfrage, die er sendet, erscheint hier.</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Keine Anfrage entspricht den Filtern.</translation>
    </message>
    <message>
        <source>The view is cleared. New requests show up here as they arrive.</source>
        <translation>Die Ansicht wurde geleert. Neue Anfragen erscheinen hier, sobald sie eintreffen.</translation>
    </message>
</context>
<context>
    <name>scimmon::ResourceActions</name>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Export groups</source>
        <translation>Gruppen exportieren</translation>
    </message>
    <message>
        <source>Delete the user %1 from scim-monitor&apos;s store?</source>
        <translation>Den Benutzer %1 aus dem Speicher von scim-monitor löschen?</translation>
    </message>
    <message>
        <source>Delete the group %1 from scim-monitor&apos;s store?</source>
        <translation>Die Gruppe %1 aus dem Speicher von scim-monitor löschen?</translation>
    </message>
    <message>
        <source>Its memberships go with it, as after a SCIM DELETE. The identity provider is not told: its next provisioning cycle may create it again. The deletion is recorded in the audit trail as a local action.</source>
        <translation>Die Mitgliedschaften werden mit gelöscht, wie nach einem SCIM-DELETE. Der Identitätsanbieter erfährt davon nichts: Sein nächster Bereitstellungszyklus kann den Eintrag wieder erstellen. Das Löschen wird im Überwachungsprotokoll als lokale Aktion erfasst.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete %1 from scim-monitor&apos;s store?</source>
        <translation>%1 aus dem Speicher von scim-monitor löschen?</translation>
    </message>
    <message>
        <source>every user, group and membership</source>
        <translation>Alle Benutzer, Gruppen und Mitgliedschaften</translation>
    </message>
    <message>
        <source>Secret Tokens, the provisioning log and the audit trail stay. The identity provider is not told: its next cycle provisions its users and groups again. The reset is recorded in the audit trail as a local action.</source>
        <translation>Geheime Token, das Bereitstellungsprotokoll und das Überwachungsprotokoll bleiben erhalten. Der Identitätsanbieter erfährt davon nichts: Sein nächster Zyklus stellt seine Benutzer und Gruppen erneut bereit. Das Zurücksetzen wird im Überwachungsprotokoll als lokale Aktion erfasst.</translation>
    </message>
    <message>
        <source>Reset all data</source>
        <translation>Alle Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>The data could not be reset; nothing was deleted.</source>
        <translation>Die Daten konnten nicht zurückgesetzt werden; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>scimmon::ResourceDetailPane</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a user to see its attributes and SCIM JSON.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Attribute und sein SCIM-JSON zu sehen.</translation>
    </message>
    <message>
        <source>Select a group to see its attributes and SCIM JSON.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Attribute und ihr SCIM-JSON zu sehen.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Diese Gruppe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Created %1 · last modified %2 · version %3</source>
        <translation>Erstellt %1 · zuletzt geändert %2 · Version %3</translation>
    </message>
    <message numerus="yes">
        <source>the JSON lists the first %1 of %Ln member(s)</source>
        <translation>
            <numerusform>das JSON listet die ersten %1 von %Ln Mitglied</numerusform>
            <numerusform>das JSON listet die ersten %1 von %Ln Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping health:</source>
        <translation>Zuordnungsprüfung:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Entra&apos;s default mapping sends this attribute; this resource has none.</source>
        <translation>Die Standardzuordnung von Entra sendet dieses Attribut; diese Ressource hat keines.</translation>
    </message>
    <message>
        <source>Save User JSON</source>
        <translation>Benutzer-JSON speichern</translation>
    </message>
    <message>
        <source>Save Group JSON</source>
        <translation>Gruppen-JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON not saved</source>
        <translation>JSON nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copy whole JSON</source>
        <translation>Ganzes JSON kopieren</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>JSON speichern …</translation>
    </message>
</context>
<context>
    <name>scimmon::ResourcePage</name>
    <message>
        <source>Search users</source>
        <translation>Benutzer durchsuchen</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen durchsuchen</translation>
    </message>
    <message>
        <source>Mapping warnings only</source>
        <translation>Nur Zuordnungswarnungen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Finds text in userName, displayName, given and family name, work email and externalId</source>
        <translation>Findet Text in userName, displayName, Vor- und Nachname, geschäftlicher E-Mail-Adresse und externalId</translation>
    </message>
    <message>
        <source>Finds text in displayName and externalId</source>
        <translation>Findet Text in displayName und externalId</translation>
    </message>
    <message>
        <source>Only users that lack an attribute Entra&apos;s default mapping sends</source>
        <translation>Nur Benutzer, denen ein Attribut fehlt, das die Standardzuordnung von Entra sendet</translation>
    </message>
    <message>
        <source>Only groups that lack an attribute Entra&apos;s default mapping sends</source>
        <translation>Nur Gruppen, denen ein Attribut fehlt, das die Standardzuordnung von Entra sendet</translation>
    </message>
    <message>
        <source>Write the users matching the search and filter to a CSV file, in the table&apos;s order</source>
        <translation>Die zu Suche und Filter passenden Benutzer in eine CSV-Datei schreiben, in der Reihenfolge der Tabelle</translation>
    </message>
    <message>
        <source>Write the groups matching the search and filter to a CSV file, in the table&apos;s order</source>
        <translation>Die zu Suche und Filter passenden Gruppen in eine CSV-Datei schreiben, in der Reihenfolge der Tabelle</translation>
    </message>
    <message>
        <source>Delete the selected user from scim-monitor&apos;s store (the identity provider is not told)</source>
        <translation>Den ausgewählten Benutzer aus dem Speicher von scim-monitor löschen (der Identitätsanbieter erfährt davon nichts)</translation>
    </message>
    <message>
        <source>Delete the selected group from scim-monitor&apos;s store (the identity provider is not told)</source>
        <translation>Die ausgewählte Gruppe aus dem Speicher von scim-monitor löschen (der Identitätsanbieter erfährt davon nichts)</translation>
    </message>
    <message>
        <source>&amp;Delete locally…</source>
        <translation>Lokal &amp;löschen …</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <extracomment>%1 is the number of users shown</extracomment>
        <translation>
            <numerusform>%1 von %Ln Benutzer</numerusform>
            <numerusform>%1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln group(s)</source>
        <extracomment>%1 is the number of groups shown</extracomment>
        <translation>
            <numerusform>%1 von %Ln Gruppe</numerusform>
            <numerusform>%1 von %Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>Noch keine Gruppen.</translation>
    </message>
    <message>
        <source>They appear here when the identity provider provisions them: after Test Connection, start provisioning (or provision a user on demand).</source>
        <translation>Sie erscheinen hier, sobald der Identitätsanbieter sie bereitstellt: Starten Sie nach „Verbindung testen“ die Bereitstellung (oder stellen Sie einen Benutzer bei Bedarf bereit).</translation>
    </message>
    <message>
        <source>They appear here when the identity provider provisions them, with their members: assign groups to the application and start provisioning.</source>
        <translation>Sie erscheinen hier mit ihren Mitgliedern, sobald der Identitätsanbieter sie bereitstellt: Weisen Sie der Anwendung Gruppen zu, und starten Sie die Bereitstellung.</translation>
    </message>
    <message>
        <source>No user matches the search.</source>
        <translation>Kein Benutzer entspricht der Suche.</translation>
    </message>
    <message>
        <source>No group matches the search.</source>
        <translation>Keine Gruppe entspricht der Suche.</translation>
    </message>
</context>
<context>
    <name>scimmon::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Empfangen auf</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Every machine that can reach this one can now send requests to the receiver (each still needs a valid Secret Token). Identity providers in the cloud need HTTPS besides: a reverse proxy or tunnel with a public certificate in front of this port is the usual way.</source>
        <translation>Jeder Rechner, der diesen erreicht, kann nun Anfragen an den Empfänger senden (jede braucht weiterhin ein gültiges Geheimes Token). Identitätsanbieter in der Cloud benötigen zudem HTTPS: Üblich ist ein Reverse-Proxy oder Tunnel mit öffentlichem Zertifikat vor diesem Port.</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Vertrauenswürdige Proxys</translation>
    </message>
    <message>
        <source>none, e.g. 10.0.0.5, 192.168.1.0/24</source>
        <translation>keine, z. B. 10.0.0.5, 192.168.1.0/24</translation>
    </message>
    <message>
        <source>Reverse proxies (addresses or subnets) whose X-Forwarded-For header names the client in the log. Requests from any other address are logged with that address.</source>
        <translation>Reverse-Proxys (Adressen oder Subnetze), deren X-Forwarded-For-Header im Protokoll den Client angibt. Anfragen von jeder anderen Adresse werden mit dieser Adresse protokolliert.</translation>
    </message>
    <message>
        <source>Serve &amp;HTTPS (TLS 1.2 or newer)</source>
        <translation>&amp;HTTPS bereitstellen (TLS 1.2 oder neuer)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM (with intermediates) or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM (mit Zwischenzertifikaten) oder PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>PEM private key; not needed for PKCS#12</source>
        <translation>Privater PEM-Schlüssel; für PKCS#12 nicht nötig</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Identity providers accept only a certificate from a public certificate authority for the host name of the Tenant URL. The passphrase of an encrypted key is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Identitätsanbieter akzeptieren nur ein Zertifikat einer öffentlichen Zertifizierungsstelle für den Hostnamen der Mandanten-URL. Die Passphrase eines verschlüsselten Schlüssels wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Keep entries for</source>
        <translation>Einträge behalten für</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens behalten</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Datenspeicherort</translation>
    </message>
    <message>
        <source>This instance</source>
        <translation>Diese Instanz</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>From the next start</source>
        <translation>Ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Used when scim-monitor starts without --data-dir. Nothing is moved: copy scim-monitor.db and settings.ini there yourself to take the data along.</source>
        <translation>Wird verwendet, wenn scim-monitor ohne --data-dir startet. Es wird nichts verschoben: Kopieren Sie scim-monitor.db und settings.ini selbst dorthin, um die Daten mitzunehmen.</translation>
    </message>
    <message>
        <source>This computer only (IPv4 loopback)</source>
        <translation>Nur dieser Computer (IPv4-Loopback)</translation>
    </message>
    <message>
        <source>This computer only (IPv6 loopback)</source>
        <translation>Nur dieser Computer (IPv6-Loopback)</translation>
    </message>
    <message>
        <source>All IPv4 interfaces</source>
        <translation>Alle IPv4-Schnittstellen</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save, and restart the receiver with these settings</source>
        <translation>Speichern und den Empfänger mit diesen Einstellungen neu starten</translation>
    </message>
    <message>
        <source>Saved. The receiver listens at %1.</source>
        <translation>Gespeichert. Der Empfänger ist unter %1 erreichbar.</translation>
    </message>
    <message>
        <source>Saved, but the receiver did not start: %1</source>
        <translation>Gespeichert, aber der Empfänger ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>nur für einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>The passphrase is kept in the keychain; type a new one to replace it.</source>
        <translation>Die Passphrase ist im Schlüsselbund gespeichert; geben Sie eine neue ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Trusted proxies: %1</source>
        <translation>Vertrauenswürdige Proxys: %1</translation>
    </message>
    <message>
        <source>HTTPS needs a certificate file.</source>
        <translation>HTTPS benötigt eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Type it into Key passphrase.</source>
        <translation>Geben Sie sie unter „Schlüssel-Passphrase“ ein.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Saved. The receiver restarts…</source>
        <translation>Gespeichert. Der Empfänger startet neu …</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the keychain (%1): it is used until scim-monitor quits, and asked for again after that. It is never written to a file.</source>
        <translation>Die Passphrase konnte nicht im Schlüsselbund gespeichert werden (%1): Sie wird verwendet, bis scim-monitor beendet wird, und danach erneut abgefragt. Sie wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Shared PostgreSQL store %1</source>
        <translation>Gemeinsamer PostgreSQL-Speicher %1</translation>
    </message>
    <message>
        <source>Local SQLite store in the data directory</source>
        <translation>Lokaler SQLite-Speicher im Datenverzeichnis</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>Speicher öffnen…</translation>
    </message>
    <message>
        <source>Show a shared PostgreSQL store, or go back to the local one</source>
        <translation>Einen gemeinsamen PostgreSQL-Speicher anzeigen oder zum lokalen zurückkehren</translation>
    </message>
</context>
<context>
    <name>scimmon::SimulateDialog</name>
    <message>
        <source>Simulate an Identity Provider</source>
        <translation>Identitätsanbieter simulieren</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Flavour</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>How the simulated IdP writes PATCH and updates</source>
        <translation>Wie der simulierte IdP PATCH und Aktualisierungen schreibt</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Simulated directory</source>
        <translation>Simuliertes Verzeichnis</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Used for a new simulated directory; a later run continues with the saved one</source>
        <translation>Gilt für ein neues simuliertes Verzeichnis; ein späterer Lauf setzt das gespeicherte fort</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Members per group</source>
        <translation>Mitglieder je Gruppe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same seed gives the same directory and the same changes</source>
        <translation>Derselbe Startwert ergibt dasselbe Verzeichnis und dieselben Änderungen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>This app&apos;s receiver</source>
        <translation>Der Empfänger dieser App</translation>
    </message>
    <message>
        <source>Another SCIM server</source>
        <translation>Ein anderer SCIM-Server</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Mandanten-URL</translation>
    </message>
    <message>
        <source>https://scim.example.com/scim/v2</source>
        <translation>https://scim.example.com/scim/v2</translation>
    </message>
    <message>
        <source>Secret Token</source>
        <translation>Geheimes Token</translation>
    </message>
    <message>
        <source>Accept invalid certificates</source>
        <translation>Ungültige Zertifikate akzeptieren</translation>
    </message>
    <message>
        <source>Accept any TLS certificate of this server (self-signed, another host name)</source>
        <translation>Jedes TLS-Zertifikat dieses Servers akzeptieren (selbst signiert, anderer Hostname)</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Initial cycle</source>
        <translation>Erster Bereitstellungszyklus</translation>
    </message>
    <message>
        <source>Incremental cycle</source>
        <translation>Inkrementeller Bereitstellungszyklus</translation>
    </message>
    <message>
        <source>Provision on demand</source>
        <translation>Bereitstellung bei Bedarf</translation>
    </message>
    <message>
        <source>IdP-like (%1 requests a second)</source>
        <translation>Wie ein IdP (%1 Anfragen pro Sekunde)</translation>
    </message>
    <message>
        <source>As fast as the target answers</source>
        <translation>So schnell, wie das Ziel antwortet</translation>
    </message>
    <message>
        <source>At an IdP-like pace a cycle of 100 users takes about a minute</source>
        <translation>Im Tempo eines IdP dauert ein Zyklus mit 100 Benutzern etwa eine Minute</translation>
    </message>
    <message>
        <source>%v of %m objects</source>
        <translation>%v von %m Objekten</translation>
    </message>
    <message>
        <source>Select an entry to see its steps and the requests it sent.</source>
        <translation>Wählen Sie einen Eintrag, um seine Schritte und die gesendeten Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>Provisioning log of the simulated identity provider</source>
        <translation>Bereitstellungsprotokoll des simulierten Identitätsanbieters</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the cycle (Esc); the simulated directory is kept for the next run</source>
        <translation>Den Zyklus anhalten (Esc); das simulierte Verzeichnis bleibt für den nächsten Lauf erhalten</translation>
    </message>
    <message>
        <source>OIN app (PATCH for status and groups)</source>
        <translation>OIN-App (PATCH für Status und Gruppen)</translation>
    </message>
    <message>
        <source>App Integration Wizard (GET and PUT)</source>
        <translation>App Integration Wizard (GET und PUT)</translation>
    </message>
    <message>
        <source>Default (Entra&apos;s own PATCH)</source>
        <translation>Standard (Entras eigenes PATCH)</translation>
    </message>
    <message>
        <source>aadOptscim062020 (RFC-conformant PATCH)</source>
        <translation>aadOptscim062020 (RFC-konformes PATCH)</translation>
    </message>
    <message>
        <source>Enter the Tenant URL of the SCIM server, e.g. https://scim.example.com/scim/v2.</source>
        <translation>Geben Sie die Mandanten-URL des SCIM-Servers ein, z. B. https://scim.example.com/scim/v2.</translation>
    </message>
    <message>
        <source>The receiver is not listening; start it (Receiver → Restart Receiver) or choose another SCIM server.</source>
        <translation>Der Empfänger lauscht nicht; starten Sie ihn (Empfänger → Empfänger neu starten) oder wählen Sie einen anderen SCIM-Server.</translation>
    </message>
    <message>
        <source>Creating a Secret Token for the simulation…</source>
        <translation>Geheimes Token für die Simulation wird erstellt …</translation>
    </message>
    <message>
        <source>No Secret Token could be created for the simulation: %1</source>
        <translation>Für die Simulation konnte kein geheimes Token erstellt werden: %1</translation>
    </message>
    <message>
        <source>Simulating %1 against %2 (run %3)…</source>
        <translation>%1 wird gegenüber %2 simuliert (Lauf %3) …</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %1 succeeded, %2 failed, %3 skipped; %n request(s) sent.</source>
        <translation>
            <numerusform>Fertig: %1 erfolgreich, %2 fehlgeschlagen, %3 übersprungen; %n Anfrage gesendet.</numerusform>
            <numerusform>Fertig: %1 erfolgreich, %2 fehlgeschlagen, %3 übersprungen; %n Anfragen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulated IdP would put the job in quarantine: %1</source>
        <translation>Der simulierte IdP würde den Auftrag unter Quarantäne stellen: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 objects; the simulated directory is kept for the next run.</source>
        <translation>Nach %1 von %2 Objekten abgebrochen; das simulierte Verzeichnis bleibt für den nächsten Lauf erhalten.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message numerus="yes">
        <source>Escrowed: retried in a later cycle (%n earlier attempt(s)).</source>
        <translation>
            <numerusform>Hinterlegt: wird in einem späteren Zyklus wiederholt (%n früherer Versuch).</numerusform>
            <numerusform>Hinterlegt: wird in einem späteren Zyklus wiederholt (%n frühere Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Modified properties</source>
        <translation>Geänderte Eigenschaften</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The provisioning log shows these requests with the IdP marked as simulated (run %1).</source>
        <translation>Das Bereitstellungsprotokoll zeigt diese Anfragen mit dem IdP als simuliert gekennzeichnet (Lauf %1).</translation>
    </message>
    <message>
        <source>No quarantine.</source>
        <translation>Keine Quarantäne.</translation>
    </message>
</context>
<context>
    <name>scimmon::SimulatedIdpLogModel</name>
    <message>
        <source>%1 (escrowed)</source>
        <translation>%1 (hinterlegt)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Modified properties</source>
        <translation>Geänderte Eigenschaften</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
</context>
<context>
    <name>scimmon::TenantUrlField</name>
    <message>
        <source>The receiver is starting; the Tenant URL appears here in a moment.</source>
        <translation>Der Empfänger startet; die Mandanten-URL erscheint hier gleich.</translation>
    </message>
    <message>
        <source>The receiver is not running: %1</source>
        <translation>Der Empfänger läuft nicht: %1</translation>
    </message>
    <message>
        <source>The receiver is stopped.</source>
        <translation>Der Empfänger ist angehalten.</translation>
    </message>
</context>
<context>
    <name>scimmon::TokenManagerDialog</name>
    <message>
        <source>Secret Tokens</source>
        <translation>Geheime Token</translation>
    </message>
    <message>
        <source>Identity providers send a Secret Token with every request (&lt;tt&gt;Authorization: Bearer …&lt;/tt&gt;). scim-monitor stores only a hash of each token, so a token is shown once when it is made — or again later if you let this computer&apos;s keychain remember it.</source>
        <translation>Identitätsanbieter senden mit jeder Anfrage ein Geheimes Token (&lt;tt&gt;Authorization: Bearer …&lt;/tt&gt;). scim-monitor speichert von jedem Token nur einen Hash; ein Token wird daher einmal bei der Erstellung angezeigt — oder später erneut, wenn der Schlüsselbund dieses Computers es sich merken darf.</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen …</translation>
    </message>
    <message>
        <source>A new token replaces the selected one; the old one keeps working for a grace period</source>
        <translation>Ein neues Token ersetzt das ausgewählte; das alte bleibt für eine Übergangsfrist gültig</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren …</translation>
    </message>
    <message>
        <source>Refuse the selected token from the next request on</source>
        <translation>Das ausgewählte Token ab der nächsten Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Show the selected token (only for tokens remembered in the keychain)</source>
        <translation>Das ausgewählte Token anzeigen (nur für im Schlüsselbund gespeicherte Token)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Co&amp;py token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Remove the tokens that are no longer accepted from the list</source>
        <translation>Die nicht mehr akzeptierten Token aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete revoked and expired</source>
        <translation>Widerrufene und abgelaufene &amp;löschen</translation>
    </message>
    <message>
        <source>This token was not remembered in the keychain; it was shown only when it was made.</source>
        <translation>Dieses Token wurde nicht im Schlüsselbund gespeichert; es wurde nur bei seiner Erstellung angezeigt.</translation>
    </message>
    <message>
        <source>Token %1 created.</source>
        <translation>Token %1 erstellt.</translation>
    </message>
    <message>
        <source>Token %1 replaces token %2.</source>
        <translation>Token %1 ersetzt Token %2.</translation>
    </message>
    <message>
        <source>Revoke Secret Token</source>
        <translation>Geheimes Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>%1 widerrufen?</translation>
    </message>
    <message>
        <source>Identity providers that send it get 401 from their next request on, also on connections that are already open. A revoked token cannot be used again.</source>
        <translation>Identitätsanbieter, die es senden, erhalten ab ihrer nächsten Anfrage 401, auch über bereits offene Verbindungen. Ein widerrufenes Token kann nicht wieder verwendet werden.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Token “%1” is revoked: requests with it get 401.</source>
        <translation>Token „%1“ ist widerrufen: Anfragen damit erhalten 401.</translation>
    </message>
    <message>
        <source>Delete revoked and expired tokens</source>
        <translation>Widerrufene und abgelaufene Token löschen</translation>
    </message>
    <message>
        <source>Delete every revoked and expired token from the list?</source>
        <translation>Alle widerrufenen und abgelaufenen Token aus der Liste löschen?</translation>
    </message>
    <message>
        <source>The request log keeps their labels; the audit trail records each deletion.</source>
        <translation>Das Anfrageprotokoll behält ihre Bezeichnungen; das Überwachungsprotokoll erfasst jedes Löschen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) deleted.</source>
        <translation>
            <numerusform>%Ln Token gelöscht.</numerusform>
            <numerusform>%Ln Token gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain no longer holds token “%1”.</source>
        <translation>Der Schlüsselbund enthält das Token „%1“ nicht mehr.</translation>
    </message>
    <message>
        <source>Secret Token “%1”:</source>
        <translation>Geheimes Token „%1“:</translation>
    </message>
    <message>
        <source>Token “%1” copied to the clipboard.</source>
        <translation>Token „%1“ in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Tokens and OAuth clients</source>
        <translation>Tokens und OAuth-Clients</translation>
    </message>
    <message>
        <source>OAuth clients</source>
        <translation>OAuth-Clients</translation>
    </message>
</context>
<context>
    <name>scimmon::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Revoked %1; requests with it get 401.</source>
        <translation>Widerrufen am %1; Anfragen damit erhalten 401.</translation>
    </message>
    <message>
        <source>Expired %1; requests with it get 401.</source>
        <translation>Abgelaufen am %1; Anfragen damit erhalten 401.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain: it can be revealed and copied.</source>
        <translation>Im Schlüsselbund dieses Computers gespeichert: Es kann angezeigt und kopiert werden.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>scimmon::UserTableModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Deactivated by the identity provider (active = false)</source>
        <translation>Vom Identitätsanbieter deaktiviert (active = false)</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Geschäftliche E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
</context>
<context>
    <name>scimmon::UsersPage</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>member of %Ln group(s)</source>
        <translation>
            <numerusform>Mitglied von %Ln Gruppe</numerusform>
            <numerusform>Mitglied von %Ln Gruppen</numerusform>
        </translation>
    </message>
</context>
</TS>
