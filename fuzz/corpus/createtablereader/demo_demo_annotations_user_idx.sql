CREATE INDEX annotations_user_idx ON annotations (user_id)
