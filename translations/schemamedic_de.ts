<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>Inspects and repairs database schemas.</source>
        <translation>Untersucht und repariert Datenbankschemata.</translation>
    </message>
    <message>
        <source>Open this database URL (sqlite:PATH or postgresql://…).</source>
        <translation>Diese Datenbank-URL öffnen (sqlite:PFAD oder postgresql://…).</translation>
    </message>
    <message>
        <source>User interface language (de, en).</source>
        <translation>Sprache der Benutzeroberfläche (de, en).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the schema is shown (or the error), then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, sobald das Schema (oder der Fehler) angezeigt wird, und beenden.</translation>
    </message>
    <message>
        <source>Compare the database with this expected schema (a .sql DDL file, a .json snapshot or a URL) and show the differences.</source>
        <translation>Die Datenbank mit diesem erwarteten Schema vergleichen (eine .sql-DDL-Datei, ein .json-Snapshot oder eine URL) und die Unterschiede zeigen.</translation>
    </message>
    <message>
        <source>With --expected: show the differences&apos; details or the plan (details, plan).</source>
        <translation>Mit --expected: die Details der Unterschiede oder den Plan zeigen (details, plan).</translation>
    </message>
</context>
<context>
    <name>sm::Backup</name>
    <message>
        <source>%1 exists and is not a folder; name a new or empty folder for the backup.</source>
        <translation>%1 existiert und ist kein Ordner; nennen Sie einen neuen oder leeren Ordner für die Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not empty; a backup never overwrites anything, so name a new or empty folder.</source>
        <translation>%1 ist nicht leer; eine Sicherung überschreibt nie etwas, nennen Sie also einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not writable.</source>
        <translation>In den Sicherungsordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup needs about %1 free in %2, but only %3 is free.</source>
        <translation>Die Sicherung braucht in %2 etwa %1 freien Platz, frei sind aber nur %3.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lese das Schema</translation>
    </message>
    <message>
        <source>pg_dump</source>
        <translation>pg_dump</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1.</source>
        <translation>pg_dump konnte %1 nicht sichern.</translation>
    </message>
    <message>
        <source>pg_dump finished but wrote no file.</source>
        <translation>pg_dump ist fertig, hat aber keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The backup archive cannot be read back (pg_restore --list failed).</source>
        <translation>Das Sicherungsarchiv lässt sich nicht zurücklesen (pg_restore --list ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>pg_restore --list read %1 entries</source>
        <translation>pg_restore --list hat %1 Einträge gelesen</translation>
    </message>
    <message>
        <source>The SQLite backup cannot start.</source>
        <translation>Die SQLite-Sicherung kann nicht beginnen.</translation>
    </message>
    <message>
        <source>The SQLite database stayed locked by another process.</source>
        <translation>Die SQLite-Datenbank blieb von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>The SQLite backup failed.</source>
        <translation>Die SQLite-Sicherung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 has a journal left by a writer that stopped mid-transaction (%1-journal); SQLite rolls it back the next time the database is opened for writing, and only then can it be backed up.</source>
        <translation>%1 hat ein Journal eines Schreibers, der mitten in einer Transaktion abbrach (%1-journal); SQLite rollt es beim nächsten Öffnen der Datenbank zum Schreiben zurück, erst dann kann sie gesichert werden.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created.</source>
        <translation>Die Sicherungsdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>copying pages</source>
        <translation>kopiere Seiten</translation>
    </message>
    <message>
        <source>checking the copy</source>
        <translation>prüfe die Kopie</translation>
    </message>
    <message>
        <source>The backup copy cannot be opened to check it.</source>
        <translation>Die Sicherungskopie kann zum Prüfen nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The backup copy fails PRAGMA integrity_check; it was not kept.</source>
        <translation>Die Sicherungskopie besteht PRAGMA integrity_check nicht; sie wurde nicht behalten.</translation>
    </message>
    <message>
        <source>The backup copy does not hold the rows the database held; it was not kept.</source>
        <translation>Die Sicherungskopie enthält nicht die Zeilen, die die Datenbank enthielt; sie wurde nicht behalten.</translation>
    </message>
    <message>
        <source>integrity_check ok, foreign_key_check clean, row counts match</source>
        <translation>integrity_check in Ordnung, foreign_key_check sauber, Zeilenzahlen stimmen</translation>
    </message>
    <message>
        <source>integrity_check ok, %1 foreign-key violations (as in the source), row counts match</source>
        <translation>integrity_check in Ordnung, %1 Fremdschlüsselverletzungen (wie in der Quelle), Zeilenzahlen stimmen</translation>
    </message>
    <message>
        <source>A backup needs a folder to write into.</source>
        <translation>Eine Sicherung braucht einen Ordner, in den sie schreiben kann.</translation>
    </message>
    <message>
        <source>The disk of the backup folder %1 is full (%2 free): the backup could not be written, and what was written of it was removed.</source>
        <translation>Der Datenträger des Sicherungsordners %1 ist voll (%2 frei): Die Sicherung konnte nicht geschrieben werden, und was davon schon geschrieben war, wurde entfernt.</translation>
    </message>
    <message>
        <source>checking the archive with pg_restore --list, computing checksums</source>
        <translation>prüfe das Archiv mit pg_restore --list, berechne Prüfsummen</translation>
    </message>
    <message>
        <source>reading the schema and counting rows</source>
        <translation>lese das Schema und zähle die Zeilen</translation>
    </message>
</context>
<context>
    <name>sm::ChildProcess</name>
    <message>
        <source>A private temporary folder for the password file cannot be created.</source>
        <translation>Ein privater temporärer Ordner für die Passwortdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The temporary password file cannot be written.</source>
        <translation>Die temporäre Passwortdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 was not found in %2 (named by SCHEMAMEDIC_PG_BIN_DIR).</source>
        <translation>%1 wurde in %2 (angegeben durch SCHEMAMEDIC_PG_BIN_DIR) nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is not installed (looked in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin and PATH); install the PostgreSQL client tools (postgresql-client) of the server&apos;s version or newer.</source>
        <translation>%1 ist nicht installiert (gesucht in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin und PATH); installieren Sie die PostgreSQL-Client-Werkzeuge (postgresql-client) in der Version des Servers oder neuer.</translation>
    </message>
    <message>
        <source>%1 does not run.</source>
        <translation>%1 lässt sich nicht ausführen.</translation>
    </message>
    <message>
        <source>%1 does not report a PostgreSQL version.</source>
        <translation>%1 meldet keine PostgreSQL-Version.</translation>
    </message>
    <message>
        <source>%1 %2 cannot back up a PostgreSQL %3 server; install postgresql-client-%3 or newer.</source>
        <translation>%1 %2 kann keinen PostgreSQL-%3-Server sichern; installieren Sie postgresql-client-%3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>sm::Connection</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>A statement failed: %1</source>
        <translation>Eine Anweisung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot open an in-memory SQLite database.</source>
        <translation>Eine SQLite-Datenbank im Arbeitsspeicher kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The server at %1 refused the password for user &quot;%2&quot;.</source>
        <translation>Der Server unter %1 hat das Passwort für den Benutzer „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>The server at %1 asks for a password and none was given (not in the URL, PGPASSWORD, PGPASSFILE or ~/.pgpass).</source>
        <translation>Der Server unter %1 verlangt ein Passwort, und es wurde keines angegeben (weder in der URL noch in PGPASSWORD, PGPASSFILE oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1 (connection refused).</source>
        <translation>Unter %1 nimmt nichts Verbindungen an (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; cannot be resolved.</source>
        <translation>Der Hostname „%1“ kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server at %2.</source>
        <translation>Die Datenbank „%1“ gibt es auf dem Server unter %2 nicht.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not exist on the server at %2.</source>
        <translation>Den Benutzer „%1“ gibt es auf dem Server unter %2 nicht.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, which sslmode=%2 requires.</source>
        <translation>Der Server unter %1 bietet kein TLS an, das sslmode=%2 verlangt.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; (sslrootcert) cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ (sslrootcert) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 is for another host name (&quot;%2&quot;), so it was refused.</source>
        <translation>Das TLS-Zertifikat des Servers unter %1 gilt für einen anderen Hostnamen („%2“) und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 is not signed by the trusted CA (sslrootcert), so it was refused.</source>
        <translation>Das TLS-Zertifikat des Servers unter %1 ist nicht von der vertrauenswürdigen CA (sslrootcert) signiert und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made as requested.</source>
        <translation>Eine sichere (TLS-)Verbindung zu %1 konnte nicht wie verlangt hergestellt werden.</translation>
    </message>
    <message>
        <source>No PostgreSQL server is listening at %1.</source>
        <translation>Unter %1 wartet kein PostgreSQL-Server auf Verbindungen.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1 möglich.</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist (Schema Medic never creates an empty one).</source>
        <translation>Die SQLite-Datenbank %1 existiert nicht (Schema Medic legt nie eine leere an).</translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation>%1 ist ein Verzeichnis, keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be read: this user has no permission to read it.</source>
        <translation>Die SQLite-Datenbank %1 kann nicht gelesen werden: dieser Benutzer hat keine Leseberechtigung.</translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be read.</source>
        <translation>Die SQLite-Datenbank %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (its header is not &quot;SQLite format 3&quot;).</source>
        <translation>%1 ist keine SQLite-Datenbank (ihr Kopf lautet nicht „SQLite format 3“).</translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than a SQLite header.</source>
        <translation>%1 ist abgeschnitten: die Datei ist kürzer als ein SQLite-Kopf.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is encrypted.</source>
        <translation>%1 ist keine SQLite-Datenbank oder ist verschlüsselt.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is corrupt.</source>
        <translation>Die SQLite-Datenbank %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is locked by another process.</source>
        <translation>Die SQLite-Datenbank %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be opened.</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is read-only.</source>
        <translation>Die SQLite-Datenbank %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is read-only for this user, and a repair needs to write it.</source>
        <translation>Die SQLite-Datenbank %1 ist für diesen Benutzer schreibgeschützt, eine Reparatur muss aber in sie schreiben.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only for this user, and SQLite needs to write its journal file there to change %2.</source>
        <translation>Der Ordner %1 ist für diesen Benutzer schreibgeschützt, SQLite muss dort aber seine Journaldatei schreiben, um %2 zu ändern.</translation>
    </message>
</context>
<context>
    <name>sm::ConnectionSpec</name>
    <message>
        <source>No database was given; pass a URL such as sqlite:app.db or postgresql://user@host/dbname.</source>
        <translation>Es wurde keine Datenbank angegeben; übergeben Sie eine URL wie sqlite:app.db oder postgresql://benutzer@host/dbname.</translation>
    </message>
    <message>
        <source>The URL scheme &quot;%1&quot; is not supported; use sqlite: or postgresql://.</source>
        <translation>Das URL-Schema „%1“ wird nicht unterstützt; verwenden Sie sqlite: oder postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL; write sqlite:PATH or postgresql://user@host/dbname.</source>
        <translation>„%1“ ist keine Datenbank-URL; schreiben Sie sqlite:PFAD oder postgresql://benutzer@host/dbname.</translation>
    </message>
    <message>
        <source>A sqlite:// URL must be followed by an absolute path, as in sqlite:///var/lib/app.db.</source>
        <translation>Auf sqlite:// muss ein absoluter Pfad folgen, etwa sqlite:///var/lib/app.db.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file; write sqlite:PATH.</source>
        <translation>Die SQLite-URL nennt keine Datei; schreiben Sie sqlite:PFAD.</translation>
    </message>
    <message>
        <source>The SQLite path contains a NUL character.</source>
        <translation>Der SQLite-Pfad enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The port in the URL must be a number from 1 to 65535.</source>
        <translation>Der Port in der URL muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed.</source>
        <translation>Die PostgreSQL-URL ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database after the host, as in postgresql://user@host/dbname.</source>
        <translation>Die PostgreSQL-URL muss nach dem Host genau eine Datenbank nennen, etwa postgresql://benutzer@host/dbname.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>The URL parameter &quot;%1&quot; is not a PostgreSQL connection parameter that Schema Medic knows.</source>
        <translation>Der URL-Parameter „%1“ ist kein PostgreSQL-Verbindungsparameter, den Schema Medic kennt.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no host; write postgresql://user@host/dbname.</source>
        <translation>Die PostgreSQL-URL nennt keinen Host; schreiben Sie postgresql://benutzer@host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database; write postgresql://user@host/dbname.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank; schreiben Sie postgresql://benutzer@host/dbname.</translation>
    </message>
</context>
<context>
    <name>sm::Diff</name>
    <message>
        <source>declared with --rename-table</source>
        <translation>mit --rename-table angegeben</translation>
    </message>
    <message>
        <source>names equal ignoring case, separators and plural; %1% of the columns in common</source>
        <translation>Namen gleich bis auf Groß-/Kleinschreibung, Trennzeichen und Plural; %1 % der Spalten gemeinsam</translation>
    </message>
    <message>
        <source>declared with --rename-column</source>
        <translation>mit --rename-column angegeben</translation>
    </message>
    <message>
        <source>same type %1; names equal ignoring case and separators</source>
        <translation>gleicher Typ %1; Namen gleich bis auf Groß-/Kleinschreibung und Trennzeichen</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umgeordnet</translation>
    </message>
    <message>
        <source>No differences: the database matches the expected schema.</source>
        <translation>Keine Unterschiede: die Datenbank entspricht dem erwarteten Schema.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing care</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>expected | actual</source>
        <translation>erwartet | tatsächlich</translation>
    </message>
    <message>
        <source>other objects</source>
        <translation>weitere Objekte</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>this role may not read %1, so its version is unknown</source>
        <translation>diese Rolle darf %1 nicht lesen, daher ist die Version unbekannt</translation>
    </message>
</context>
<context>
    <name>sm::ExpectedSource</name>
    <message>
        <source>No expected schema was given; pass a .sql file, a .json snapshot or a database URL.</source>
        <translation>Es wurde kein erwartetes Schema angegeben; übergeben Sie eine .sql-Datei, einen .json-Snapshot oder eine Datenbank-URL.</translation>
    </message>
    <message>
        <source>The expected schema %1 does not exist.</source>
        <translation>Das erwartete Schema %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The expected schema %1 is a directory, not a file.</source>
        <translation>Das erwartete Schema %1 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>The DDL file %1 cannot be read.</source>
        <translation>Die DDL-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The DDL file %1 is larger than 256 MiB; that is not a schema.</source>
        <translation>Die DDL-Datei %1 ist größer als 256 MiB; das ist kein Schema.</translation>
    </message>
    <message>
        <source>The DDL file %1 is empty.</source>
        <translation>Die DDL-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The DDL file %1 is a binary file, not SQL text.</source>
        <translation>Die DDL-Datei %1 ist eine Binärdatei, kein SQL-Text.</translation>
    </message>
    <message>
        <source>The DDL file %1 is not UTF-8 text; convert it (for example with iconv) and try again.</source>
        <translation>Die DDL-Datei %1 ist kein UTF-8-Text; wandeln Sie sie um (etwa mit iconv) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The snapshot %1 describes a %2 database, but the live database is %3.</source>
        <translation>Der Snapshot %1 beschreibt eine %2-Datenbank, die laufende Datenbank ist aber %3.</translation>
    </message>
    <message>
        <source>The expected database is %1, but the live database is %2.</source>
        <translation>Die erwartete Datenbank ist %1, die laufende Datenbank ist aber %2.</translation>
    </message>
    <message>
        <source>Unknown source kind.</source>
        <translation>Unbekannte Art von Quelle.</translation>
    </message>
</context>
<context>
    <name>sm::Introspector</name>
    <message>
        <source>Reading the schema was cancelled.</source>
        <translation>Das Lesen des Schemas wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading schemas</source>
        <translation>Lese Schemata</translation>
    </message>
    <message>
        <source>Reading tables</source>
        <translation>Lese Tabellen</translation>
    </message>
    <message>
        <source>Reading views</source>
        <translation>Lese Sichten</translation>
    </message>
    <message>
        <source>Reading columns</source>
        <translation>Lese Spalten</translation>
    </message>
    <message>
        <source>Reading constraints</source>
        <translation>Lese Constraints</translation>
    </message>
    <message>
        <source>Reading indexes</source>
        <translation>Lese Indizes</translation>
    </message>
    <message>
        <source>Reading triggers</source>
        <translation>Lese Trigger</translation>
    </message>
    <message>
        <source>Reading sequences</source>
        <translation>Lese Sequenzen</translation>
    </message>
    <message>
        <source>Reading enum types</source>
        <translation>Lese Enum-Typen</translation>
    </message>
    <message>
        <source>Reading domains</source>
        <translation>Lese Domänen</translation>
    </message>
    <message>
        <source>Reading functions</source>
        <translation>Lese Funktionen</translation>
    </message>
    <message>
        <source>Reading migration history</source>
        <translation>Lese Migrationshistorie</translation>
    </message>
</context>
<context>
    <name>sm::Journal</name>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation>Der Journalordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be flushed to disk.</source>
        <translation>Das Journal %1 kann nicht auf die Platte geschrieben werden.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read.</source>
        <translation>Das Journal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1 is not a journal record</source>
        <translation>Zeile %1 ist kein Journaleintrag</translation>
    </message>
</context>
<context>
    <name>sm::JsonReader</name>
    <message>
        <source>the document ends where a value was expected</source>
        <translation>das Dokument endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the reader was used out of order</source>
        <translation>der Leser wurde in falscher Reihenfolge benutzt</translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation>ein Objekt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>an array is not closed</source>
        <translation>ein Array ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>ein &apos;,&apos; oder &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>ein &apos;,&apos; oder &apos;]&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a value is missing after a &apos;,&apos;</source>
        <translation>nach einem &apos;,&apos; fehlt ein Wert</translation>
    </message>
    <message>
        <source>a name in double quotes was expected</source>
        <translation>ein Name in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected after a name</source>
        <translation>nach einem Namen wurde ein &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an unknown escape sequence in a string</source>
        <translation>eine unbekannte Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>eine Zeichenkette ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation>eine Zeichenkette wurde erwartet</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>true oder false wurde erwartet</translation>
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation>eine Zahl ist nicht so geschrieben, wie JSON Zahlen schreibt</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>eine Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>eine Zahl ist zu groß</translation>
    </message>
    <message>
        <source>there is more text after the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt weiterer Text</translation>
    </message>
</context>
<context>
    <name>sm::Manifest</name>
    <message>
        <source>The backup manifest in %1 is not usable: %2.</source>
        <translation>Das Sicherungsmanifest in %1 ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>This is not a Schema Medic backup manifest (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Das ist kein Schema-Medic-Sicherungsmanifest (Format „%1“, erwartet „%2“).</translation>
    </message>
    <message>
        <source>The backup manifest names an unknown engine &quot;%1&quot;.</source>
        <translation>Das Sicherungsmanifest nennt eine unbekannte Datenbank-Engine „%1“.</translation>
    </message>
    <message>
        <source>The backup manifest lists no files.</source>
        <translation>Das Sicherungsmanifest führt keine Dateien auf.</translation>
    </message>
    <message>
        <source>The backup manifest has a malformed file entry &quot;%1&quot;.</source>
        <translation>Das Sicherungsmanifest hat einen fehlerhaften Dateieintrag „%1“.</translation>
    </message>
    <message>
        <source>The schema snapshot in the backup manifest cannot be read.</source>
        <translation>Der Schema-Snapshot im Sicherungsmanifest kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be written.</source>
        <translation>Das Sicherungsmanifest %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a Schema Medic backup: it has no manifest.json.</source>
        <translation>%1 ist keine Schema-Medic-Sicherung: es gibt keine manifest.json.</translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be read.</source>
        <translation>Das Sicherungsmanifest %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup manifest has a malformed row count for &quot;%1&quot;.</source>
        <translation>Das Sicherungsmanifest hat eine fehlerhafte Zeilenzahl für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 could not be computed.</source>
        <translation>Die SHA-256-Prüfsumme von %1 konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sm::PgStatementSplitter</name>
    <message>
        <source>%1 is refused: databases, roles and tablespaces are global objects outside the scratch database the file is loaded into.</source>
        <translation>%1 wird abgelehnt: Datenbanken, Rollen und Tablespaces sind globale Objekte außerhalb der Arbeitsdatenbank, in die die Datei geladen wird.</translation>
    </message>
    <message>
        <source>COPY … PROGRAM is refused: it would run a command on the database server.</source>
        <translation>COPY … PROGRAM wird abgelehnt: es würde einen Befehl auf dem Datenbankserver ausführen.</translation>
    </message>
    <message>
        <source>COPY with a file on the database server is refused: it would reach outside the scratch database (COPY … FROM stdin is fine).</source>
        <translation>COPY mit einer Datei auf dem Datenbankserver wird abgelehnt: es würde über die Arbeitsdatenbank hinausgreifen (COPY … FROM stdin ist in Ordnung).</translation>
    </message>
    <message>
        <source>Granting or revoking a role</source>
        <translation>Eine Rolle zu erteilen oder zu entziehen</translation>
    </message>
    <message>
        <source>ALTER SYSTEM is refused: it would change the configuration of the whole server.</source>
        <translation>ALTER SYSTEM wird abgelehnt: es würde die Konfiguration des ganzen Servers ändern.</translation>
    </message>
    <message>
        <source>%1 is refused: a prepared transaction outlives the scratch database and blocks its removal.</source>
        <translation>%1 wird abgelehnt: eine vorbereitete Transaktion überdauert die Arbeitsdatenbank und verhindert ihr Entfernen.</translation>
    </message>
    <message>
        <source>a dollar-quoted string opened here is never closed (%1 is missing).</source>
        <translation>eine hier geöffnete Dollar-Zeichenkette wird nie geschlossen (%1 fehlt).</translation>
    </message>
    <message>
        <source>a quoted identifier opened here is never closed (a &quot; is missing).</source>
        <translation>ein hier geöffneter Bezeichner in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
    <message>
        <source>a /* comment opened here is never closed (*/ is missing).</source>
        <translation>ein hier geöffneter /*-Kommentar wird nie geschlossen (*/ fehlt).</translation>
    </message>
    <message>
        <source>a string opened here is never closed (a &apos; is missing).</source>
        <translation>eine hier geöffnete Zeichenkette wird nie geschlossen (ein &apos; fehlt).</translation>
    </message>
    <message>
        <source>the SQL cannot be split into statements: %1.</source>
        <translation>das SQL lässt sich nicht in Anweisungen aufteilen: %1.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character; it is not SQL text.</source>
        <translation>%1 enthält ein NUL-Zeichen; das ist kein SQL-Text.</translation>
    </message>
    <message>
        <source>skipped COPY … TO STDOUT: it only prints data.</source>
        <translation>COPY … TO STDOUT übersprungen: es gibt nur Daten aus.</translation>
    </message>
    <message>
        <source>skipped COPY … FROM stdin and its data (data is not schema).</source>
        <translation>COPY … FROM stdin samt Daten übersprungen (Daten sind kein Schema).</translation>
    </message>
    <message>
        <source>skipped the psql command %1</source>
        <translation>den psql-Befehl %1 übersprungen</translation>
    </message>
</context>
<context>
    <name>sm::Plan</name>
    <message>
        <source>Data can be lost: something is dropped or a value cannot be kept as it is.</source>
        <translation>Daten können verloren gehen: etwas wird entfernt, oder ein Wert kann nicht erhalten bleiben, wie er ist.</translation>
    </message>
    <message>
        <source>A type change: rows whose value does not convert make it fail.</source>
        <translation>Eine Typänderung: Zeilen, deren Wert sich nicht umwandeln lässt, lassen sie scheitern.</translation>
    </message>
    <message>
        <source>A column becomes NOT NULL while rows hold NULL: they need a value first.</source>
        <translation>Eine Spalte wird NOT NULL, während Zeilen NULL enthalten: sie brauchen zuerst einen Wert.</translation>
    </message>
    <message>
        <source>A UNIQUE or primary key over values that repeat fails.</source>
        <translation>Ein UNIQUE- oder Primärschlüssel über sich wiederholende Werte scheitert.</translation>
    </message>
    <message>
        <source>A foreign key over rows without a parent fails.</source>
        <translation>Ein Fremdschlüssel über Zeilen ohne Elterndatensatz scheitert.</translation>
    </message>
    <message>
        <source>A new CHECK over rows that break it fails.</source>
        <translation>Ein neuer CHECK über Zeilen, die ihn verletzen, scheitert.</translation>
    </message>
    <message>
        <source>The table is rewritten: time and disk grow with its size.</source>
        <translation>Die Tabelle wird neu geschrieben: Zeit und Plattenplatz wachsen mit ihrer Größe.</translation>
    </message>
    <message>
        <source>The table is locked against readers and writers while this runs.</source>
        <translation>Die Tabelle ist währenddessen für Lesende und Schreibende gesperrt.</translation>
    </message>
    <message>
        <source>Writers to the table wait while this runs.</source>
        <translation>Schreibzugriffe auf die Tabelle warten währenddessen.</translation>
    </message>
    <message>
        <source>Cannot run inside the repair transaction; it runs after the commit.</source>
        <translation>Kann nicht in der Reparaturtransaktion laufen; es läuft nach dem Commit.</translation>
    </message>
    <message>
        <source>A rename inferred from similar names, not declared: confirm it.</source>
        <translation>Eine aus ähnlichen Namen abgeleitete, nicht angegebene Umbenennung: bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>The running application may still use what this drops or renames.</source>
        <translation>Die laufende Anwendung nutzt womöglich noch, was hier entfernt oder umbenannt wird.</translation>
    </message>
    <message>
        <source>The expected schema is for %1 but the database is %2.</source>
        <translation>Das erwartete Schema ist für %1, die Datenbank ist aber %2.</translation>
    </message>
    <message>
        <source>The pre-flight check &quot;%1&quot; failed.</source>
        <translation>Die Vorabprüfung „%1“ ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sm::PostgresDdlLoader</name>
    <message>
        <source>skipped this statement: %1 on the scratch server (owners and privileges are not compared).</source>
        <translation>diese Anweisung übersprungen: %1 auf dem Arbeitsserver (Eigentümer und Rechte werden nicht verglichen).</translation>
    </message>
    <message>
        <source>PostgreSQL rejected this statement: %1.</source>
        <translation>PostgreSQL hat diese Anweisung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>the transaction begun here is never committed; it was committed to read the schema.</source>
        <translation>die hier begonnene Transaktion wird nie abgeschlossen; sie wurde zum Lesen des Schemas abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 contains no SQL statement.</source>
        <translation>%1 enthält keine SQL-Anweisung.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is longer than 63 bytes; PostgreSQL shortens it to &quot;%2&quot;, as it will on the live database.</source>
        <translation>der Name „%1“ ist länger als 63 Bytes; PostgreSQL kürzt ihn auf „%2“, wie auch auf der laufenden Datenbank.</translation>
    </message>
</context>
<context>
    <name>sm::PostgresPlanner</name>
    <message>
        <source>The PostgreSQL planner was given a %1 schema.</source>
        <translation>Der PostgreSQL-Planer hat ein %1-Schema bekommen.</translation>
    </message>
    <message>
        <source>estimated rows of %1 (the total size is the sample)</source>
        <translation>geschätzte Zeilen von %1 (die Gesamtgröße ist die Stichprobe)</translation>
    </message>
    <message>
        <source>No repair is known for %1 %2.</source>
        <translation>Für %1 %2 ist keine Reparatur bekannt.</translation>
    </message>
    <message>
        <source>Create schema %1</source>
        <translation>Schema %1 anlegen</translation>
    </message>
    <message>
        <source>Create enum type %1</source>
        <translation>Enum-Typ %1 anlegen</translation>
    </message>
    <message>
        <source>Add %1 to enum type %2</source>
        <translation>%1 zum Enum-Typ %2 hinzufügen</translation>
    </message>
    <message>
        <source>rows of %1.%2 holding a value the enum loses (%3)</source>
        <translation>Zeilen von %1.%2 mit einem Wert, den der Enum verliert (%3)</translation>
    </message>
    <message>
        <source>Recreate enum type %1 with its values reordered (%2)</source>
        <translation>Enum-Typ %1 mit umgeordneten Werten neu anlegen (%2)</translation>
    </message>
    <message>
        <source>Recreate enum type %1 without %2 (%3)</source>
        <translation>Enum-Typ %1 ohne %2 neu anlegen (%3)</translation>
    </message>
    <message>
        <source>Create sequence %1</source>
        <translation>Sequenz %1 anlegen</translation>
    </message>
    <message>
        <source>Change sequence %1 (%2 → %3)</source>
        <translation>Sequenz %1 ändern (%2 → %3)</translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Rename column %1.%2 to %3</source>
        <translation>Spalte %1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Drop foreign key %1 of %2: %3</source>
        <translation>Fremdschlüssel %1 von %2 entfernen: %3</translation>
    </message>
    <message>
        <source>Re-create foreign key %1 of %2</source>
        <translation>Fremdschlüssel %1 von %2 neu anlegen</translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2 (re-created afterwards)</source>
        <translation>Trigger %1 auf %2 entfernen (danach neu angelegt)</translation>
    </message>
    <message>
        <source>Re-create trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 neu anlegen</translation>
    </message>
    <message>
        <source>Drop view %1 (re-created afterwards)</source>
        <translation>Sicht %1 entfernen (danach neu angelegt)</translation>
    </message>
    <message>
        <source>Re-create view %1</source>
        <translation>Sicht %1 neu anlegen</translation>
    </message>
    <message>
        <source>Create view %1</source>
        <translation>Sicht %1 anlegen</translation>
    </message>
    <message>
        <source>Drop the default of %1.%2 before its type changes (set again afterwards)</source>
        <translation>Standardwert von %1.%2 vor der Typänderung entfernen (danach wieder gesetzt)</translation>
    </message>
    <message>
        <source>%1 is %2 and should be uuid, but it is not a key and there is no cast from %2 to uuid: give a USING expression (--using %1=EXPR) or drop and re-add the column.</source>
        <translation>%1 ist %2 und soll uuid werden, ist aber kein Schlüssel, und es gibt keine Umwandlung von %2 nach uuid: geben Sie einen USING-Ausdruck an (--using %1=AUSDRUCK) oder entfernen Sie die Spalte und fügen Sie sie neu hinzu.</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 references %3, which becomes %4, and its column keeps a type that cannot reference it: change that column too or drop the foreign key.</source>
        <translation>Fremdschlüssel %1 von %2 verweist auf %3, das zu %4 wird, und seine Spalte behält einen Typ, der darauf nicht verweisen kann: ändern Sie auch diese Spalte oder entfernen Sie den Fremdschlüssel.</translation>
    </message>
    <message>
        <source>it references %1, whose type changes</source>
        <translation>er verweist auf %1, dessen Typ sich ändert</translation>
    </message>
    <message>
        <source>it references %1.%2, whose type changes</source>
        <translation>er verweist auf %1.%2, dessen Typ sich ändert</translation>
    </message>
    <message>
        <source>%1 becomes %2 but its foreign key %3 references %4.%5 (%6), which cannot hold such values.</source>
        <translation>%1 wird zu %2, aber sein Fremdschlüssel %3 verweist auf %4.%5 (%6), das solche Werte nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>%1 becomes %2, which %3.%4 (%5) cannot be referenced from; the expected schema has no such foreign key</source>
        <translation>%1 wird zu %2, von dem aus nicht auf %3.%4 (%5) verwiesen werden kann; das erwartete Schema hat keinen solchen Fremdschlüssel</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation>%1 von %2 in %3 ändern</translation>
    </message>
    <message>
        <source> (its foreign key %1 is dropped)</source>
        <translation> (sein Fremdschlüssel %1 wird entfernt)</translation>
    </message>
    <message>
        <source>, then set its default to %1</source>
        <translation>, danach seinen Standardwert auf %1 setzen</translation>
    </message>
    <message>
        <source>rows of %1.%2 whose value cannot become %3</source>
        <translation>Zeilen von %1.%2, deren Wert nicht zu %3 werden kann</translation>
    </message>
    <message>
        <source>rows of %1.%2 longer than %3 characters (cut short)</source>
        <translation>Zeilen von %1.%2 mit mehr als %3 Zeichen (gekürzt)</translation>
    </message>
    <message>
        <source>rows of %1.%2 whose value is rounded</source>
        <translation>Zeilen von %1.%2, deren Wert gerundet wird</translation>
    </message>
    <message>
        <source>%1 should become uuid, but the composite foreign key %2 of %3 references it: convert it by hand.</source>
        <translation>%1 soll uuid werden, aber der zusammengesetzte Fremdschlüssel %2 von %3 verweist darauf: wandeln Sie es von Hand um.</translation>
    </message>
    <message>
        <source>rows of %1 (every one is kept)</source>
        <translation>Zeilen von %1 (jede bleibt erhalten)</translation>
    </message>
    <message>
        <source>%1 becomes uuid</source>
        <translation>%1 wird uuid</translation>
    </message>
    <message>
        <source>rows of %1 whose %2 has no parent in %3: their link would be lost</source>
        <translation>Zeilen von %1, deren %2 keinen Elterndatensatz in %3 hat: ihre Verknüpfung ginge verloren</translation>
    </message>
    <message>
        <source>Convert %1 from %2 to uuid with a new value for every row</source>
        <translation>%1 von %2 nach uuid umwandeln, mit einem neuen Wert für jede Zeile</translation>
    </message>
    <message>
        <source>Convert %1 from %2 to uuid, keeping every row and remapping %3 through the old key</source>
        <translation>%1 von %2 nach uuid umwandeln, jede Zeile behalten und %3 über den alten Schlüssel neu zuordnen</translation>
    </message>
    <message>
        <source>Add foreign key %1 to the new table %2</source>
        <translation>Fremdschlüssel %1 zur neuen Tabelle %2 hinzufügen</translation>
    </message>
    <message>
        <source>Create table %1</source>
        <translation>Tabelle %1 anlegen</translation>
    </message>
    <message>
        <source>Create trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>Drop column %1 (data is lost)</source>
        <translation>Spalte %1 entfernen (Daten gehen verloren)</translation>
    </message>
    <message>
        <source>%1 (extra column; not a rename of %2)</source>
        <translation>%1 (zusätzliche Spalte; keine Umbenennung von %2)</translation>
    </message>
    <message>
        <source>Add column %1 %2</source>
        <translation>Spalte %1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add column %1 %2, fill it with %3, then make it NOT NULL</source>
        <translation>Spalte %1 %2 hinzufügen, mit %3 füllen, dann NOT NULL setzen</translation>
    </message>
    <message>
        <source>rows of %1 for which %2 gives NULL</source>
        <translation>Zeilen von %1, für die %2 NULL ergibt</translation>
    </message>
    <message>
        <source>%1 is NOT NULL without a default: existing rows need a value (--backfill %2.%3=EXPR).</source>
        <translation>%1 ist NOT NULL ohne Standardwert: vorhandene Zeilen brauchen einen Wert (--backfill %2.%3=AUSDRUCK).</translation>
    </message>
    <message>
        <source>rows of %1 that would hold NULL</source>
        <translation>Zeilen von %1, die NULL enthielten</translation>
    </message>
    <message>
        <source>Set the default of %1 to %2</source>
        <translation>Standardwert von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Drop the default of %1</source>
        <translation>Standardwert von %1 entfernen</translation>
    </message>
    <message>
        <source>Allow NULL in %1</source>
        <translation>NULL in %1 erlauben</translation>
    </message>
    <message>
        <source>Make %1 NOT NULL</source>
        <translation>%1 auf NOT NULL setzen</translation>
    </message>
    <message>
        <source>Fill the NULLs of %1 with %2, then make it NOT NULL</source>
        <translation>NULL-Werte von %1 mit %2 füllen, dann NOT NULL setzen</translation>
    </message>
    <message>
        <source>rows of %1.%2 holding NULL, to be filled</source>
        <translation>Zeilen von %1.%2 mit NULL, die gefüllt werden</translation>
    </message>
    <message>
        <source>rows of %1.%2 still NULL after the fill</source>
        <translation>Zeilen von %1.%2, die nach dem Füllen noch NULL sind</translation>
    </message>
    <message>
        <source>rows of %1.%2 holding NULL</source>
        <translation>Zeilen von %1.%2 mit NULL</translation>
    </message>
    <message>
        <source>Re-add %1 as GENERATED ALWAYS AS (%2) STORED</source>
        <translation>%1 als GENERATED ALWAYS AS (%2) STORED neu hinzufügen</translation>
    </message>
    <message>
        <source>Make %1 a plain column (no longer generated)</source>
        <translation>%1 zu einer gewöhnlichen Spalte machen (nicht mehr generiert)</translation>
    </message>
    <message>
        <source>Drop the identity of %1</source>
        <translation>Identity von %1 entfernen</translation>
    </message>
    <message>
        <source>Make %1 GENERATED %2 AS IDENTITY</source>
        <translation>%1 auf GENERATED %2 AS IDENTITY setzen</translation>
    </message>
    <message>
        <source>Make %1 GENERATED %2 AS IDENTITY, continuing after its highest value</source>
        <translation>%1 auf GENERATED %2 AS IDENTITY setzen, fortgesetzt nach dem höchsten Wert</translation>
    </message>
    <message>
        <source>rows of %1 whose %2 has no row in %3</source>
        <translation>Zeilen von %1, deren %2 keine Zeile in %3 hat</translation>
    </message>
    <message>
        <source>groups of rows of %1 sharing one %2</source>
        <translation>Gruppen von Zeilen in %1 mit gleichem %2</translation>
    </message>
    <message>
        <source>rows of %1 with a NULL in %2</source>
        <translation>Zeilen von %1 mit NULL in %2</translation>
    </message>
    <message>
        <source>rows of %1 that break CHECK (%2)</source>
        <translation>Zeilen von %1, die CHECK (%2) verletzen</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>Eindeutigkeits-Constraint</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>Prüf-Constraint</translation>
    </message>
    <message>
        <source>exclusion constraint</source>
        <translation>Ausschluss-Constraint</translation>
    </message>
    <message>
        <source>Add %1 %2 to %3: %4</source>
        <translation>%1 %2 zu %3 hinzufügen: %4</translation>
    </message>
    <message>
        <source>Re-create %1 %2 of %3 as %4</source>
        <translation>%1 %2 von %3 neu anlegen als %4</translation>
    </message>
    <message>
        <source>Rename constraint %1 of %2 to %3</source>
        <translation>Constraint %1 von %2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Validate constraint %1 of %2</source>
        <translation>Constraint %1 von %2 validieren</translation>
    </message>
    <message>
        <source>, then validate it</source>
        <translation>, danach validieren</translation>
    </message>
    <message>
        <source>Create index %1 on %2</source>
        <translation>Index %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>Re-create the invalid index %1 on %2</source>
        <translation>Den ungültigen Index %1 auf %2 neu anlegen</translation>
    </message>
    <message>
        <source>Rename index %1 of %2 to %3</source>
        <translation>Index %1 von %2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Create function %1</source>
        <translation>Funktion %1 anlegen</translation>
    </message>
    <message>
        <source>Replace function %1</source>
        <translation>Funktion %1 ersetzen</translation>
    </message>
    <message>
        <source>Re-create trigger %1 on %2 as expected</source>
        <translation>Trigger %1 auf %2 wie erwartet neu anlegen</translation>
    </message>
    <message>
        <source>extra table</source>
        <translation>zusätzliche Tabelle</translation>
    </message>
    <message>
        <source>extra column</source>
        <translation>zusätzliche Spalte</translation>
    </message>
    <message>
        <source>extra constraint</source>
        <translation>zusätzlicher Constraint</translation>
    </message>
    <message>
        <source>extra index</source>
        <translation>zusätzlicher Index</translation>
    </message>
    <message>
        <source>extra view</source>
        <translation>zusätzliche Sicht</translation>
    </message>
    <message>
        <source>extra trigger</source>
        <translation>zusätzlicher Trigger</translation>
    </message>
    <message>
        <source>extra sequence</source>
        <translation>zusätzliche Sequenz</translation>
    </message>
    <message>
        <source>extra enum type</source>
        <translation>zusätzlicher Enum-Typ</translation>
    </message>
    <message>
        <source>extra function</source>
        <translation>zusätzliche Funktion</translation>
    </message>
    <message>
        <source>%1 (extra table; not a rename of %2)</source>
        <translation>%1 (zusätzliche Tabelle; keine Umbenennung von %2)</translation>
    </message>
    <message>
        <source>Drop table %1 (its rows are lost)</source>
        <translation>Tabelle %1 entfernen (ihre Zeilen gehen verloren)</translation>
    </message>
    <message>
        <source>rows of %1 that are dropped</source>
        <translation>Zeilen von %1, die entfernt werden</translation>
    </message>
    <message>
        <source>Drop column %1 (its values are lost)</source>
        <translation>Spalte %1 entfernen (ihre Werte gehen verloren)</translation>
    </message>
    <message>
        <source>Drop constraint %1</source>
        <translation>Constraint %1 entfernen</translation>
    </message>
    <message>
        <source>Drop index %1</source>
        <translation>Index %1 entfernen</translation>
    </message>
    <message>
        <source>Drop trigger %1</source>
        <translation>Trigger %1 entfernen</translation>
    </message>
    <message>
        <source>Drop view %1</source>
        <translation>Sicht %1 entfernen</translation>
    </message>
    <message>
        <source>Drop sequence %1</source>
        <translation>Sequenz %1 entfernen</translation>
    </message>
    <message>
        <source>Drop enum type %1</source>
        <translation>Enum-Typ %1 entfernen</translation>
    </message>
    <message>
        <source>Drop function %1</source>
        <translation>Funktion %1 entfernen</translation>
    </message>
    <message>
        <source>%1 says version %2; the expected schema is at %3 (--stamp sets it)</source>
        <translation>%1 nennt Version %2; das erwartete Schema ist auf %3 (--stamp setzt sie)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 cannot be stamped automatically (%2): set it to %3 with the migration tool itself.</source>
        <translation>%1 kann nicht automatisch gestempelt werden (%2): setzen Sie es mit dem Migrationswerkzeug selbst auf %3.</translation>
    </message>
    <message>
        <source>no history table</source>
        <translation>keine Historientabelle</translation>
    </message>
    <message>
        <source>Stamp %1 with version %2</source>
        <translation>%1 mit Version %2 stempeln</translation>
    </message>
    <message>
        <source>other sessions with a transaction open for more than a minute</source>
        <translation>andere Sitzungen mit einer seit über einer Minute offenen Transaktion</translation>
    </message>
    <message>
        <source>other sessions holding locks on the tables the plan changes</source>
        <translation>andere Sitzungen mit Sperren auf den Tabellen, die der Plan ändert</translation>
    </message>
    <message>
        <source>%1 cannot be read by this role, so its version is unknown; the expected schema is at %2</source>
        <translation>%1 kann von dieser Rolle nicht gelesen werden, daher ist die Version unbekannt; das erwartete Schema ist auf %2</translation>
    </message>
</context>
<context>
    <name>sm::RepairRun</name>
    <message>
        <source>Pre-flight: reading the live schema.</source>
        <translation>Vorabprüfung: lese das laufende Schema.</translation>
    </message>
    <message>
        <source>Nothing to repair: the database matches the expected schema.</source>
        <translation>Nichts zu reparieren: die Datenbank entspricht dem erwarteten Schema.</translation>
    </message>
    <message>
        <source>Backup: taking and verifying a backup.</source>
        <translation>Sicherung: lege eine Sicherung an und prüfe sie.</translation>
    </message>
    <message>
        <source>The repair was not confirmed; nothing was changed.</source>
        <translation>Die Reparatur wurde nicht bestätigt; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The plan has a decision still open: %1</source>
        <translation>Im Plan ist noch eine Entscheidung offen: %1</translation>
    </message>
    <message>
        <source>The plan has hazards that were not allowed: %1 (allow each with --allow-hazard after reading the plan).</source>
        <translation>Der Plan enthält nicht erlaubte Risiken: %1 (erlauben Sie jedes nach dem Lesen des Plans mit --allow-hazard).</translation>
    </message>
    <message>
        <source>Pre-flight: %1: %2%3; resolve them first (a --using, --backfill or a data fix).</source>
        <translation>Vorabprüfung: %1: %2%3; beheben Sie das zuerst (mit --using, --backfill oder einer Datenkorrektur).</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n step(s) to %1.</source>
        <translation>
            <numerusform>%n Schritt auf %1 anwenden.</numerusform>
            <numerusform>%n Schritte auf %1 anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>SQLite would not switch foreign keys off; nothing was changed.</source>
        <translation>SQLite hat die Fremdschlüssel nicht abgeschaltet; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The repair was rolled back after %1 attempts: a lock it needs was not granted within the lock timeout (another session holds it). The database is as it was.</source>
        <translation>Die Reparatur wurde nach %1 Versuchen zurückgerollt: eine benötigte Sperre wurde nicht innerhalb des Sperr-Timeouts gewährt (eine andere Sitzung hält sie). Die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>A lock was not granted in time; retrying in %1 ms.</source>
        <translation>Eine Sperre wurde nicht rechtzeitig gewährt; neuer Versuch in %1 ms.</translation>
    </message>
    <message>
        <source>The repair failed and was rolled back; the database is as it was. %1</source>
        <translation>Die Reparatur ist fehlgeschlagen und wurde zurückgerollt; die Datenbank ist wie zuvor. %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Vom Bediener abgebrochen.</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Verify: comparing the changed schema with the expected one before committing.</source>
        <translation>Prüfung: vergleiche vor dem Commit das geänderte Schema mit dem erwarteten.</translation>
    </message>
    <message>
        <source>Verification failed before the commit: %1</source>
        <translation>Prüfung vor dem Commit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dry run: the plan applied and verified, then rolled back as promised; the database is unchanged.</source>
        <translation>Probelauf: der Plan wurde angewendet und geprüft, dann wie zugesagt zurückgerollt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Step %1 (%2), which runs after the commit, failed: %3</source>
        <translation>Schritt %1 (%2), der nach dem Commit läuft, ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>After the commit the database still differs: %1</source>
        <translation>Nach dem Commit weicht die Datenbank noch ab: %1</translation>
    </message>
    <message numerus="yes">
        <source>Repaired: %n step(s) committed and verified. Backup: %1</source>
        <translation>
            <numerusform>Repariert: %n Schritt festgeschrieben und geprüft. Sicherung: %1</numerusform>
            <numerusform>Repariert: %n Schritte festgeschrieben und geprüft. Sicherung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The changes were committed. To return to the state before the repair: schemamedic-cli restore --db %2 --backup %3</source>
        <translation>%1 Die Änderungen wurden festgeschrieben. Zurück zum Stand vor der Reparatur: schemamedic-cli restore --db %2 --backup %3</translation>
    </message>
    <message>
        <source>schema matches the expected schema</source>
        <translation>Schema entspricht dem erwarteten Schema</translation>
    </message>
    <message>
        <source>schema still differs: %1</source>
        <translation>Schema weicht noch ab: %1</translation>
    </message>
    <message>
        <source>%1 had %2 rows before and %3 after</source>
        <translation>%1 hatte vorher %2 Zeilen und danach %3</translation>
    </message>
    <message>
        <source>row counts of %1 table(s) unchanged</source>
        <translation>Zeilenzahlen von %1 Tabelle(n) unverändert</translation>
    </message>
    <message>
        <source>%1 foreign key violation(s)</source>
        <translation>%1 Fremdschlüsselverletzung(en)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation>quick_check: %1</translation>
    </message>
    <message>
        <source>foreign_key_check: %1 violation(s); quick_check: %2</source>
        <translation>foreign_key_check: %1 Verletzung(en); quick_check: %2</translation>
    </message>
    <message>
        <source>%1 constraint(s) not validated, %2 index(es) invalid</source>
        <translation>%1 Constraint(s) nicht validiert, %2 Index/Indizes ungültig</translation>
    </message>
    <message>
        <source>invalid constraints: %1; invalid indexes: %2</source>
        <translation>ungültige Constraints: %1; ungültige Indizes: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written, so the run stopped before its next action: %2</source>
        <translation>Das Journal %1 kann nicht geschrieben werden, daher hielt der Lauf vor seiner nächsten Aktion an: %2</translation>
    </message>
    <message>
        <source>The changes were committed and verified; the journal does not record it. To return to the state before the repair: schemamedic-cli restore --db %1 --backup %2</source>
        <translation>Die Änderungen wurden festgeschrieben und geprüft; das Journal verzeichnet das nicht. Zurück zum Stand vor der Reparatur: schemamedic-cli restore --db %1 --backup %2</translation>
    </message>
    <message>
        <source>The repair run %1 (started %2) stopped after &quot;%3&quot;.</source>
        <translation>Der Reparaturlauf %1 (gestartet %2) hielt nach „%3“ an.</translation>
    </message>
    <message>
        <source>Its changes were committed: verify the database against the expected schema (schemamedic-cli verify), and restore the run&apos;s backup if it does not match.</source>
        <translation>Seine Änderungen wurden festgeschrieben: prüfen Sie die Datenbank gegen das erwartete Schema (schemamedic-cli verify) und stellen Sie die Sicherung des Laufs wieder her, wenn sie nicht übereinstimmt.</translation>
    </message>
    <message>
        <source>Its transaction never committed, so the database rolled it back and is as it was; nothing to undo (verify with schemamedic-cli verify if in doubt).</source>
        <translation>Seine Transaktion wurde nie festgeschrieben, daher hat die Datenbank sie zurückgerollt und ist wie zuvor; nichts rückgängig zu machen (im Zweifel mit schemamedic-cli verify prüfen).</translation>
    </message>
    <message>
        <source>It stopped before changing anything; nothing to undo.</source>
        <translation>Er hielt an, bevor etwas geändert wurde; nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost before the repair was committed, so the server rolled the repair back and the database is as it was.</source>
        <translation>Die Verbindung zum PostgreSQL-Server brach ab, bevor die Reparatur festgeschrieben war; der Server hat sie daher zurückgerollt, und die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost before the repair was committed (during %1), so the server rolled the repair back and the database is as it was.</source>
        <translation>Die Verbindung zum PostgreSQL-Server brach ab, bevor die Reparatur festgeschrieben war (während %1); der Server hat sie daher zurückgerollt, und die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>the verification</source>
        <translation>der Prüfung</translation>
    </message>
    <message>
        <source>the commit</source>
        <translation>des Festschreibens</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost during the commit, and the server reports that the repair was not committed, so the database is as it was.</source>
        <translation>Die Verbindung zum PostgreSQL-Server brach beim Festschreiben ab, und der Server meldet, dass die Reparatur nicht festgeschrieben wurde; die Datenbank ist also wie zuvor.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost while the repair was being committed, so it is not known whether it was committed as a whole or not at all: when the server is back, run schemamedic-cli verify, and restore the backup in %1 if the repair is unwanted.</source>
        <translation>Die Verbindung zum PostgreSQL-Server brach ab, während die Reparatur festgeschrieben wurde; ob sie ganz oder gar nicht festgeschrieben wurde, ist daher unbekannt: Wenn der Server wieder erreichbar ist, schemamedic-cli verify ausführen und, falls die Reparatur unerwünscht ist, die Sicherung in %1 wiederherstellen.</translation>
    </message>
    <message>
        <source>To restore: schemamedic-cli restore --db %1 --backup %2</source>
        <translation>Zum Wiederherstellen: schemamedic-cli restore --db %1 --backup %2</translation>
    </message>
    <message>
        <source>The connection was lost during its commit, so whether it was committed is not known: verify the database against the expected schema (schemamedic-cli verify); if it matches, the repair was committed, otherwise nothing was changed.</source>
        <translation>Die Verbindung brach beim Festschreiben ab, daher ist unbekannt, ob festgeschrieben wurde: Die Datenbank mit dem erwarteten Schema prüfen (schemamedic-cli verify); stimmt sie überein, wurde die Reparatur festgeschrieben, sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written%2, so the repair did not start; nothing was changed.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden%2, daher hat die Reparatur nicht begonnen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>sm::Report</name>
    <message>
        <source>The journal %1 holds no event.</source>
        <translation>Das Journal %1 enthält kein Ereignis.</translation>
    </message>
    <message>
        <source>repaired and verified</source>
        <translation>repariert und geprüft</translation>
    </message>
    <message>
        <source>nothing to repair</source>
        <translation>nichts zu reparieren</translation>
    </message>
    <message>
        <source>rolled back — the database is as it was</source>
        <translation>zurückgerollt — die Datenbank ist wie zuvor</translation>
    </message>
    <message>
        <source>failed after the commit — see below how to restore</source>
        <translation>nach dem Commit fehlgeschlagen — Wiederherstellung siehe unten</translation>
    </message>
    <message>
        <source>stopped before any change: %1</source>
        <translation>vor jeder Änderung angehalten: %1</translation>
    </message>
    <message>
        <source>did not finish (the journal ends at &quot;%1&quot;)</source>
        <translation>nicht abgeschlossen (das Journal endet bei „%1“)</translation>
    </message>
    <message>
        <source>
The journal&apos;s last line was cut short (the process was stopped while writing it).
</source>
        <translation>
Die letzte Zeile des Journals ist abgeschnitten (der Prozess wurde beim Schreiben angehalten).
</translation>
    </message>
    <message>
        <source>%1 difference(s) between the database and the expected schema.

</source>
        <translation>%1 Unterschied(e) zwischen der Datenbank und dem erwarteten Schema.

</translation>
    </message>
    <message>
        <source>Hazards: %1
</source>
        <translation>Risiken: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>- kept: %1
</source>
        <translation>- behalten: %1
</translation>
    </message>
    <message>
        <source>Hazards: %1

</source>
        <translation>Risiken: %1

</translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation> (höchstens)</translation>
    </message>
    <message>
        <source>Taken and verified before any change: `%1` (%2).

</source>
        <translation>Vor jeder Änderung angelegt und geprüft: `%1` (%2).

</translation>
    </message>
    <message>
        <source>Inside the transaction, before the commit: %1

</source>
        <translation>In der Transaktion, vor dem Commit: %1

</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>
After the commit, on a new connection: %1
</source>
        <translation>
Nach dem Commit, über eine neue Verbindung: %1
</translation>
    </message>
    <message>
        <source>Restore the backup taken before the repair (its checksums are checked first; you are asked to type the database name):

</source>
        <translation>Stellen Sie die vor der Reparatur angelegte Sicherung wieder her (ihre Prüfsummen werden zuerst geprüft; Sie werden aufgefordert, den Datenbanknamen einzugeben):

</translation>
    </message>
    <message>
        <source>the connection was lost during the commit, so whether it was committed is not known — verify the database</source>
        <translation>die Verbindung brach beim Festschreiben ab, daher ist unbekannt, ob festgeschrieben wurde — die Datenbank prüfen</translation>
    </message>
</context>
<context>
    <name>sm::Restore</name>
    <message>
        <source>The backup manifest in %1 does not list %2.</source>
        <translation>Das Sicherungsmanifest in %1 führt %2 nicht auf.</translation>
    </message>
    <message>
        <source>The backup file %1 is missing; this backup cannot be restored.</source>
        <translation>Die Sicherungsdatei %1 fehlt; diese Sicherung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup file %1 has changed since the backup was taken (%2 bytes, the manifest says %3); it is not restored.</source>
        <translation>Die Sicherungsdatei %1 hat sich seit der Sicherung verändert (%2 Bytes, das Manifest nennt %3); sie wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>prüfe %1</translation>
    </message>
    <message>
        <source>The backup file %1 has changed since the backup was taken (its SHA-256 does not match the manifest); it is not restored.</source>
        <translation>Die Sicherungsdatei %1 hat sich seit der Sicherung verändert (ihr SHA-256 passt nicht zum Manifest); sie wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 has %2 rows, the backup had %3</source>
        <translation>%1 hat %2 Zeilen, die Sicherung hatte %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The restored database differs from the backup in %1 places: %2.</source>
        <translation>Die wiederhergestellte Datenbank weicht an %1 Stellen von der Sicherung ab: %2.</translation>
    </message>
    <message>
        <source>pg_restore %1 cannot read an archive written by pg_dump %2; install postgresql-client-%2 or newer.</source>
        <translation>pg_restore %1 kann kein von pg_dump %2 geschriebenes Archiv lesen; installieren Sie postgresql-client-%2 oder neuer.</translation>
    </message>
    <message>
        <source>No temporary folder can be created for the restore script.</source>
        <translation>Für das Wiederherstellungsskript kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The restore script cannot be written to %1.</source>
        <translation>Das Wiederherstellungsskript kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>pg_restore</source>
        <translation>pg_restore</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>pg_restore cannot read the archive %1; nothing was changed.</source>
        <translation>pg_restore kann das Archiv %1 nicht lesen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>stelle wieder her</translation>
    </message>
    <message>
        <source>The restore was cancelled; its transaction was rolled back.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; ihre Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>The restore waited more than %1 ms for a lock another session holds; it was stopped, its single transaction rolled back, and the database is as it was.</source>
        <translation>Die Wiederherstellung wartete mehr als %1 ms auf eine Sperre, die eine andere Sitzung hält; sie wurde angehalten, ihre einzige Transaktion zurückgerollt, und die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>The restore failed; its single transaction was rolled back and the database is as it was.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen; ihre einzige Transaktion wurde zurückgerollt, und die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>The backup copy %1 cannot be opened.</source>
        <translation>Die Sicherungskopie %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The restore cannot start on %1.</source>
        <translation>Die Wiederherstellung kann auf %1 nicht beginnen.</translation>
    </message>
    <message>
        <source>writing pages</source>
        <translation>schreibe Seiten</translation>
    </message>
    <message>
        <source>%1 stayed locked by another process; the restore was rolled back and the database is as it was.</source>
        <translation>%1 blieb von einem anderen Prozess gesperrt; die Wiederherstellung wurde zurückgerollt, und die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>The restore into %1 failed and was rolled back; the database is as it was.</source>
        <translation>Die Wiederherstellung in %1 ist fehlgeschlagen und wurde zurückgerollt; die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>This is a %1 backup; it cannot be restored into a %2 database.</source>
        <translation>Das ist eine %1-Sicherung; sie kann nicht in eine %2-Datenbank wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This backup is of the database &quot;%1&quot;, not &quot;%2&quot;; it is not restored into another database unless that is asked for explicitly.</source>
        <translation>Diese Sicherung stammt von der Datenbank „%1“, nicht „%2“; sie wird nur auf ausdrücklichen Wunsch in eine andere Datenbank wiederhergestellt.</translation>
    </message>
    <message>
        <source>backup source: %1</source>
        <translation>Quelle der Sicherung: %1</translation>
    </message>
    <message>
        <source>Restore the backup of %1 taken %2 (%3 tables, %4 rows)</source>
        <translation>Die Sicherung von %1 vom %2 wiederherstellen (%3 Tabellen, %4 Zeilen)</translation>
    </message>
    <message>
        <source>into %1, replacing its current contents.</source>
        <translation>in %1, wobei der jetzige Inhalt ersetzt wird.</translation>
    </message>
    <message>
        <source>The database differs from the backup in %1 places now.</source>
        <translation>Die Datenbank weicht jetzt an %1 Stellen von der Sicherung ab.</translation>
    </message>
    <message>
        <source>%1 has %2 rows (the backup: %3)</source>
        <translation>%1 hat %2 Zeilen (die Sicherung: %3)</translation>
    </message>
    <message>
        <source>Tables the backup does not have will be removed with their rows: %1.</source>
        <translation>Tabellen, die die Sicherung nicht hat, werden samt ihren Zeilen entfernt: %1.</translation>
    </message>
    <message>
        <source>Other objects the backup does not have will be removed: %1.</source>
        <translation>Andere Objekte, die die Sicherung nicht hat, werden entfernt: %1.</translation>
    </message>
    <message>
        <source>The restore was not confirmed; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde nicht bestätigt; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>überprüfe</translation>
    </message>
</context>
<context>
    <name>sm::SchemaText</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Sicht</numerusform>
            <numerusform>%n Sichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n Sequenz</numerusform>
            <numerusform>%n Sequenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enum type(s)</source>
        <translation>
            <numerusform>%n Enum-Typ</numerusform>
            <numerusform>%n Enum-Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>null</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>keine Version verzeichnet</translation>
    </message>
    <message>
        <source>not readable by this role</source>
        <translation>für diese Rolle nicht lesbar</translation>
    </message>
</context>
<context>
    <name>sm::ScratchPostgres</name>
    <message>
        <source>--scratch takes &quot;local&quot; or the postgresql:// URL of a server where a temporary database may be created.</source>
        <translation>--scratch erwartet „local“ oder die postgresql://-URL eines Servers, auf dem eine temporäre Datenbank angelegt werden darf.</translation>
    </message>
    <message>
        <source>A PostgreSQL DDL file is loaded into a scratch database, and there is none: --scratch local needs the PostgreSQL server package installed, or pass --scratch URL with a server where a temporary database may be created.</source>
        <translation>Eine PostgreSQL-DDL-Datei wird in eine Arbeitsdatenbank geladen, und es gibt keine: --scratch local braucht das installierte PostgreSQL-Serverpaket, oder übergeben Sie --scratch URL mit einem Server, auf dem eine temporäre Datenbank angelegt werden darf.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; may not create databases on the scratch server %2; give it CREATEDB, or pass --scratch local.</source>
        <translation>Der Benutzer „%1“ darf auf dem Arbeitsserver %2 keine Datenbanken anlegen; geben Sie ihm CREATEDB oder übergeben Sie --scratch local.</translation>
    </message>
    <message>
        <source>A temporary database cannot be created on the scratch server %1.</source>
        <translation>Auf dem Arbeitsserver %1 kann keine temporäre Datenbank angelegt werden.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 ist nicht innerhalb von %2 Sekunden fertig geworden.</translation>
    </message>
    <message>
        <source>PostgreSQL will not run as root and there is no postgres user to run it as; pass --scratch URL with a server where a temporary database may be created.</source>
        <translation>PostgreSQL läuft nicht als root, und es gibt keinen Benutzer postgres, unter dem es laufen könnte; übergeben Sie --scratch URL mit einem Server, auf dem eine temporäre Datenbank angelegt werden darf.</translation>
    </message>
    <message>
        <source>PostgreSQL will not run as root and runuser, needed to run it as the postgres user, is not installed; pass --scratch URL with a server where a temporary database may be created.</source>
        <translation>PostgreSQL läuft nicht als root, und runuser, das es als Benutzer postgres starten würde, ist nicht installiert; übergeben Sie --scratch URL mit einem Server, auf dem eine temporäre Datenbank angelegt werden darf.</translation>
    </message>
    <message>
        <source>A temporary directory for the scratch cluster cannot be created in %1.</source>
        <translation>In %1 kann kein temporäres Verzeichnis für den Arbeitscluster angelegt werden.</translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s directory %1 cannot be given to the postgres user.</source>
        <translation>Das Verzeichnis %1 des Arbeitsclusters kann nicht dem Benutzer postgres übergeben werden.</translation>
    </message>
    <message>
        <source>The scratch cluster cannot be created (initdb failed).</source>
        <translation>Der Arbeitscluster kann nicht angelegt werden (initdb ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Loading the DDL file was cancelled.</source>
        <translation>Das Laden der DDL-Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s configuration cannot be written.</source>
        <translation>Die Konfiguration des Arbeitsclusters kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The scratch cluster does not start (pg_ctl start failed).</source>
        <translation>Der Arbeitscluster startet nicht (pg_ctl start ist fehlgeschlagen).</translation>
    </message>
</context>
<context>
    <name>sm::Snapshot</name>
    <message>
        <source>This snapshot was written in format %1, which this version of Schema Medic cannot read (it reads %2).</source>
        <translation>Dieser Snapshot wurde im Format %1 geschrieben, das diese Version von Schema Medic nicht lesen kann (sie liest %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Schema Medic snapshot (its &quot;format&quot; field is not %1).</source>
        <translation>Diese JSON-Datei ist kein Schema-Medic-Snapshot (ihr Feld „format“ ist nicht %1).</translation>
    </message>
    <message>
        <source>The snapshot names an unknown database dialect &quot;%1&quot;.</source>
        <translation>Der Snapshot nennt einen unbekannten Datenbankdialekt „%1“.</translation>
    </message>
    <message>
        <source>The snapshot is not valid JSON.</source>
        <translation>Der Snapshot ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>At byte %1: %2</source>
        <translation>Bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation>Der Snapshot ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot to %1.</source>
        <translation>Der Snapshot kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1.</source>
        <translation>Der Snapshot %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sm::SqliteDdlLoader</name>
    <message>
        <source>SQLite cannot add a constraint to an existing table: declare it inside CREATE TABLE (Schema Medic rebuilds the table when it must).</source>
        <translation>SQLite kann einer bestehenden Tabelle keinen Constraint hinzufügen: deklarieren Sie ihn in CREATE TABLE (Schema Medic baut die Tabelle neu auf, wenn es nötig ist).</translation>
    </message>
    <message>
        <source>SQLite cannot alter a column: write the column as it should be in CREATE TABLE.</source>
        <translation>SQLite kann eine Spalte nicht ändern: schreiben Sie die Spalte so in CREATE TABLE, wie sie sein soll.</translation>
    </message>
    <message>
        <source>SQLite cannot drop a constraint: leave it out of CREATE TABLE.</source>
        <translation>SQLite kann einen Constraint nicht entfernen: lassen Sie ihn in CREATE TABLE weg.</translation>
    </message>
    <message>
        <source>SQLite has no regular-expression operators (~, ~*): use LIKE or GLOB, or validate in the application.</source>
        <translation>SQLite hat keine Operatoren für reguläre Ausdrücke (~, ~*): verwenden Sie LIKE oder GLOB oder prüfen Sie in der Anwendung.</translation>
    </message>
    <message>
        <source>SQLite has no :: casts: write CAST(value AS type).</source>
        <translation>SQLite kennt keine ::-Umwandlungen: schreiben Sie CAST(wert AS typ).</translation>
    </message>
    <message>
        <source>This is PostgreSQL DDL; SQLite has no such object. Is --expected the schema for the right database?</source>
        <translation>Das ist PostgreSQL-DDL; SQLite kennt kein solches Objekt. Ist --expected das Schema für die richtige Datenbank?</translation>
    </message>
    <message>
        <source>SQLite has no COMMENT ON statement.</source>
        <translation>SQLite kennt keine COMMENT-ON-Anweisung.</translation>
    </message>
    <message>
        <source>The SQLite driver did not give its handle.</source>
        <translation>Der SQLite-Treiber hat sein Handle nicht herausgegeben.</translation>
    </message>
    <message>
        <source>ATTACH and DETACH are refused: an expected schema must not reach outside its scratch database</source>
        <translation>ATTACH und DETACH werden abgelehnt: ein erwartetes Schema darf nicht über seine Arbeitsdatenbank hinausgreifen</translation>
    </message>
    <message>
        <source>SQLite rejected this statement: %1.</source>
        <translation>SQLite hat diese Anweisung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>%1 contains no SQL statement.</source>
        <translation>%1 enthält keine SQL-Anweisung.</translation>
    </message>
</context>
<context>
    <name>sm::SqliteIntrospector</name>
    <message>
        <source>A statement failed: %1</source>
        <translation>Eine Anweisung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the object list</source>
        <translation>Lese die Objektliste</translation>
    </message>
    <message>
        <source>Reading table options</source>
        <translation>Lese Tabellenoptionen</translation>
    </message>
    <message>
        <source>Reading columns</source>
        <translation>Lese Spalten</translation>
    </message>
    <message>
        <source>Reading view columns</source>
        <translation>Lese Spalten der Sichten</translation>
    </message>
    <message>
        <source>Reading virtual tables</source>
        <translation>Lese virtuelle Tabellen</translation>
    </message>
    <message>
        <source>Reading foreign keys</source>
        <translation>Lese Fremdschlüssel</translation>
    </message>
    <message>
        <source>Reading indexes</source>
        <translation>Lese Indizes</translation>
    </message>
    <message>
        <source>Reading the migration history</source>
        <translation>Lese die Migrationshistorie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>sm::SqlitePlanner</name>
    <message>
        <source>change the type of %1 from %2 to %3</source>
        <translation>den Typ von %1 von %2 in %3 ändern</translation>
    </message>
    <message>
        <source>make %1 NOT NULL</source>
        <translation>%1 auf NOT NULL setzen</translation>
    </message>
    <message>
        <source>let %1 hold NULL</source>
        <translation>NULL in %1 erlauben</translation>
    </message>
    <message>
        <source>set the default of %1 to %2</source>
        <translation>den Standardwert von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>change how %1 is generated</source>
        <translation>ändern, wie %1 generiert wird</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>drop %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <source>%1 is a virtual table: SQLite cannot rebuild it (%2); re-create it by hand.</source>
        <translation>%1 ist eine virtuelle Tabelle: SQLite kann sie nicht neu aufbauen (%2); legen Sie sie von Hand neu an.</translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Rename column %1.%2 to %3</source>
        <translation>Spalte %1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Create table %1</source>
        <translation>Tabelle %1 anlegen</translation>
    </message>
    <message>
        <source>Create trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>storage classes of the values in %1 now</source>
        <translation>derzeitige Speicherklassen der Werte in %1</translation>
    </message>
    <message>
        <source>values of %1 that will not be %2 after the copy (kept as they are; a STRICT table refuses them)</source>
        <translation>Werte von %1, die nach dem Kopieren nicht %2 sind (bleiben, wie sie sind; eine STRICT-Tabelle lehnt sie ab)</translation>
    </message>
    <message>
        <source>text values of %1 whose spelling is lost when stored as %2 (e.g. &apos;000123&apos; becomes 123)</source>
        <translation>Textwerte von %1, deren Schreibweise beim Speichern als %2 verloren geht (z. B. wird &apos;000123&apos; zu 123)</translation>
    </message>
    <message>
        <source>rows of %1 that break CHECK (%2)</source>
        <translation>Zeilen von %1, die CHECK (%2) verletzen</translation>
    </message>
    <message>
        <source>groups of rows of %1 that share (%2)</source>
        <translation>Gruppen von Zeilen in %1 mit gleichem (%2)</translation>
    </message>
    <message>
        <source>rows of %1 whose (%2) has no parent in %3</source>
        <translation>Zeilen von %1, deren (%2) keinen Elterndatensatz in %3 hat</translation>
    </message>
    <message>
        <source>Add column %1.%2</source>
        <translation>Spalte %1.%2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (extra column)</source>
        <translation>%1 (zusätzliche Spalte)</translation>
    </message>
    <message>
        <source>Drop column %1 and the values it holds</source>
        <translation>Spalte %1 samt ihren Werten entfernen</translation>
    </message>
    <message>
        <source>values in %1 that are lost (not NULL)</source>
        <translation>Werte in %1, die verloren gehen (nicht NULL)</translation>
    </message>
    <message>
        <source>%1 (extra constraint)</source>
        <translation>%1 (zusätzlicher Constraint)</translation>
    </message>
    <message>
        <source>The CREATE text of %1 could not be rewritten for a rebuild (%2); change it by hand.</source>
        <translation>Der CREATE-Text von %1 konnte für einen Neuaufbau nicht umgeschrieben werden (%2); ändern Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>Rebuild %1 (%2) with SQLite&apos;s 12-step procedure; PRAGMA foreign_keys must be OFF, set before BEGIN, or dropping the old table fires ON DELETE actions</source>
        <translation>%1 (%2) mit dem 12-Schritte-Verfahren von SQLite neu aufbauen; PRAGMA foreign_keys muss OFF sein, gesetzt vor BEGIN, sonst löst das Entfernen der alten Tabelle ON-DELETE-Aktionen aus</translation>
    </message>
    <message>
        <source>%1 (extra index)</source>
        <translation>%1 (zusätzlicher Index)</translation>
    </message>
    <message>
        <source>rows of %1 copied by the rebuild</source>
        <translation>beim Neuaufbau kopierte Zeilen von %1</translation>
    </message>
    <message>
        <source>rows of %1 that get the backfill value</source>
        <translation>Zeilen von %1, die den Füllwert bekommen</translation>
    </message>
    <message>
        <source>rows of %1 that hold NULL</source>
        <translation>Zeilen von %1 mit NULL</translation>
    </message>
    <message>
        <source>%1 becomes NOT NULL: give --backfill %1=EXPR for the existing NULLs</source>
        <translation>%1 wird NOT NULL: geben Sie --backfill %1=AUSDRUCK für die vorhandenen NULL-Werte an</translation>
    </message>
    <message>
        <source>%1 is a new NOT NULL column without a default: give --backfill %1=EXPR for the existing rows</source>
        <translation>%1 ist eine neue NOT-NULL-Spalte ohne Standardwert: geben Sie --backfill %1=AUSDRUCK für die vorhandenen Zeilen an</translation>
    </message>
    <message>
        <source>Re-create index %1 on %2 as %3</source>
        <translation>Index %1 auf %2 neu anlegen als %3</translation>
    </message>
    <message>
        <source>Create index %1 on %2</source>
        <translation>Index %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>Drop index %1 on %2</source>
        <translation>Index %1 auf %2 entfernen</translation>
    </message>
    <message>
        <source>it reads %1, which is rebuilt</source>
        <translation>sie liest %1, das neu aufgebaut wird</translation>
    </message>
    <message>
        <source>to re-create it as expected</source>
        <translation>um sie wie erwartet neu anzulegen</translation>
    </message>
    <message>
        <source>%1 (extra view)</source>
        <translation>%1 (zusätzliche Sicht)</translation>
    </message>
    <message>
        <source>Drop view %1</source>
        <translation>Sicht %1 entfernen</translation>
    </message>
    <message>
        <source>Drop view %1 (%2)</source>
        <translation>Sicht %1 entfernen (%2)</translation>
    </message>
    <message>
        <source>Create view main.%1</source>
        <translation>Sicht main.%1 anlegen</translation>
    </message>
    <message>
        <source>%1 (extra trigger)</source>
        <translation>%1 (zusätzlicher Trigger)</translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 entfernen</translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2 until its tables are rebuilt</source>
        <translation>Trigger %1 auf %2 entfernen, bis seine Tabellen neu aufgebaut sind</translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2 to re-create it as expected</source>
        <translation>Trigger %1 auf %2 entfernen, um ihn wie erwartet neu anzulegen</translation>
    </message>
    <message>
        <source>Re-create trigger %1 on main.%2</source>
        <translation>Trigger %1 auf main.%2 neu anlegen</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>%1 (migration history says %2, expected %3; give --stamp to write it)</source>
        <translation>%1 (Migrationshistorie nennt %2, erwartet %3; --stamp schreibt sie)</translation>
    </message>
    <message>
        <source>%1: stamping this kind of migration history is not supported; set it to %2 with the framework&apos;s own tool.</source>
        <translation>%1: das Stempeln dieser Art von Migrationshistorie wird nicht unterstützt; setzen Sie sie mit dem Werkzeug des Frameworks auf %2.</translation>
    </message>
    <message>
        <source>the expected version</source>
        <translation>die erwartete Version</translation>
    </message>
    <message>
        <source>Stamp %1 at version %2 (was %3)</source>
        <translation>%1 auf Version %2 stempeln (war %3)</translation>
    </message>
    <message>
        <source>%1 (extra table)</source>
        <translation>%1 (zusätzliche Tabelle)</translation>
    </message>
    <message>
        <source>Drop table %1 and every row in it</source>
        <translation>Tabelle %1 samt allen Zeilen entfernen</translation>
    </message>
    <message>
        <source>rows of %1 that are lost</source>
        <translation>Zeilen von %1, die verloren gehen</translation>
    </message>
    <message>
        <source>%1 (extra table; not renamed to %2)</source>
        <translation>%1 (zusätzliche Tabelle; nicht in %2 umbenannt)</translation>
    </message>
    <message>
        <source>%1: the SQLite planner has no repair for a %2 difference.</source>
        <translation>%1: der SQLite-Planer hat keine Reparatur für einen Unterschied der Art %2.</translation>
    </message>
    <message>
        <source>The SQLite planner was given a %1 schema.</source>
        <translation>Der SQLite-Planer hat ein %1-Schema bekommen.</translation>
    </message>
    <message>
        <source>it reads a view dropped before it</source>
        <translation>sie liest eine Sicht, die vor ihr entfernt wird</translation>
    </message>
</context>
<context>
    <name>sm::cli</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format muss text oder json sein.</translation>
    </message>
    <message>
        <source>snapshot needs --out FILE.json.</source>
        <translation>snapshot braucht --out DATEI.json.</translation>
    </message>
    <message>
        <source>Saved %1 tables to %2.</source>
        <translation>%1 Tabellen in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 needs --db URL.</source>
        <translation>%1 braucht --db URL.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--rename-table takes OLD=NEW.</source>
        <translation>--rename-table erwartet ALT=NEU.</translation>
    </message>
    <message>
        <source>--rename-column takes TABLE.OLD=NEW.</source>
        <translation>--rename-column erwartet TABELLE.ALT=NEU.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>%1 needs --expected SRC (a .sql file, a .json snapshot or a URL).</source>
        <translation>%1 braucht --expected QUELLE (eine .sql-Datei, einen .json-Snapshot oder eine URL).</translation>
    </message>
    <message>
        <source>--%1 takes TABLE.COLUMN=EXPR.</source>
        <translation>--%1 erwartet TABELLE.SPALTE=AUSDRUCK.</translation>
    </message>
    <message>
        <source>--%1 takes a number of milliseconds.</source>
        <translation>--%1 erwartet eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the expected schema.</source>
        <translation>Nichts zu tun: die Datenbank entspricht dem erwarteten Schema.</translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation> (höchstens)</translation>
    </message>
    <message>
        <source>kept: </source>
        <translation>behalten: </translation>
    </message>
    <message>
        <source>UNRESOLVED: </source>
        <translation>UNGEKLÄRT: </translation>
    </message>
    <message>
        <source>--format must be sql, json or text.</source>
        <translation>--format muss sql, json oder text sein.</translation>
    </message>
    <message>
        <source>warning: unresolved: </source>
        <translation>Warnung: ungeklärt: </translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>Datenbank-URL.</translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation>Ausgabeformat.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>PostgreSQL schema to read (repeatable).</source>
        <translation>Zu lesendes PostgreSQL-Schema (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Log progress to stderr.</source>
        <translation>Fortschritt auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>Expected schema.</source>
        <translation>Erwartetes Schema.</translation>
    </message>
    <message>
        <source>Scratch database for DDL.</source>
        <translation>Arbeitsdatenbank für DDL.</translation>
    </message>
    <message>
        <source>Glob of objects to leave out.</source>
        <translation>Glob-Muster der auszulassenden Objekte.</translation>
    </message>
    <message>
        <source>Declared table rename.</source>
        <translation>Angegebene Tabellenumbenennung.</translation>
    </message>
    <message>
        <source>Declared column rename.</source>
        <translation>Angegebene Spaltenumbenennung.</translation>
    </message>
    <message>
        <source>Never propose renames.</source>
        <translation>Nie Umbenennungen vorschlagen.</translation>
    </message>
    <message>
        <source>Expected migration version.</source>
        <translation>Erwartete Migrationsversion.</translation>
    </message>
    <message>
        <source>USING expression of a type change.</source>
        <translation>USING-Ausdruck einer Typänderung.</translation>
    </message>
    <message>
        <source>Value for existing NULLs.</source>
        <translation>Wert für vorhandene NULL-Werte.</translation>
    </message>
    <message>
        <source>Drop objects the expected schema lacks.</source>
        <translation>Objekte entfernen, die dem erwarteten Schema fehlen.</translation>
    </message>
    <message>
        <source>Set the history table to the expected version.</source>
        <translation>Die Historientabelle auf die erwartete Version setzen.</translation>
    </message>
    <message>
        <source>lock_timeout in ms.</source>
        <translation>lock_timeout in ms.</translation>
    </message>
    <message>
        <source>statement_timeout in ms.</source>
        <translation>statement_timeout in ms.</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>Confirm without asking (for scripts).</source>
        <translation>Ohne Rückfrage bestätigen (für Skripte).</translation>
    </message>
    <message>
        <source>Rehearse in a transaction that always rolls back.</source>
        <translation>In einer Transaktion proben, die immer zurückgerollt wird.</translation>
    </message>
    <message>
        <source>Run a plan with this hazard.</source>
        <translation>Einen Plan mit diesem Risiko ausführen.</translation>
    </message>
    <message>
        <source>A run&apos;s journal.</source>
        <translation>Das Journal eines Laufs.</translation>
    </message>
    <message>
        <source>Verified: the database matches %1.</source>
        <translation>Geprüft: die Datenbank entspricht %1.</translation>
    </message>
    <message>
        <source>Not verified: the database differs from %1.</source>
        <translation>Nicht geprüft: die Datenbank weicht von %1 ab.</translation>
    </message>
    <message>
        <source>Confirmed by --yes.</source>
        <translation>Durch --yes bestätigt.</translation>
    </message>
    <message>
        <source>Type the database name (%1) to go on, anything else to stop: </source>
        <translation>Geben Sie zum Fortfahren den Datenbanknamen (%1) ein, alles andere bricht ab: </translation>
    </message>
    <message>
        <source>--allow-hazard: &quot;%1&quot; is not a hazard (see plan --format text).</source>
        <translation>--allow-hazard: „%1“ ist kein Risiko (siehe plan --format text).</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>report needs --journal FILE.</source>
        <translation>report braucht --journal DATEI.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2</source>
        <translation>Sicherung von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>verified: %1 (%2 ms)</source>
        <translation>geprüft: %1 (%2 ms)</translation>
    </message>
    <message>
        <source>restore replaces the database and needs a confirmation: run it on a terminal, or pass --yes in a script.</source>
        <translation>restore ersetzt die Datenbank und braucht eine Bestätigung: führen Sie es in einem Terminal aus oder übergeben Sie in einem Skript --yes.</translation>
    </message>
    <message>
        <source>removed, not in the backup: </source>
        <translation>entfernt, nicht in der Sicherung: </translation>
    </message>
    <message>
        <source>Restored %1 from %2 and verified: schema equal, %3 tables, %4 rows (%5 ms).</source>
        <translation>%1 aus %2 wiederhergestellt und geprüft: Schema gleich, %3 Tabellen, %4 Zeilen (%5 ms).</translation>
    </message>
    <message>
        <source>Backup folder (new or empty).</source>
        <translation>Sicherungsordner (neu oder leer).</translation>
    </message>
    <message>
        <source>Backup folder.</source>
        <translation>Sicherungsordner.</translation>
    </message>
    <message>
        <source>Do not ask (scripts).</source>
        <translation>Nicht nachfragen (Skripte).</translation>
    </message>
    <message>
        <source>Lock wait in ms.</source>
        <translation>Wartezeit auf Sperren in ms.</translation>
    </message>
    <message>
        <source>--lock-timeout takes a number of milliseconds.</source>
        <translation>--lock-timeout erwartet eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>backup needs --out DIR (a new or empty folder).</source>
        <translation>backup braucht --out VERZEICHNIS (ein neuer oder leerer Ordner).</translation>
    </message>
    <message>
        <source>restore needs --backup DIR (a folder written by backup).</source>
        <translation>restore braucht --backup VERZEICHNIS (einen von backup geschriebenen Ordner).</translation>
    </message>
</context>
<context>
    <name>sm::gui::CompareLoader</name>
    <message>
        <source>Loading the expected schema…</source>
        <translation>Lade das erwartete Schema …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>Building the difference tree…</source>
        <translation>Baue den Unterschiedsbaum auf …</translation>
    </message>
    <message>
        <source>Planning and running pre-flight checks…</source>
        <translation>Plane und führe Vorabprüfungen aus …</translation>
    </message>
</context>
<context>
    <name>sm::gui::ComparisonView</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Renames</source>
        <translation>Umbenennungen</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Riskant</translation>
    </message>
    <message>
        <source>Search objects…</source>
        <translation>Objekte suchen …</translation>
    </message>
    <message>
        <source>Search objects</source>
        <translation>Objekte suchen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>Expected: %1 · actual: %2</source>
        <translation>Erwartet: %1 · tatsächlich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of the expected schema were skipped: </source>
        <translation>
            <numerusform>%n Anweisung des erwarteten Schemas wurde übersprungen: </numerusform>
            <numerusform>%n Anweisungen des erwarteten Schemas wurden übersprungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan (%n step(s))</source>
        <translation>
            <numerusform>&amp;Plan (%n Schritt)</numerusform>
            <numerusform>&amp;Plan (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No differences: the database matches the expected schema.</source>
        <translation>✓ Keine Unterschiede: die Datenbank entspricht dem erwarteten Schema.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a decision</source>
        <translation>
            <numerusform>%n braucht eine Entscheidung</numerusform>
            <numerusform>%n brauchen eine Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risky</source>
        <translation>
            <numerusform>%n riskant</numerusform>
            <numerusform>%n riskant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sm::gui::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>optional: a name saves this as a profile</source>
        <translation>optional: mit einem Namen wird dies als Profil gespeichert</translation>
    </message>
    <message>
        <source>e.g. prod-annotations</source>
        <translation>z. B. prod-annotations</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>host name, address or socket directory</source>
        <translation>Hostname, Adresse oder Socket-Verzeichnis</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>libpq default (prefer)</source>
        <translation>libpq-Standard (prefer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>/path/to/database.db</source>
        <translation>/pfad/zur/datenbank.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>Datenbank-&amp;Engine:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs-Time&amp;out:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Date&amp;i:</translation>
    </message>
    <message>
        <source>Schema Medic connects read-only: testing or connecting changes nothing. Passwords are never written to its settings.</source>
        <translation>Schema Medic verbindet sich nur zum Lesen: Testen oder Verbinden verändert nichts. Passwörter werden nie in die Einstellungen geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Connect read-only</source>
        <translation>Nur zum Lesen &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil spei&amp;chern</translation>
    </message>
    <message>
        <source>From the system keychain.</source>
        <translation>Aus dem System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>No password is saved for this connection: enter it.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert: geben Sie es ein.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation>Öffne %1 nur zum Lesen …</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 read-only…</source>
        <translation>Verbinde mit %1:%2 nur zum Lesen …</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Connected: %1 %2.</source>
        <translation>Verbunden: %1 %2.</translation>
    </message>
    <message>
        <source>Choose a SQLite database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist (Schema Medic never creates an empty one).</source>
        <translation>Die SQLite-Datenbank %1 existiert nicht (Schema Medic legt nie eine leere an).</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
</context>
<context>
    <name>sm::gui::ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Connect read-only</source>
        <translation>Nur zum Lesen &amp;verbinden</translation>
    </message>
    <message>
        <source>Profiles keep where a database is, never its password.</source>
        <translation>Profile speichern, wo eine Datenbank liegt, nie ihr Passwort.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its password is removed from the system keychain too. The database itself is not touched.</source>
        <translation>Sein Passwort wird auch aus dem System-Schlüsselbund entfernt. Die Datenbank selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>The database itself is not touched.</source>
        <translation>Die Datenbank selbst bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>sm::gui::DiffDetailPane</name>
    <message>
        <source>Expected and actual, side by side</source>
        <translation>Erwartet und tatsächlich, nebeneinander</translation>
    </message>
    <message>
        <source>Plan steps and pre-flight figures</source>
        <translation>Planschritte und Zahlen der Vorabprüfung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Nothing to decide for this object.</source>
        <translation>Für dieses Objekt ist nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Accept: rename it (keeps the data)</source>
        <translation>&amp;Annehmen: umbenennen (behält die Daten)</translation>
    </message>
    <message>
        <source>&amp;Reject: create the new one, keep the old one</source>
        <translation>Ab&amp;lehnen: das neue anlegen, das alte behalten</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;USING expression for the type change (empty: the database&apos;s own conversion):</source>
        <translation>&amp;USING-Ausdruck für die Typänderung (leer: die eigene Umwandlung der Datenbank):</translation>
    </message>
    <message>
        <source>&amp;Value for existing rows that hold NULL (an SQL expression):</source>
        <translation>&amp;Wert für vorhandene Zeilen mit NULL (ein SQL-Ausdruck):</translation>
    </message>
    <message>
        <source>Select a difference to see both sides.</source>
        <translation>Wählen Sie einen Unterschied, um beide Seiten zu sehen.</translation>
    </message>
    <message>
        <source> — the same on both sides</source>
        <translation> — auf beiden Seiten gleich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullability</source>
        <translation>NULL-Zulässigkeit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source> ◀ differs</source>
        <translation> ◀ weicht ab</translation>
    </message>
    <message>
        <source>◀ and ▶ mark what differs between the two sides.</source>
        <translation>◀ und ▶ markieren, was sich zwischen beiden Seiten unterscheidet.</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <source>No step of the plan touches this object.</source>
        <translation>Kein Schritt des Plans betrifft dieses Objekt.</translation>
    </message>
    <message>
        <source>Kept as it is: extra objects are only dropped when you choose to.</source>
        <translation>Bleibt, wie es ist: zusätzliche Objekte werden nur entfernt, wenn Sie das wählen.</translation>
    </message>
    <message>
        <source>No step of the plan repairs this difference.</source>
        <translation>Kein Schritt des Plans behebt diesen Unterschied.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>no hazards</source>
        <translation>keine Risiken</translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation>%1: nicht gemessen</translation>
    </message>
    <message>
        <source>ℹ %1: %2</source>
        <translation>ℹ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1: %2%3</source>
        <translation>✗ %1: %2%3</translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation> (höchstens)</translation>
    </message>
    <message>
        <source>✓ %1: none</source>
        <translation>✓ %1: keine</translation>
    </message>
    <message>
        <source>for example: </source>
        <translation>zum Beispiel: </translation>
    </message>
    <message>
        <source>⚠ The live rows could not be read: %1</source>
        <translation>⚠ Die Live-Daten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Plan and pre-flight (live rows)</source>
        <translation>Plan und Vorabprüfung (Live-Daten)</translation>
    </message>
    <message>
        <source>Is %1 the live %2 under a new name? %3</source>
        <translation>Ist %1 das laufende Objekt %2 unter neuem Namen? %3</translation>
    </message>
    <message>
        <source>e.g. CAST(%1 AS …) or NULLIF(%1, &apos;&apos;)</source>
        <translation>z. B. CAST(%1 AS …) oder NULLIF(%1, &apos;&apos;)</translation>
    </message>
    <message>
        <source>e.g. &apos;anonymous&apos; or 0</source>
        <translation>z. B. &apos;anonymous&apos; oder 0</translation>
    </message>
    <message>
        <source>&amp;Drop %1 — it is not in the expected schema; its data is lost (kept by default)</source>
        <translation>%1 &amp;entfernen — es ist nicht im erwarteten Schema; seine Daten gehen verloren (standardmäßig behalten)</translation>
    </message>
    <message>
        <source>&amp;Record version %1 in the migration history after the repair</source>
        <translation>Version %1 nach der Reparatur in der Migrationshistorie ein&amp;tragen</translation>
    </message>
    <message>
        <source>The plan leaves the recorded version as it is unless you tick the box below.</source>
        <translation>Der Plan lässt die eingetragene Version, wie sie ist, außer Sie haken das Feld unten an.</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>sm::gui::DiffTreeModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Migration history</source>
        <translation>Migrationshistorie</translation>
    </message>
    <message>
        <source>Other differences</source>
        <translation>Weitere Unterschiede</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>rename?</source>
        <translation>umbenannt?</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>nullability changed</source>
        <translation>NULL-Zulässigkeit geändert</translation>
    </message>
    <message>
        <source>default changed</source>
        <translation>Standardwert geändert</translation>
    </message>
    <message>
        <source>identity changed</source>
        <translation>Identity geändert</translation>
    </message>
    <message>
        <source>version differs</source>
        <translation>Version weicht ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>cast may fail</source>
        <translation>Umwandlung kann scheitern</translation>
    </message>
    <message>
        <source>NULLs need a value</source>
        <translation>NULLs brauchen einen Wert</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>orphan rows</source>
        <translation>verwaiste Zeilen</translation>
    </message>
    <message>
        <source>check violations</source>
        <translation>CHECK-Verletzungen</translation>
    </message>
    <message>
        <source>table rewrite</source>
        <translation>Tabelle wird neu geschrieben</translation>
    </message>
    <message>
        <source>exclusive lock</source>
        <translation>exklusive Sperre</translation>
    </message>
    <message>
        <source>blocks writes</source>
        <translation>blockiert Schreibzugriffe</translation>
    </message>
    <message>
        <source>not transactional</source>
        <translation>nicht transaktional</translation>
    </message>
    <message>
        <source>rename guessed</source>
        <translation>Umbenennung vermutet</translation>
    </message>
    <message>
        <source>breaks old app</source>
        <translation>bricht alte Anwendung</translation>
    </message>
    <message>
        <source>%1 says version %2; the expected schema is at %3.</source>
        <translation>%1 nennt Version %2; das erwartete Schema ist auf Version %3.</translation>
    </message>
    <message>
        <source>%1 records no version; the expected schema is at %2.</source>
        <translation>%1 verzeichnet keine Version; das erwartete Schema ist auf Version %2.</translation>
    </message>
    <message>
        <source>The recorded version cannot be trusted, since a migration can fail silently or never run: go by the differences listed here, and record %1 only once the repair has made the schema match.</source>
        <translation>Der eingetragenen Version ist nicht zu trauen, denn eine Migration kann unbemerkt scheitern oder nie laufen: Maßgeblich sind die hier aufgeführten Unterschiede, und %1 erst eintragen, wenn die Reparatur das Schema angeglichen hat.</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>This role may not read %1, so the version it records is unknown; the expected schema is at %2. Go by the differences listed here.</source>
        <translation>Diese Rolle darf %1 nicht lesen, daher ist die dort vermerkte Version unbekannt; das erwartete Schema ist auf %2. Maßgeblich sind die hier aufgeführten Unterschiede.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
</context>
<context>
    <name>sm::gui::ExpectedSourceDialog</name>
    <message>
        <source>Compare with expected schema</source>
        <translation>Mit erwartetem Schema vergleichen</translation>
    </message>
    <message>
        <source>What should the database look like? Choose a DDL file (.sql: what alembic, prisma, django or pg_dump --schema-only produce), a snapshot (.json) saved from a healthy database, or type the URL of another database. It is only read.</source>
        <translation>Wie soll die Datenbank aussehen? Wählen Sie eine DDL-Datei (.sql: was alembic, prisma, django oder pg_dump --schema-only erzeugen), einen von einer gesunden Datenbank gespeicherten Snapshot (.json) oder geben Sie die URL einer anderen Datenbank ein. Sie wird nur gelesen.</translation>
    </message>
    <message>
        <source>schema.sql, snapshot.json or postgresql://host/db</source>
        <translation>schema.sql, snapshot.json oder postgresql://host/db</translation>
    </message>
    <message>
        <source>&amp;Expected schema:</source>
        <translation>&amp;Erwartetes Schema:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Expected schema</source>
        <translation>Erwartetes Schema</translation>
    </message>
    <message>
        <source>Schemas (*.sql *.json);;DDL files (*.sql);;Snapshots (*.json);;All files (*)</source>
        <translation>Schemata (*.sql *.json);;DDL-Dateien (*.sql);;Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sm::gui::GuiConfirmer</name>
    <message>
        <source>The confirmation was given for a %1, not for this %2.</source>
        <translation>Die Bestätigung galt für einen anderen Vorgang (%1), nicht für diesen (%2).</translation>
    </message>
    <message>
        <source>The confirmation names the database &quot;%1&quot;, but the run is about &quot;%2&quot;.</source>
        <translation>Die Bestätigung nennt die Datenbank „%1“, der Lauf betrifft aber „%2“.</translation>
    </message>
    <message>
        <source>The run has hazards that were not acknowledged: %1.</source>
        <translation>Der Lauf hat Risiken, die nicht bestätigt wurden: %1.</translation>
    </message>
</context>
<context>
    <name>sm::gui::KeychainSecretStore</name>
    <message>
        <source>The system keychain has no password for %1.</source>
        <translation>Der System-Schlüsselbund hat kein Passwort für %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the password for %1.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff auf das Passwort für %1 verweigert.</translation>
    </message>
    <message>
        <source>The password for %1 could not be removed from the system keychain.</source>
        <translation>Das Passwort für %1 konnte nicht aus dem System-Schlüsselbund entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sm::gui::LogModel</name>
    <message>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fehler</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>sm::gui::LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Log level shown</source>
        <translation>Angezeigte Protokollstufe</translation>
    </message>
    <message>
        <source>Everything (debug)</source>
        <translation>Alles (Debug)</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informationen und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>sm::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;SQLite database…</source>
        <translation>&amp;SQLite-Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;PostgreSQL…</source>
        <translation>&amp;PostgreSQL öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload schema</source>
        <translation>Schema &amp;neu lesen</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>Lesen &amp;abbrechen</translation>
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
        <source>&amp;Filter by name</source>
        <translation>Nach Namen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Schema Medic</source>
        <translation>&amp;Über Schema Medic</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Open a SQLite file or connect to a PostgreSQL server. Schema Medic opens it read-only: nothing is changed.</source>
        <translation>Öffnen Sie eine SQLite-Datei oder verbinden Sie sich mit einem PostgreSQL-Server. Schema Medic öffnet sie nur zum Lesen: nichts wird verändert.</translation>
    </message>
    <message>
        <source>Open SQLite database…</source>
        <translation>SQLite-Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Open PostgreSQL…</source>
        <translation>PostgreSQL öffnen …</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern …</translation>
    </message>
    <message>
        <source>Select an object to see its definition.</source>
        <translation>Wählen Sie ein Objekt aus, um seine Definition zu sehen.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>Schema Medic opened this database read-only: nothing can be changed.</source>
        <translation>Schema Medic hat diese Datenbank nur zum Lesen geöffnet: nichts kann verändert werden.</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Schema Medic</source>
        <translation>Über Schema Medic</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schema Medic %1&lt;/b&gt;&lt;p&gt;Finds and repairs schema drift in PostgreSQL and SQLite databases.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Schema Medic %1&lt;/b&gt;&lt;p&gt;Findet und repariert Schema-Abweichungen in PostgreSQL- und SQLite-Datenbanken.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Sicht</numerusform>
            <numerusform>%n Sichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %n query(ies).</source>
        <translation>
            <numerusform>%1 mit %n Abfrage gelesen.</numerusform>
            <numerusform>%1 mit %n Abfragen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled; the schema shown is the one read before.</source>
        <translation>Das Lesen wurde abgebrochen; angezeigt wird das zuvor gelesene Schema.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Schema Medic</source>
        <translation>Schema Medic</translation>
    </message>
    <message>
        <source>Nothing was changed; the schema shown is still the one read before. Check the file or connection settings and try again.</source>
        <translation>Nichts wurde verändert; angezeigt wird weiterhin das zuvor gelesene Schema. Prüfen Sie die Datei oder die Verbindungseinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the file or connection settings and try again.</source>
        <translation>Nichts wurde verändert. Prüfen Sie die Datei oder die Verbindungseinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Schema Medic — %1</source>
        <translation>Schema Medic — %1</translation>
    </message>
    <message>
        <source>Schema Medic — %1 (%2) — %3</source>
        <translation>Schema Medic — %1 (%2) — %3</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>Verbin&amp;dungen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Co&amp;mpare with expected schema…</source>
        <translation>Mit erwartetem Schema &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Switch to &amp;repair mode…</source>
        <translation>In den &amp;Reparaturmodus wechseln …</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>Repar&amp;ieren …</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <source>Comparing was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Interrupted repair runs</source>
        <translation>Unterbrochene Reparaturläufe</translation>
    </message>
    <message>
        <source>Switch to repair mode</source>
        <translation>In den Reparaturmodus wechseln</translation>
    </message>
    <message>
        <source>Allow changes to the database &quot;%1&quot;?</source>
        <translation>Änderungen an der Datenbank „%1“ erlauben?</translation>
    </message>
    <message>
        <source>In repair mode Schema Medic may change %1 (%2). Each repair still shows its plan, takes a verified backup and asks again before it writes.</source>
        <translation>Im Reparaturmodus darf Schema Medic %1 (%2) ändern. Jede Reparatur zeigt trotzdem ihren Plan, legt eine geprüfte Sicherung an und fragt vor dem Schreiben erneut nach.</translation>
    </message>
    <message>
        <source>Allow changes to %1</source>
        <translation>Änderungen an %1 erlauben</translation>
    </message>
    <message>
        <source>Stay read-only</source>
        <translation>Nur lesend bleiben</translation>
    </message>
    <message>
        <source>Switch to repair mode first (File menu).</source>
        <translation>Wechseln Sie zuerst in den Reparaturmodus (Menü Datei).</translation>
    </message>
    <message>
        <source>Return to &amp;read-only</source>
        <translation>Zurück zu nur &amp;lesend</translation>
    </message>
    <message>
        <source>REPAIR MODE</source>
        <translation>REPARATURMODUS</translation>
    </message>
    <message>
        <source>Changes to this database are allowed.</source>
        <translation>Änderungen an dieser Datenbank sind erlaubt.</translation>
    </message>
    <message>
        <source>REPAIR MODE — changes to %1 are allowed. Return to read-only from the File menu.</source>
        <translation>REPARATURMODUS — Änderungen an %1 sind erlaubt. Zurück zu nur lesend über das Menü Datei.</translation>
    </message>
    <message>
        <source>Open a database first, then compare it.</source>
        <translation>Öffnen Sie zuerst eine Datenbank, dann vergleichen Sie sie.</translation>
    </message>
    <message>
        <source>Open a database first, then compare it with the expected schema.</source>
        <translation>Öffnen Sie zuerst eine Datenbank, dann vergleichen Sie sie mit dem erwarteten Schema.</translation>
    </message>
    <message>
        <source>Filter the schema by name</source>
        <translation>Schema nach Namen filtern</translation>
    </message>
    <message>
        <source>Schema objects</source>
        <translation>Schemaobjekte</translation>
    </message>
    <message>
        <source>Definition of the selected object</source>
        <translation>Definition des ausgewählten Objekts</translation>
    </message>
</context>
<context>
    <name>sm::gui::MemorySecretStore</name>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>sm::gui::PlanView</name>
    <message>
        <source>&amp;Copy SQL</source>
        <translation>SQL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the complete repair script to the clipboard</source>
        <translation>Das vollständige Reparaturskript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Export .sql…</source>
        <translation>Als .sql &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the complete repair script as a .sql file</source>
        <translation>Das vollständige Reparaturskript als .sql-Datei speichern</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step, its hazards and pre-flight figures</source>
        <translation>Schritt, seine Risiken und Zahlen der Vorabprüfung</translation>
    </message>
    <message>
        <source>Repair script</source>
        <translation>Reparaturskript</translation>
    </message>
    <message>
        <source>Compare with an expected schema to see the repair plan.</source>
        <translation>Vergleichen Sie mit einem erwarteten Schema, um den Reparaturplan zu sehen.</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <source>Re-planning with your decisions…</source>
        <translation>Plane neu mit Ihren Entscheidungen …</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>⚠ The pre-flight checks could not read the live rows: %1. The plan is shown without their figures.</source>
        <translation>⚠ Die Vorabprüfungen konnten die Live-Daten nicht lesen: %1. Der Plan wird ohne ihre Zahlen gezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the database matches the expected schema.</source>
        <translation>&lt;b&gt;Nichts zu tun:&lt;/b&gt; die Datenbank entspricht dem erwarteten Schema.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n step(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Schritt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Schritte&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · no hazards</source>
        <translation> · keine Risiken</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n decision(s) still open — the repair is refused until they are made:</source>
        <translation>
            <numerusform>⚠ %n Entscheidung noch offen — die Reparatur wird abgelehnt, bis sie getroffen ist:</numerusform>
            <numerusform>⚠ %n Entscheidungen noch offen — die Reparatur wird abgelehnt, bis sie getroffen sind:</numerusform>
        </translation>
    </message>
    <message>
        <source> (after the commit)</source>
        <translation> (nach dem Commit)</translation>
    </message>
    <message>
        <source>… %1: not measured</source>
        <translation>… %1: nicht gemessen</translation>
    </message>
    <message>
        <source>ℹ %1: %2</source>
        <translation>ℹ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1: %2%3</source>
        <translation>✗ %1: %2%3</translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation> (höchstens)</translation>
    </message>
    <message>
        <source>✓ %1: none</source>
        <translation>✓ %1: keine</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export repair script</source>
        <translation>Reparaturskript exportieren</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sm::gui::RepairWizard</name>
    <message>
        <source>Repair %1</source>
        <translation>%1 reparieren</translation>
    </message>
    <message>
        <source>%v of %m steps · %1 s</source>
        <translation>%v von %m Schritten · %1 s</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>What will change in %1, step by step, and what is risky about it.</source>
        <translation>Was sich in %1 ändert, Schritt für Schritt, und was daran riskant ist.</translation>
    </message>
    <message>
        <source>Reading the live schema and planning…</source>
        <translation>Lese das laufende Schema und plane …</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>&amp;Dry run: rehearse inside a transaction that always rolls back (no backup, nothing changes)</source>
        <translation>&amp;Probelauf: in einer Transaktion proben, die immer zurückgerollt wird (keine Sicherung, nichts ändert sich)</translation>
    </message>
    <message>
        <source>Nothing to repair: %1 matches the expected schema.</source>
        <translation>Nichts zu reparieren: %1 entspricht dem erwarteten Schema.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to make %1 match %2. Expand a step to see its SQL.</source>
        <translation>
            <numerusform>%n Schritt, damit %1 %2 entspricht. Klappen Sie einen Schritt auf, um sein SQL zu sehen.</numerusform>
            <numerusform>%n Schritte, damit %1 %2 entspricht. Klappen Sie einen Schritt auf, um sein SQL zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the expected schema</source>
        <translation>dem erwarteten Schema</translation>
    </message>
    <message>
        <source>No hazards.</source>
        <translation>Keine Risiken.</translation>
    </message>
    <message>
        <source>Decisions still open (make them in the main window, then repair again):
%1</source>
        <translation>Noch offene Entscheidungen (treffen Sie sie im Hauptfenster, dann erneut reparieren):
%1</translation>
    </message>
    <message>
        <source>Running the pre-flight checks against the live rows…</source>
        <translation>Führe die Vorabprüfungen auf den Live-Daten aus …</translation>
    </message>
    <message>
        <source>The plan could not be made; nothing was changed.</source>
        <translation>Der Plan konnte nicht erstellt werden; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation>%1 Zeile(n)</translation>
    </message>
    <message>
        <source>at most %1 row(s)</source>
        <translation>höchstens %1 Zeile(n)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>Nichts zu reparieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail on live rows: the repair would fail on them. Fix the data or choose a USING/backfill expression in the main window, then check again.</source>
        <translation>
            <numerusform>%n Prüfung scheitert an Live-Daten: die Reparatur würde an ihnen scheitern. Korrigieren Sie die Daten oder wählen Sie im Hauptfenster einen USING- oder Backfill-Ausdruck, dann erneut prüfen.</numerusform>
            <numerusform>%n Prüfungen scheitern an Live-Daten: die Reparatur würde an ihnen scheitern. Korrigieren Sie die Daten oder wählen Sie im Hauptfenster einen USING- oder Backfill-Ausdruck, dann erneut prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pre-flight checks are needed for this plan.</source>
        <translation>Für diesen Plan sind keine Vorabprüfungen nötig.</translation>
    </message>
    <message>
        <source>Every check passed against the live rows (%1).</source>
        <translation>Jede Prüfung hat auf den Live-Daten bestanden (%1).</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Each check runs read-only against the live rows: what would fail, and on which values.</source>
        <translation>Jede Prüfung läuft nur lesend auf den Live-Daten: was scheitern würde, und an welchen Werten.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>No backup, no write: a copy of %1 is taken and verified before anything changes.</source>
        <translation>Keine Sicherung, kein Schreiben: eine Kopie von %1 wird angelegt und geprüft, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Backup folder (new or empty)</source>
        <translation>Sicherungsordner (neu oder leer)</translation>
    </message>
    <message>
        <source>&amp;Take and verify the backup</source>
        <translation>Sicherung &amp;anlegen und prüfen</translation>
    </message>
    <message>
        <source>The backup is taken when you press the button.</source>
        <translation>Die Sicherung wird angelegt, wenn Sie die Schaltfläche drücken.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Read what will change and what is risky. Nothing has been written yet.</source>
        <translation>Lesen Sie, was sich ändert und was riskant ist. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Hazards — tick each one you accept</source>
        <translation>Risiken — haken Sie jedes an, das Sie akzeptieren</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>This run rewrites or drops data. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dieser Lauf schreibt Daten neu oder entfernt sie. Geben Sie zur Bestätigung den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n step(s) to %1</source>
        <translation>
            <numerusform>%n Schritt auf %1 &amp;anwenden</numerusform>
            <numerusform>%n Schritte auf %1 &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Every step runs in one transaction, verified before it commits. Cancel rolls it back.</source>
        <translation>Alle Schritte laufen in einer Transaktion, die vor dem Commit geprüft wird. Abbrechen rollt sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>Verified: %1
Location: %2</source>
        <translation>Geprüft: %1
Ort: %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The changed schema compared with the expected one, before and after the commit.</source>
        <translation>Das geänderte Schema im Vergleich mit dem erwarteten, vor und nach dem Commit.</translation>
    </message>
    <message>
        <source>Repaired and verified</source>
        <translation>Repariert und geprüft</translation>
    </message>
    <message>
        <source>Dry run passed — rolled back, nothing changed</source>
        <translation>Probelauf bestanden — zurückgerollt, nichts verändert</translation>
    </message>
    <message>
        <source>Nothing to repair</source>
        <translation>Nichts zu reparieren</translation>
    </message>
    <message>
        <source>Rolled back — the database is as it was</source>
        <translation>Zurückgerollt — die Datenbank ist wie zuvor</translation>
    </message>
    <message>
        <source>Failed after the commit — restore the backup</source>
        <translation>Nach dem Commit fehlgeschlagen — stellen Sie die Sicherung wieder her</translation>
    </message>
    <message>
        <source>Stopped before writing — nothing was changed</source>
        <translation>Vor dem Schreiben angehalten — nichts wurde verändert</translation>
    </message>
    <message>
        <source>No backup was taken (dry run).</source>
        <translation>Es wurde keine Sicherung angelegt (Probelauf).</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>What happened, the incident report, and the way back.</source>
        <translation>Was geschehen ist, der Vorfallbericht und der Weg zurück.</translation>
    </message>
    <message>
        <source>&amp;Save incident report…</source>
        <translation>Vorfallbericht &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Open backup folder</source>
        <translation>Sicherungsordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>There is no run to report on yet.</source>
        <translation>Es gibt noch keinen Lauf, über den berichtet werden kann.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Save incident report</source>
        <translation>Vorfallbericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Rehearse the repair</source>
        <translation>Reparatur &amp;proben</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wende an …</translation>
    </message>
    <message>
        <source>Cancelling: rolling back…</source>
        <translation>Breche ab: rolle zurück …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Backup files and their checksums</source>
        <translation>Sicherungsdateien und ihre Prüfsummen</translation>
    </message>
    <message>
        <source>Steps being applied</source>
        <translation>Schritte in Ausführung</translation>
    </message>
    <message>
        <source>Journal of the run</source>
        <translation>Journal des Laufs</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Prüfergebnisse</translation>
    </message>
</context>
<context>
    <name>sm::gui::RestoreDialog</name>
    <message>
        <source>Restore %1 from a backup</source>
        <translation>%1 aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A backup folder with a manifest.json</source>
        <translation>Ein Sicherungsordner mit einer manifest.json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size / rows</source>
        <translation>Größe / Zeilen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Type the database name &lt;b&gt;%1&lt;/b&gt; to replace its contents with this backup:</source>
        <translation>Geben Sie den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein, um ihren Inhalt durch diese Sicherung zu ersetzen:</translation>
    </message>
    <message>
        <source>&amp;Restore into %1</source>
        <translation>In %1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>A restore replaces everything in %1 with the backup&apos;s contents, in one transaction, and then compares the result with the backup&apos;s manifest.</source>
        <translation>Eine Wiederherstellung ersetzt alles in %1 in einer Transaktion durch den Inhalt der Sicherung und vergleicht das Ergebnis dann mit dem Manifest der Sicherung.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>Si&amp;cherung:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Datenbank-Engine:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Checking every file against its SHA-256 checksum…</source>
        <translation>Prüfe jede Datei gegen ihre SHA-256-Prüfsumme …</translation>
    </message>
    <message>
        <source>checking %1 %p%</source>
        <translation>prüfe %1 %p%</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n table(s)</source>
        <translation>
            <numerusform>%1 — %n Tabelle</numerusform>
            <numerusform>%1 — %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>The backup file %1 has changed since the backup was taken (its SHA-256 no longer matches the manifest), so this backup cannot be restored.</source>
        <translation>Die Sicherungsdatei %1 hat sich seit der Sicherung verändert (ihr SHA-256 passt nicht mehr zum Manifest), daher kann diese Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This is a %1 backup; it cannot be restored into a %2 database.</source>
        <translation>Das ist eine %1-Sicherung; sie kann nicht in eine %2-Datenbank wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This backup is of the database &quot;%1&quot;, not &quot;%2&quot;; it is not restored into another database.</source>
        <translation>Diese Sicherung stammt von der Datenbank „%1“, nicht „%2“; sie wird nicht in eine andere Datenbank wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) match their SHA-256 checksums.</source>
        <translation>
            <numerusform>Die %n Datei stimmt mit ihrer SHA-256-Prüfsumme überein.</numerusform>
            <numerusform>Alle %n Dateien stimmen mit ihren SHA-256-Prüfsummen überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Restoring… Cancel rolls the restore back.</source>
        <translation>Stelle wieder her … Abbrechen rollt die Wiederherstellung zurück.</translation>
    </message>
    <message>
        <source>removed, not in the backup: %1</source>
        <translation>entfernt, nicht in der Sicherung: %1</translation>
    </message>
    <message>
        <source>Restored and verified: the schema equals the backup, %1 table(s) and %2 row(s) match (%3 ms).</source>
        <translation>Wiederhergestellt und geprüft: das Schema gleicht der Sicherung, %1 Tabelle(n) und %2 Zeile(n) stimmen (%3 ms).</translation>
    </message>
    <message>
        <source>Cancelling: rolling the restore back…</source>
        <translation>Breche ab: rolle die Wiederherstellung zurück …</translation>
    </message>
    <message>
        <source>Backup files and tables</source>
        <translation>Sicherungsdateien und Tabellen</translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>sm::gui::SchemaLoader</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
</context>
<context>
    <name>sm::gui::SchemaTreeModel</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation>partitionierte Tabelle</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <source>virtual table</source>
        <translation>virtuelle Tabelle</translation>
    </message>
    <message>
        <source>partition of %1</source>
        <translation>Partition von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>-- column of %1</source>
        <translation>-- Spalte von %1</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <source>-- check expression:</source>
        <translation>-- Prüfausdruck:</translation>
    </message>
    <message>
        <source>-- NOT VALID: existing rows were never checked</source>
        <translation>-- NOT VALID: vorhandene Zeilen wurden nie geprüft</translation>
    </message>
    <message>
        <source>unique index</source>
        <translation>eindeutiger Index</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>-- created by the database for a PRIMARY KEY or UNIQUE constraint</source>
        <translation>-- von der Datenbank für einen PRIMARY-KEY- oder UNIQUE-Constraint angelegt</translation>
    </message>
    <message>
        <source>-- INVALID: a failed concurrent build left this index unusable</source>
        <translation>-- UNGÜLTIG: ein fehlgeschlagener nebenläufiger Aufbau hat diesen Index unbrauchbar hinterlassen</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>gehört zu %1</translation>
    </message>
    <message>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Migration history</source>
        <translation>Migrationshistorie</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>keine Version verzeichnet</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 history in %2: %n migration(s), current version %3</source>
        <translation>
            <numerusform>%1-Historie in %2: %n Migration, aktuelle Version %3</numerusform>
            <numerusform>%1-Historie in %2: %n Migrationen, aktuelle Version %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewandt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>Default / Definition</source>
        <translation>Standardwert / Definition</translation>
    </message>
    <message>
        <source>not readable by this role</source>
        <translation>für diese Rolle nicht lesbar</translation>
    </message>
    <message>
        <source>%1 history in %2: this role may not read it, so its migrations and version are unknown</source>
        <translation>%1-Historie in %2: diese Rolle darf sie nicht lesen, daher sind ihre Migrationen und ihre Version unbekannt</translation>
    </message>
</context>
<context>
    <name>sm::gui::SecretStore</name>
    <message>
        <source>No system keychain is available, so passwords are not saved: you will be asked for the password each time.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher werden Passwörter nicht gespeichert: Sie werden jedes Mal nach dem Passwort gefragt.</translation>
    </message>
</context>
</TS>
