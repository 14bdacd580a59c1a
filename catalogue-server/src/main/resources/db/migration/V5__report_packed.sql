-- Stored reports are compressed with Zstandard from here on (a third of gzip's CPU at its fastest level, and
-- smaller). Those stored before stay gzipped; the server tells the two apart by their magic numbers, and writes gzip
-- where zstd-jni's native library cannot be loaded. The column is named for what it holds now.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE submission_reports RENAME COLUMN report_gzip TO report_packed;
