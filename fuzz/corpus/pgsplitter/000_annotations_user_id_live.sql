-- Seed 000 as it was broken: annotations.user_id is an INTEGER foreign key to users, while the
-- application now sends strings such as "demo-user".
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
    user_id integer REFERENCES users(id),
    annotation_type varchar(50) NOT NULL,
    label varchar(200),
    description text,
    confidence double precision,
    geometry jsonb NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX ix_annotations_dataset ON annotations(dataset_id);

INSERT INTO users(email) SELECT 'astronomer' || g || '@example.org' FROM generate_series(1, 40) g;
INSERT INTO datasets(name) VALUES ('M31 survey'), ('Orion deep field'), ('Crab nebula');
INSERT INTO annotations(dataset_id, user_id, annotation_type, label, description, confidence, geometry)
SELECT 1 + g % 3,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 1 + g % 40 END,
       (ARRAY['rectangle', 'point', 'polygon'])[1 + g % 3],
       CASE WHEN g % 7 = 0 THEN NULL ELSE 'object ' || g END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE 'annotation number ' || g END,
       round((g % 100) / 100.0, 2),
       jsonb_build_object('type', 'Rectangle', 'coordinates', jsonb_build_array(g, g + 10))
FROM generate_series(1, 600) g;
