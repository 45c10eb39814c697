-- Seed 004 as it was broken: production never received the last schema changes. Missing
-- columns (quality_score, success, feedback_data …), NULL campaign names under a column the
-- code needs NOT NULL, a camelCase table "campaign_task", and two missing tables.
CREATE TABLE campaigns (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name varchar(255),
    status varchar(50) NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE agent_performance (
    id serial PRIMARY KEY,
    campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    agent_name varchar(100) NOT NULL,
    execution_ms integer,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE blog_posts (
    id serial PRIMARY KEY,
    title varchar(300) NOT NULL,
    content text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE campaign_task (
    id serial PRIMARY KEY,
    "campaignId" uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    "taskType" varchar(50) NOT NULL,
    status varchar(50) NOT NULL DEFAULT 'pending',
    "createdAt" timestamptz NOT NULL DEFAULT now()
);

INSERT INTO campaigns(name, status, created_at)
SELECT CASE WHEN g % 6 = 0 THEN NULL ELSE 'Campaign ' || g END,
       (ARRAY['draft', 'active', 'done'])[1 + g % 3],
       timestamptz '2026-01-01 00:00+00' + g * interval '1 day'
FROM generate_series(1, 60) g;
INSERT INTO agent_performance(campaign_id, agent_name, execution_ms)
SELECT (SELECT id FROM campaigns ORDER BY created_at OFFSET (g % 60) LIMIT 1),
       (ARRAY['planner', 'writer', 'editor', 'seo'])[1 + g % 4],
       CASE WHEN g % 11 = 0 THEN NULL ELSE 100 + g * 7 % 5000 END
FROM generate_series(1, 500) g;
INSERT INTO blog_posts(title, content)
SELECT 'Post ' || g, CASE WHEN g % 8 = 0 THEN NULL ELSE repeat('lorem ipsum ', g % 30) END
FROM generate_series(1, 150) g;
INSERT INTO campaign_task("campaignId", "taskType", status)
SELECT (SELECT id FROM campaigns ORDER BY created_at OFFSET (g % 60) LIMIT 1),
       (ARRAY['research', 'outline', 'draft', 'review'])[1 + g % 4],
       (ARRAY['pending', 'running', 'done'])[1 + g % 3]
FROM generate_series(1, 300) g;
