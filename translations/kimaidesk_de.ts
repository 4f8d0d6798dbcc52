<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Kimai refused the data</source>
        <translation>Kimai hat die Daten abgelehnt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what Kimai sends (%1). Is this a Kimai server, and is it a supported version?</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was Kimai sendet (%1). Ist dies ein Kimai-Server, und wird seine Version unterstützt?</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not loaded. Narrow the request (for example a shorter date range) or raise the limit in the settings.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB und wurde nicht geladen. Schränken Sie die Anfrage ein (zum Beispiel mit einem kürzeren Zeitraum) oder erhöhen Sie das Limit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server redirected to %1. Kimai Desk does not follow redirects to another address or to plain http, to keep your token safe. If that address is right, use it as the server address.</source>
        <translation>Der Server hat auf %1 weitergeleitet. Kimai Desk folgt keinen Weiterleitungen auf eine andere Adresse oder auf unverschlüsseltes http, um Ihr Token zu schützen. Wenn diese Adresse richtig ist, verwenden Sie sie als Serveradresse.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer. Try again later or check the connection.</source>
        <translation>Der Server hat zu lange gebraucht, um seine Antwort zu senden. Versuchen Sie es später erneut oder prüfen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that the address is right and the server is running, then try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie, ob die Adresse stimmt und der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection ended without an answer from the server.</source>
        <translation>Die Verbindung wurde ohne Antwort des Servers beendet.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address for typing errors and that this computer is online.</source>
        <translation>Der Name des Servers wurde nicht gefunden. Prüfen Sie die Adresse auf Tippfehler und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that Kimai is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob Kimai läuft.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut; wenn das wiederholt passiert, hat der Server oder ein Proxy dazwischen ein Problem.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If you know this server uses its own certificate, check its fingerprint and trust it for this server.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (%1). Wenn Sie wissen, dass dieser Server ein eigenes Zertifikat verwendet, prüfen Sie dessen Fingerabdruck und vertrauen Sie ihm für diesen Server.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up. Does the server speak https on this port?</source>
        <translation>Es konnte keine sichere Verbindung aufgebaut werden. Spricht der Server auf diesem Port https?</translation>
    </message>
    <message>
        <source>The server keeps redirecting. Check the server address.</source>
        <translation>Der Server leitet immer wieder weiter. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server redirected from https to plain http. Kimai Desk does not follow it, to keep your token safe.</source>
        <translation>Der Server hat von https auf unverschlüsseltes http weitergeleitet. Kimai Desk folgt dem nicht, um Ihr Token zu schützen.</translation>
    </message>
    <message>
        <source>The network is not available. Check that this computer is online.</source>
        <translation>Das Netzwerk ist nicht verfügbar. Prüfen Sie, ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The proxy server failed (%1). Check the proxy settings of this computer.</source>
        <translation>Fehler beim Proxyserver (%1). Prüfen Sie die Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Kimai refused the data.</source>
        <translation>Kimai hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <source>Kimai refused the data: %1</source>
        <translation>Kimai hat die Daten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Kimai refused the request as invalid (400 Bad Request).</source>
        <translation>Kimai hat die Anfrage als ungültig abgelehnt (400 Bad Request).</translation>
    </message>
    <message>
        <source>Kimai refused the request: %1</source>
        <translation>Kimai hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Kimai refused the API token: it is wrong, expired or was deleted. Create a new token in Kimai (your profile → API access) and enter it here.</source>
        <translation>Kimai hat das API-Token abgelehnt: Es ist falsch, abgelaufen oder wurde gelöscht. Erstellen Sie in Kimai ein neues Token (Ihr Profil → API-Zugang) und geben Sie es hier ein.</translation>
    </message>
    <message>
        <source>The server asks for a different login (an HTML page answered, not Kimai). Is a proxy protecting this address, or is Kimai somewhere else?</source>
        <translation>Der Server verlangt eine andere Anmeldung (eine HTML-Seite hat geantwortet, nicht Kimai). Schützt ein Proxy diese Adresse, oder liegt Kimai woanders?</translation>
    </message>
    <message>
        <source>Kimai wants a login: enter your username and API token.</source>
        <translation>Kimai verlangt eine Anmeldung: Geben Sie Ihren Benutzernamen und Ihr API-Token ein.</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password.</source>
        <translation>Kimai hat den Benutzernamen oder das API-Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>You are signed in, but Kimai does not allow this. Your account may lack the permission (or API access was turned off for your role).</source>
        <translation>Sie sind angemeldet, aber Kimai erlaubt dies nicht. Ihrem Konto fehlt möglicherweise die Berechtigung (oder der API-Zugang wurde für Ihre Rolle abgeschaltet).</translation>
    </message>
    <message>
        <source>Kimai says this does not exist (any more). It may have been deleted.</source>
        <translation>Laut Kimai existiert dies nicht (mehr). Es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>There is no Kimai API at this address. Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>Unter dieser Adresse gibt es keine Kimai-API. Prüfen Sie die Serveradresse, einschließlich eines Unterpfads wie https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server refused the request method (405). A proxy or a redirect (for example http → https or a missing sub-path) may have changed the request. Use the exact https address of Kimai.</source>
        <translation>Der Server hat die Anfragemethode abgelehnt (405). Ein Proxy oder eine Weiterleitung (zum Beispiel http → https oder ein fehlender Unterpfad) hat die Anfrage möglicherweise verändert. Verwenden Sie die genaue https-Adresse von Kimai.</translation>
    </message>
    <message>
        <source>Kimai is limiting the number of requests. Wait a minute and try again.</source>
        <translation>Kimai begrenzt die Anzahl der Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1) and answered with an error page. Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1); er hat mit einer Fehlerseite geantwortet. Versuchen Sie es später erneut; wenn der Fehler bestehen bleibt, findet der Kimai-Administrator Details im Server-Log.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1). Versuchen Sie es später erneut; wenn der Fehler bestehen bleibt, findet der Kimai-Administrator Details im Server-Log.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) that Kimai Desk does not follow. Use the address it redirects to as the server address.</source>
        <translation>Der Server hat mit einer Weiterleitung (%1) geantwortet, der Kimai Desk nicht folgt. Verwenden Sie die Zieladresse der Weiterleitung als Serveradresse.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation>Der Server hat mit dem unerwarteten Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Es ist keine Serveradresse angegeben.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of Kimai&apos;s JSON. Is Kimai at this address? Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>Der Server hat mit einer Webseite statt mit dem JSON von Kimai geantwortet. Ist Kimai unter dieser Adresse erreichbar? Prüfen Sie die Serveradresse, einschließlich eines Unterpfads wie https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON. Is Kimai at this address, and is nothing in between (a proxy or a security filter) changing the answers?</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON. Ist Kimai unter dieser Adresse erreichbar, und verändert nichts dazwischen (ein Proxy oder ein Sicherheitsfilter) die Antworten?</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>Die Verbindung ist abgebrochen, bevor die ganze Antwort angekommen ist. Versuchen Sie es erneut; wenn das wiederholt passiert, hat der Server oder ein Proxy dazwischen ein Problem.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1). Try again; a proxy in between may be misbehaving.</source>
        <translation>Die Antwort des Servers war nicht verständlich (HTTP %1). Versuchen Sie es erneut; möglicherweise verhält sich ein Proxy dazwischen fehlerhaft.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for it. This can mean someone is intercepting the connection. Nothing was sent. If the server&apos;s certificate was replaced on purpose, remove the saved server in the login form (Remove) and connect again.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das, dem Sie für ihn vertraut haben. Das kann bedeuten, dass jemand die Verbindung abfängt. Es wurde nichts gesendet. Wenn das Zertifikat des Servers absichtlich ersetzt wurde, entfernen Sie den gespeicherten Server im Anmeldeformular (Entfernen) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Kimai did not receive the API token. A web server or proxy in front of Kimai may drop the Authorization header (on Apache, pass it on with SetEnvIf Authorization). Or try the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>Kimai hat das API-Token nicht erhalten. Ein Webserver oder Proxy vor Kimai verwirft möglicherweise den Authorization-Header (unter Apache reichen Sie ihn mit SetEnvIf Authorization weiter). Oder versuchen Sie die Methode „API-Passwort (veraltet, X-AUTH)“.</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password. Check both; on Kimai 2.14 and later use an API token with the &quot;API token (Bearer, Kimai 2.14+)&quot; method instead.</source>
        <translation>Kimai hat den Benutzernamen oder das API-Passwort abgelehnt. Prüfen Sie beides; ab Kimai 2.14 verwenden Sie stattdessen ein API-Token mit der Methode „API-Token (Bearer, Kimai 2.14+)“.</translation>
    </message>
    <message>
        <source>This server only accepts a username with an API password (Kimai 1.x or an older 2.x). Enter your username and choose the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>Dieser Server akzeptiert nur einen Benutzernamen mit API-Passwort (Kimai 1.x oder ein älteres 2.x). Geben Sie Ihren Benutzernamen ein und wählen Sie die Methode „API-Passwort (veraltet, X-AUTH)“.</translation>
    </message>
    <message>
        <source>You may not see that customer: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another customer.</source>
        <translation>Diesen Kunden dürfen Sie nicht sehen: Kimai verweigert eine danach gefilterte Liste (er gehört zu einem Team, in dem Sie nicht sind). Wählen Sie einen anderen Kunden.</translation>
    </message>
    <message>
        <source>You may not see that project: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another project.</source>
        <translation>Dieses Projekt dürfen Sie nicht sehen: Kimai verweigert eine danach gefilterte Liste (es gehört zu einem Team, in dem Sie nicht sind). Wählen Sie ein anderes Projekt.</translation>
    </message>
    <message>
        <source>You may not see that activity: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another activity.</source>
        <translation>Diese Tätigkeit dürfen Sie nicht sehen: Kimai verweigert eine danach gefilterte Liste (sie gehört zu einem Team, in dem Sie nicht sind). Wählen Sie eine andere Tätigkeit.</translation>
    </message>
    <message>
        <source>You may not see one of the chosen customers, projects or activities: Kimai refuses a list filtered by it. Change the filter.</source>
        <translation>Einen der gewählten Kunden, Projekte oder Tätigkeiten dürfen Sie nicht sehen: Kimai verweigert eine danach gefilterte Liste. Ändern Sie den Filter.</translation>
    </message>
    <message>
        <source>This Kimai does not accept API passwords any more (Kimai 3.0 removed them). Create an API token in Kimai (your profile → API access) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>Dieses Kimai nimmt keine API-Passwörter mehr an (Kimai 3.0 hat sie entfernt). Erstellen Sie in Kimai ein API-Token (Ihr Profil → API-Zugang) und melden Sie sich mit der Methode „API-Token (Bearer)“ an.</translation>
    </message>
    <message numerus="yes">
        <source>Kimai refused the last attempt for too many requests. Nothing is sent for %n more second(s); then try again.</source>
        <translation>
            <numerusform>Kimai hat den letzten Versuch wegen zu vieler Anfragen abgelehnt. %n Sekunde lang wird nichts gesendet; versuchen Sie es danach erneut.</numerusform>
            <numerusform>Kimai hat den letzten Versuch wegen zu vieler Anfragen abgelehnt. %n Sekunden lang wird nichts gesendet; versuchen Sie es danach erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kimai refuses API passwords for a while: there were too many attempts with a wrong username or API password (Kimai allows five a minute). Wait a minute and check both, or better, create an API token in Kimai (your profile → API access) and use it instead.</source>
        <translation>Kimai lehnt API-Passwörter eine Weile ab: Es gab zu viele Versuche mit falschem Benutzernamen oder API-Passwort (Kimai erlaubt fünf pro Minute). Warten Sie eine Minute und prüfen Sie beides, oder besser: Erstellen Sie in Kimai ein API-Token (Ihr Profil → API-Zugang) und verwenden Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Timer started</source>
        <translation>Timer gestartet</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Timer gestoppt</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>There is no saved server called &quot;%1&quot;.</source>
        <translation>Es gibt keinen gespeicherten Server namens „%1“.</translation>
    </message>
    <message>
        <source>Another command is still running.</source>
        <translation>Ein anderer Befehl läuft noch.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading the %1 tab failed: %2</source>
        <translation>Der Tab %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>Screenshot gespeichert unter %1</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Scripted control is not available: %1</source>
        <translation>Die Skriptsteuerung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Kimai Desk has no saved login with a token in the keychain. Log in once in the window (with &quot;Remember the token in the system keychain&quot;), or give --server, --username and --token-file.</source>
        <translation>Kimai Desk hat keine gespeicherte Anmeldung mit einem Token im Schlüsselbund. Melden Sie sich einmal im Fenster an (mit „Token im Schlüsselbund des Systems speichern“), oder geben Sie --server, --username und --token-file an.</translation>
    </message>
    <message>
        <source>The running Kimai Desk did not answer in time. Check the timer in the window before trying again.</source>
        <translation>Das laufende Kimai Desk hat nicht rechtzeitig geantwortet. Prüfen Sie den Timer im Fenster, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>The address of %1 starts with http://, not https://.</source>
        <translation>Die Adresse von %1 beginnt mit http://, nicht mit https://.</translation>
    </message>
    <message>
        <source>Your API token would travel unencrypted over the network, where others can read it. Kimai&apos;s own documentation says to use the API only over https. Continue only on a network you trust.</source>
        <translation>Ihr API-Token würde unverschlüsselt über das Netzwerk übertragen, wo andere es mitlesen können. Laut der Kimai-Dokumentation soll die API nur über https verwendet werden. Fahren Sie nur in einem Netzwerk fort, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Send the token unencrypted</source>
        <translation>Token unverschlüsselt senden</translation>
    </message>
    <message>
        <source>A timer is running</source>
        <translation>Ein Timer läuft</translation>
    </message>
    <message>
        <source>Stop the timer before Kimai Desk quits?</source>
        <translation>Den Timer stoppen, bevor Kimai Desk beendet wird?</translation>
    </message>
    <message>
        <source>Running: %1
