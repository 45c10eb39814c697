CREATE TABLE campaign_tasks (
    "taskId"      INTEGER PRIMARY KEY,
    "campaignId"  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    "taskType"    TEXT NOT NULL DEFAULT 'bbox',
    "imageUrl"    TEXT NOT NULL,
    "isDone"      BOOLEAN NOT NULL DEFAULT 0,
    "assignedTo"  INTEGER REFERENCES users (id),
    UNIQUE ("campaignId", "imageUrl")
)
