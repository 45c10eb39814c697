CREATE INDEX campaign_task_open_idx ON campaign_task ("campaignId") WHERE "isDone" = 0
