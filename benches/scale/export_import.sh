# Issue 16 items 3 and 4 (sourced, not run): `log export` against psql's
# \copy of the same rows, and `log import` of a Strong file against plain
# SQL loading the same file (benches/import_baseline.sql). benches/scale.sh
# sources it and calls `scale_export_import SIZE` at each size on its data
# (the heavy user `bheavy`, heavy@bench.example); benches/export.sh and
# benches/import.sh call the xi_* functions on data of their own. Needs
# common.sh's $bin, $url, $tmp and q, and $runs. Every row is a markdown
# table row: | case | size | workout | anchor (what) | ratio | goal | ok |
# Times are medians of $runs runs, each round running workout and its
# anchor one after the other; peak RSS from /usr/bin/time.

xi_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# xi_label N: 100k, 1M, 5M, 20k ...
xi_label() {
    awk -v n="$1" 'BEGIN { if (n >= 1e6 && n % 1e6 == 0) printf "%dM", n / 1e6; else if (n >= 1e3 && n % 1e3 == 0) printf "%dk", n / 1e3; else print n }'
}

# xi_run CMD...: one run, output to /dev/null; prints "SECONDS MAX_RSS_KB".
xi_run() {
    /usr/bin/time -f '%e %M' -o "$tmp/xi_time" "$@" >/dev/null
    cat "$tmp/xi_time"
}

xi_median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

xi_fmt_s() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.0f ms", s * 1000; else printf "%.2f s", s }'; }
xi_mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }
# xi_ok EXPR: yes/no of an awk condition.
xi_ok() { awk "BEGIN { print ($1) ? \"yes\" : \"no\" }"; }

