CREATE TABLE todos (
    id INTEGER NOT NULL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title VARCHAR(200) NOT NULL,
    description TEXT,
    completed BOOLEAN NOT NULL DEFAULT 0,
    priority VARCHAR(10) NOT NULL DEFAULT 'medium',
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT chk_todo_priority CHECK (priority IN ('low', 'medium', 'high')),
    CONSTRAINT chk_todo_title_not_empty CHECK (length(trim(title)) > 0)
)
