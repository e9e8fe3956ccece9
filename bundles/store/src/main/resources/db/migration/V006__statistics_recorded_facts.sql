-- Statistics: the unit, gender and age band as the host knew them when statistics first counted a
-- response (answering day) or an invitation (sending day), so that a case moving to another unit later
-- does not move its old answers (se.delaktig.api.statistics.StatisticsSource#recordResponses).
-- Codes only: no case id, no name, no answer. Deleted with their response or invitation.
-- Portable between H2 2 and PostgreSQL 15; re-runnable (IF NOT EXISTS), see the store README.
CREATE TABLE IF NOT EXISTS delaktig_statistics_response_facts (
    response_id VARCHAR(64) NOT NULL,
    unit_id VARCHAR(64) NOT NULL,
    gender VARCHAR(16) NOT NULL,
    age_band VARCHAR(16) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_statistics_response_facts_pk PRIMARY KEY (response_id),
    CONSTRAINT delaktig_statistics_response_facts_response FOREIGN KEY (response_id)
        REFERENCES delaktig_response (response_id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS delaktig_statistics_invitation_facts (
    invitation_id VARCHAR(64) NOT NULL,
    unit_id VARCHAR(64) NOT NULL,
    gender VARCHAR(16) NOT NULL,
    age_band VARCHAR(16) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delaktig_statistics_invitation_facts_pk PRIMARY KEY (invitation_id),
    CONSTRAINT delaktig_statistics_invitation_facts_invitation FOREIGN KEY (invitation_id)
        REFERENCES delaktig_invitation (invitation_id) ON DELETE CASCADE
);
