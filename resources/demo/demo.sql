-- SPDX-License-Identifier: MIT
-- The demo database: a small annotation service of the kind the incidents in shared/seeds/
-- come from, as it drifted away from resources/demo/expected.sql. scripts/lib/demo-db.sh builds
-- a .db from this file with the sqlite3 CLI (scripts/demo and tests/integration/tst_demo both
-- use it); the .db itself is never committed. Data is generated with recursive CTEs,
-- deterministically: 4,405 rows in all.
--
-- The drift, table by table (what `schemamedic-cli diff` reports):
--   annotations.user_id  INTEGER with a foreign key, where the application now writes strings
--                        (seed 000); expected VARCHAR(255) DEFAULT 'anonymous', NULL allowed
--   campaign_task        camelCase columns, and the singular name the ORM used before the
--                        rename to campaign_tasks (seed 004)
--   campaigns.name       NULL in four imported campaigns; the expected schema says NOT NULL
--   reviews              rebuilt by a batch migration that copied the columns from
--                        pragma_table_info and so lost its three CHECK constraints (Alembic #1846)
--   briefings            missing: its migration never ran
--   campaign_progress    the view still reads campaign_task
--   alembic_version      one revision behind the expected schema's

PRAGMA foreign_keys = ON;
BEGIN;

CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT,
    role        TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('admin', 'reviewer', 'annotator')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_login  TEXT
);

CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT,                       -- NULL for campaigns imported from the old tool
    owner_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    status      TEXT NOT NULL DEFAULT 'draft'
                CONSTRAINT campaign_status CHECK (status IN ('draft', 'running', 'closed')),
    budget_eur  NUMERIC(10, 2),
    starts_on   DATE,
    ends_on     DATE,
    CONSTRAINT campaign_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- camelCase columns, as the application's ORM created them.
CREATE TABLE campaign_task (
    "taskId"      INTEGER PRIMARY KEY,
    "campaignId"  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    "taskType"    TEXT NOT NULL DEFAULT 'bbox',
    "imageUrl"    TEXT NOT NULL,
    "isDone"      BOOLEAN NOT NULL DEFAULT 0,
    "assignedTo"  INTEGER REFERENCES users (id),
    UNIQUE ("campaignId", "imageUrl")
);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES campaign_task ("taskId") ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    confidence  REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    x           INTEGER NOT NULL,
    y           INTEGER NOT NULL,
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    comment     TEXT,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TEXT
);

-- A second pair of eyes on an annotation; "order" 2 is a second opinion. The batch migration
-- that added reviewed_at rebuilt this table from pragma_table_info, which has no CHECKs.
CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    reviewer_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    "order"       INTEGER NOT NULL DEFAULT 1,
    verdict       TEXT NOT NULL,
    score         INTEGER,
    note          TEXT,
    reviewed_at   TEXT NOT NULL
);

CREATE INDEX annotations_user_idx ON annotations (user_id);
CREATE INDEX annotations_task_label_idx ON annotations (task_id, label);
CREATE INDEX campaign_task_open_idx ON campaign_task ("campaignId") WHERE "isDone" = 0;
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE UNIQUE INDEX reviews_once_idx ON reviews (annotation_id, "order");

-- Keeps updated_at honest; the kind of trigger a rebuild must re-create from its stored text.
CREATE TRIGGER annotations_touch AFTER UPDATE OF label, x, y, width, height ON annotations
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE annotations SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;

CREATE VIEW campaign_progress AS
SELECT c.id AS campaign_id,
       coalesce(c.name, '(unnamed #' || c.id || ')') AS campaign,
       count(t."taskId") AS tasks,
       sum(t."isDone") AS done,
       round(100.0 * sum(t."isDone") / max(count(t."taskId"), 1), 1) AS percent_done
FROM campaigns c
LEFT JOIN campaign_task t ON t."campaignId" = c.id
GROUP BY c.id;

-- The migration history the application thinks it is at.
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES ('e940f3c1a2b7');

-- 120 users; every seventh has no display name, every fifth never logged in; one O'Brien.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120),
first(k, v) AS (VALUES (0, 'Anna'), (1, 'Ben'), (2, 'Chiara'), (3, 'Deniz'), (4, 'Emil'),
                       (5, 'Farah'), (6, 'Goran'), (7, 'Hanna'), (8, 'Ilse'), (9, 'Jonas'),
                       (10, 'Kofi'), (11, 'Siobhán')),
last(k, v) AS (VALUES (0, 'Keller'), (1, 'Nowak'), (2, 'Rossi'), (3, 'Yilmaz'), (4, 'Schmidt'),
                      (5, 'Haddad'), (6, 'Petrović'), (7, 'Larsen'), (8, 'O''Brien'))
