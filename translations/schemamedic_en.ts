<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>Inspects and repairs database schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database URL (sqlite:PATH or postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the schema is shown (or the error), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the database with this expected schema (a .sql DDL file, a .json snapshot or a URL) and show the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --expected: show the differences&apos; details or the plan (details, plan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Backup</name>
    <message>
        <source>%1 exists and is not a folder; name a new or empty folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; a backup never overwrites anything, so name a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup needs about %1 free in %2, but only %3 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump could not back up %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump finished but wrote no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup archive cannot be read back (pg_restore --list failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore --list read %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite backup cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database stayed locked by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a journal left by a writer that stopped mid-transaction (%1-journal); SQLite rolls it back the next time the database is opened for writing, and only then can it be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy cannot be opened to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy fails PRAGMA integrity_check; it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy does not hold the rows the database held; it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity_check ok, foreign_key_check clean, row counts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity_check ok, %1 foreign-key violations (as in the source), row counts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup needs a folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the backup folder %1 is full (%2 free): the backup could not be written, and what was written of it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the archive with pg_restore --list, computing checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema and counting rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::ChildProcess</name>
    <message>
        <source>A private temporary folder for the password file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found in %2 (named by SCHEMAMEDIC_PG_BIN_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed (looked in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin and PATH); install the PostgreSQL client tools (postgresql-client) of the server&apos;s version or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report a PostgreSQL version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot back up a PostgreSQL %3 server; install postgresql-client-%3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Connection</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open an in-memory SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the password for user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 asks for a password and none was given (not in the URL, PGPASSWORD, PGPASSFILE or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not exist on the server at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, which sslmode=%2 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; (sslrootcert) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 is for another host name (&quot;%2&quot;), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 is not signed by the trusted CA (sslrootcert), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made as requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server is listening at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist (Schema Medic never creates an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be read: this user has no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (its header is not &quot;SQLite format 3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than a SQLite header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 is locked by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 is read-only for this user, and a repair needs to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only for this user, and SQLite needs to write its journal file there to change %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::ConnectionSpec</name>
    <message>
        <source>No database was given; pass a URL such as sqlite:app.db or postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL scheme &quot;%1&quot; is not supported; use sqlite: or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL; write sqlite:PATH or postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sqlite:// URL must be followed by an absolute path, as in sqlite:///var/lib/app.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL names no file; write sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite path contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the URL must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database after the host, as in postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL parameter &quot;%1&quot; is not a PostgreSQL connection parameter that Schema Medic knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no host; write postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database; write postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Diff</name>
    <message>
        <source>declared with --rename-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names equal ignoring case, separators and plural; %1% of the columns in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared with --rename-column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same type %1; names equal ignoring case and separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the database matches the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing care</source>
        <translation>
            <numerusform>%n needing care</numerusform>
            <numerusform>%n needing care</numerusform>
        </translation>
    </message>
    <message>
        <source>expected | actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this role may not read %1, so its version is unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::ExpectedSource</name>
    <message>
        <source>No expected schema was given; pass a .sql file, a .json snapshot or a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected schema %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected schema %1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DDL file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DDL file %1 is larger than 256 MiB; that is not a schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DDL file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DDL file %1 is a binary file, not SQL text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DDL file %1 is not UTF-8 text; convert it (for example with iconv) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 describes a %2 database, but the live database is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected database is %1, but the live database is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Introspector</name>
    <message>
        <source>Reading the schema was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading enum types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading migration history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Journal</name>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a journal record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::JsonReader</name>
    <message>
        <source>the document ends where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader was used out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing after a &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in double quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected after a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Manifest</name>
    <message>
        <source>The backup manifest in %1 is not usable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Schema Medic backup manifest (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest names an unknown engine &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest lists no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest has a malformed file entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema snapshot in the backup manifest cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Schema Medic backup: it has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest has a malformed row count for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of %1 could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::PgStatementSplitter</name>
    <message>
        <source>%1 is refused: databases, roles and tablespaces are global objects outside the scratch database the file is loaded into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY … PROGRAM is refused: it would run a command on the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY with a file on the database server is refused: it would reach outside the scratch database (COPY … FROM stdin is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting or revoking a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM is refused: it would change the configuration of the whole server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: a prepared transaction outlives the scratch database and blocks its removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dollar-quoted string opened here is never closed (%1 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted identifier opened here is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a /* comment opened here is never closed (*/ is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string opened here is never closed (a &apos; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQL cannot be split into statements: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a NUL character; it is not SQL text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped COPY … TO STDOUT: it only prints data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped COPY … FROM stdin and its data (data is not schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped the psql command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Plan</name>
    <message>
        <source>Data can be lost: something is dropped or a value cannot be kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type change: rows whose value does not convert make it fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column becomes NOT NULL while rows hold NULL: they need a value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UNIQUE or primary key over values that repeat fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key over rows without a parent fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new CHECK over rows that break it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is rewritten: time and disk grow with its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is locked against readers and writers while this runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers to the table wait while this runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run inside the repair transaction; it runs after the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rename inferred from similar names, not declared: confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running application may still use what this drops or renames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected schema is for %1 but the database is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight check &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::PostgresDdlLoader</name>
    <message>
        <source>skipped this statement: %1 on the scratch server (owners and privileges are not compared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL rejected this statement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction begun here is never committed; it was committed to read the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no SQL statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is longer than 63 bytes; PostgreSQL shortens it to &quot;%2&quot;, as it will on the live database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::PostgresPlanner</name>
    <message>
        <source>The PostgreSQL planner was given a %1 schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated rows of %1 (the total size is the sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repair is known for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create enum type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to enum type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 holding a value the enum loses (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate enum type %1 with its values reordered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate enum type %1 without %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sequence %1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename column %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop foreign key %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create foreign key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2 (re-created afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop view %1 (re-created afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the default of %1.%2 before its type changes (set again afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and should be uuid, but it is not a key and there is no cast from %2 to uuid: give a USING expression (--using %1=EXPR) or drop and re-add the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 references %3, which becomes %4, and its column keeps a type that cannot reference it: change that column too or drop the foreign key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it references %1, whose type changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it references %1.%2, whose type changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes %2 but its foreign key %3 references %4.%5 (%6), which cannot hold such values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes %2, which %3.%4 (%5) cannot be referenced from; the expected schema has no such foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its foreign key %1 is dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then set its default to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 whose value cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 longer than %3 characters (cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 whose value is rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should become uuid, but the composite foreign key %2 of %3 references it: convert it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 (every one is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 whose %2 has no parent in %3: their link would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1 from %2 to uuid with a new value for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1 from %2 to uuid, keeping every row and remapping %3 through the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add foreign key %1 to the new table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop column %1 (data is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra column; not a rename of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1 %2, fill it with %3, then make it NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 for which %2 gives NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is NOT NULL without a default: existing rows need a value (--backfill %2.%3=EXPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that would hold NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the default of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the default of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow NULL in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the NULLs of %1 with %2, then make it NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 holding NULL, to be filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 still NULL after the fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1.%2 holding NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-add %1 as GENERATED ALWAYS AS (%2) STORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a plain column (no longer generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the identity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 GENERATED %2 AS IDENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 GENERATED %2 AS IDENTITY, continuing after its highest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 whose %2 has no row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups of rows of %1 sharing one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 with a NULL in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that break CHECK (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusion constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create %1 %2 of %3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename constraint %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate constraint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then validate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the invalid index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename index %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create trigger %1 on %2 as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra enum type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra table; not a rename of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop table %1 (its rows are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop column %1 (its values are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop constraint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop enum type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says version %2; the expected schema is at %3 (--stamp sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be stamped automatically (%2): set it to %3 with the migration tool itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp %1 with version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other sessions with a transaction open for more than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other sessions holding locks on the tables the plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read by this role, so its version is unknown; the expected schema is at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::RepairRun</name>
    <message>
        <source>Pre-flight: reading the live schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair: the database matches the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: taking and verifying a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was not confirmed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has a decision still open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has hazards that were not allowed: %1 (allow each with --allow-hazard after reading the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight: %1: %2%3; resolve them first (a --using, --backfill or a data fix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n step(s) to %1.</source>
        <translation>
            <numerusform>Apply %n step to %1.</numerusform>
            <numerusform>Apply %n steps to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite would not switch foreign keys off; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was rolled back after %1 attempts: a lock it needs was not granted within the lock timeout (another session holds it). The database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock was not granted in time; retrying in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair failed and was rolled back; the database is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: comparing the changed schema with the expected one before committing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed before the commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the plan applied and verified, then rolled back as promised; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2), which runs after the commit, failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the commit the database still differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repaired: %n step(s) committed and verified. Backup: %1</source>
        <translation>
            <numerusform>Repaired: %n step committed and verified. Backup: %1</numerusform>
            <numerusform>Repaired: %n steps committed and verified. Backup: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The changes were committed. To return to the state before the repair: schemamedic-cli restore --db %2 --backup %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema matches the expected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema still differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had %2 rows before and %3 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row counts of %1 table(s) unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 foreign key violation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign_key_check: %1 violation(s); quick_check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 constraint(s) not validated, %2 index(es) invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid constraints: %1; invalid indexes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be written, so the run stopped before its next action: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were committed and verified; the journal does not record it. To return to the state before the repair: schemamedic-cli restore --db %1 --backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair run %1 (started %2) stopped after &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its changes were committed: verify the database against the expected schema (schemamedic-cli verify), and restore the run&apos;s backup if it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its transaction never committed, so the database rolled it back and is as it was; nothing to undo (verify with schemamedic-cli verify if in doubt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped before changing anything; nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost before the repair was committed, so the server rolled the repair back and the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost before the repair was committed (during %1), so the server rolled the repair back and the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost during the commit, and the server reports that the repair was not committed, so the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost while the repair was being committed, so it is not known whether it was committed as a whole or not at all: when the server is back, run schemamedic-cli verify, and restore the backup in %1 if the repair is unwanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore: schemamedic-cli restore --db %1 --backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost during its commit, so whether it was committed is not known: verify the database against the expected schema (schemamedic-cli verify); if it matches, the repair was committed, otherwise nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be written%2, so the repair did not start; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Report</name>
    <message>
        <source>The journal %1 holds no event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back — the database is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed after the commit — see below how to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before any change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not finish (the journal ends at &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The journal&apos;s last line was cut short (the process was stopped while writing it).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 difference(s) between the database and the expected schema.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- kept: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken and verified before any change: `%1` (%2).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the transaction, before the commit: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
After the commit, on a new connection: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup taken before the repair (its checksums are checked first; you are asked to type the database name):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost during the commit, so whether it was committed is not known — verify the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Restore</name>
    <message>
        <source>The backup manifest in %1 does not list %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is missing; this backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 has changed since the backup was taken (%2 bytes, the manifest says %3); it is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 has changed since the backup was taken (its SHA-256 does not match the manifest); it is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows, the backup had %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database differs from the backup in %1 places: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore %1 cannot read an archive written by pg_dump %2; install postgresql-client-%2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder can be created for the restore script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore script cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore cannot read the archive %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; its transaction was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore waited more than %1 ms for a lock another session holds; it was stopped, its single transaction rolled back, and the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed; its single transaction was rolled back and the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore cannot start on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed locked by another process; the restore was rolled back and the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore into %1 failed and was rolled back; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 backup; it cannot be restored into a %2 database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of the database &quot;%1&quot;, not &quot;%2&quot;; it is not restored into another database unless that is asked for explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1 taken %2 (%3 tables, %4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into %1, replacing its current contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database differs from the backup in %1 places now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows (the backup: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables the backup does not have will be removed with their rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other objects the backup does not have will be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was not confirmed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::SchemaText</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n sequence</numerusform>
            <numerusform>%n sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enum type(s)</source>
        <translation>
            <numerusform>%n enum type</numerusform>
            <numerusform>%n enum types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable by this role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::ScratchPostgres</name>
    <message>
        <source>--scratch takes &quot;local&quot; or the postgresql:// URL of a server where a temporary database may be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL DDL file is loaded into a scratch database, and there is none: --scratch local needs the PostgreSQL server package installed, or pass --scratch URL with a server where a temporary database may be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; may not create databases on the scratch server %2; give it CREATEDB, or pass --scratch local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary database cannot be created on the scratch server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL will not run as root and there is no postgres user to run it as; pass --scratch URL with a server where a temporary database may be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL will not run as root and runuser, needed to run it as the postgres user, is not installed; pass --scratch URL with a server where a temporary database may be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary directory for the scratch cluster cannot be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s directory %1 cannot be given to the postgres user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster cannot be created (initdb failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the DDL file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s configuration cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster does not start (pg_ctl start failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::Snapshot</name>
    <message>
        <source>This snapshot was written in format %1, which this version of Schema Medic cannot read (it reads %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is not a Schema Medic snapshot (its &quot;format&quot; field is not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot names an unknown database dialect &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the snapshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::SqliteDdlLoader</name>
    <message>
        <source>SQLite cannot add a constraint to an existing table: declare it inside CREATE TABLE (Schema Medic rebuilds the table when it must).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot alter a column: write the column as it should be in CREATE TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot drop a constraint: leave it out of CREATE TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite has no regular-expression operators (~, ~*): use LIKE or GLOB, or validate in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite has no :: casts: write CAST(value AS type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is PostgreSQL DDL; SQLite has no such object. Is --expected the schema for the right database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite has no COMMENT ON statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not give its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACH and DETACH are refused: an expected schema must not reach outside its scratch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite rejected this statement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no SQL statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::SqliteIntrospector</name>
    <message>
        <source>A statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the object list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading table options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading view columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading virtual tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the migration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::SqlitePlanner</name>
    <message>
        <source>change the type of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make %1 NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let %1 hold NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the default of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change how %1 is generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a virtual table: SQLite cannot rebuild it (%2); re-create it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename column %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage classes of the values in %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of %1 that will not be %2 after the copy (kept as they are; a STRICT table refuses them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text values of %1 whose spelling is lost when stored as %2 (e.g. &apos;000123&apos; becomes 123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that break CHECK (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups of rows of %1 that share (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 whose (%2) has no parent in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop column %1 and the values it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values in %1 that are lost (not NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra constraint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CREATE text of %1 could not be rewritten for a rebuild (%2); change it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild %1 (%2) with SQLite&apos;s 12-step procedure; PRAGMA foreign_keys must be OFF, set before BEGIN, or dropping the old table fires ON DELETE actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 copied by the rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that get the backfill value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that hold NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes NOT NULL: give --backfill %1=EXPR for the existing NULLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new NOT NULL column without a default: give --backfill %1=EXPR for the existing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create index %1 on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads %1, which is rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to re-create it as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop view %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create view main.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra trigger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2 until its tables are rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop trigger %1 on %2 to re-create it as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create trigger %1 on main.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (migration history says %2, expected %3; give --stamp to write it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stamping this kind of migration history is not supported; set it to %2 with the framework&apos;s own tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp %1 at version %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop table %1 and every row in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra table; not renamed to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite planner has no repair for a %2 difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite planner was given a %1 schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads a view dropped before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::cli</name>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot needs --out FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 tables to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename-table takes OLD=NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename-column takes TABLE.OLD=NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --db URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --expected SRC (a .sql file, a .json snapshot or a URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes TABLE.COLUMN=EXPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNRESOLVED: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be sql, json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: unresolved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL schema to read (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log progress to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch database for DDL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glob of objects to leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared table rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared column rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never propose renames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected migration version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USING expression of a type change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for existing NULLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop objects the expected schema lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the history table to the expected version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock_timeout in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement_timeout in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm without asking (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse in a transaction that always rolls back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a plan with this hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the database matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the database differs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database name (%1) to go on, anything else to stop: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-hazard: &quot;%1&quot; is not a hazard (see plan --format text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --journal FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore replaces the database and needs a confirmation: run it on a terminal, or pass --yes in a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed, not in the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 and verified: schema equal, %3 tables, %4 rows (%5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask (scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock wait in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-timeout takes a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --out DIR (a new or empty folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --backup DIR (a folder written by backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::CompareLoader</name>
    <message>
        <source>Loading the expected schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the difference tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning and running pre-flight checks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::ComparisonView</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1 · actual: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of the expected schema were skipped: </source>
        <translation>
            <numerusform>%n statement of the expected schema was skipped: </numerusform>
            <numerusform>%n statements of the expected schema were skipped: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan (%n step(s))</source>
        <translation>
            <numerusform>&amp;Plan (%n step)</numerusform>
            <numerusform>&amp;Plan (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No differences: the database matches the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a decision</source>
        <translation>
            <numerusform>%n needs a decision</numerusform>
            <numerusform>%n need a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risky</source>
        <translation>
            <numerusform>%n risky</numerusform>
            <numerusform>%n risky</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sm::gui::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a name saves this as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod-annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, address or socket directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/database.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Medic connects read-only: testing or connecting changes nothing. Passwords are never written to its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this connection: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2 read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist (Schema Medic never creates an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles keep where a database is, never its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password is removed from the system keychain too. The database itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::DiffDetailPane</name>
    <message>
        <source>Expected and actual, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps and pre-flight figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to decide for this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept: rename it (keeps the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject: create the new one, keep the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;USING expression for the type change (empty: the database&apos;s own conversion):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value for existing rows that hold NULL (an SQL expression):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a difference to see both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the same on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ◀ differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ and ▶ mark what differs between the two sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of the plan touches this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is: extra objects are only dropped when you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of the plan repairs this difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The live rows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and pre-flight (live rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 the live %2 under a new name? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CAST(%1 AS …) or NULLIF(%1, &apos;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &apos;anonymous&apos; or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop %1 — it is not in the expected schema; its data is lost (kept by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record version %1 in the migration history after the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan leaves the recorded version as it is unless you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::DiffTreeModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enum types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullability changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cast may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULLs need a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusive lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks old app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says version %2; the expected schema is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records no version; the expected schema is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded version cannot be trusted, since a migration can fail silently or never run: go by the differences listed here, and record %1 only once the repair has made the schema match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role may not read %1, so the version it records is unknown; the expected schema is at %2. Go by the differences listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::ExpectedSourceDialog</name>
    <message>
        <source>Compare with expected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the database look like? Choose a DDL file (.sql: what alembic, prisma, django or pg_dump --schema-only produce), a snapshot (.json) saved from a healthy database, or type the URL of another database. It is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.sql, snapshot.json or postgresql://host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas (*.sql *.json);;DDL files (*.sql);;Snapshots (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::GuiConfirmer</name>
    <message>
        <source>The confirmation was given for a %1, not for this %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation names the database &quot;%1&quot;, but the run is about &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has hazards that were not acknowledged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::KeychainSecretStore</name>
    <message>
        <source>The system keychain has no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sm::gui::LogModel</name>
    <message>
        <source>trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::LogPanel</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (debug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;SQLite database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Schema Medic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SQLite file or connect to a PostgreSQL server. Schema Medic opens it read-only: nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQLite database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object to see its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Medic opened this database read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Schema Medic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Schema Medic %1&lt;/b&gt;&lt;p&gt;Finds and repairs schema drift in PostgreSQL and SQLite databases.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %n query(ies).</source>
        <translation>
            <numerusform>Read %1 in %n query.</numerusform>
            <numerusform>Read %1 in %n queries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled; the schema shown is the one read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Medic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; the schema shown is still the one read before. Check the file or connection settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check the file or connection settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Medic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Medic — %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with expected schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;repair mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted repair runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to repair mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes to the database &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair mode Schema Medic may change %1 (%2). Each repair still shows its plan, takes a verified backup and asks again before it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to repair mode first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPAIR MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this database are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPAIR MODE — changes to %1 are allowed. Return to read-only from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first, then compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first, then compare it with the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the schema by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::MemorySecretStore</name>
    <message>
        <source>No password is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::PlanView</name>
    <message>
        <source>&amp;Copy SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the complete repair script to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export .sql…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complete repair script as a .sql file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step, its hazards and pre-flight figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an expected schema to see the repair plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planning with your decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The pre-flight checks could not read the live rows: %1. The plan is shown without their figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the database matches the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n step(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n step&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n steps&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · no hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n decision(s) still open — the repair is refused until they are made:</source>
        <translation>
            <numerusform>⚠ %n decision still open — the repair is refused until they are made:</numerusform>
            <numerusform>⚠ %n decisions still open — the repair is refused until they are made:</numerusform>
        </translation>
    </message>
    <message>
        <source> (after the commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1: not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export repair script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::RepairWizard</name>
    <message>
        <source>Repair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in %1, step by step, and what is risky about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the live schema and planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run: rehearse inside a transaction that always rolls back (no backup, nothing changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair: %1 matches the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to make %1 match %2. Expand a step to see its SQL.</source>
        <translation>
            <numerusform>%n step to make %1 match %2. Expand a step to see its SQL.</numerusform>
            <numerusform>%n steps to make %1 match %2. Expand a step to see its SQL.</numerusform>
        </translation>
    </message>
    <message>
        <source>the expected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hazards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions still open (make them in the main window, then repair again):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the pre-flight checks against the live rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail on live rows: the repair would fail on them. Fix the data or choose a USING/backfill expression in the main window, then check again.</source>
        <translation>
            <numerusform>%n check fail on live rows: the repair would fail on them. Fix the data or choose a USING/backfill expression in the main window, then check again.</numerusform>
            <numerusform>%n checks fail on live rows: the repair would fail on them. Fix the data or choose a USING/backfill expression in the main window, then check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pre-flight checks are needed for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed against the live rows (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check runs read-only against the live rows: what would fail, and on which values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup, no write: a copy of %1 is taken and verified before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder (new or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take and verify the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is taken when you press the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what will change and what is risky. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards — tick each one you accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run rewrites or drops data. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n step(s) to %1</source>
        <translation>
            <numerusform>&amp;Apply %n step to %1</numerusform>
            <numerusform>&amp;Apply %n steps to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step runs in one transaction, verified before it commits. Cancel rolls it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1
Location: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed schema compared with the expected one, before and after the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run passed — rolled back, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back — the database is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after the commit — restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before writing — nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was taken (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, the incident report, and the way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save incident report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to report on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup files and their checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps being applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::RestoreDialog</name>
    <message>
        <source>Restore %1 from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup folder with a manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size / rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database name &lt;b&gt;%1&lt;/b&gt; to replace its contents with this backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore replaces everything in %1 with the backup&apos;s contents, in one transaction, and then compares the result with the backup&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file against its SHA-256 checksum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n table(s)</source>
        <translation>
            <numerusform>%1 — %n table</numerusform>
            <numerusform>%1 — %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 has changed since the backup was taken (its SHA-256 no longer matches the manifest), so this backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 backup; it cannot be restored into a %2 database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of the database &quot;%1&quot;, not &quot;%2&quot;; it is not restored into another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) match their SHA-256 checksums.</source>
        <translation>
            <numerusform>All %n file match their SHA-256 checksums.</numerusform>
            <numerusform>All %n files match their SHA-256 checksums.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring… Cancel rolls the restore back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed, not in the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and verified: the schema equals the backup, %1 table(s) and %2 row(s) match (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: rolling the restore back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup files and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::SchemaLoader</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::SchemaTreeModel</name>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- check expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- NOT VALID: existing rows were never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- created by the database for a PRIMARY KEY or UNIQUE constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- INVALID: a failed concurrent build left this index unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enum types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 history in %2: %n migration(s), current version %3</source>
        <translation>
            <numerusform>%1 history in %2: %n migration, current version %3</numerusform>
            <numerusform>%1 history in %2: %n migrations, current version %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default / Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable by this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 history in %2: this role may not read it, so its migrations and version are unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sm::gui::SecretStore</name>
    <message>
        <source>No system keychain is available, so passwords are not saved: you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
