CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT,
    role        TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('admin', 'reviewer', 'annotator')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_login  TEXT
)
