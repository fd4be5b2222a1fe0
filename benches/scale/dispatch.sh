# Issue 16 item 5: `workout reminder dispatch --all-users` with 4
# dispatchers in parallel over 1,000,000 active reminders of 100,000 users,
# 10,000 of them due (goal: all delivered exactly once in under 5 s).
# Sourced, not run: by benches/scale.sh (which calls `scale_dispatch` once)
# and by benches/reminder_dispatch.sh. Needs what benches/common.sh sets up
# ($bin, $url, $tmp, q).
#
#   dispatch_all_users USERS PER_USER DUE
#       fills USERS users ('du' ids) with PER_USER daily reminders each, DUE
#       of them due a minute ago (one each of DUE users), prints the claim's
#       plan and the checks on stderr, runs the 4 dispatchers and the SQL
#       anchor, removes what it added, and sets:
#         da_ms     wall ms from starting the 4 dispatchers to the last exit
#         da_rss    peak RSS of the largest dispatcher, MB
#         da_sql_ms the anchor: psql claiming, recording and advancing the
#                   same due rows set-based in one transaction (rolled back)
#         da_exact  yes when each due occurrence was printed once, recorded
#                   once and none is left due; else no
#       returns 1 when not exact or the claim does not use its index.
#   scale_dispatch [USERS PER_USER DUE]
#       the case (by default the full one, 100000 10 10000) as one row of
#       the team table on stdout (the details on stderr):
#       | case | size | workout | anchor (what) | ratio | goal | ok |

dispatch_all_users() {
    local users=$1 per=$2 due=$3 i pids=() start end plan user_plan bad=0
    local total=$((users * per)) dir=$tmp/dispatch-all
    mkdir -p "$dir"
    echo "dispatch --all-users: filling $users users x $per reminders ($due due) ..." >&2
    # Zones cycle so that local times differ; every (USERS * PER / DUE)-th
    # reminder is due, so the due ones belong to DUE different users (when
    # DUE <= USERS) and a batch of 100 claims spans 100 users.
    q -v users="$users" -v per="$per" -v due="$due" <<'SQL'
INSERT INTO "User" (id, email, name, timezone, "updatedAt")
SELECT 'du' || u, 'd' || u || '@dispatch.example', 'Dispatch ' || u,
       (ARRAY['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Sydney'])[1 + u % 5], now()
FROM generate_series(1, :users) u;
INSERT INTO "Reminder" ("id", "userId", "kind", "title", "weekdays", "timeOfDay",
        "timezone", "active", "nextFireAt", "createdAt", "updatedAt")
SELECT 'dr' || u || '_' || k, 'du' || u, 'RECURRING', 'Reminder ' || k, ARRAY[1,2,3,4,5,6,7], '07:00',
       (ARRAY['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Sydney'])[1 + u % 5], true,
       CASE WHEN ((u - 1) * :per + k - 1) % (:users * :per / :due) = 0 THEN (now() AT TIME ZONE 'utc') - interval '1 minute'
            ELSE (now() AT TIME ZONE 'utc') + interval '1 hour' + ((u * 7 + k) % 10080) * interval '1 minute' END,
       now() AT TIME ZONE 'utc', now() AT TIME ZONE 'utc'
FROM generate_series(1, :users) u, generate_series(1, :per) k;
VACUUM ANALYZE "User";
VACUUM ANALYZE "Reminder";
SQL
    printf '  reminders: %s active, %s due (of %s users with reminders)\n' \
        "$(q -c "SELECT count(*) FROM \"Reminder\" WHERE \"active\" AND \"userId\" LIKE 'du%'")" \
        "$(q -c "SELECT count(*) FROM \"Reminder\" WHERE \"active\" AND \"nextFireAt\" <= now() AT TIME ZONE 'utc'")" \
        "$(q -c "SELECT count(DISTINCT \"userId\") FROM \"Reminder\" WHERE \"userId\" LIKE 'du%'")" >&2

    # The claim queries (db/reminders.rs `claim_due_all`, `claim_due`), in a
    # transaction that is rolled back.
    plan=$(q <<SQL
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT r."id" FROM "Reminder" r
WHERE r."active" AND r."nextFireAt" <= (now() AT TIME ZONE 'utc') AND r."id" <> ALL('{}'::text[])
ORDER BY r."nextFireAt" LIMIT 100 FOR UPDATE OF r SKIP LOCKED;
ROLLBACK;
SQL
)
    user_plan=$(q <<SQL
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT r."id" FROM "Reminder" r
WHERE r."active" AND r."nextFireAt" <= (now() AT TIME ZONE 'utc') AND r."userId" = 'du1' AND r."id" <> ALL('{}'::text[])
ORDER BY r."nextFireAt" LIMIT 100 FOR UPDATE OF r SKIP LOCKED;
ROLLBACK;
SQL
)
    { echo "  plan of the all-users claim:"; sed 's/^/    /' <<<"$plan"
      echo "  plan of one user's claim:"; sed 's/^/    /' <<<"$user_plan"; } >&2
    if ! grep -q 'Index Scan using "Reminder_active_nextFireAt_idx"' <<<"$plan" || grep -q 'Seq Scan' <<<"$plan$user_plan"; then
        echo "!! a claim does not read through its index" >&2
        bad=1
    fi

    # The anchor: the same claim, record and advance, set-based, rolled back.
    local anchor="BEGIN;
