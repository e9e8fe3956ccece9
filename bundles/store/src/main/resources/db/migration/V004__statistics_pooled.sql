-- Statistics: other municipalities' imported export files (delaktig-statistics/1), for the pooled
-- total (se.delaktig.api.statistics.ImportedStatisticsRepository). One file per municipality; a new
-- import replaces the earlier one. The files hold suppressed aggregates only: no child, no case, no text.
-- Portable between H2 2 and PostgreSQL 15; re-runnable (IF NOT EXISTS), see the store README.
CREATE TABLE IF NOT EXISTS delaktig_statistics_import (
    municipality_id VARCHAR(16) NOT NULL,
    municipality_name VARCHAR(200) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by VARCHAR(200) NOT NULL,
    document VARCHAR NOT NULL,
    CONSTRAINT delaktig_statistics_import_pk PRIMARY KEY (municipality_id)
);
-- The statistics feed streams sent responses oldest first.
CREATE INDEX IF NOT EXISTS delaktig_response_submitted ON delaktig_response (submitted_at);
