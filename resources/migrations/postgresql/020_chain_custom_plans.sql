-- caseloop_chain_complaints reads the complaints of an array of numbers: one for a desk's change, up to 100,000 for an
-- import's COPY. A session reuses a generic plan once it has run the trigger five times, and one made while the office
-- was small scanned complaints testing each row against the whole array: an import of 100,000 rows into a new office,
-- in the session that had written its first complaints, spent 86 s in this one statement (20 s for the whole import
-- in a session of its own). Planned at each call, with the array at hand, the plan fits its size.
-- A later CREATE OR REPLACE of the function replaces this setting: it must name it again.
ALTER FUNCTION caseloop_chain_complaints() SET plan_cache_mode = force_custom_plan;
