-- DuckDB's file lock already keeps other processes out; within a process the importer serializes runs.
SELECT 0;
