-- Issue 16: the training weeks kept per user by the database itself
-- (docs/design/records.md "Migration 10"), so that `log stats` reads the
-- streaks from a few thousand narrow rows at most instead of probing the
-- user's history once per week, and stays right whoever writes the sets
-- (workout, the web and mobile apps through Prisma, psql, the legacy
-- dual-write carry).
--
-- One row per (user, ISO week in which the user has at least one set):
-- "week" is the Monday of that ISO week in the user's time zone as
-- `workout` reads it (workout_tz: the stored zone if the server knows it,
-- else UTC), "sets" the number of the user's sets (warm-ups too: a week
-- with only warm-ups is a training week, as `log stats` always counted it)
-- in that week. A week whose sets are all gone has no row.
CREATE TABLE "TrainingWeek" (
    "userId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "sets" INTEGER NOT NULL,

    CONSTRAINT "TrainingWeek_pkey" PRIMARY KEY ("userId", "week"),
    CONSTRAINT "TrainingWeek_sets_check" CHECK ("sets" > 0)
);
ALTER TABLE "TrainingWeek" ADD CONSTRAINT "TrainingWeek_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The Monday of the ISO week of a stored (UTC) instant, in zone p_tz.
CREATE FUNCTION workout_week_of(p_date timestamp, p_tz text) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT date_trunc('week', (p_date AT TIME ZONE 'UTC') AT TIME ZONE p_tz)::date
$fn$;

-- Applies per-(user, week) changes of the set count, one key at a time in
-- (userId, week) order, so that two writers lock the rows they share in the
-- same order and cannot deadlock: a gain is an upsert, a loss locks the row
-- and lowers it or deletes it when it reaches 0. A loss on a row that is
-- not there (a summary out of step, or a user whose rows a cascade already
-- removed) is skipped: the write never fails on the summary, `workout db
-- check` finds a row out of step and `db rebuild` mends it.
CREATE FUNCTION workout_weeks_apply(p_users text[], p_weeks date[], p_deltas bigint[])
RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    k record;
    cur integer;
BEGIN
    FOR k IN SELECT * FROM unnest(p_users, p_weeks, p_deltas) AS x(u, w, n) WHERE x.n <> 0 ORDER BY x.u, x.w LOOP
        IF k.n > 0 THEN
            INSERT INTO "TrainingWeek" AS t ("userId", "week", "sets") VALUES (k.u, k.w, k.n)
            ON CONFLICT ("userId", "week") DO UPDATE SET "sets" = t."sets" + excluded."sets";
        ELSE
            SELECT t."sets" INTO cur FROM "TrainingWeek" t WHERE t."userId" = k.u AND t."week" = k.w FOR UPDATE;
            IF NOT FOUND THEN
                CONTINUE;
            ELSIF cur + k.n > 0 THEN
                UPDATE "TrainingWeek" t SET "sets" = t."sets" + k.n WHERE t."userId" = k.u AND t."week" = k.w;
            ELSE
                DELETE FROM "TrainingWeek" t WHERE t."userId" = k.u AND t."week" = k.w;
            END IF;
        END IF;
    END LOOP;
END
$fn$;

-- Inserted sets: grouped per (user, week) (each user's zone once, by
-- primary key, in a MATERIALIZED CTE: inlined, workout_tz, a PL/pgSQL
-- function with an exception block, ran once per set; users gone skipped) and added in one upsert, in
-- (userId, week) order (the rows of an INSERT ... SELECT ... ORDER BY are
-- written, and so locked, in that order). A 20-set insert of one session
-- is one group: one row upserted.
--
-- A writer first takes, per user of its rows, the shared side of the
-- user's weeks lock (a transaction-scoped advisory lock, key 1 = 827366,
-- key 2 = hashtext(userId)); a time-zone change takes its exclusive side
-- (workout_weeks_user). So a change waits for the writers in flight to
-- commit and then recounts with their sets, and a writer that comes after
-- waits for the change to commit and then reads the new zone (its next
-- statement takes a new snapshot): no set is counted in the week of a zone
-- that is no longer the user's. Writers never wait for each other here.
CREATE FUNCTION workout_weeks_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(827366, hashtext(x.u))
       FROM (SELECT DISTINCT n."userId" AS u FROM new_rows n ORDER BY 1) x;
    WITH z AS MATERIALIZED (
        SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
          FROM (SELECT DISTINCT n2."userId" AS "id" FROM new_rows n2) x)
    INSERT INTO "TrainingWeek" AS t ("userId", "week", "sets")
    SELECT n."userId", workout_week_of(n."date", z.tz), count(*)
      FROM new_rows n JOIN z ON z."id" = n."userId" AND z.tz IS NOT NULL
     GROUP BY 1, 2
     ORDER BY 1, 2
    ON CONFLICT ("userId", "week") DO UPDATE SET "sets" = t."sets" + excluded."sets";
    RETURN NULL;
END
$fn$;

