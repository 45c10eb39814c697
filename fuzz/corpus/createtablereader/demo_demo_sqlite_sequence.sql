CREATE TABLE sqlite_sequence(name,seq)
