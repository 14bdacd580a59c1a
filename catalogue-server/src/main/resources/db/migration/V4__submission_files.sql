-- Re-check cost and storage (issue 18). The bytes and the report of a submission move out of its row into tables of
-- their own, so that the narrow submissions row (version, summary) is what lists and dashboards read:
-- - submission_contents: the uploaded bytes, once per upload. A re-check stores no copy: its content_of names the
--   upload whose bytes it checked again (an upload names itself).
-- - submission_reports: the JSON report, gzipped (report_gzip), with what a re-check compares against without
--   reading the report: the findings' fingerprints in report order (one per line) and the registry's label.
--   Reports stored before V4 stay as they were written (report_json, plain text; fingerprints and registry null).
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE submission_contents (
    submission_id VARCHAR(36) PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    content       BYTEA       NOT NULL
);

CREATE TABLE submission_reports (
    submission_id VARCHAR(36)   PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    report_gzip   BYTEA,
    report_json   TEXT,
    fingerprints  TEXT,
    registry      TEXT
);

ALTER TABLE submissions ADD COLUMN content_of VARCHAR(36);

-- Uploads keep their bytes; each re-check names the latest upload of the same bytes before it (a re-check of a
-- re-check names the same upload).
INSERT INTO submission_contents (submission_id, content) SELECT id, content FROM submissions WHERE recheck_of IS NULL;
UPDATE submissions SET content_of = id WHERE recheck_of IS NULL;
UPDATE submissions s SET content_of = (SELECT u.id FROM submissions u WHERE u.locality_id = s.locality_id
    AND u.recheck_of IS NULL AND u.sha256 = s.sha256 AND u.version < s.version ORDER BY u.version DESC LIMIT 1)
    WHERE s.recheck_of IS NOT NULL;
-- A re-check whose upload is not found (none is expected) keeps its own copy of the bytes.
INSERT INTO submission_contents (submission_id, content) SELECT id, content FROM submissions WHERE content_of IS NULL;
UPDATE submissions SET content_of = id WHERE content_of IS NULL;
ALTER TABLE submissions ALTER COLUMN content_of SET NOT NULL;

INSERT INTO submission_reports (submission_id, report_json)
    SELECT id, report_json FROM submissions WHERE report_json IS NOT NULL;

ALTER TABLE submissions DROP COLUMN content;
ALTER TABLE submissions DROP COLUMN report_json;
