#!/usr/bin/env bash
# Benchmark: `workout reminder dispatch`, two cases.
#
# 1. One user's dispatch over 100,000 active reminders of which 1,000 are
#    due. Prints the plan of the claim query (it must use
#    "Reminder_active_nextFireAt_idx"), the wall time of one dispatch (goal:
#    under 1 second, process start and connection included) and checks that
#    exactly 1,000 occurrences were delivered and recorded.
# 2. `dispatch --all-users` with 4 dispatchers in parallel over 1,000,000
#    active reminders of 100,000 users, 10,000 due (goal: all delivered
#    exactly once in under 5 s; benches/scale/dispatch.sh, which
#    benches/scale.sh runs too).
#
#   bash benches/reminder_dispatch.sh [DIVISOR]
#
# DIVISOR (default 1) shrinks case 2: 10 runs it at a tenth (100,000
# reminders of 10,000 users, 1,000 due), to check the script on a busy
# machine; only DIVISOR 1 measures the goal.
#
# Uses a private embedded database in a temporary directory, so it touches
# none of yours. Needs the PostgreSQL server binaries and psql.
set -euo pipefail
divisor=${1:-1}
source "$(dirname "$0")/common.sh"
source benches/scale/dispatch.sh

uid=$("$bin" user show --format csv | tail -1 | cut -d, -f1)

# 100,000 daily reminders: 1,000 due a minute ago, the rest spread over
# the coming week.
q -c "INSERT INTO \"Reminder\" (\"id\", \"userId\", \"kind\", \"title\", \"weekdays\", \"timeOfDay\",
        \"timezone\", \"active\", \"nextFireAt\", \"createdAt\", \"updatedAt\")
      SELECT 'bench' || g, '$uid', 'RECURRING', 'Reminder ' || g, ARRAY[1,2,3,4,5,6,7], '07:00', 'UTC', true,
             CASE WHEN g <= 1000 THEN (now() AT TIME ZONE 'utc') - interval '1 minute'
                  ELSE (now() AT TIME ZONE 'utc') + interval '1 hour' + (g % 10080) * interval '1 minute' END,
             now() AT TIME ZONE 'utc', now() AT TIME ZONE 'utc'
      FROM generate_series(1, 100000) g;
      ANALYZE \"Reminder\";"
printf 'reminders: %s active, %s due\n' \
    "$(q -c 'SELECT count(*) FROM "Reminder" WHERE "active"')" \
    "$(q -c "SELECT count(*) FROM \"Reminder\" WHERE \"active\" AND \"nextFireAt\" <= now() AT TIME ZONE 'utc'")"

# The claim query of `reminder dispatch` (db/reminders.rs `claim_due`), in a
# transaction that is rolled back.
echo "plan of the claim query:"
q <<SQL | sed 's/^/  /'
BEGIN;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT r."id" FROM "Reminder" r
WHERE r."active" AND r."nextFireAt" <= (now() AT TIME ZONE 'utc') AND r."userId" = '$uid' AND r."id" <> ALL('{}'::text[])
ORDER BY r."nextFireAt" LIMIT 100 FOR UPDATE OF r SKIP LOCKED;
ROLLBACK;
SQL

start=$(date +%s%N)
"$bin" reminder dispatch >"$tmp/out" 2>"$tmp/err"
end=$(date +%s%N)
ms=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", (e - s) / 1e6 }')
lines=$(wc -l <"$tmp/out")
recorded=$(q -c 'SELECT count(*) FROM "ReminderDelivery"')
left=$(q -c "SELECT count(*) FROM \"Reminder\" WHERE \"active\" AND \"nextFireAt\" <= now() AT TIME ZONE 'utc'")
printf 'reminder dispatch : %6s ms  (goal: under 1000 ms)\n' "$ms"
printf 'delivered lines   : %6s\n' "$lines"
printf 'recorded          : %6s ReminderDelivery rows\n' "$recorded"
printf 'still due         : %6s\n' "$left"
status=0
[ "$lines" -eq 1000 ] && [ "$recorded" -eq 1000 ] && [ "$left" -eq 0 ] || status=1
q -c 'DELETE FROM "Reminder"' >/dev/null

echo
echo "dispatch --all-users, 4 dispatchers in parallel (divisor $divisor):"
dispatch_all_users $((100000 / divisor)) 10 $((10000 / divisor)) 2>&1 || status=1
printf 'all-users dispatch : %6s ms  (goal: under 5000 ms at divisor 1), exactly once: %s\n' "$da_ms" "$da_exact"
exit "$status"