INSERT INTO users (id, email, display_name, role, created_at, last_login)
SELECT i,
       replace(lower(f.v), 'á', 'a') || '.'
           || replace(replace(lower(l.v), 'ć', 'c'), '''', '') || i || '@astropixel.example',
       CASE WHEN i % 7 = 0 THEN NULL ELSE f.v || ' ' || l.v END,
       CASE WHEN i <= 2 THEN 'admin' WHEN i % 6 = 0 THEN 'reviewer' ELSE 'annotator' END,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2023-01-09', '+' || (i * 3) || ' days', '+' || (i * 37 % 600) || ' minutes'),
       CASE WHEN i % 5 = 0 THEN NULL
            ELSE strftime('%Y-%m-%dT%H:%M:%SZ', '2024-03-01', '+' || i || ' days', '+' || (i * 113 % 1440) || ' minutes') END
FROM n
JOIN first f ON f.k = i % 12
JOIN last l ON l.k = i % 9;

-- 24 campaigns; four imported ones have no name, one lost its owner.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24),
topic(k, v) AS (VALUES (0, 'Harbour cranes'), (1, 'Street signs'), (2, 'Solar panels'),
                       (3, 'Cyclists'), (4, 'Roof damage'), (5, 'Parking spaces'),
                       (6, 'Wind turbines'), (7, 'Crosswalks'))
INSERT INTO campaigns (id, name, owner_id, status, budget_eur, starts_on, ends_on)
SELECT i,
       CASE WHEN i IN (4, 9, 15, 22) THEN NULL ELSE t.v || ' ' || (2023 + i / 10) || '-Q' || (1 + i % 4) END,
       CASE WHEN i = 9 THEN NULL ELSE 1 + (i * 5) % 6 END,
       CASE WHEN i <= 10 THEN 'closed' WHEN i <= 20 THEN 'running' ELSE 'draft' END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE round(750 + i * 312.5, 2) END,
       date('2023-02-01', '+' || (i * 23) || ' days'),
       CASE WHEN i > 20 THEN NULL ELSE date('2023-02-01', '+' || (i * 23 + 60) || ' days') END
FROM n JOIN topic t ON t.k = i % 8;

-- 960 tasks, 40 per campaign; closed campaigns are done, running ones half done.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 960)
INSERT INTO campaign_task ("taskId", "campaignId", "taskType", "imageUrl", "isDone", "assignedTo")
SELECT i,
       1 + (i - 1) / 40,
       CASE i % 5 WHEN 0 THEN 'polygon' WHEN 1 THEN 'classify' ELSE 'bbox' END,
       printf('https://img.astropixel.example/c%02d/%06d.jpg', 1 + (i - 1) / 40, i * 7919 % 1000000),
       CASE WHEN 1 + (i - 1) / 40 <= 10 THEN 1 WHEN 1 + (i - 1) / 40 <= 20 THEN i % 2 ELSE 0 END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 3 + i % 118 END
FROM n;

-- 2,400 annotations on the tasks of closed and running campaigns; some without confidence,
-- some with comments that quote.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2400),
label(k, v) AS (VALUES (0, 'crane'), (1, 'container'), (2, 'sign'), (3, 'panel'),
                       (4, 'bicycle'), (5, 'person'), (6, 'car'), (7, 'roof'))
INSERT INTO annotations (id, task_id, user_id, label, confidence, x, y, width, height, comment,
                         created_at, updated_at)
SELECT i,
       1 + (i * 13) % 800,
       3 + (i * 7) % 118,
       l.v,
       CASE WHEN i % 11 = 0 THEN NULL ELSE round(0.5 + ((i * 37) % 50) / 100.0, 2) END,
       (i * 53) % 1800,
       (i * 97) % 1000,
       16 + (i * 17) % 240,
       16 + (i * 29) % 180,
       CASE WHEN i % 23 = 0 THEN 'occluded'
            WHEN i % 31 = 0 THEN 'blurry, please re-check'
            WHEN i % 101 = 0 THEN 'it''s a "container", not a crane'
            WHEN i % 47 = 0 THEN '' ELSE NULL END,
       strftime('%Y-%m-%d %H:%M:%S', '2023-03-01', '+' || (i / 6) || ' days', '+' || (i * 61 % 1440) || ' minutes'),
       CASE WHEN i % 8 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-15', '+' || (i / 20) || ' days') END
FROM n JOIN label l ON l.k = i % 8;

-- 900 reviews: a first review of every third annotation up to 2,248, and a second opinion on
-- the first 150 of those. Scores stay within 1..5 and every verdict is one the expected CHECK
-- allows, so the repair can add the CHECKs (the pre-flight counts the rows that break them: 0);
-- "needs_work" has no score yet (NULL passes a CHECK). Reviewers who left have NULL.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 900)
INSERT INTO reviews (id, annotation_id, reviewer_id, "order", verdict, score, note, reviewed_at)
SELECT i,
       1 + ((i - 1) % 750) * 3,
       CASE WHEN i % 13 = 0 THEN NULL ELSE 6 * (1 + i % 20) END,
       1 + (i - 1) / 750,
       CASE WHEN i % 10 = 0 THEN 'rejected' WHEN i % 10 IN (1, 2) THEN 'needs_work' ELSE 'accepted' END,
       CASE WHEN i % 10 IN (1, 2) THEN NULL WHEN i % 10 = 0 THEN 1 + i % 2 ELSE 3 + (i * 7) % 3 END,
       CASE WHEN i % 17 = 0 THEN 'box too loose — redo'
            WHEN i % 29 = 0 THEN 'label ''car'' should be ''van'''
            ELSE NULL END,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2024-02-01', '+' || (i / 5) || ' days', '+' || (i * 89 % 1440) || ' minutes')
FROM n;

COMMIT;
