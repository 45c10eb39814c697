CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    owner_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    status      TEXT NOT NULL DEFAULT 'draft'
                CONSTRAINT campaign_status CHECK (status IN ('draft', 'running', 'closed')),
    budget_eur  NUMERIC(10, 2),
    starts_on   DATE,
    ends_on     DATE,
    CONSTRAINT campaign_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
)
