CREATE INDEX ix_todos_user_id ON todos (user_id)