WITH c AS (SELECT r.id, r.\"nextFireAt\" FROM \"Reminder\" r
           WHERE r.\"active\" AND r.\"nextFireAt\" <= (now() AT TIME ZONE 'utc') FOR UPDATE OF r SKIP LOCKED),
d AS (INSERT INTO \"ReminderDelivery\" (id, \"reminderId\", occurrence, \"deliveredAt\", channel)
      SELECT 'x' || c.id, c.id, c.\"nextFireAt\", now(), 'stdout' FROM c
      ON CONFLICT (\"reminderId\", occurrence) DO NOTHING RETURNING \"reminderId\")
UPDATE \"Reminder\" r SET \"nextFireAt\" = r.\"nextFireAt\" + interval '1 day', \"lastFiredAt\" = now()
FROM d WHERE r.id = d.\"reminderId\";
ROLLBACK;"
    psql -X -q -A -t "$url" -c "$anchor" >/dev/null # warm-up
    start=$(date +%s%N)
    psql -X -q -A -t -v ON_ERROR_STOP=1 "$url" -c "$anchor" >/dev/null
    end=$(date +%s%N)
    da_sql_ms=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", (e - s) / 1e6 }')

    start=$(date +%s%N)
    for i in 1 2 3 4; do
        env -u WORKOUT_NOW -u WORKOUT_USER /usr/bin/time -f '%M' -o "$dir/rss$i" \
            "$bin" -q reminder dispatch --all-users --format ndjson >"$dir/out$i" 2>"$dir/err$i" &
        pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i" || bad=1; done
    end=$(date +%s%N)
    da_ms=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", (e - s) / 1e6 }')
    da_rss=$(sort -n "$dir"/rss* | tail -1 | awk '{ printf "%.1f", $1 / 1024 }')

    local lines distinct recorded left per_proc
    lines=$(cat "$dir"/out* | wc -l)
    distinct=$(cat "$dir"/out* | sed -E 's/.*"reminderId":"([^"]*)".*"occurrence":"([^"]*)".*/\1@\2/' | sort -u | wc -l)
    per_proc=$(wc -l "$dir"/out[1-4] | awk '$2 != "total" { printf "%s ", $1 }')
    recorded=$(q -c "SELECT count(*) FROM \"ReminderDelivery\" d JOIN \"Reminder\" r ON r.id = d.\"reminderId\" WHERE r.\"userId\" LIKE 'du%'")
    left=$(q -c "SELECT count(*) FROM \"Reminder\" WHERE \"active\" AND \"nextFireAt\" <= now() AT TIME ZONE 'utc' AND \"userId\" LIKE 'du%'")
    {
        printf '  4 dispatchers     : %6s ms wall (goal: under 5000 ms), peak RSS %s MB\n' "$da_ms" "$da_rss"
        printf '  SQL anchor        : %6s ms (one set-based claim, record and advance)\n' "$da_sql_ms"
        printf '  delivered lines   : %6s (per dispatcher: %s)\n' "$lines" "$per_proc"
        printf '  distinct          : %6s (reminder, occurrence)\n' "$distinct"
        printf '  recorded          : %6s ReminderDelivery rows\n' "$recorded"
        printf '  still due         : %6s\n' "$left"
        cat "$dir"/err* | sed 's/^/  stderr: /'
    } >&2
    if [[ $lines -eq $due && $distinct -eq $due && $recorded -eq $due && $left -eq 0 ]]; then
        da_exact=yes
    else
        da_exact=no
        bad=1
    fi

    echo "  removing the dispatch users ..." >&2
    q -c "DELETE FROM \"Reminder\" WHERE \"userId\" LIKE 'du%'; DELETE FROM \"User\" WHERE id LIKE 'du%';" >/dev/null
    rm -rf "$dir"
    return "$bad"
}

scale_dispatch() {
    local users=${1:-100000} per=${2:-10} due=${3:-10000} ok=no rc=0
    dispatch_all_users "$users" "$per" "$due" || rc=$?
    if [[ $rc -eq 0 && $da_exact == yes ]] && ((da_ms < 5000)); then ok=yes; fi
    printf '| `reminder dispatch --all-users`, 4 in parallel | %s reminders of %s users, %s due | %s ms, %s MB | psql: %s ms (claim, record, advance set-based) | %sx | < 5 s, each once | %s |\n' \
        "$((users * per))" "$users" "$due" "$da_ms" "$da_rss" "$da_sql_ms" "$(ratio "$da_ms" "$da_sql_ms")" "$ok"
}
