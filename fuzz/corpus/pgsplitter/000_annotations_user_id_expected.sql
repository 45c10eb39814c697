-- Seed 000 as the code wants it (models.py: user_id = Column(String(255), default "anonymous"),
-- no foreign key).
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE datasets (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL
);
CREATE TABLE annotations (
    id serial PRIMARY KEY,
    dataset_id integer NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    user_id varchar(255) DEFAULT 'anonymous',
    annotation_type varchar(50) NOT NULL,
    label varchar(200),
    description text,
    confidence double precision,
    geometry jsonb NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX ix_annotations_dataset ON annotations(dataset_id);