A timer that keeps running goes on counting on the server until you stop it, here or in Kimai.</source>
        <translation>Läuft: %1
Ein Timer, der weiterläuft, zählt auf dem Server weiter, bis Sie ihn stoppen – hier oder in Kimai.</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Meine Wahl merken</translation>
    </message>
    <message>
        <source>Change data in Kimai?</source>
        <translation>Daten in Kimai ändern?</translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation>%1 an %2 senden?</translation>
    </message>
    <message>
        <source>This request can change or delete data on the server, with your permissions. Kimai keeps no undo.</source>
        <translation>Diese Anfrage kann mit Ihren Berechtigungen Daten auf dem Server ändern oder löschen. Kimai kann das nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Kimai, for example https://kimai.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Kimai ein, zum Beispiel https://kimai.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Dies ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; use the fields below.</source>
        <translation>Geben Sie Benutzername und Passwort nicht in der Adresse an, sondern in den Feldern unten.</translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Kimai Desk</source>
        <translation>Über Kimai Desk</translation>
    </message>
    <message>
        <source>Connected to Kimai %1 at %2.</source>
        <translation>Verbunden mit Kimai %1 unter %2.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>Nicht mit einem Kimai-Server verbunden.</translation>
    </message>
    <message>
        <source>A native desktop client for the Kimai time-tracking server.</source>
        <translation>Ein nativer Desktop-Client für den Zeiterfassungsserver Kimai.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Kimai Desk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL 3) and QtKeychain (BSD 2-clause). Kimai is a trademark of Kevin Papst; Kimai Desk is an independent client.</source>
        <translation>Kimai Desk ist freie Software unter der GNU General Public License, Version 3 oder später. Es verwendet Qt (LGPL 3) und QtKeychain (BSD-2-Clause). Kimai ist eine Marke von Kevin Papst; Kimai Desk ist ein unabhängiger Client.</translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Global (all projects)</source>
        <translation>Global (alle Projekte)</translation>
    </message>
    <message>
        <source>A global activity can be used with every project that allows global activities.</source>
        <translation>Eine globale Tätigkeit kann mit jedem Projekt verwendet werden, das globale Tätigkeiten erlaubt.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
</context>
<context>
    <name>kd::ApiCommand</name>
    <message>
        <source>Kimai did not answer in time.</source>
        <translation>Kimai hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Another API request is running.</source>
        <translation>Eine andere API-Anfrage läuft noch.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsole</name>
    <message>
        <source>Choose GET, POST, PATCH or DELETE.</source>
        <translation>Wählen Sie GET, POST, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>The path starts with /api/, for example /api/version.</source>
        <translation>Der Pfad beginnt mit /api/, zum Beispiel /api/version.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>Logged out before Kimai answered.</source>
        <translation>Abgemeldet, bevor Kimai geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsoleView</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>/api/timesheets?size=5</source>
        <translation>/api/timesheets?size=5</translation>
    </message>
    <message>
        <source>Path and query</source>
        <translation>Pfad und Abfrage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>The last %n request(s) to this server</source>
        <translation>
            <numerusform>Die letzte Anfrage an diesen Server</numerusform>
            <numerusform>Die letzten %n Anfragen an diesen Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;description&quot;: &quot;…&quot;}</source>
        <translation>JSON-Inhalt, z. B. {&quot;description&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>Pfade: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) from Kimai&apos;s OpenAPI document for this version</source>
        <translation>
            <numerusform>%n Endpunkt aus Kimais OpenAPI-Dokument für diese Version</numerusform>
            <numerusform>%n Endpunkte aus Kimais OpenAPI-Dokument für diese Version</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the API description…</source>
        <translation>Die API-Beschreibung wird gelesen…</translation>
    </message>
    <message>
        <source>Log in to send requests.</source>
        <translation>Melden Sie sich an, um Anfragen zu senden.</translation>
    </message>
    <message>
        <source>Waiting for Kimai…</source>
        <translation>Warten auf Kimai…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent: log in first, or wait for the request before.</source>
        <translation>Nicht gesendet: Melden Sie sich zuerst an oder warten Sie auf die vorige Anfrage.</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
</context>
<context>
    <name>kd::CatalogTab</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation>Sichtbar und versteckt</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Double-click a row to see all its fields.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um alle Felder zu sehen.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, number, comment… (%1)</source>
        <translation>Nach Name, Nummer, Kommentar filtern… (%1)</translation>
    </message>
</context>
<context>
    <name>kd::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a certificate this computer does not trust.&lt;/b&gt;&lt;br&gt;If you run this server yourself or your administrator gave you its fingerprint, compare the fingerprint below. Trusting it applies to this server only; a different certificate later will be refused.</source>
        <translation>&lt;b&gt;%1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.&lt;/b&gt;&lt;br&gt;Wenn Sie diesen Server selbst betreiben oder Ihr Administrator Ihnen den Fingerabdruck gegeben hat, vergleichen Sie ihn mit dem Fingerabdruck unten. Das Vertrauen gilt nur für diesen Server; ein anderes Zertifikat wird später abgelehnt.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen</translation>
    </message>
