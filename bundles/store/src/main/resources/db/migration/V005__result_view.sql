-- The caseworker result view (se.delaktig.api.result): follow-up forms filled in by staff, the
-- queue of case-record summaries, the once-per-response danger alert, answering together.
-- Portable between H2 2 and PostgreSQL 15; re-runnable (IF NOT EXISTS), see the store README.
-- No answer content here: only ids, times and the host's entry id.
CREATE TABLE IF NOT EXISTS delaktig_result_staff_response (
    response_id VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    staff_id VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_result_staff_response_pk PRIMARY KEY (response_id)
);
CREATE INDEX IF NOT EXISTS delaktig_result_staff_response_case ON delaktig_result_staff_response (case_id);
CREATE TABLE IF NOT EXISTS delaktig_result_filing (
    response_id VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_at TIMESTAMP WITH TIME ZONE,
    host_entry_id VARCHAR(200),
    CONSTRAINT delaktig_result_filing_pk PRIMARY KEY (response_id)
);
CREATE INDEX IF NOT EXISTS delaktig_result_filing_due ON delaktig_result_filing (filed_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS delaktig_result_alert (
    response_id VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    alerted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_result_alert_pk PRIMARY KEY (response_id)
);
CREATE INDEX IF NOT EXISTS delaktig_result_alert_case ON delaktig_result_alert (case_id);
CREATE TABLE IF NOT EXISTS delaktig_result_together (
    invitation_id VARCHAR(64) NOT NULL,
    staff_id VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_result_together_pk PRIMARY KEY (invitation_id)
);
