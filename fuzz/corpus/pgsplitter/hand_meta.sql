\restrict Zx9yK3mQpL
SET statement_timeout = 0;
\connect app
  \set ON_ERROR_STOP on
CREATE TABLE t (a int);
\unrestrict Zx9yK3mQpL
