// SPDX-License-Identifier: MIT
#pragma once

// Small comparisons for the difference views, as SQLite scripts with data.

namespace sm::test::difffixtures {

// Seed 000 (tests/fixtures/seeds/000_annotations_user_id, written for PostgreSQL) in SQLite's
// words: annotations.user_id is an INTEGER foreign key to users while the code wants TEXT with
// a default of 'anonymous' and no foreign key.
inline const char *const kSeed000Live = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id),
    annotation_type VARCHAR(50) NOT NULL,
    label VARCHAR(200),
    confidence REAL
);
CREATE INDEX ix_annotations_dataset ON annotations(dataset_id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO users(email) SELECT 'astronomer' || i || '@example.org' FROM n;
INSERT INTO datasets(name) VALUES ('M31 survey'), ('Orion deep field'), ('Crab nebula');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO annotations(dataset_id, user_id, annotation_type, label, confidence)
SELECT 1 + i % 3, CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + i % 40 END,
       CASE i % 3 WHEN 0 THEN 'rectangle' WHEN 1 THEN 'point' ELSE 'polygon' END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'object ' || i END, (i % 100) / 100.0
FROM n;
)sql";

inline const char *const kSeed000Expected = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    user_id TEXT DEFAULT 'anonymous',
    annotation_type VARCHAR(50) NOT NULL,
    label VARCHAR(200),
    confidence REAL
);
CREATE INDEX ix_annotations_dataset ON annotations(dataset_id);
)sql";

// A camelCase column the ORM now spells in snake_case: a proposed rename, not a drop + add.
inline const char *const kRenameLive = R"sql(
CREATE TABLE tasks (id INTEGER PRIMARY KEY, "taskType" TEXT NOT NULL DEFAULT 'bbox', legacy TEXT);
INSERT INTO tasks VALUES (1, 'bbox', 'x'), (2, 'polygon', NULL);
)sql";
inline const char *const kRenameExpected = R"sql(
CREATE TABLE tasks (id INTEGER PRIMARY KEY, task_type TEXT NOT NULL DEFAULT 'bbox');
CREATE TABLE briefings (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
)sql";

} // namespace sm::test::difffixtures
