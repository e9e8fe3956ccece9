-- Invitations (InvitationRepository) and the cursor of the host's case event log.
-- Portable between H2 2 and PostgreSQL 15; re-runnable (IF NOT EXISTS), see the store README.
-- No code is stored, only keyed hashes ("hmac-sha256:<pepper id>:<base64url>"); the address is
-- erased (NULL) once the invitation can no longer be resent.
CREATE TABLE IF NOT EXISTS delaktig_invitation (
    invitation_id VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    questionnaire_id VARCHAR(200) NOT NULL,
    questionnaire_version VARCHAR(100) NOT NULL,
    channel_id VARCHAR(100) NOT NULL,
    address VARCHAR(320),
    language VARCHAR(16) NOT NULL,
    status VARCHAR(20) NOT NULL,
    token_hash VARCHAR(120),
    short_code_hash VARCHAR(120),
    pepper_id VARCHAR(16),
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    send_count INT NOT NULL,
    last_sent_at TIMESTAMP WITH TIME ZONE,
    last_failure VARCHAR(500),
    idempotency_key VARCHAR(100),
    reminder_sent_at TIMESTAMP WITH TIME ZONE,
    status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revision BIGINT NOT NULL,
    CONSTRAINT delaktig_invitation_pk PRIMARY KEY (invitation_id),
    CONSTRAINT delaktig_invitation_idempotency UNIQUE (created_by, idempotency_key),
    CONSTRAINT delaktig_invitation_token UNIQUE (token_hash),
    CONSTRAINT delaktig_invitation_short_code UNIQUE (short_code_hash)
);
CREATE INDEX IF NOT EXISTS delaktig_invitation_case ON delaktig_invitation (case_id);
CREATE INDEX IF NOT EXISTS delaktig_invitation_status_expiry ON delaktig_invitation (status, expires_at);
CREATE TABLE IF NOT EXISTS delaktig_case_event_cursor (
    cursor_name VARCHAR(100) NOT NULL,
    cursor_value VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_case_event_cursor_pk PRIMARY KEY (cursor_name)
);
