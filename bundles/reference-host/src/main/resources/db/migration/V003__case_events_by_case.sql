-- The plugin asks for one case's events on every history view (CaseEventLog.eventsOfCase):
-- without this index that is a scan of the whole log, which grows with every case action.
CREATE INDEX case_events_by_case ON case_events (case_id, seq);
