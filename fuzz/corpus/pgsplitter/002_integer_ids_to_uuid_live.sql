-- Seed 002 as it was broken: the migration to UUID keys failed silently (the runner only logged
-- a warning), so conversations and messages still have integer keys while users already has
-- UUIDs, and alembic_version still names the previous revision.
CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email varchar(255) NOT NULL UNIQUE
);
CREATE TABLE conversations (
    id serial PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title varchar(200) NOT NULL DEFAULT 'New Conversation',
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX idx_conversations_created_at_desc ON conversations (created_at DESC);
CREATE TABLE messages (
    id serial PRIMARY KEY,
    conversation_id integer NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role varchar(20) NOT NULL CHECK (role IN ('user', 'assistant', 'system', 'tool')),
    content text NOT NULL,
    tool_calls jsonb,
    tool_call_id varchar(100),
    name varchar(100),
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX idx_messages_conversation_created ON messages (conversation_id, created_at);
CREATE TABLE alembic_version (
    version_num varchar(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES ('b7d1c0a4f2e9');

INSERT INTO users(email) SELECT 'user' || g || '@example.org' FROM generate_series(1, 25) g;
INSERT INTO conversations(user_id, title, created_at)
SELECT (SELECT id FROM users ORDER BY email OFFSET (g % 25) LIMIT 1),
       CASE WHEN g % 4 = 0 THEN 'New Conversation' ELSE 'Chat about topic ' || g END,
       timestamp '2026-01-01' + g * interval '1 hour'
FROM generate_series(1, 120) g;
INSERT INTO messages(conversation_id, role, content, tool_calls, name)
SELECT 1 + g % 120,
       (ARRAY['user', 'assistant', 'system', 'tool'])[1 + g % 4],
       'message ' || g,
       CASE WHEN g % 4 = 3 THEN jsonb_build_object('call', g) END,
       CASE WHEN g % 10 = 0 THEN NULL ELSE 'n' || g END
FROM generate_series(1, 900) g;
