-- Stricter access to protected identities, responsible caseworkers, absence, and the case an
-- outbox message is about. Existing rows get the defaults (nobody has protected access, nobody is
-- responsible or away); the demo seed fills the demo facts in on the next start.
ALTER TABLE staff ADD COLUMN protected_access BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE staff ADD COLUMN away BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE case_assignments (
    case_id VARCHAR(40) NOT NULL REFERENCES cases(id),
    staff_id VARCHAR(40) NOT NULL REFERENCES staff(id),
    PRIMARY KEY (case_id, staff_id)
);

-- No foreign key: a message outlives the case (retention), and the administrators still see it.
ALTER TABLE outbox ADD COLUMN case_id VARCHAR(40);
CREATE INDEX outbox_case ON outbox(case_id);
