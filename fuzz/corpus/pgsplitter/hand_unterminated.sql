SELECT 1;
CREATE FUNCTION f() RETURNS int AS $fn$
SELECT 1;
SELECT E'abc\';
SELECT "abc FROM t;
/* /* nested */ never closed
