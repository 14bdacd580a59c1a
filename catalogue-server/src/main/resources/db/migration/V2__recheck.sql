-- A re-check (issue 18): a locality's latest upload checked again after the round's check date or parent changed,
-- stored as a new version of the same bytes; recheck_of is the version it re-checked (null for an upload).
ALTER TABLE submissions ADD COLUMN recheck_of INTEGER;
