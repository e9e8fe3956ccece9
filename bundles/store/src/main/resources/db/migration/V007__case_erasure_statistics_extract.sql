-- Retention (gallring): the anonymised statistical extract kept when a case the host deleted is erased
-- (se.delaktig.api.retention.CaseErasure), so that statistics show the same figures afterwards.
-- A row has a NEW random id that no other table holds, the calendar month (Europe/Stockholm, first day)
-- instead of the time, and codes only: no case, response or invitation id, no staff id, no text.
-- Answers: the chosen option codes of a question, never a text, "tell me more" or declined answer.
-- Portable between H2 2 and PostgreSQL 15; re-runnable (IF NOT EXISTS), see the store README.
CREATE TABLE IF NOT EXISTS delaktig_statistics_retained_response (
    retained_id VARCHAR(64) NOT NULL,
    questionnaire_id VARCHAR(200) NOT NULL,
    questionnaire_version VARCHAR(100) NOT NULL,
    sent_month DATE NOT NULL,
    unit_id VARCHAR(64) NOT NULL,
    gender VARCHAR(16) NOT NULL,
    age_band VARCHAR(16) NOT NULL,
    CONSTRAINT delaktig_statistics_retained_response_pk PRIMARY KEY (retained_id)
);
CREATE INDEX IF NOT EXISTS delaktig_statistics_retained_response_month
    ON delaktig_statistics_retained_response (sent_month);
CREATE TABLE IF NOT EXISTS delaktig_statistics_retained_answer (
    retained_id VARCHAR(64) NOT NULL,
    answer_order INT NOT NULL,
    link_id VARCHAR(200) NOT NULL,
    codes VARCHAR(4000) NOT NULL,
    CONSTRAINT delaktig_statistics_retained_answer_pk PRIMARY KEY (retained_id, link_id),
    CONSTRAINT delaktig_statistics_retained_answer_response FOREIGN KEY (retained_id)
        REFERENCES delaktig_statistics_retained_response (retained_id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS delaktig_statistics_retained_invitation (
    retained_id VARCHAR(64) NOT NULL,
    questionnaire_id VARCHAR(200) NOT NULL,
    questionnaire_version VARCHAR(100) NOT NULL,
    sent_month DATE NOT NULL,
    unit_id VARCHAR(64) NOT NULL,
    gender VARCHAR(16) NOT NULL,
    age_band VARCHAR(16) NOT NULL,
    answered BOOLEAN NOT NULL,
    CONSTRAINT delaktig_statistics_retained_invitation_pk PRIMARY KEY (retained_id)
);
CREATE INDEX IF NOT EXISTS delaktig_statistics_retained_invitation_month
    ON delaktig_statistics_retained_invitation (sent_month);