# The rows `log export` reads, as psql's \copy sends them (the server's own
# csv of the same columns and joins, no reshaping): the anchor.
xi_export_sql() {
    local uid=$1
    echo "SELECT l.\"id\", l.\"date\", l.\"sessionId\", s.\"name\", e.\"name\", l.\"setNumber\", l.\"reps\", l.\"weight\",
  l.\"durationSeconds\", l.\"distanceMeters\", l.\"rpe\", l.\"isWarmup\", l.\"setType\", l.\"supersetGroup\", l.\"notes\",
  s.\"status\", s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"durationMinutes\", s.\"notes\", p.\"id\",
  p.\"name\", d.\"name\", e.\"id\", e.\"createdById\" IS NOT NULL, e.\"category\", e.\"primaryMuscleGroup\",
  array_to_string(e.\"secondaryMuscleGroups\"::text[], ';'), e.\"equipment\", e.\"difficulty\", e.\"mechanic\",
  e.\"force\", e.\"trackingType\", t.\"position\", t.\"targetSets\", t.\"targetRepsMin\", t.\"targetRepsMax\",
  t.\"targetWeight\", t.\"targetRpe\", t.\"restSeconds\", t.\"supersetGroup\", t.\"notes\"
FROM \"WorkoutLog\" l
JOIN \"Exercise\" e ON e.\"id\" = l.\"exerciseId\"
LEFT JOIN \"WorkoutSession\" s ON s.\"id\" = l.\"sessionId\" AND s.\"userId\" = l.\"userId\"
LEFT JOIN \"TrainingPlan\" p ON p.\"id\" = s.\"trainingPlanId\" AND p.\"userId\" = l.\"userId\"
LEFT JOIN \"PlanDay\" d ON d.\"id\" = s.\"planDayId\" AND d.\"trainingPlanId\" = p.\"id\"
LEFT JOIN LATERAL (SELECT * FROM \"SessionExercise\" t0 WHERE t0.\"sessionId\" = s.\"id\" AND t0.\"exerciseId\" = l.\"exerciseId\"
                   ORDER BY t0.\"position\" LIMIT 1) t ON true
WHERE l.\"userId\" = '$uid'
ORDER BY l.\"date\", l.\"setNumber\", l.\"id\"" | tr '\n' ' '
}

# xi_export_rows EMAIL USER_ID SIZE: rows for `log export` csv (vs psql
# \copy), json and ndjson (vs workout's csv). The four commands run in
# rounds (csv, psql, json, ndjson; $runs rounds after one warm-up each), and
# json and ndjson are compared with the csv runs of the same rounds: at 5M
# sets a run is half a minute, and timing csv again for each format made
# the export rows a third longer.
xi_export_rows() {
    local email=$1 uid=$2 label i r f
    label=$(xi_label "$3")
    # \copy takes one line; a file keeps the SQL's quotes away from the shell.
    echo "\\copy ($(xi_export_sql "$uid")) to stdout csv header" >"$tmp/xi_copy.sql"
    local -A cmd=([csv]="'$bin' --user '$email' log export --format csv" [psql]="psql -X -q '$url' -f '$tmp/xi_copy.sql'"
                  [json]="'$bin' --user '$email' log export --format json" [ndjson]="'$bin' --user '$email' log export --format ndjson")
    local -A secs=() kb=()
    for f in csv psql json ndjson; do eval "${cmd[$f]}" >/dev/null; done
    for ((i = 0; i < ${runs:-3}; i++)); do
        for f in csv psql json ndjson; do
            r=$(xi_run bash -c "${cmd[$f]}")
            secs[$f]+="${r% *} " kb[$f]+="${r#* } "
        done
    done
    local -A med=() peak=()
    for f in csv psql json ndjson; do
        med[$f]=$(printf '%s\n' ${secs[$f]} | xi_median)
        peak[$f]=$(printf '%s\n' ${kb[$f]} | sort -n | tail -n 1)
    done
    r=$(awk -v a="${med[csv]}" -v b="${med[psql]}" 'BEGIN { printf "%.2f", b / a }')
    echo "| \`log export --format csv\` | $label | $(xi_fmt_s "${med[csv]}"), $(xi_mb "${peak[csv]}") | psql \\copy csv: $(xi_fmt_s "${med[psql]}") | ${r}x | >= 0.9x psql's throughput, < 20 MB | $(xi_ok "$r >= 0.9 && ${peak[csv]} < 20480") |"
    for f in json ndjson; do
        r=$(awk -v a="${med[$f]}" -v b="${med[csv]}" 'BEGIN { printf "%.2f", a / b }')
        echo "| \`log export --format $f\` | $label | $(xi_fmt_s "${med[$f]}"), $(xi_mb "${peak[$f]}") | workout csv: $(xi_fmt_s "${med[csv]}") | ${r}x | <= 1.3x csv, < 20 MB | $(xi_ok "$r <= 1.3 && ${peak[$f]} < 20480") |"
    done
}

# xi_strong_file ROWS FILE: a Strong export (the common layout, pounds) of
# ROWS set rows: 25 sets a workout over 5 exercises (catalog names, app
# names, unknown names), a Rest Timer row now and then, float noise, W/F
# set orders.
xi_strong_file() {
    awk -v rows="$1" 'BEGIN {
        split("Bench Press (Barbell)|Squat (Barbell)|Deadlift (Barbell)|Overhead Press (Barbell)|Pull Up|Lat Pulldown (Cable)|Leg Press|Bicep Curl (Barbell)|Zercher Carry|Landmine Press|Face Pull (Cable)|Hip Thrust (Barbell)", ex, "|")
        print "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"
        n = 0; w = 0
        while (n < rows) {
            w++
            t = 946728000 + w * 86400
            date = strftime("%Y-%m-%d %H:%M:%S", t, 1)
            name = "Workout " (w % 7)
            for (e = 0; e < 5 && n < rows; e++) {
                exn = ex[1 + (w + e * 3) % 12]
                for (s = 1; s <= 5 && n < rows; s++) {
                    order = (s == 1 ? "W" : (s == 5 && w % 3 == 0 ? "F" : s - 1))
                    weight = 45 + (w % 40) * 5 + s * 10
                    if (s == 3) weight = weight - 0.00000000000003
                    printf "%s,\"%s\",1h %dm,\"%s\",%s,%s,%d,0,0,\"\",\"\",\n", date, name, w % 60, exn, order, weight, 5 + s % 4
                    n++
                }
                if (e == 2) printf "%s,\"%s\",1h %dm,\"%s\",Rest Timer,0,0,0,90,\"\",\"\",\n", date, name, w % 60, exn
            }
        }
    }' >"$2"
}

# xi_sessions_file ROWS FILE: a Strong export (the common layout, pounds)
# of ROWS set rows in workouts of 5 sets (one exercise each, catalog and
# unknown names): a session every 5 rows (200,000 at 1,000,000 rows), the
# shape whose sessions the import once held in memory.
xi_sessions_file() {
    awk -v rows="$1" 'BEGIN {
        split("Bench Press (Barbell)|Squat (Barbell)|Deadlift (Barbell)|Overhead Press (Barbell)|Zercher Carry|Landmine Press", ex, "|")
        print "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"
        for (n = 0; n < rows; n++) {
            w = int(n / 5); s = 1 + n % 5
            date = strftime("%Y-%m-%d %H:%M:%S", 946728000 + w * 3600, 1)
            printf "%s,\"Workout %d\",0h %dm,\"%s\",%d,%d,%d,0,0,\"\",\"%s\",\n", date, w % 7, 20 + w % 40, ex[1 + w % 6], s, 45 + (w % 40) * 5 + s * 10, 3 + s, (s == 5 && w % 2 ? "late" : "")
        }
    }' >"$2"
}

