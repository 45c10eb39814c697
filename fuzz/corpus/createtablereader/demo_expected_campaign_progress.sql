CREATE VIEW campaign_progress AS
SELECT c.id AS campaign_id,
       coalesce(c.name, '(unnamed #' || c.id || ')') AS campaign,
       count(t."taskId") AS tasks,
       sum(t."isDone") AS done,
       round(100.0 * sum(t."isDone") / max(count(t."taskId"), 1), 1) AS percent_done
FROM campaigns c
LEFT JOIN campaign_tasks t ON t."campaignId" = c.id
GROUP BY c.id
