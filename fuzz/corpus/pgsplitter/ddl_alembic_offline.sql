BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3f1c0a9b2d4e

CREATE TYPE account_status AS ENUM ('active', 'blocked');

CREATE TABLE account (
    id SERIAL NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    description VARCHAR(200), 
    status account_status DEFAULT 'active' NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('3f1c0a9b2d4e') RETURNING alembic_version.version_num;

-- Running upgrade 3f1c0a9b2d4e -> 7a8b9c0d1e2f

ALTER TABLE account ADD COLUMN last_login TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_account_last_login ON account (last_login);

UPDATE alembic_version SET version_num='7a8b9c0d1e2f' WHERE alembic_version.version_num = '3f1c0a9b2d4e';

COMMIT;

