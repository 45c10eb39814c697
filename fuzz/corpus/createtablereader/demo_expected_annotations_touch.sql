CREATE TRIGGER annotations_touch AFTER UPDATE OF label, x, y, width, height ON annotations
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE annotations SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END
