-- Seed 004 as the code wants it (the hotfix HOTFIX_001_production_sync.sql, written as the
-- schema it should produce).
CREATE TABLE campaigns (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name varchar(255) NOT NULL,
    status varchar(50) NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE agent_performance (
    id serial PRIMARY KEY,
    campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    agent_name varchar(100) NOT NULL,
    execution_ms integer,
    quality_score decimal(4,2),
    success boolean,
    feedback_data jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE blog_posts (
    id serial PRIMARY KEY,
    title varchar(300) NOT NULL,
    content text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    published_at timestamptz,
    campaign_id uuid REFERENCES campaigns(id) ON DELETE SET NULL,
    geo_metadata jsonb,
    geo_optimized boolean DEFAULT false,
    geo_score integer,
    seo_score integer,
    word_count integer,
    reading_time integer
);
CREATE TABLE campaign_tasks (
    id serial PRIMARY KEY,
    campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    task_type varchar(50) NOT NULL,
    status varchar(50) NOT NULL DEFAULT 'pending',
    created_at timestamptz NOT NULL DEFAULT now(),
    execution_time integer,
    priority integer DEFAULT 0,
    started_at timestamptz,
    completed_at timestamptz
);
CREATE TABLE briefings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    content jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE content_strategies (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    strategy jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_campaign_tasks_campaign_id ON campaign_tasks(campaign_id);
CREATE INDEX idx_agent_performance_campaign_id ON agent_performance(campaign_id);
CREATE FUNCTION update_updated_at_column() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER update_campaigns_updated_at BEFORE UPDATE ON campaigns
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
