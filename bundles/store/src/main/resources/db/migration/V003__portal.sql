-- The child portal: database-backed sessions, responses and their answers (se.delaktig.api.response).
-- Portable between H2 2 and PostgreSQL 15; re-runnable (IF NOT EXISTS), see the store README.
-- A session row holds only the SHA-256 of the cookie value, never the value. No case id, no name:
-- a response belongs to an invitation. One answer row per question; the later save wins.
CREATE TABLE IF NOT EXISTS delaktig_response (
    response_id VARCHAR(64) NOT NULL,
    invitation_id VARCHAR(64) NOT NULL,
    questionnaire_id VARCHAR(200) NOT NULL,
    questionnaire_version VARCHAR(100) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    answered_together BOOLEAN NOT NULL,
    position VARCHAR(200),
    CONSTRAINT delaktig_response_pk PRIMARY KEY (response_id),
    CONSTRAINT delaktig_response_invitation UNIQUE (invitation_id)
);
CREATE TABLE IF NOT EXISTS delaktig_response_answer (
    response_id VARCHAR(64) NOT NULL,
    link_id VARCHAR(200) NOT NULL,
    first_seq BIGINT NOT NULL,
    codes VARCHAR(4000) NOT NULL,
    answer_text VARCHAR(100000),
    declined BOOLEAN NOT NULL,
    tell_more VARCHAR(8000),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revision BIGINT NOT NULL,
    CONSTRAINT delaktig_response_answer_pk PRIMARY KEY (response_id, link_id),
    CONSTRAINT delaktig_response_answer_response FOREIGN KEY (response_id) REFERENCES delaktig_response (response_id)
);
CREATE TABLE IF NOT EXISTS delaktig_portal_session (
    id_hash VARCHAR(64) NOT NULL,
    invitation_id VARCHAR(64) NOT NULL,
    response_id VARCHAR(64) NOT NULL,
    language VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_portal_session_pk PRIMARY KEY (id_hash)
);
CREATE INDEX IF NOT EXISTS delaktig_portal_session_invitation ON delaktig_portal_session (invitation_id);
CREATE INDEX IF NOT EXISTS delaktig_portal_session_seen ON delaktig_portal_session (last_seen_at);