-- Updated sets (only those whose user or date changed: a note, a weight
-- or a set type edited costs the join of the statement's own rows) and
-- deleted sets: the old versions counted out, the new ones in, per
-- (user, week), applied in key order.
CREATE FUNCTION workout_weeks_log_change() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    us text[];
    ws date[];
    ns bigint[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM pg_advisory_xact_lock_shared(827366, hashtext(x.u))
           FROM (SELECT o."userId" AS u FROM old_rows o UNION SELECT n."userId" FROM new_rows n ORDER BY 1) x;
        WITH ch AS MATERIALIZED (
            SELECT o."userId" AS ou, o."date" AS od, n."userId" AS nu, n."date" AS nd
              FROM old_rows o FULL JOIN new_rows n ON n."id" = o."id"
             WHERE o."id" IS NULL OR n."id" IS NULL
                OR (o."userId", o."date") IS DISTINCT FROM (n."userId", n."date")),
        a AS (
            SELECT ou AS u, od AS d, -1 AS c FROM ch WHERE ou IS NOT NULL
            UNION ALL
            SELECT nu, nd, 1 FROM ch WHERE nu IS NOT NULL),
        z AS MATERIALIZED (
            SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
              FROM (SELECT DISTINCT a.u AS "id" FROM a) x)
        SELECT array_agg(g.u), array_agg(g.w), array_agg(g.n) INTO us, ws, ns
          FROM (SELECT a.u, workout_week_of(a.d, z.tz) AS w, sum(a.c)::bigint AS n
                  FROM a JOIN z ON z."id" = a.u AND z.tz IS NOT NULL
                 GROUP BY 1, 2 HAVING sum(a.c) <> 0) g;
    ELSE
        PERFORM pg_advisory_xact_lock_shared(827366, hashtext(x.u))
           FROM (SELECT DISTINCT o."userId" AS u FROM old_rows o ORDER BY 1) x;
        WITH z AS MATERIALIZED (
            SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
              FROM (SELECT DISTINCT o2."userId" AS "id" FROM old_rows o2) x)
        SELECT array_agg(g.u), array_agg(g.w), array_agg(g.n) INTO us, ws, ns
          FROM (SELECT o."userId" AS u, workout_week_of(o."date", z.tz) AS w, -count(*) AS n
                  FROM old_rows o JOIN z ON z."id" = o."userId" AND z.tz IS NOT NULL
                 GROUP BY 1, 2) g;
    END IF;
    IF us IS NOT NULL THEN
        PERFORM workout_weeks_apply(us, ws, ns);
    END IF;
    RETURN NULL;
END
$fn$;

-- The trigger names sort after migration 8's "WorkoutLog_records_*", so
-- in every statement the records' rows are locked first, then the weeks'.
CREATE TRIGGER "WorkoutLog_weeks_insert" AFTER INSERT ON "WorkoutLog"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_weeks_log_insert();
CREATE TRIGGER "WorkoutLog_weeks_update" AFTER UPDATE ON "WorkoutLog"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_weeks_log_change();
CREATE TRIGGER "WorkoutLog_weeks_delete" AFTER DELETE ON "WorkoutLog"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_weeks_log_change();

-- The weeks of some users recomputed from their sets (one pass over each
-- user's (userId, date) index entries), their rows locked first in key
-- order. Used when a time zone changes (the sets fall in other weeks).
CREATE FUNCTION workout_weeks_recompute(p_users text[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    PERFORM 1 FROM "TrainingWeek" t WHERE t."userId" = ANY (p_users) ORDER BY t."userId", t."week" FOR UPDATE;
    DELETE FROM "TrainingWeek" t WHERE t."userId" = ANY (p_users);
    WITH z AS MATERIALIZED (SELECT u."id", workout_tz(u."timezone") AS tz FROM "User" u WHERE u."id" = ANY (p_users))
    INSERT INTO "TrainingWeek" ("userId", "week", "sets")
    SELECT l."userId", workout_week_of(l."date", z.tz), count(*)
      FROM z JOIN "WorkoutLog" l ON l."userId" = z."id"
     GROUP BY 1, 2
     ORDER BY 1, 2;
END
$fn$;

-- A time zone changed: that user's weeks recomputed (unless both zones
-- read as the same one: '' and NULL, or an unknown name, are UTC), after
-- the writers in flight have committed (the exclusive side of the user's
-- weeks lock, see workout_weeks_log_insert).
CREATE FUNCTION workout_weeks_user() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    IF workout_tz(OLD."timezone") IS DISTINCT FROM workout_tz(NEW."timezone") THEN
        PERFORM pg_advisory_xact_lock(827366, hashtext(NEW."id"));
        PERFORM workout_weeks_recompute(ARRAY[NEW."id"]);
    END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER "User_weeks" AFTER UPDATE OF "timezone" ON "User"
    FOR EACH ROW WHEN (OLD."timezone" IS DISTINCT FROM NEW."timezone")
    EXECUTE FUNCTION workout_weeks_user();

-- The weeks of the sets already stored, set-based (each user's zone once).
WITH z AS MATERIALIZED (SELECT u."id", workout_tz(u."timezone") AS tz FROM "User" u)
INSERT INTO "TrainingWeek" ("userId", "week", "sets")
SELECT l."userId", workout_week_of(l."date", z.tz), count(*)
  FROM z JOIN "WorkoutLog" l ON l."userId" = z."id"
 GROUP BY 1, 2;