</context>
<context>
    <name>kd::CommandLine</name>
    <message>
        <source>Kimai Desk — a native desktop client for the Kimai time-tracking server.</source>
        <translation>Kimai Desk – ein nativer Desktop-Client für den Zeiterfassungsserver Kimai.</translation>
    </message>
    <message>
        <source>Start the embedded Kimai demo server and log in to it.</source>
        <translation>Den eingebauten Kimai-Demo-Server starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>With --demo: only serve the demo API (print URL, user and token) until stopped.</source>
        <translation>Mit --demo: nur die Demo-API bereitstellen (URL, Benutzer und Token ausgeben), bis zum Beenden.</translation>
    </message>
    <message>
        <source>Port of the demo server (default: any free port).</source>
        <translation>Port des Demo-Servers (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Number of sample timesheets of the demo server (default 2000).</source>
        <translation>Anzahl der Beispiel-Zeiteinträge des Demo-Servers (Standard: 2000).</translation>
    </message>
    <message>
        <source>API token of the demo server (default: random).</source>
        <translation>API-Token des Demo-Servers (Standard: zufällig).</translation>
    </message>
    <message>
        <source>Timezone of the demo user (default: this computer&apos;s).</source>
        <translation>Zeitzone des Demo-Benutzers (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>Tracking mode of the demo server: default, punch or duration_fixed_begin.</source>
        <translation>Zeiterfassungsmodus des Demo-Servers: default, punch oder duration_fixed_begin.</translation>
    </message>
    <message>
        <source>Address of the Kimai server.</source>
        <translation>Adresse des Kimai-Servers.</translation>
    </message>
    <message>
        <source>Kimai username.</source>
        <translation>Kimai-Benutzername.</translation>
    </message>
    <message>
        <source>Read the API token from this file (- reads standard input).</source>
        <translation>Das API-Token aus dieser Datei lesen (- liest von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Authentication: auto, bearer or legacy.</source>
        <translation>Authentifizierung: auto, bearer oder legacy.</translation>
    </message>
    <message>
        <source>Store the given token in the system keychain.</source>
        <translation>Das angegebene Token im Systemschlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME.</source>
        <translation>Das gespeicherte Serverprofil NAME verwenden.</translation>
    </message>
    <message>
        <source>Open this tab: ping, version, timesheets, activities, projects, customers or i18n.</source>
        <translation>Diesen Tab öffnen: ping, version, timesheets, activities, projects, customers oder i18n.</translation>
    </message>
    <message>
        <source>When the visible tab has loaded, save a PNG of the window and exit.</source>
        <translation>Sobald der sichtbare Tab geladen ist, ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Start in the tray (if there is one).</source>
        <translation>Im Infobereich starten (falls vorhanden).</translation>
    </message>
    <message>
        <source>Start a timer (with --project and --activity).</source>
        <translation>Einen Timer starten (mit --project und --activity).</translation>
    </message>
    <message>
        <source>Stop the running timer(s).</source>
        <translation>Laufende Timer stoppen.</translation>
    </message>
    <message>
        <source>Restart the most recent timesheet.</source>
        <translation>Den letzten Zeiteintrag erneut starten.</translation>
    </message>
    <message>
        <source>Print the running timers as one JSON line.</source>
        <translation>Die laufenden Timer als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Show the window of the running instance.</source>
        <translation>Das Fenster der laufenden Instanz anzeigen.</translation>
    </message>
    <message>
        <source>--serve-only needs --demo.</source>
        <translation>--serve-only benötigt --demo.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--demo-timesheets must be a number from 0 to 1000000.</source>
        <translation>--demo-timesheets muss eine Zahl von 0 bis 1000000 sein.</translation>
    </message>
    <message>
        <source>--auth must be auto, bearer or legacy.</source>
        <translation>--auth muss auto, bearer oder legacy sein.</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Tab „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --serve-only.</source>
        <translation>--screenshot kann nicht mit --serve-only kombiniert werden.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Die Token-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>Kimai version the demo server behaves like: %1 (default: %2).</source>
        <translation>Kimai-Version, die der Demo-Server nachahmt: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>Unknown demo version &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Demo-Version „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--demo-version needs --demo.</source>
        <translation>--demo-version braucht --demo.</translation>
    </message>
    <message>
        <source>--api needs a method and a path, e.g. --api GET /api/version.</source>
        <translation>--api braucht eine Methode und einen Pfad, z. B. --api GET /api/version.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;; use GET, POST, PATCH or DELETE.</source>
        <translation>Unbekannte Methode „%1“; verwenden Sie GET, POST, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>The path of --api starts with /api/, e.g. /api/version.</source>
        <translation>Der Pfad von --api beginnt mit /api/, z. B. /api/version.</translation>
    </message>
    <message>
        <source>--data needs POST, PATCH or DELETE.</source>
        <translation>--data braucht POST, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>Die Datendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--data is larger than %1 KB.</source>
        <translation>--data ist größer als %1 KB.</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>--data ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>With --start: start a favourite, by its number (from 1, as in the Favourites menu) or its name.</source>
        <translation>Mit --start: einen Favoriten starten, über seine Nummer (ab 1, wie im Favoriten-Menü) oder seinen Namen.</translation>
    </message>
    <message>
        <source>Send one request to Kimai&apos;s API with the remembered login and print the answer&apos;s JSON: --api GET /api/version (also POST, PATCH, DELETE).</source>
        <translation>Eine Anfrage mit der gespeicherten Anmeldung an Kimais API senden und das JSON der Antwort ausgeben: --api GET /api/version (auch POST, PATCH, DELETE).</translation>
    </message>
    <message>
        <source>With --api: the JSON body, or @FILE to read it from a file (@- reads standard input).</source>
        <translation>Mit --api: der JSON-Inhalt, oder @DATEI, um ihn aus einer Datei zu lesen (@- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>With --api: the request, e.g. GET /api/timesheets?size=5.</source>
        <translation>Mit --api: die Anfrage, z. B. GET /api/timesheets?size=5.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--data belongs to --api.</source>
        <translation>--data gehört zu --api.</translation>
    </message>
    <message>
        <source>--favorite belongs to --start.</source>
        <translation>--favorite gehört zu --start.</translation>
    </message>
    <message>
        <source>--favorite says what to start: leave out --project and --activity.</source>
        <translation>--favorite legt fest, was gestartet wird: Lassen Sie --project und --activity weg.</translation>
    </message>
    <message>
        <source>--start needs --project and --activity, or --favorite.</source>
        <translation>--start braucht --project und --activity, oder --favorite.</translation>
    </message>
    <message>
        <source>In the window: Ctrl+N adds an entry, Ctrl+T starts a timer, Ctrl+Shift+S stops it.</source>
        <translation>Im Fenster: Strg+N fügt einen Eintrag hinzu, Strg+T startet einen Timer, Strg+Umschalt+S stoppt ihn.</translation>
    </message>
    <message>
        <source>Add a finished entry, e.g. &quot;yesterday 9-12:30&quot; or &quot;mon 14:00 1h30&quot; (with --project and --activity); prints it as one JSON line.</source>
        <translation>Einen abgeschlossenen Eintrag hinzufügen, z. B. &quot;yesterday 9-12:30&quot; oder &quot;mon 14:00 1h30&quot; (mit --project und --activity); gibt ihn als eine JSON-Zeile aus.</translation>
    </message>
    <message>
        <source>Export the timesheets of a range (default: this week, all pages) in FORMAT (csv) to standard output or --output.</source>
        <translation>Die Zeiteinträge eines Zeitraums (Standard: diese Woche, alle Seiten) im FORMAT (csv) auf die Standardausgabe oder nach --output exportieren.</translation>
    </message>
    <message>
        <source>First day for --export (e.g. 2026-12-01, mon, yesterday).</source>
        <translation>Erster Tag für --export (z. B. 2026-12-01, mon, yesterday).</translation>
    </message>
    <message>
        <source>Last day for --export.</source>
        <translation>Letzter Tag für --export.</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>Datei für --export (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Project for --start and --add (ID or name).</source>
        <translation>Projekt für --start und --add (ID oder Name).</translation>
    </message>
    <message>
        <source>Activity for --start and --add (ID or name).</source>
        <translation>Tätigkeit für --start und --add (ID oder Name).</translation>
    </message>
    <message>
        <source>Description for --start and --add.</source>
        <translation>Beschreibung für --start und --add.</translation>
    </message>
    <message>
        <source>Comma-separated tags for --start and --add (missing tags are created where you may).</source>
        <translation>Kommagetrennte Schlagworte für --start und --add (fehlende werden angelegt, wo Sie es dürfen).</translation>
    </message>
    <message>
        <source>Give only one of --start, --stop, --restart-last, --status, --show, --add, --export and --api.</source>
        <translation>Geben Sie nur eines von --start, --stop, --restart-last, --status, --show, --add, --export und --api an.</translation>
    </message>
    <message>
        <source>--add needs --project and --activity.</source>
        <translation>--add braucht --project und --activity.</translation>
    </message>
    <message>
        <source>--add needs the time of the entry, e.g. --add &quot;yesterday 9-12:30&quot;.</source>
        <translation>--add braucht die Zeit des Eintrags, z. B. --add &quot;yesterday 9-12:30&quot;.</translation>
    </message>
    <message>
        <source>--project, --activity, --description and --tags belong to --start and --add.</source>
        <translation>--project, --activity, --description und --tags gehören zu --start und --add.</translation>
    </message>
    <message>
        <source>--export knows one format: csv.</source>
        <translation>--export kennt ein Format: csv.</translation>
    </message>
    <message>
        <source>--from, --to and --output belong to --export.</source>
        <translation>--from, --to und --output gehören zu --export.</translation>
    </message>
</context>
<context>
    <name>kd::CommandRunner</name>
    <message>
        <source>The command did not finish in time.</source>
        <translation>Der Befehl wurde nicht rechtzeitig beendet.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s) running.</source>
        <translation>
            <numerusform>%n Timer läuft.</numerusform>
            <numerusform>%n Timer laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Kein Timer läuft.</translation>
    </message>
    <message>
        <source>Restarted.</source>
        <translation>Erneut gestartet.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>No timer was running.</source>
        <translation>Es lief kein Timer.</translation>
    </message>
    <message>
        <source>No visible project is called &quot;%1&quot;.</source>
        <translation>Es gibt kein sichtbares Projekt namens „%1“.</translation>
    </message>
    <message>
        <source>No activity called &quot;%1&quot; fits this project.</source>
        <translation>Keine Tätigkeit namens „%1“ passt zu diesem Projekt.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is ambiguous (%n matches); use the ID.</source>
        <translation>
            <numerusform>„%1“ ist mehrdeutig (%n Treffer); verwenden Sie die ID.</numerusform>
            <numerusform>„%1“ ist mehrdeutig (%n Treffer); verwenden Sie die ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Gestartet.</translation>
    </message>
    <message>
        <source>The projects and activities could not be loaded.</source>
        <translation>Die Projekte und Tätigkeiten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Restarted at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>Erneut gestartet um %1. Kimai ist nicht erreichbar: Der Start wird aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Started at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>Gestartet um %1. Kimai ist nicht erreichbar: Der Start wird aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Stopped. Kimai cannot be reached: the stop is kept and sent when Kimai answers.</source>
        <translation>Gestoppt. Kimai ist nicht erreichbar: Der Stopp wird aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Favourites are not available here.</source>
        <translation>Favoriten sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>The favourite could not be started now.</source>
        <translation>Der Favorit konnte jetzt nicht gestartet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry: %2</source>
        <translation>„%1“ kann nicht als Eintrag gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry at &quot;%2&quot;: %3</source>
        <translation>„%1“ kann bei „%2“ nicht als Eintrag gelesen werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no end: give a range or a duration, e.g. &quot;9-12:30&quot; or &quot;14:00 1h30&quot;.</source>
        <translation>„%1“ hat kein Ende: Geben Sie einen Zeitraum oder eine Dauer an, z. B. „9-12:30“ oder „14:00 1h30“.</translation>
    </message>
    <message>
        <source>Kimai did not save the entry.</source>
        <translation>Kimai hat den Eintrag nicht gespeichert.</translation>
    </message>
    <message>
        <source>Added: %1, %2.</source>
        <translation>Hinzugefügt: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>„%1“ ist kein Datum: %2</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Added: %1, %2. Kimai cannot be reached: the entry is kept and sent when Kimai answers.</source>
        <translation>Hinzugefügt: %1, %2. Kimai ist nicht erreichbar: Der Eintrag wird aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
</context>
<context>
    <name>kd::CustomerModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
</context>
<context>
    <name>kd::EntryController</name>
    <message>
        <source>This Kimai is in punch-clock mode: begin and end are the moments you start and stop, and only teamleads and administrators may change them.</source>
        <translation>Dieses Kimai arbeitet im Stempeluhr-Modus: Beginn und Ende sind die Momente, in denen Sie starten und stoppen; nur Teamleiter und Administratoren dürfen sie ändern.</translation>
    </message>
    <message>
        <source>This Kimai&apos;s tracking mode (%1) sets begin and end itself; only teamleads and administrators may change them.</source>
        <translation>Der Erfassungsmodus dieses Kimai (%1) legt Beginn und Ende selbst fest; nur Teamleiter und Administratoren dürfen sie ändern.</translation>
    </message>
    <message>
        <source>This entry has been exported (for an invoice or a report) and is locked. Only users allowed to edit exported entries (administrators) can change or delete it.</source>
        <translation>Dieser Eintrag wurde exportiert (für eine Rechnung oder einen Bericht) und ist gesperrt. Nur Benutzer, die exportierte Einträge bearbeiten dürfen (Administratoren), können ihn ändern oder löschen.</translation>
    </message>
    <message>
        <source>%1 Kimai may have saved the entry anyway: refresh the list (F5) before saving it again.</source>
        <translation>%1 Kimai hat den Eintrag eventuell trotzdem gespeichert: Laden Sie die Liste neu (F5), bevor Sie ihn erneut speichern.</translation>
    </message>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>Kimai erlaubt keine Zeiten in der Zukunft.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>This entry belongs to another user. Only users allowed to edit other users&apos; timesheets (teamleads and administrators) can change, duplicate or delete it.</source>
        <translation>Dieser Eintrag gehört einem anderen Benutzer. Nur Benutzer, die die Zeiteinträge anderer bearbeiten dürfen (Teamleiter und Administratoren), können ihn ändern, duplizieren oder löschen.</translation>
    </message>
    <message>
        <source>This Kimai records durations from a fixed begin: Kimai sets the begin (today, at its default begin time) and the entry runs until you stop it; only teamleads and administrators may change begin and end.</source>
        <translation>Dieses Kimai erfasst Dauern ab einem festen Beginn: Kimai setzt den Beginn (heute, zur voreingestellten Beginnzeit), und der Eintrag läuft, bis Sie ihn stoppen; nur Teamleiter und Administratoren dürfen Beginn und Ende ändern.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and the offline journal could not keep the change: %1</source>
        <translation>Dieser Eintrag ist noch nicht in Kimai, und das Offline-Journal konnte die Änderung nicht aufbewahren: %1</translation>
    </message>
</context>
<context>
    <name>kd::EntryDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>type to search (optional)</source>
        <translation>zum Suchen tippen (optional)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>kommagetrennt, z. B. Meeting, intern</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Abrechenbar</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagworte:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The entry could not be read: %1</source>
        <translation>Der Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Edit entry #%1</source>
        <translation>Eintrag #%1 bearbeiten</translation>
    </message>
    <message>
        <source>Reading the entry…</source>
        <translation>Eintrag wird gelesen…</translation>
    </message>
    <message>
        <source>Duplicate entry #%1</source>
        <translation>Eintrag #%1 duplizieren</translation>
    </message>
    <message>
        <source>Kimai decides whether the entry is billable (from the customer, project and activity).</source>
        <translation>Kimai entscheidet, ob der Eintrag abrechenbar ist (nach Kunde, Projekt und Tätigkeit).</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Wählen Sie eine Tätigkeit.</translation>
    </message>
    <message>
        <source>Some of the times cannot be read: nothing was sent.</source>
        <translation>Einige Zeiten können nicht gelesen werden: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This Kimai does not record breaks (break time is switched off).</source>
        <translation>Dieses Kimai erfasst keine Pausen (die Pausenzeit ist ausgeschaltet).</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). This is the entry as the list shows it; what you save is kept and sent when Kimai answers.</source>
        <translation>Kimai ist nicht erreichbar (%1). Dies ist der Eintrag, wie die Liste ihn zeigt; was Sie speichern, wird aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>This entry has changes that are not in Kimai yet. What you save is kept and sent after them, when Kimai answers.</source>
        <translation>Dieser Eintrag hat Änderungen, die noch nicht in Kimai sind. Was Sie speichern, wird aufbewahrt und danach gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Edit entry (not yet in Kimai)</source>
        <translation>Eintrag bearbeiten (noch nicht in Kimai)</translation>
    </message>
    <message>
        <source>Duplicate entry (not yet in Kimai)</source>
        <translation>Eintrag duplizieren (noch nicht in Kimai)</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
</context>
<context>
    <name>kd::EntryNotices</name>
    <message>
        <source>#%1 is now #%2</source>
        <translation>#%1 ist jetzt #%2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Entry %1 saved.</source>
        <translation>Eintrag %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries deleted (Ctrl+Z restores them).</source>
        <translation>
            <numerusform>%n Eintrag gelöscht (Strg+Z stellt ihn wieder her).</numerusform>
            <numerusform>%n Einträge gelöscht (Strg+Z stellt sie wieder her).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored with a new id: %1.</source>
        <translation>Mit neuer ID wiederhergestellt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kimai cannot be reached: %n change(s) kept and sent when it answers.</source>
        <translation>
            <numerusform>Kimai ist nicht erreichbar: %n Änderung aufbewahrt, sie wird gesendet, sobald Kimai antwortet.</numerusform>
            <numerusform>Kimai ist nicht erreichbar: %n Änderungen aufbewahrt, sie werden gesendet, sobald Kimai antwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::EntryTimesBox</name>
    <message>
        <source>e.g. yesterday 9-12:30, mon 14:00 1h30</source>
        <translation>z. B. gestern 9-12:30, Mo 14:00 1h30</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <source>Brea&amp;k</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>e.g. 1h30</source>
        <translation>z. B. 1h30</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>The break is not counted as worked time (e.g. 30 or 0:30).</source>
        <translation>Die Pause zählt nicht als Arbeitszeit (z. B. 30 oder 0:30).</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Understood so far: %2</source>
        <translation>%1 Bisher verstanden: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The break is longer than the entry.</source>
        <translation>Die Pause ist länger als der Eintrag.</translation>
    </message>
    <message>
        <source>A stopped entry needs an end or a duration.</source>
        <translation>Ein beendeter Eintrag braucht ein Ende oder eine Dauer.</translation>
    </message>
</context>
<context>
    <name>kd::ExchangeLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>Der Inhalt wird nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>kd::ExchangesView</name>
    <message>
        <source>Filter by method, path or status</source>
        <translation>Nach Methode, Pfad oder Status filtern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>%Ln neu ↓</numerusform>
            <numerusform>%Ln neue ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ExportBar</name>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Exporting… page %1 of %2</source>
        <translation>Export läuft… Seite %1 von %2</translation>
    </message>
    <message>
        <source>Exporting… page %1</source>
        <translation>Export läuft… Seite %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation>%1 Gespeichert als %2.</translation>
    </message>
</context>
<context>
    <name>kd::Favorites</name>
    <message>
        <source>The favourites could not be read: %1</source>
        <translation>Die Favoriten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The entry could not be made a favourite: %1</source>
        <translation>Der Eintrag konnte nicht zum Favoriten gemacht werden: %1</translation>
    </message>
    <message>
        <source>The favourite could not be removed: %1</source>
        <translation>Der Favorit konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>There are no favourites yet.</source>
        <translation>Es gibt noch keine Favoriten.</translation>
    </message>
    <message numerus="yes">
        <source>There is no favourite %1: there are %n favourite(s).</source>
        <translation>
            <numerusform>Es gibt keinen Favoriten %1: Es gibt %n Favoriten.</numerusform>
            <numerusform>Es gibt keinen Favoriten %1: Es gibt %n Favoriten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No favourite is called &quot;%1&quot;.</source>
        <translation>Kein Favorit heißt „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n favourites; use the number.</source>
        <translation>
            <numerusform>„%1“ passt zu %n Favoriten; verwenden Sie die Nummer.</numerusform>
            <numerusform>„%1“ passt zu %n Favoriten; verwenden Sie die Nummer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::FavoritesMenu</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Reading the favourites…</source>
        <translation>Favoriten werden gelesen…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Start a timer for this favourite</source>
        <translation>Einen Timer für diesen Favoriten starten</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Noch keine Favoriten</translation>
    </message>
    <message>
        <source>Add “%1” to the favourites</source>
        <translation>„%1“ zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kept on this computer (this Kimai has no favourites)</source>
        <translation>Auf diesem Computer gespeichert (dieses Kimai hat keine Favoriten)</translation>
    </message>
</context>
<context>
    <name>kd::HoursChart</name>
    <message>
        <source>The chart plugin was not found (looked for %1).</source>
        <translation>Das Diagramm-Plugin wurde nicht gefunden (gesucht: %1).</translation>
    </message>
    <message>
        <source>The chart plugin %1 is not the one this Kimai Desk needs.</source>
        <translation>Das Diagramm-Plugin %1 passt nicht zu diesem Kimai Desk.</translation>
    </message>
</context>
<context>
    <name>kd::I18nTab</name>
    <message>
        <source>i18n</source>
        <translation>i18n</translation>
    </message>
    <message>
        <source>Formats from /api/config/i18n (Kimai 1.x)</source>
        <translation>Formate aus /api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>24-hour clock</source>
        <translation>24-Stunden-Format</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>This Kimai does not offer /api/config/i18n: the endpoint was removed in Kimai 2.0. Kimai 2 takes language, locale and timezone from the user profile instead:</source>
        <translation>Dieses Kimai bietet /api/config/i18n nicht an: Der Endpunkt wurde in Kimai 2.0 entfernt. Kimai 2 übernimmt Sprache, Gebietsschema und Zeitzone stattdessen aus dem Benutzerprofil:</translation>
    </message>
    <message>
        <source>Your Kimai profile (/api/users/me)</source>
        <translation>Ihr Kimai-Profil (/api/users/me)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Timesheet configuration (/api/config/timesheet)</source>
        <translation>Zeiterfassungs-Konfiguration (/api/config/timesheet)</translation>
    </message>
    <message>
        <source>Tracking mode</source>
        <translation>Zeiterfassungsmodus</translation>
    </message>
    <message>
        <source>Default begin time</source>
        <translation>Standard-Beginnzeit</translation>
    </message>
    <message>
        <source>Running entries allowed</source>
        <translation>Erlaubte laufende Einträge</translation>
    </message>
    <message>
        <source>Future times allowed</source>
        <translation>Zeiten in der Zukunft erlaubt</translation>
    </message>
    <message>
        <source>Overlapping entries allowed</source>
        <translation>Überlappende Einträge erlaubt</translation>
    </message>
    <message>
        <source>How Kimai Desk formats for locale %1</source>
        <translation>Wie Kimai Desk für das Gebietsschema %1 formatiert</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>Langes Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The server&apos;s clock and this computer&apos;s agree (within a second).</source>
        <translation>Die Uhren des Servers und dieses Computers stimmen überein (auf eine Sekunde genau).</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>Die Uhr des Servers geht gegenüber diesem Computer %1 s vor.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>Die Uhr des Servers geht gegenüber diesem Computer %1 s nach.</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Uhren</translation>
    </message>
    <message>
        <source>Server time now: %1 (%2)</source>
        <translation>Aktuelle Serverzeit: %1 (%2)</translation>
    </message>
    <message>
        <source>Date in forms</source>
        <translation>Datum in Formularen</translation>
    </message>
</context>
<context>
    <name>kd::IdleQuestionWindow</name>
    <message>
        <source>You were away — Kimai Desk</source>
        <translation>Sie waren weg – Kimai Desk</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>Der Timer lief, während Sie weg waren</translation>
    </message>
    <message>
        <source>Closing this window keeps the time.</source>
        <translation>Wenn Sie dieses Fenster schließen, bleibt die Zeit erhalten.</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Projekt wählen</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Tätigkeit wählen</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>e.g. Team meeting</source>
        <translation>z. B. Teambesprechung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Book the time there</source>
        <translation>Zeit dort &amp;buchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Choose the project and the activity to book the time on.</source>
        <translation>Wählen Sie das Projekt und die Tätigkeit, auf die die Zeit gebucht werden soll.</translation>
    </message>
</context>
<context>
    <name>kd::InspectorPane</name>
    <message>
        <source>API console</source>
        <translation>API-Konsole</translation>
    </message>
    <message>
        <source>Send your own request to Kimai&apos;s API and inspect the answer</source>
        <translation>Eine eigene Anfrage an Kimais API senden und die Antwort untersuchen</translation>
    </message>
</context>
<context>
    <name>kd::Journal</name>
    <message>
        <source>The journal&apos;s folder could not be created</source>
        <translation>Der Ordner des Journals konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The journal file could not be opened</source>
        <translation>Die Journaldatei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The journal file could not be set up</source>
        <translation>Die Journaldatei konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>Das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The journal could not be written</source>
        <translation>Das Journal konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The action is no longer waiting</source>
        <translation>Die Aktion wartet nicht mehr</translation>
    </message>
    <message>
        <source>The action is not in the journal</source>
        <translation>Die Aktion steht nicht im Journal</translation>
    </message>
    <message>
        <source>The journal file could not be read: %1</source>
        <translation>Die Journaldatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The journal file was written by a newer version of Kimai Desk (format %1; this version knows up to %2). It was left unchanged.</source>
        <translation>Die Journaldatei stammt von einer neueren Version von Kimai Desk (Format %1; diese Version kennt Formate bis %2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Updating the journal file to format %1 failed: %2</source>
        <translation>Die Journaldatei konnte nicht auf Format %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>kd::JsonFormatter</name>
    <message>
        <source>The text ends inside a string.</source>
        <translation>Der Text endet innerhalb einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Ungültige Escape-Sequenz in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Control character inside a string.</source>
        <translation>Steuerzeichen in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Ungültige Zahl.</translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation>Unerwartetes Zeichen.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key.</source>
        <translation>&apos;:&apos; nach einem Schlüssel erwartet.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;.</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos;.</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON value.</source>
        <translation>Unerwartete Daten nach dem Ende des JSON-Werts.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Inhalt ist leer.</translation>
    </message>
    <message>
        <source>The text ends before the JSON value is complete.</source>
        <translation>Der Text endet, bevor der JSON-Wert vollständig ist.</translation>
    </message>
</context>
<context>
    <name>kd::JsonInspector</name>
    <message>
        <source>Save Body</source>
        <translation>Inhalt speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;Text files (*.txt);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the formatted body to the clipboard</source>
        <translation>Den formatierten Inhalt in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Select a request to inspect it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>Der Inhalt wird nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>The body is no longer kept: the log keeps only the bodies of the latest requests.</source>
        <translation>Der Inhalt wird nicht mehr aufbewahrt: Das Protokoll behält nur die Inhalte der letzten Anfragen.</translation>
    </message>
    <message>
        <source>No response was received.</source>
        <translation>Es wurde keine Antwort empfangen.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept.</source>
        <translation>Nur die ersten %1 von %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>This body is %1, larger than %2: the inspector shows plain text only.</source>
        <translation>Dieser Inhalt ist %1 groß, mehr als %2: Der Inspektor zeigt nur reinen Text.</translation>
    </message>
    <message>
        <source>The response is HTML; it is shown as plain text.</source>
        <translation>Die Antwort ist HTML; sie wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>The body is not JSON; it is shown as plain text.</source>
        <translation>Der Inhalt ist kein JSON; er wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation>Baum wird aufgebaut…</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation>Der Inhalt ist kein JSON.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <source>No request headers.</source>
        <translation>Keine Anfrage-Header.</translation>
    </message>
    <message>
        <source>No request body.</source>
        <translation>Kein Anfrage-Inhalt.</translation>
    </message>
    <message numerus="yes">
        <source>Request (%Ln header(s))</source>
        <translation>
            <numerusform>Anfrage (%Ln Header)</numerusform>
            <numerusform>Anfrage (%Ln Header)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%Ln)</source>
        <translation>
            <numerusform>Antwort-Header (%Ln)</numerusform>
            <numerusform>Antwort-Header (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 The part before is formatted; the rest is shown as received.</source>
        <translation>Kein gültiges JSON bei Byte %1: %2 Der Teil davor ist formatiert; der Rest wird wie empfangen angezeigt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The body could not be parsed as JSON, so there is no tree.</source>
        <translation>Der Inhalt konnte nicht als JSON gelesen werden, daher gibt es keinen Baum.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy this request as a curl command; the token is left out as $KIMAI_TOKEN</source>
        <translation>Diese Anfrage als curl-Befehl kopieren; das Token wird als $KIMAI_TOKEN ausgelassen</translation>
    </message>
</context>
<context>
    <name>kd::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The system keychain reported: %1</source>
        <translation>Der Systemschlüsselbund meldet: %1</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>Systemschlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (reading it back gave a different value).</source>
        <translation>Der Systemschlüsselbund hat das Token nicht behalten (beim Zurücklesen kam ein anderer Wert).</translation>
    </message>
</context>
<context>
    <name>kd::LegacyBanner</name>
    <message>
        <source>Create an API token…</source>
        <translation>API-Token erstellen…</translation>
    </message>
    <message>
        <source>Opens your API token page of this Kimai in the browser</source>
        <translation>Öffnet Ihre API-Token-Seite dieses Kimai im Browser</translation>
    </message>
    <message>
        <source>Hide this notice until the next login</source>
        <translation>Diesen Hinweis bis zur nächsten Anmeldung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kimai is removing API passwords — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai %1 answers every request made with one 200 to 500 ms late, and Kimai 3.0 refuses them. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;Kimai schafft API-Passwörter ab — erstellen Sie ein API-Token.&lt;/b&gt; Sie sind mit einem API-Passwort angemeldet: Kimai %1 beantwortet jede damit gestellte Anfrage 200 bis 500 ms später, und Kimai 3.0 lehnt sie ab. Erstellen Sie ein Token und melden Sie sich dann mit der Methode „API-Token (Bearer)“ erneut an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;API passwords are deprecated — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai deprecated them in version 2.14, slows them down from 2.54 and refuses them from 3.0. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;API-Passwörter sind veraltet — legen Sie ein API-Token an.&lt;/b&gt; Sie sind mit einem API-Passwort angemeldet: Kimai hat sie in Version 2.14 für veraltet erklärt, verlangsamt sie ab 2.54 und lehnt sie ab 3.0 ab. Legen Sie ein Token an und melden Sie sich dann erneut mit der Methode „API-Token (Bearer)“ an.</translation>
    </message>
</context>
<context>
    <name>kd::LoginController</name>
    <message>
        <source>%1 %2 → no answer: %3</source>
        <translation>%1 %2 → keine Antwort: %3</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <translation>%1 %2 → %3 · %4 ms</translation>
    </message>
    <message>
        <source>The API password method needs your Kimai username.</source>
        <translation>Die Methode „API-Passwort“ benötigt Ihren Kimai-Benutzernamen.</translation>
    </message>
    <message>
        <source>This address uses plain http: your API token would travel unencrypted over the network. Use https, or confirm that you accept this for this server.</source>
        <translation>Diese Adresse verwendet unverschlüsseltes http: Ihr API-Token würde unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https, oder bestätigen Sie, dass Sie dies für diesen Server akzeptieren.</translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation>Geben Sie Ihr API-Token ein.</translation>
    </message>
    <message>
        <source>Enter your API token (create one in Kimai under your profile → API access).</source>
        <translation>Geben Sie Ihr API-Token ein (erstellen Sie eines in Kimai unter Ihr Profil → API-Zugang).</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the stored token cannot be read. Enter your API token; it will be kept for this session only.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar, daher kann das gespeicherte Token nicht gelesen werden. Geben Sie Ihr API-Token ein; es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (or it is locked). Unlock it, or enter your API token.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (oder er ist gesperrt). Entsperren Sie ihn, oder geben Sie Ihr API-Token ein.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will need to enter it again next time.</source>
        <translation>Kein Systemschlüsselbund verfügbar: Das Token wird nur für diese Sitzung aufbewahrt, und Sie müssen es beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <source>There is no saved server to forget a token for.</source>
        <translation>Es gibt keinen gespeicherten Server, dessen Token vergessen werden könnte.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Das Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is configured.</source>
        <translation>Es ist kein Systemschlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No token is stored in the keychain for this server any more. Enter your API token.</source>
        <translation>Im Schlüsselbund ist für diesen Server kein Token mehr gespeichert. Geben Sie Ihr API-Token ein.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1). It is kept for this session only.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1). Es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) answers on this computer.</source>
        <translation>Auf diesem Computer antwortet kein Schlüsselbund des Systems (Secret Service).</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). Working offline with what was known on %2: changes are kept on this computer and sent when Kimai answers.</source>
        <translation>Kimai ist nicht erreichbar (%1). Es wird offline mit dem Stand vom %2 gearbeitet: Änderungen werden auf diesem Computer aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Logged in with an API password. Kimai deprecated API passwords in version 2.14, answers every request made with one 200 to 500 ms late since 2.54, and removes them in 3.0. Create an API token in Kimai (your profile → API access → Create) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>Mit einem API-Passwort angemeldet. Kimai hat API-Passwörter in Version 2.14 für veraltet erklärt, beantwortet seit 2.54 jede damit gestellte Anfrage 200 bis 500 ms später und entfernt sie in 3.0. Erstellen Sie in Kimai ein API-Token (Ihr Profil → API-Zugang → Erstellen) und melden Sie sich mit der Methode „API-Token (Bearer)“ an.</translation>
    </message>
