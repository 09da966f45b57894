-- The quirks of each request, typed (Quirk::toJson: a JSON array of {"kind", "args"}), beside the
-- English notes text that the log's search and the CSV export read. Entries stored before this
-- version have notes only; they are read as notes of kind "other".
ALTER TABLE request_log ADD COLUMN quirks TEXT;
