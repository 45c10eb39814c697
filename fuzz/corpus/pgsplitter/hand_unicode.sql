COMMENT ON SCHEMA public IS 'Größe; ünïcödé';
-- ☃
CREATE TABLE "Größe" (a int, "order" text DEFAULT U&'d\0061t\+000061', b text DEFAULT $q$x$q$);
