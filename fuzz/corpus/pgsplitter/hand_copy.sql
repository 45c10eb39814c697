CREATE TABLE t (a int, b text);
COPY public.t (a, b) FROM stdin;
1	it's; $$ open
\N	\N
2	/* not a comment
\.
CREATE INDEX t_a ON t (a);
COPY t FROM STDIN WITH (FORMAT csv);
3,"x"
\.
SELECT 1;
COPY (SELECT 1) TO STDOUT;
\.
