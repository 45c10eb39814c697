CREATE INDEX annotations_task_label_idx ON annotations (task_id, label)