</context>
<context>
    <name>kd::LoginPage</name>
    <message>
        <source>Log in to Kimai</source>
        <translation>Bei Kimai anmelden</translation>
    </message>
    <message>
        <source>Enter the address of your Kimai and an API token. Create a token in Kimai under your profile → API access.</source>
        <translation>Geben Sie die Adresse Ihres Kimai und ein API-Token ein. Ein Token erstellen Sie in Kimai unter Ihr Profil → API-Zugang.</translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation>Gespeicherter Server</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this saved server and its stored token</source>
        <translation>Diesen gespeicherten Server und sein gespeichertes Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Saved server:</source>
        <translation>&amp;Gespeicherter Server:</translation>
    </message>
    <message>
        <source>https://kimai.example.com</source>
        <translation>https://kimai.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>needed for the API password method</source>
        <translation>nötig für die Methode „API-Passwort“</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>API token (Bearer, Kimai 2.14+)</source>
        <translation>API-Token (Bearer, Kimai 2.14+)</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>API-Passwort (veraltet, X-AUTH)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Token im Systemschlüsselbund s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>Each request of Test connection and Log in appears here with its status and time.</source>
        <translation>Jede Anfrage von „Verbindung testen“ und „Anmelden“ erscheint hier mit Status und Dauer.</translation>
    </message>
    <message>
        <source>Connection works: Kimai %1, signed in as %2.</source>
        <translation>Verbindung funktioniert: Kimai %1, angemeldet als %2.</translation>
    </message>
    <message>
        <source>✔ Test passed.</source>
        <translation>✔ Test erfolgreich.</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Neuer Server…</translation>
    </message>
    <message>
        <source>paste your API token</source>
        <translation>API-Token hier einfügen</translation>
    </message>
    <message>
        <source>stored in the system keychain — leave empty to use it</source>
        <translation>im Systemschlüsselbund gespeichert – leer lassen, um es zu verwenden</translation>
    </message>
    <message>
        <source>The saved server was removed.</source>
        <translation>Der gespeicherte Server wurde entfernt.</translation>
    </message>
    <message>
        <source>— Test connection —</source>
        <translation>— Verbindung testen —</translation>
    </message>
    <message>
        <source>— Log in —</source>
        <translation>— Anmelden —</translation>
    </message>
    <message>
        <source>Use an https:// address to keep your token private.</source>
        <translation>Verwenden Sie eine https://-Adresse, damit Ihr Token geschützt bleibt.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation>Token wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Trusting the certificate for this server and trying again…</source>
        <translation>Zertifikat wird für diesen Server als vertrauenswürdig gespeichert, neuer Versuch…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>No system keychain is available, so the token will be kept for this session only — Kimai Desk never writes it to a file.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird das Token nur für diese Sitzung aufbewahrt – Kimai Desk schreibt es nie in eine Datei.</translation>
    </message>
    <message>
        <source>paste your new API token</source>
        <translation>Ihr neues API-Token einfügen</translation>
    </message>
    <message>
        <source>Kimai is removing API passwords: create an API token in Kimai (your profile → API access) and paste it here. The stored API password still works with the method &quot;API password (legacy X-AUTH)&quot;.</source>
        <translation>Kimai schafft API-Passwörter ab: Erstellen Sie in Kimai ein API-Token (Ihr Profil → API-Zugang) und fügen Sie es hier ein. Das gespeicherte API-Passwort funktioniert weiter mit der Methode „API-Passwort (veraltet, X-AUTH)“.</translation>
    </message>