# xi_import_rows ROWS [MAKER [WHAT [HISTORY]]]: the row for `log import` of
# a ROWS-row Strong file (made by MAKER, default xi_strong_file; WHAT names
# its shape in the row; HISTORY, the heavy user's sets beside it, is the
# row's size when given) into a new user, against
# benches/import_baseline.sql loading the same file into another new user
# (each run on empty users: the users and what they got are removed after
# each run).
xi_import_rows() {
    local rows=$1 maker=${2:-xi_strong_file} what=${3:-} label file size
    label=$(xi_label "$rows") size=$label
    if [[ -n ${4:-} ]]; then
        size=$(xi_label "$4")
        if [[ $size != "$label" ]]; then what="$what, beside the $size history"; fi
    fi
    file=$tmp/$maker-$rows.csv
    "$maker" "$rows" "$file"
    q -c "INSERT INTO \"User\" (id, email, name, \"updatedAt\") VALUES
          ('ximp', 'ximp@bench.example', 'Import', now()), ('xsql', 'xsql@bench.example', 'Import SQL', now())
          ON CONFLICT DO NOTHING" >/dev/null
    # ANALYZE first: right after a 1M-row import the planner's statistics
    # still describe the empty users, and the foreign-key checks of the
    # session DELETE then scan WorkoutLog once per session (minutes). And
    # custom plans for those checks: after five, the server may keep a
    # generic plan of the cascade (sessionId, userId) = ($1, $2), which
    # ANDs a bitmap of the user's whole (userId, date) range (the sets just
    # deleted are still in the index) into every session's delete: 1M sets
    # of 14,000 sessions ran for minutes; 13 s with custom plans.
    local reset="psql -X -q '$url' -c \"ANALYZE \\\"WorkoutLog\\\", \\\"WorkoutSession\\\";\" -c \"SET plan_cache_mode = force_custom_plan; DELETE FROM \\\"WorkoutLog\\\" WHERE \\\"userId\\\" IN ('ximp', 'xsql');
        DELETE FROM \\\"WorkoutSession\\\" WHERE \\\"userId\\\" IN ('ximp', 'xsql');
        DELETE FROM \\\"Exercise\\\" WHERE \\\"createdById\\\" IN ('ximp', 'xsql')\" >/dev/null"
    local as=() ak=() bs=() i r n=${runs:-3}
    # At most 3 runs each: a 1M-row import is long, and its figure steady.
    ((n > 3)) && n=3
    for ((i = 0; i < n; i++)); do
        eval "$reset"
        r=$(xi_run "$bin" -q --user ximp@bench.example log import "$file" --unit lb)
        as+=("${r% *}") ak+=("${r#* }")
        r=$(xi_run bash -c "psql -X -q '$url' -v uid=xsql -f '$xi_dir/import_baseline.sql' < '$file'")
        bs+=("${r% *}")
    done
    local n_w n_p n_s
    n_w=$(q -c "SELECT count(*) FROM \"WorkoutLog\" WHERE \"userId\" = 'ximp'")
    n_p=$(q -c "SELECT count(*) FROM \"WorkoutLog\" WHERE \"userId\" = 'xsql'")
    n_s=$(q -c "SELECT count(*) FROM \"WorkoutSession\" WHERE \"userId\" = 'ximp'")
    eval "$reset"
    local w_s p_s kb
    w_s=$(printf '%s\n' "${as[@]}" | xi_median)
    kb=$(printf '%s\n' "${ak[@]}" | sort -n | tail -n 1)
    p_s=$(printf '%s\n' "${bs[@]}" | xi_median)
    r=$(awk -v a="$w_s" -v b="$p_s" 'BEGIN { printf "%.2f", a / b }')
    echo "| \`log import\` Strong $label rows$what ($n_w sets, $n_s sessions; SQL $n_p) | $size | $(xi_fmt_s "$w_s"), $(xi_mb "$kb") | psql \\copy + INSERT ... SELECT: $(xi_fmt_s "$p_s") | ${r}x | <= 1.2x SQL, < 60 MB | $(xi_ok "$r <= 1.2 && $kb < 61440 && $n_w == $n_p") |"
}

# scale_export_import SIZE [NEXT]: benches/scale.sh's rows at SIZE sets of
# the heavy user: the exports of all of them, and the imports of two Strong
# files: 25-set workouts of SIZE rows (at most 1,000,000: issue 16's
# file), and 5-set workouts (five times the sessions: the per-session
# cost) of at most 100,000 rows (at 1M rows a run of it and its anchor took
# 15 minutes on a slow machine). NEXT, the run's next size if any: a file
# as large as one the next size imports is imported there only (beside the
# larger history; the 1M-row imports at 1M and again at 5M were a third of
# the run).
# Under benches/scale.sh, SCALE_CASES picks the exports ("export") and the
# imports ("import") apart.
scale_export_import() {
    local rows=$(( $1 < 1000000 ? $1 : 1000000 )) small=$(( $1 < 100000 ? $1 : 100000 ))
    local next=${2:-0}
    if ! declare -F want >/dev/null || want export; then
        xi_export_rows heavy@bench.example bheavy "$1"
    fi
    if declare -F want >/dev/null && ! want import; then
        return
    fi
    if (( next == 0 || rows != (next < 1000000 ? next : 1000000) )); then
        xi_import_rows "$rows" xi_strong_file "" "$1"
    fi
    if (( next == 0 || small != (next < 100000 ? next : 100000) )); then
        xi_import_rows "$small" xi_sessions_file ", 5-set workouts" "$1"
    fi
}
