CREATE INDEX campaign_task_open_idx ON campaign_tasks ("campaignId") WHERE "isDone" = 0