</context>
<context>
    <name>kd::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>Token &amp;vergessen</translation>
    </message>
    <message>
        <source>Delete this server&apos;s token from the system keychain</source>
        <translation>Das Token dieses Servers aus dem Systemschlüsselbund löschen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Restart last</source>
        <translation>&amp;Letzten erneut starten</translation>
    </message>
    <message>
        <source>Re&amp;load running timer</source>
        <translation>Laufenden Timer &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation>In &amp;JSON suchen</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>JSON &amp;inspector</source>
        <translation>JSON-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kimai Desk</source>
        <translation>Ü&amp;ber Kimai Desk</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Add an entry with its times (a meeting you forgot to start)</source>
        <translation>Einen Eintrag mit seinen Zeiten hinzufügen (ein Termin, für den Sie den Timer vergessen haben)</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Exchanges</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>%1 (token in keychain)</source>
        <translation>%1 (Token im Schlüsselbund)</translation>
    </message>
    <message>
        <source>%1 (token for this session only)</source>
        <translation>%1 (Token nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Not connected (login failed)</source>
        <translation>Nicht verbunden (Anmeldung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
    <message>
        <source>%1@%2 — Kimai Desk</source>
        <translation>%1@%2 — Kimai Desk</translation>
    </message>
    <message numerus="yes">
        <source>Kimai refused the token. Log in again; %n change(s) wait and are sent after the login.</source>
        <translation>
            <numerusform>Kimai hat das Token abgelehnt. Melden Sie sich erneut an; %n Änderung wartet und wird nach der Anmeldung gesendet.</numerusform>
            <numerusform>Kimai hat das Token abgelehnt. Melden Sie sich erneut an; %n Änderungen warten und werden nach der Anmeldung gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Kimai could not be reached at the login. Shown is what was known on %1; changes are kept on this computer and sent when Kimai answers.</source>
        <translation>Kimai war bei der Anmeldung nicht erreichbar. Angezeigt wird der Stand vom %1; Änderungen werden auf diesem Computer aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
</context>
<context>
    <name>kd::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>kd::ModelFormat</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>kd::NoticeWindow</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>kd::OfflineChangesDialog</name>
    <message>
        <source>Changes not yet in Kimai</source>
        <translation>Änderungen, die noch nicht in Kimai sind</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Every change is in Kimai.</source>
        <translation>Alle Änderungen sind in Kimai.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Warten auf das Senden</translation>
    </message>
    <message>
        <source>may have reached Kimai already: it is looked up before it is sent again</source>
        <translation>ist vielleicht schon in Kimai angekommen: Es wird dort nachgesehen, bevor es erneut gesendet wird</translation>
    </message>
    <message>
        <source>Noted %1</source>
        <translation>Festgehalten %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Nichts wartet.</translation>
    </message>
</context>
<context>
    <name>kd::OfflineStatus</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Kimai cannot be reached. Your changes are kept on this computer and sent, with the times you made them, as soon as Kimai answers.</source>
        <translation>Kimai ist nicht erreichbar. Ihre Änderungen werden auf diesem Computer aufbewahrt und mit den Zeiten, zu denen Sie sie gemacht haben, gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>Braucht Aufmerksamkeit…</translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>Änderungen anzeigen…</translation>
    </message>
</context>
<context>
    <name>kd::OfflineWork</name>
    <message numerus="yes">
        <source>%n change(s) waiting for Kimai</source>
        <translation>
            <numerusform>%n Änderung wartet auf Kimai</numerusform>
            <numerusform>%n Änderungen warten auf Kimai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention, %1 waiting</source>
        <translation>
            <numerusform>%n Änderung braucht Ihre Aufmerksamkeit, %1 warten</numerusform>
            <numerusform>%n Änderungen brauchen Ihre Aufmerksamkeit, %1 warten</numerusform>
        </translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>Tätigkeit %1</translation>
    </message>
    <message>
        <source>the entry started offline</source>
        <translation>den offline gestarteten Eintrag</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Start %1 at %2</source>
        <translation>%1 starten um %2</translation>
    </message>
    <message>
        <source>Stop %1 at %2</source>
        <translation>%1 stoppen um %2</translation>
    </message>
    <message>
        <source>New entry %1, %2 to %3</source>
        <translation>Neuer Eintrag %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>kd::PickerField</name>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>zum Suchen tippen</translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message>
        <source>No pings yet</source>
        <translation>Noch keine Pings</translation>
    </message>
    <message>
        <source>max %1 ms</source>
        <translation>max. %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>last %Ln ping(s)</source>
        <translation>
            <numerusform>%Ln Ping</numerusform>
            <numerusform>letzte %Ln Pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message>
        <source>Ping again</source>
        <translation>Erneut pingen</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Repeat interval in seconds</source>
        <translation>Wiederholungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>The server answered:</source>
        <translation>Der Server hat geantwortet:</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>The last ping failed.</source>
        <translation>Der letzte Ping ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Antwortzeit: %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s), none answered.</source>
        <translation>
            <numerusform>%Ln Ping, nicht beantwortet.</numerusform>
            <numerusform>%Ln Pings, keiner beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4</source>
        <translation>
            <numerusform>%Ln Ping: min. %1 ms · Durchschnitt %2 ms · max. %3 ms · fehlgeschlagen: %4</numerusform>
            <numerusform>%Ln Pings: min. %1 ms · Durchschnitt %2 ms · max. %3 ms · fehlgeschlagen: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer the last ping.</source>
        <translation>Der Server hat auf den letzten Ping nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>kd::ProjectModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Global activities</source>
        <translation>Globale Tätigkeiten</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
</context>
<context>
    <name>kd::RangeLoader</name>
    <message>
        <source>Loading the timesheets was cancelled.</source>
        <translation>Das Laden der Zeiteinträge wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>Nicht mit einem Kimai-Server verbunden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 of the timesheets could not be loaded: %2</source>
        <translation>%1 der Zeiteinträge konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>kd::RetryEditor</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>&amp;Begin:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>kd::Screenshotter</name>
    <message>
        <source>Timed out waiting for the window to load.</source>
        <translation>Zeitüberschreitung beim Warten auf das Laden des Fensters.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>kd::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Kimai Desk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Kimai Desk.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Re-read the running timer every:</source>
        <translation>Laufenden Timer neu abrufen alle:</translation>
    </message>
    <message>
        <source>Closing the window keeps Kimai Desk in the tray</source>
        <translation>Beim Schließen des Fensters bleibt Kimai Desk im Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Show a desktop notification when a timer starts or stops from the tray or a command</source>
        <translation>Desktop-Benachrichtigung anzeigen, wenn ein Timer über den Infobereich oder einen Befehl startet oder stoppt</translation>
    </message>
    <message>
        <source>Start Kimai Desk when I log in</source>
        <translation>Kimai Desk bei der Anmeldung am Computer starten</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Network timeout (no data for):</source>
        <translation>Netzwerk-Zeitlimit (keine Daten für):</translation>
    </message>
    <message>
        <source>Maximum response size:</source>
        <translation>Maximale Antwortgröße:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation>Zeiterfassung</translation>
    </message>
</context>
<context>
    <name>kd::Shell</name>
    <message>
        <source>Timer started</source>
        <translation>Timer gestartet</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Timer gestoppt</translation>
    </message>
</context>
<context>
    <name>kd::SleepMonitor</name>
    <message>
        <source>Stopping the running timer before the computer sleeps</source>
        <translation>Der laufende Timer wird gestoppt, bevor der Computer in den Ruhezustand geht</translation>
    </message>
</context>
<context>
    <name>kd::StartDialog</name>
    <message>
        <source>Start a timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>zum Suchen tippen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>kommagetrennt, z. B. Meeting, intern</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagworte:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Edit the running timer</source>
        <translation>Laufenden Timer bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Wählen Sie eine Tätigkeit.</translation>
    </message>
    <message>
        <source>%1 starts. The server records the start time.</source>
        <translation>%1 startet. Der Server erfasst die Startzeit.</translation>
    </message>
    <message>
        <source>%1 saves the changes.</source>
        <translation>%1 speichert die Änderungen.</translation>
    </message>
</context>
<context>
    <name>kd::Sync</name>
    <message>
        <source>The entry this change belongs to was never created in Kimai.</source>
        <translation>Der Eintrag, zu dem diese Änderung gehört, wurde in Kimai nie angelegt.</translation>
    </message>
    <message>
        <source>Entry %1 no longer exists in Kimai: it was deleted there.</source>
        <translation>Eintrag %1 existiert in Kimai nicht mehr: Er wurde dort gelöscht.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Kimai already runs %1, started %2 (entry %3).</source>
        <translation>In Kimai läuft bereits ein Timer: %1, gestartet am %2 (Eintrag %3).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to Kimai…</source>
        <translation>
            <numerusform>%n Änderung wird an Kimai gesendet…</numerusform>
            <numerusform>%n Änderungen werden an Kimai gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Änderung wartet</numerusform>
            <numerusform>Offline — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log in again to send %n waiting change(s)</source>
        <translation>
            <numerusform>Melden Sie sich erneut an, um %n wartende Änderung zu senden</numerusform>
            <numerusform>Melden Sie sich erneut an, um %n wartende Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n Änderung braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Änderungen brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Another timer is running in Kimai</source>
        <translation>In Kimai läuft ein anderer Timer</translation>
    </message>
    <message>
        <source>Deleted in Kimai</source>
        <translation>In Kimai gelöscht</translation>
    </message>
    <message>
        <source>Refused by Kimai</source>
        <translation>Von Kimai abgelehnt</translation>
    </message>
    <message>
        <source>Keep both running</source>
        <translation>Beide laufen lassen</translation>
    </message>
    <message>
        <source>Stop the other timer when mine started</source>
        <translation>Den anderen Timer beim Start meines Timers stoppen</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>Erneut anlegen</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Meine Änderung verwerfen</translation>
    </message>
</context>
<context>
    <name>kd::TabPage</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>kd::TagEnsurer</name>
    <message>
        <source>you may not create tags on this Kimai (an administrator can create them for you, or allow you to create tags)</source>
        <translation>Sie dürfen in diesem Kimai keine Schlagworte anlegen (ein Administrator kann sie für Sie anlegen oder es Ihnen erlauben)</translation>
    </message>
    <message>
        <source>Kimai refused the name: %1</source>
        <translation>Kimai hat den Namen abgelehnt: %1</translation>
    </message>
    <message>
        <source>the tag could not be created: %1</source>
        <translation>das Schlagwort konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Kimai did not keep them (it ignores tag names it does not know)</source>
        <translation>Kimai hat sie nicht übernommen (es ignoriert Schlagworte, die es nicht kennt)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not saved (%1): %2.</source>
        <translation>
            <numerusform>%n Schlagwort nicht gespeichert (%1): %2.</numerusform>
            <numerusform>%n Schlagworte nicht gespeichert (%1): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TargetProgress</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Progress towards today&apos;s target</source>
        <translation>Fortschritt zum heutigen Ziel</translation>
    </message>
    <message>
        <source>Progress towards this week&apos;s target</source>
        <translation>Fortschritt zum Wochenziel</translation>
    </message>
    <message>
        <source>Today %1 of %2 h</source>
        <translation>Heute %1 von %2 h</translation>
    </message>
    <message>
        <source>This week %1 of %2 h</source>
        <translation>Diese Woche %1 von %2 h</translation>
    </message>
    <message>
        <source>Today: %1 of %2 h (%3 %)</source>
        <translation>Heute: %1 von %2 h (%3 %)</translation>
    </message>
    <message>
        <source>This week: %1 of %2 h (%3 %)</source>
        <translation>Diese Woche: %1 von %2 h (%3 %)</translation>
    </message>
</context>
<context>
    <name>kd::TimeInput</name>
    <message>
        <source>Nothing was typed.</source>
        <translation>Es wurde nichts eingegeben.</translation>
    </message>
    <message>
        <source>“%1” is not understood here.</source>
        <translation>„%1“ wird hier nicht verstanden.</translation>
    </message>
    <message>
        <source>Something is missing at the end.</source>
        <translation>Am Ende fehlt etwas.</translation>
    </message>
    <message>
        <source>Hours go from 0 to 23 (1 to 12 with am or pm).</source>
        <translation>Stunden gehen von 0 bis 23 (1 bis 12 mit am oder pm).</translation>
    </message>
    <message>
        <source>Minutes and seconds are two digits from 00 to 59.</source>
        <translation>Minuten und Sekunden sind zwei Ziffern von 00 bis 59.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Dieses Datum gibt es nicht.</translation>
    </message>
    <message>
        <source>The end time is missing.</source>
        <translation>Die Endzeit fehlt.</translation>
    </message>
    <message>
        <source>The end must be after the begin.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>A time is missing after the date.</source>
        <translation>Nach dem Datum fehlt eine Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>kd::TimeKeepingPage</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Abwesend vom Computer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never (idle detection off)</source>
        <translation>nie (Leerlauferkennung aus)</translation>
    </message>
    <message>
        <source>Ask when I come back after being idle for more than:</source>
        <translation>Nachfragen, wenn ich nach mehr Leerlauf zurückkomme als:</translation>
    </message>
    <message>
        <source>Stop the timer at that moment</source>
        <translation>Timer zu diesem Zeitpunkt stoppen</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Ask when I&apos;m back</source>
        <translation>Nachfragen, wenn ich zurück bin</translation>
    </message>
    <message>
        <source>When the screen is &amp;locked:</source>
        <translation>Wenn der Bildschirm &amp;gesperrt wird:</translation>
    </message>
    <message>
        <source>When the computer &amp;sleeps:</source>
        <translation>Wenn der Computer in den &amp;Ruhezustand geht:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Keep it running on the server</source>
        <translation>Auf dem Server weiterlaufen lassen</translation>
    </message>
    <message>
        <source>When I &amp;quit Kimai Desk:</source>
        <translation>Wenn ich Kimai Desk &amp;beende:</translation>
    </message>
    <message>
        <source>Logging out of the desktop asks nothing: it stops the timer when this says “Stop the timer” and keeps it running otherwise.</source>
        <translation>Beim Abmelden vom Desktop wird nicht nachgefragt: Der Timer wird gestoppt, wenn hier „Timer stoppen“ steht, und läuft sonst weiter.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Remind me when a timer has run for more than:</source>
        <translation>Erinnern, wenn ein Timer länger läuft als:</translation>
    </message>
    <message>
        <source>Remind me when no timer runs during my working hours, every</source>
        <translation>Erinnern, wenn während meiner Arbeitszeit kein Timer läuft, alle</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Hours a &amp;day:</source>
        <translation>Stunden pro &amp;Tag:</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>Stunden pro &amp;Woche:</translation>
    </message>
    <message>
        <source>Today&apos;s and this week&apos;s totals show in the timer bar and the tray.</source>
        <translation>Die Summen von heute und dieser Woche stehen in der Timer-Leiste und im Infobereich.</translation>
    </message>
    <message>
        <source>Notify me at 90 % and at 100 % of the day&apos;s target</source>
        <translation>Bei 90 % und 100 % des Tagesziels benachrichtigen</translation>
    </message>
    <message>
        <source>Idle time comes from %1.</source>
        <translation>Die Leerlaufzeit kommt von %1.</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s idle time…</source>
        <translation>Suche nach der Leerlaufzeit des Desktops…</translation>
    </message>
    <message>
        <source>Idle detection is not available on this Wayland session: it offers neither GNOME&apos;s idle monitor nor the screen saver&apos;s idle time. Screen lock and sleep still work.</source>
        <translation>In dieser Wayland-Sitzung gibt es keine Leerlauferkennung: Sie bietet weder GNOMEs Leerlaufmonitor noch die Leerlaufzeit des Bildschirmschoners. Bildschirmsperre und Ruhezustand funktionieren trotzdem.</translation>
    </message>
    <message>
        <source>Idle detection is not available on this desktop: no idle source answered. Screen lock and sleep still work.</source>
        <translation>Auf diesem Desktop gibt es keine Leerlauferkennung: Keine Leerlaufquelle hat geantwortet. Bildschirmsperre und Ruhezustand funktionieren trotzdem.</translation>
    </message>
    <message>
        <source>Ask in a desktop notification too (the question&apos;s window always opens)</source>
        <translation>Auch in einer Desktop-Benachrichtigung nachfragen (das Fenster mit der Frage öffnet sich immer)</translation>
    </message>
    <message>
        <source>GNOME&apos;s idle monitor (%1)</source>
        <translation>GNOMEs Leerlaufmonitor (%1)</translation>
    </message>
    <message>
        <source>the desktop&apos;s screen saver service (%1)</source>
        <translation>dem Bildschirmschoner-Dienst des Desktops (%1)</translation>
    </message>
    <message>
        <source>the X11 screen saver extension (%1)</source>
        <translation>der X11-Bildschirmschoner-Erweiterung (%1)</translation>
    </message>
</context>
<context>
    <name>kd::Timekeeper</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>You were away from %1 to %2 (%3) while the timer ran.</source>
        <translation>Sie waren von %1 bis %2 weg (%3), während der Timer lief.</translation>
    </message>
    <message numerus="yes">
        <source>You were away %n times between %1 and %2 (%3 in all) while the timer ran.</source>
        <translation>
            <numerusform>Sie waren zwischen %1 und %2 %n-mal weg (insgesamt %3), während der Timer lief.</numerusform>
            <numerusform>Sie waren zwischen %1 und %2 %n-mal weg (insgesamt %3), während der Timer lief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding the time ends the entry at %1.</source>
        <translation>Wenn Sie die Zeit verwerfen, endet der Eintrag um %1.</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Zeit behalten</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard and continue</source>
        <translation>Verwerfen und weitermachen</translation>
    </message>
    <message>
        <source>Book it elsewhere…</source>
        <translation>Anderswo buchen…</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>Der Timer lief, während Sie weg waren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The timer</source>
        <translation>Der Timer</translation>
    </message>
    <message>
        <source>Is this timer still right?</source>
        <translation>Stimmt dieser Timer noch?</translation>
    </message>
    <message>
        <source>%1 has been running for %2 h, since %3.</source>
        <translation>%1 läuft seit %2 h, seit %3.</translation>
    </message>
    <message>
        <source>Stop at %1</source>
        <translation>Um %1 stoppen</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>No timer is running</source>
        <translation>Kein Timer läuft</translation>
    </message>
    <message>
        <source>It is within your working hours, and nothing is being tracked.</source>
        <translation>Es ist Ihre Arbeitszeit, und nichts wird erfasst.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Restart last</source>
        <translation>Letzten erneut starten</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>Eine Stunde Ruhe</translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation>Heute nicht mehr</translation>
    </message>
    <message>
        <source>Today&apos;s target is reached</source>
        <translation>Das heutige Ziel ist erreicht</translation>
    </message>
    <message>
        <source>Today&apos;s target is close</source>
        <translation>Das heutige Ziel ist nah</translation>
    </message>
    <message>
        <source>%1 of %2 h tracked today (%3 %).</source>
        <translation>Heute %1 von %2 h erfasst (%3 %).</translation>
    </message>
    <message>
        <source>Stop at this time</source>
        <translation>Zu dieser Zeit stoppen</translation>
    </message>
</context>
<context>
    <name>kd::TimekeepingUi</name>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
</context>
<context>
    <name>kd::TimerBar</name>
    <message>
        <source>Restart recent</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Kein Timer läuft.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Start a timer (%1)</source>
        <translation>Timer starten (%1)</translation>
    </message>
    <message>
        <source>Stop this timer (%1 stops the newest)</source>
        <translation>Diesen Timer stoppen (%1 stoppt den neuesten)</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>Verbindung zum Server…</translation>
    </message>
    <message>
        <source>not yet in Kimai</source>
        <translation>noch nicht in Kimai</translation>
    </message>
    <message>
        <source>Started while Kimai could not be reached. It is kept on this computer and sent, with this start time, as soon as Kimai answers.</source>
        <translation>Gestartet, als Kimai nicht erreichbar war. Der Eintrag wird auf diesem Computer aufbewahrt und mit dieser Startzeit gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Changed while Kimai could not be reached. The change is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Geändert, als Kimai nicht erreichbar war. Die Änderung wird auf diesem Computer aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoriten</translation>
    </message>
    <message>
        <source>Start a favourite, or add the running timer to the favourites</source>
        <translation>Einen Favoriten starten oder den laufenden Timer zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Add an entry with its times (%1)</source>
        <translation>Einen Eintrag mit seinen Zeiten hinzufügen (%1)</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimerController</name>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>Kimai erlaubt keine Zeiten in der Zukunft.</translation>
    </message>
    <message>
        <source>The server did not answer, and the current state could not be read either (%1). Nothing was retried. Check the timer in Kimai before trying again.</source>
        <translation>Der Server hat nicht geantwortet, und der aktuelle Stand konnte auch nicht gelesen werden (%1). Es wurde nichts wiederholt. Prüfen Sie den Timer in Kimai, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, and the timer is still running. Nothing was retried; stop it again when the connection is back.</source>
        <translation>Der Server hat das Stoppen nicht bestätigt, und der Timer läuft noch. Es wurde nichts wiederholt; stoppen Sie ihn erneut, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, but the timer is stopped.</source>
        <translation>Der Server hat das Stoppen nicht bestätigt, aber der Timer ist gestoppt.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, and no timer is running for it. Nothing was retried; start it again when the connection is back.</source>
        <translation>Der Server hat den Start nicht bestätigt, und es läuft kein passender Timer. Es wurde nichts wiederholt; starten Sie ihn erneut, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, but the timer has been running since %1.</source>
        <translation>Der Server hat den Start nicht bestätigt, aber der Timer läuft seit %1.</translation>
    </message>
    <message>
        <source>There is no recent timesheet to restart.</source>
        <translation>Es gibt keinen letzten Zeiteintrag, der erneut gestartet werden kann.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and its restart could not be kept for later.</source>
        <translation>Dieser Eintrag ist noch nicht in Kimai, und sein Neustart konnte nicht für später aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>kd::TimerJobs</name>
    <message>
        <source>Kimai does not accept end times from you in its tracking mode, so the timer was stopped now instead of when you left.</source>
        <translation>Kimai nimmt in seinem Erfassungsmodus keine Endzeiten von Ihnen an; der Timer wurde deshalb jetzt gestoppt statt zu dem Zeitpunkt, als Sie gegangen sind.</translation>
    </message>
    <message>
        <source>The time you were away could not be booked: %1</source>
        <translation>Die Zeit Ihrer Abwesenheit konnte nicht gebucht werden: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetActions</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Add an entry (%1)</source>
        <translation>Einen Eintrag hinzufügen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the entry (Enter, double-click)</source>
        <translation>Den Eintrag bearbeiten (Eingabe, Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>C&amp;ontinue now</source>
        <translation>Jetzt &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Start a timer with the same project, activity, description and tags</source>
        <translation>Einen Timer mit demselben Projekt, derselben Tätigkeit, Beschreibung und denselben Schlagworten starten</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text für eine Tabellenkalkulation kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Deta&amp;ils…</source>
        <translation>Det&amp;ails…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n entries…</source>
        <translation>
            <numerusform>%n Eintrag &amp;löschen…</numerusform>
            <numerusform>%n Einträge &amp;löschen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo delete (%n entries)</source>
        <translation>
            <numerusform>Löschen &amp;rückgängig machen (%n Eintrag)</numerusform>
            <numerusform>Löschen &amp;rückgängig machen (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry/entries?</source>
        <translation>
            <numerusform>%n Eintrag löschen?</numerusform>
            <numerusform>%n Einträge löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n exportierter Eintrag kann nicht gelöscht werden und bleibt.</numerusform>
            <numerusform>%n exportierte Einträge können nicht gelöscht werden und bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted: they are locked.</source>
        <translation>
            <numerusform>%n exportierter Eintrag kann nicht gelöscht werden: er ist gesperrt.</numerusform>
            <numerusform>%n exportierte Einträge können nicht gelöscht werden: sie sind gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>Einträge löschen</translation>
    </message>
    <message>
        <source>Ctrl+Z creates them again (with new ids).</source>
        <translation>Strg+Z legt sie wieder an (mit neuen IDs).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n Eintrag eines anderen Benutzers kann nicht gelöscht werden und bleibt.</numerusform>
            <numerusform>%n Einträge anderer Benutzer können nicht gelöscht werden und bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted: you may not change them.</source>
        <translation>
            <numerusform>%n Eintrag eines anderen Benutzers kann nicht gelöscht werden: Sie dürfen ihn nicht ändern.</numerusform>
            <numerusform>%n Einträge anderer Benutzer können nicht gelöscht werden: Sie dürfen sie nicht ändern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExport</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExporter</name>
    <message>
        <source>the output was closed</source>
        <translation>die Ausgabe wurde geschlossen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries exported.</source>
        <translation>
            <numerusform>%n Eintrag exportiert.</numerusform>
            <numerusform>%n Einträge exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>This timer is running.</source>
        <translation>Dieser Timer läuft.</translation>
    </message>
    <message>
        <source>Not yet in Kimai: made while Kimai could not be reached. It is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Noch nicht in Kimai: entstanden, als Kimai nicht erreichbar war. Der Eintrag wird auf diesem Computer aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>Changes not yet in Kimai: made while Kimai could not be reached. They are kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Änderungen, die noch nicht in Kimai sind: entstanden, als Kimai nicht erreichbar war. Sie werden auf diesem Computer aufbewahrt und gesendet, sobald Kimai antwortet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
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
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Zeiterfassung</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Tätigkeiten</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) · total %1</source>
        <translation>
            <numerusform>%Ln Eintrag · gesamt %1</numerusform>
            <numerusform>%Ln Einträge · gesamt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation>
            <numerusform>%Ln Eintrag in diesem Zeitraum · %1 für die bisher geladenen %2 (für mehr scrollen)</numerusform>
            <numerusform>%Ln Einträge in diesem Zeitraum · %1 für die bisher geladenen %2 (für mehr scrollen)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description (full)</source>
        <translation>Beschreibung (vollständig)</translation>
    </message>
    <message>
        <source>Timesheet #%1</source>
        <translation>Zeiteintrag #%1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the timesheets as CSV</source>
        <translation>Zeiteinträge als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Wessen Einträge</translation>
    </message>
    <message>
        <source>Your own entries, or everyone&apos;s you may see (teamleads and administrators)</source>
        <translation>Ihre eigenen Einträge oder die aller, die Sie sehen dürfen (Teamleiter und Administratoren)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>kd::TrayIcon</name>
    <message>
        <source>No timer running</source>
        <translation>Kein Timer läuft</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Stoppen: %1</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Neuer Eintrag…</translation>
    </message>
</context>
<context>
    <name>kd::VersionTab</name>
    <message>
        <source>Version ID:</source>
        <translation>Versions-ID:</translation>
    </message>
    <message>
        <source>Copyright:</source>
        <translation>Copyright:</translation>
    </message>
    <message>
        <source>Kimai Desk:</source>
        <translation>Kimai Desk:</translation>
    </message>
    <message>
        <source>This server supports:</source>
        <translation>Dieser Server unterstützt:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — Kimai 2.14 and later</source>
        <translation>API-Tokens (Authorization: Bearer) – Kimai 2.14 und neuer</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — only Kimai 2.14 and later</source>
        <translation>API-Tokens (Authorization: Bearer) – erst ab Kimai 2.14</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0</source>
        <translation>API-Passwörter (X-AUTH-Header) – veraltet seit 2.14, entfernt in 3.0</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers)</source>
        <translation>API-Passwörter (X-AUTH-Header)</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — removed in Kimai 3.0</source>
        <translation>API-Passwörter (X-AUTH-Header) – in Kimai 3.0 entfernt</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint (Kimai 1.x)</source>
        <translation>Der Endpunkt /api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint — removed in Kimai 2.0</source>
        <translation>Der Endpunkt /api/config/i18n – in Kimai 2.0 entfernt</translation>
    </message>
    <message>
        <source>Signed in with: %1</source>
        <translation>Angemeldet mit: %1</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>API-Passwort (veraltet, X-AUTH)</translation>
    </message>
    <message>
        <source>API token (Bearer)</source>
        <translation>API-Token (Bearer)</translation>
    </message>
    <message>
        <source>%1 (Qt %2 at run time, built with Qt %3)</source>
        <translation>%1 (Qt %2 zur Laufzeit, erstellt mit Qt %3)</translation>
    </message>
    <message>
        <source>Favourites kept by Kimai (2.66 and later)</source>
        <translation>Favoriten von Kimai gespeichert (ab 2.66)</translation>
    </message>
    <message>
        <source>Favourites — kept on this computer (Kimai keeps them from 2.66)</source>
        <translation>Favoriten — auf diesem Computer gespeichert (Kimai speichert sie ab 2.66)</translation>
    </message>
</context>
<context>
    <name>kd::WeekSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
</context>
<context>
    <name>kd::WeekView</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Hours per day, stacked by project</source>
        <translation>Stunden pro Tag, nach Projekt gestapelt</translation>
    </message>
    <message>
        <source>Click a cell to list its entries.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Einträge aufzulisten.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Woche %1: %2 – %3</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>the whole week</source>
        <translation>die ganze Woche</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n entry/entries (Enter or a double-click edits one)</source>
        <translation>
            <numerusform>%1, %2: %n Eintrag (Eingabe oder Doppelklick bearbeitet ihn)</numerusform>
            <numerusform>%1, %2: %n Einträge (Eingabe oder Doppelklick bearbeitet einen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart cannot be shown: %1</source>
        <translation>Das Diagramm kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No hours recorded in this span.</source>
        <translation>In diesem Zeitraum wurden keine Stunden erfasst.</translation>
    </message>
</context>
<context>
    <name>kd::Workspace</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kd::demo</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
