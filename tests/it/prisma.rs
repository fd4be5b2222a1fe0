//! The Prisma contract (issue 8): the web and mobile apps' Prisma Client must
//! read and write the database that `workout` migrated and filled, and
//! `prisma/schema.prisma` must match the migrations exactly.
//!
//! This test fills a fresh database (migrated by the real migrations) through
//! `workout` commands, describes what it wrote in a JSON fixture, and runs the
//! Node project in `tests/prisma/`:
//! - `contract.ts`: the real generated Prisma Client (PrismaPg adapter) reads
//!   every model and checks the fixture, writes every model, then runs
//!   `workout` to read back what Prisma wrote;
//! - `drift.ts`: `prisma validate`, then Prisma's schema engine diffs the live
//!   database against `prisma/schema.prisma`.
//!
//! Skipped, loudly, only where `node` or `npm` is missing. See
//! tests/prisma/README.md to run the Node parts by hand.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::common::{TestDb, json_of};

fn prisma_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("prisma")
}

/// Printed straight to the terminal: libtest captures `eprintln!` of a
/// passing test, and a skipped contract must not go unnoticed.
fn loud(msg: &str) {
    let bar = "=".repeat(78);
    let _ = writeln!(std::io::stderr(), "\n{bar}\n{msg}\n{bar}\n");
}

fn found(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn text(out: &Output) -> String {
    format!(
        "--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// npm in tests/prisma with this process's environment (its cache is under the
/// real HOME), minus any database settings of the developer's.
fn npm(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("npm")
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("WORKOUT_DATABASE_URL")
        .env("CHECKPOINT_DISABLE", "1")
        .env("npm_config_update_notifier", "false")
        .env("npm_config_fund", "false")
        .env("npm_config_audit", "false")
        .output()
        .unwrap_or_else(|e| panic!("cannot run npm {args:?}: {e}"));
    assert!(
        out.status.success(),
        "npm {} failed in {}\n{}",
        args.join(" "),
        dir.display(),
        text(&out)
    );
    out
}

/// `npm ci` unless node_modules is there and at least as new as the lock file.
fn install(dir: &Path) {
    let mtime = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let installed = mtime(dir.join("node_modules").join(".package-lock.json"));
    let locked = mtime(dir.join("package-lock.json"));
    let fresh = matches!((installed, locked), (Some(i), Some(l)) if i >= l)
        && dir.join("node_modules").join(".bin").join("tsx").exists();
    if !fresh {
        npm(dir, &["ci", "--ignore-scripts", "--no-audit", "--no-fund"]);
    }
}

/// `npm ci` if needed and `prisma generate`, once per test process: the
/// tests of this file run in parallel, and two generators writing one
/// directory at once fail.
fn prepare(dir: &Path) {
    static DONE: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !*done {
        install(dir);
        npm(dir, &["run", "--silent", "generate"]);
        // The client of the schema after cutover (prisma_contract_holds_after_cutover).
        npm(dir, &["run", "--silent", "generate:cutover"]);
        *done = true;
    }
}

/// `workout ... --format json`, parsed.
fn workout_json(db: &TestDb, args: &[&str]) -> Value {
    let out = db.workout().args(args).output().expect("run workout");
    assert!(
        out.status.success(),
        "workout {args:?} failed\n{}",
        text(&out)
    );
    json_of(&out)
}

/// Runs `npx tsx SCRIPT` with the test database; panics with its output unless
/// it exits 0. Returns stdout.
fn node_check(db: &TestDb, dir: &Path, script: &str, fixture: &Path) -> String {
    node_check_env(db, dir, script, fixture, &[])
}

/// [`node_check`] with more environment variables.
fn node_check_env(
    db: &TestDb,
    dir: &Path,
    script: &str,
    fixture: &Path,
    env: &[(&str, &str)],
) -> String {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let out = Command::new("npx")
        .args(["--no-install", "tsx", script])
        .current_dir(dir)
        // Only what the checks need: node and npx find themselves through
        // PATH; `workout` (spawned by contract.ts with this environment) gets
        // the database, the test's temporary HOME and the far-from-UTC machine
        // time zone, as `db.workout()` does. Prisma must read UTC under it too.
        .env_clear()
        .env("PATH", path)
        .env("HOME", db.home_path())
        .env("TZ", "Pacific/Chatham")
        .env("DATABASE_URL", &db.url)
        .env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_BIN", env!("CARGO_BIN_EXE_workout"))
        .env("FIXTURE_JSON", fixture)
        .env("NO_COLOR", "1")
        .env("CHECKPOINT_DISABLE", "1")
        .env("npm_config_update_notifier", "false")
        .envs(env.iter().copied())
        .output()
        .unwrap_or_else(|e| panic!("cannot run npx tsx {script}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{script} failed (exit {:?})\n{}",
        out.status.code(),
        text(&out)
    );
    stdout
}

/// `npx tsx SCRIPT` as [`node_check`] does, with `CONTRACT_PHASE` set (the
/// transition phase the database is in, issue 17).
fn node_phase(db: &TestDb, dir: &Path, script: &str, fixture: &Path, phase: &str) -> String {
    node_check_env(db, dir, script, fixture, &[("CONTRACT_PHASE", phase)])
}

fn skipped_without_node(what: &str) -> bool {
    if found("node") && found("npm") {
        return false;
    }
    loud(&format!(
        "SKIPPED: {what} (tests/it/prisma.rs) needs `node` and `npm`, which are not on PATH.\n\
         schema.prisma drift and Prisma Client compatibility were NOT checked. Install Node.js 20.19+ to run it."
    ));
    true
}

/// The database `workout` filled (and the fixture describing it), once per
/// test process: each phase's test runs the contract on a copy of it.
struct Filled {
    db: TestDb,
    fixture: Value,
    summary: String,
}

fn filled() -> &'static Filled {
    static FILLED: std::sync::OnceLock<Filled> = std::sync::OnceLock::new();
    FILLED.get_or_init(|| {
        let db = TestDb::new();
        let (fixture, summary) = fill_and_describe(&db);
        Filled {
            db,
            fixture,
            summary,
        }
    })
}

/// Runs contract.ts and drift.ts on `db` (a copy of the filled database,
/// brought into `phase`); asserts `N passed, 0 failed` and no drift.
fn contract_in_phase(db: &TestDb, dir: &Path, fixture: &Value, phase: &str) -> String {
    let fixture_path = db.home_path().join("prisma-fixture.json");
    std::fs::write(&fixture_path, serde_json::to_vec_pretty(fixture).unwrap()).unwrap();

    let contract = node_phase(db, dir, "contract.ts", &fixture_path, phase);
    let summary = contract.lines().last().unwrap_or_default().to_owned();
    let counts: Vec<&str> = summary.split(' ').collect();
    assert!(
        matches!(counts.as_slice(), [n, "passed,", "0", "failed"] if n.parse::<u32>().is_ok_and(|n| n > 0)),
        "contract.ts ({phase}) did not end with `N passed, 0 failed`:\n{contract}"
    );
    assert!(
        contract.contains(&format!("phase: {phase}")),
        "contract.ts did not say it checked phase {phase}:\n{contract}"
    );

    // What the contract does not check (yet), and known disagreements: shown
    // even when the test passes.
    let notes: Vec<&str> = contract
        .lines()
        .skip_while(|l| !l.starts_with("Not checked yet"))
        .take_while(|l| !l.trim().is_empty())
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(
            std::io::stderr(),
            "Prisma contract notes ({phase}):\n{}",
            notes.join("\n")
        );
    }

    let drift = node_phase(db, dir, "drift.ts", &fixture_path, phase);
    assert!(
        drift.contains("drift: none"),
        "drift.ts ({phase}) passed without saying so:\n{drift}"
    );
    summary
}

#[test]
fn prisma_client_reads_and_writes_what_workout_made_and_schema_prisma_matches() {
    if skipped_without_node("the Prisma contract test") {
        return;
    }
    let dir = prisma_dir();
    prepare(&dir);
    let f = filled();
    let db = f.db.copy();
    let summary = contract_in_phase(&db, &dir, &fixture_for(&f.fixture, "expand"), "expand");
    eprintln!(
        "Prisma contract (expand): {summary} ({}); schema.prisma matches the migrations (no drift)",
        f.summary
    );
}

/// The fixture of the filled database as it must read in `phase` (issue 17).
/// Expand: as written. Dual-write: `enable` mirrored each of Ada's native
/// sessions into a legacy `Workout` with the session's id (so her
/// `workouts` are her sessions, by id; the mirrors' rows are checked by
/// contract.ts against her sets), and wrote a batch run and the dual-write
/// run. Cutover: `cutover`'s last batch run is a second `apply` run; no
/// mirrors (dual-write was never on).
fn fixture_for(fixture: &Value, phase: &str) -> Value {
    if phase == "expand" {
        return fixture.clone();
    }
    let mut f = fixture.clone();
    let records = f["records"].as_array_mut().expect("records");
    let mut extra = Vec::new();
    for r in records.iter_mut() {
        let label = r["label"].as_str().unwrap_or_default().to_owned();
        if phase == "dual-write" && label == "ada (user add + user set)" {
            let sessions = r["expect"]["sessions"].clone();
            r["expect"]["workouts"] = sessions;
        }
        if phase == "dual-write" && label == "Ada's own exercise (exercise add)" {
            r["expect"]
                .as_object_mut()
                .unwrap()
                .remove("workoutExercises");
        }
        if label == "one run in all (the dry run wrote none)" {
            *r = json!({
                "label": "the dry run wrote no run",
                "model": "LegacyMigrationRun",
                "where": { "mode": "dry-run" },
                "count": 0
            });
            extra.push(json!({
                "label": format!("two apply runs ({phase}'s own batch run)"),
                "model": "LegacyMigrationRun",
                "where": { "mode": "apply", "status": "succeeded" },
                "count": 2
            }));
            if phase == "dual-write" {
                extra.push(json!({
                    "label": "the dual-write run, active",
                    "model": "LegacyMigrationRun",
                    "where": { "mode": "dual-write", "status": "active", "finishedAt": null },
                    "count": 1
                }));
            }
        }
    }
    assert!(
        !extra.is_empty(),
        "the fixture has no `one run in all` record"
    );
    records.extend(extra);
    f
}

/// Issue 17: the contract while dual-write is on. The filled database is
/// brought into phase dual-write (`enable` mirrors workout's native sessions
/// into the legacy tables); contract.ts then checks what this phase must show
/// besides everything of expand: what Prisma writes natively gets its legacy
/// mirror, what Prisma writes to the old models is carried into v2 (both read
/// back through Prisma), and drift stays exact with the triggers installed.
#[test]
fn prisma_contract_holds_while_dual_writing() {
    if skipped_without_node("the Prisma contract while dual-writing") {
        return;
    }
    let dir = prisma_dir();
    prepare(&dir);
    let f = filled();
    let db = f.db.copy();
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let summary = contract_in_phase(
        &db,
        &dir,
        &fixture_for(&f.fixture, "dual-write"),
        "dual-write",
    );
    // Still dual-writing, and what the contract left is in step both ways.
    let status = workout_json(
        &db,
        &["migrate", "dual-write", "status", "--format", "json"],
    );
    assert_eq!(status["phase"], "dual-write", "{status}");
    eprintln!("Prisma contract (dual-write): {summary}; no drift with the triggers installed");
}

/// Issue 17: the contract after cutover. The legacy tables are in schema
/// `legacy`; the apps' schema is then `prisma/schema.prisma` with the legacy
/// models mapped there (`tests/prisma/scripts/cutover-schema.mjs` writes it:
/// `schemas = ["public", "legacy"]`, `@@schema("legacy")` on `Workout` and
/// `WorkoutExercise`, `@@schema("public")` on the rest). contract.ts runs with
/// a client generated from it, and drift.ts diffs the database against it.
#[test]
fn prisma_contract_holds_after_cutover() {
    if skipped_without_node("the Prisma contract after cutover") {
        return;
    }
    let dir = prisma_dir();
    prepare(&dir);
    let f = filled();
    let db = f.db.copy();
    let out = db.workout().args(["migrate", "cutover"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM pg_tables WHERE schemaname = 'legacy' AND tablename IN ('Workout', 'WorkoutExercise')"#),
        2
    );
    let summary = contract_in_phase(&db, &dir, &fixture_for(&f.fixture, "cutover"), "cutover");
    // drift.ts compared the database with the cutover schema, which
    // prisma/schema.prisma alone no longer matches.
    let fixture_path = db.home_path().join("prisma-fixture.json");
    let drift = node_phase(&db, &dir, "drift.ts", &fixture_path, "cutover");
    assert!(drift.contains("generated/cutover/schema.prisma"), "{drift}");
    // ... and prisma/schema.prisma cannot be: Prisma's engine refuses a
    // database whose v2 tables point into a schema the datasource does not list.
    let out = Command::new("npx")
        .args(["--no-install", "tsx", "drift.ts"])
        .current_dir(&dir)
        .env("DATABASE_URL", &db.url)
        .env("CONTRACT_PHASE", "expand")
        .env("CHECKPOINT_DISABLE", "1")
        .output()
        .unwrap();
    assert!(
        !out.status.success()
            && String::from_utf8_lossy(&out.stderr).contains("Cross schema references"),
        "{}",
        text(&out)
    );

    // Out again: `cutover --undo` puts the tables back and turns dual-write
    // on; what Prisma wrote to the legacy tables while cut over is carried
    // then, and prisma/schema.prisma is the contract again (no drift).
    let out = db
        .workout()
        .args(["migrate", "cutover", "--undo"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" s JOIN "Workout" w ON w.id = s."legacyWorkoutId" WHERE w.name = 'Prisma Legacy Pull'"#),
        1
    );
    let drift = node_phase(&db, &dir, "drift.ts", &fixture_path, "dual-write");
    assert!(
        drift.contains("drift: none") && drift.contains("prisma/schema.prisma"),
        "{drift}"
    );
    eprintln!(
        "Prisma contract (cutover): {summary}; the cutover schema matches the database (no drift), and prisma/schema.prisma again after `cutover --undo`"
    );
}

// --- What workout writes, and the fixture that describes it -----------------

const ADA: &str = "ada@example.com";
/// One pound in kilograms, exactly (the definition).
const LB: f64 = 0.453_592_37;

/// `workout --user ada ARGS --format json`, parsed.
fn ada(db: &TestDb, args: &[&str]) -> Value {
    let mut all = vec!["--user", ADA];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    workout_json(db, &all)
}

/// A field of a JSON object workout printed (Null when missing).
fn get(v: &Value, key: &str) -> Value {
    v.get(key).cloned().unwrap_or(Value::Null)
}

/// A string field of a JSON object workout printed; panics when it is none.
fn text_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string `{key}` in {v:#}"))
        .to_owned()
}

/// The rows of a JSON array workout printed.
fn rows(v: &Value) -> &Vec<Value> {
    v.as_array()
        .unwrap_or_else(|| panic!("expected a JSON array, got {v:#}"))
}

/// "1,4" (workout's weekday column) as [1, 4] (Prisma's Int[]); null as [].
fn weekday_list(v: &Value) -> Value {
    match v.as_str() {
        Some(s) if !s.is_empty() => s
            .split(',')
            .map(|d| json!(d.trim().parse::<i64>().expect("an ISO weekday")))
            .collect(),
        _ => json!([]),
    }
}

/// "GLUTES,CALVES" (workout's column) as ["GLUTES", "CALVES"] (Prisma's enum list).
fn enum_list(v: &Value) -> Value {
    match v.as_str() {
        Some(s) if !s.is_empty() => s.split(',').map(|m| json!(m.trim())).collect(),
        _ => json!([]),
    }
}

/// `kg` as workout printed it is `expected` kg (the unit conversion), within 1e-9.
fn assert_kg(what: &str, printed: &Value, expected: f64) {
    let p = printed
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: not a number: {printed}"));
    assert!(
        (p - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "{what}: workout printed {p} kg, expected {expected} kg"
    );
}

fn iso(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// `local` ("YYYY-MM-DD HH:MM") in Europe/Berlin as an ISO UTC instant.
fn berlin(local: &str) -> String {
    use chrono::TimeZone;
    let naive = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    iso(chrono_tz::Europe::Berlin
        .from_local_datetime(&naive)
        .single()
        .unwrap()
        .with_timezone(&Utc))
}

/// Fills the database through `workout` commands as a user of the apps
/// would, and returns the fixture describing what workout said it wrote
/// (every id, name, kg weight, enum and UTC instant taken from its
/// `--format json` output, or computed independently where the point is the
/// conversion: pounds to kg, Berlin local time to UTC), plus a one-line summary.
fn fill_and_describe(db: &TestDb) -> (Value, String) {
    // `db.workout()` runs under a machine time zone far from UTC
    // (Pacific/Chatham), so a local time stored by mistake shows up hours off.
    let from = Utc::now();

    // --- users and profiles
    db.workout()
        .args(["user", "add", ADA, "--name", "Ada Lovelace"])
        .args(["--timezone", "Europe/Berlin", "--weight-unit", "lb"])
        .assert()
        .success();
    db.workout()
        .args([
            "--user", ADA, "user", "set", "--weight", "176lb", "--height", "170",
        ])
        .args([
            "--fitness-level",
            "Intermediate",
            "--goals",
            "Run 10k under 50 minutes",
        ])
        .assert()
        .success();
    db.workout()
        .args(["user", "add", "bob@example.com"])
        .assert()
        .success();

    // --- Ada's own exercise, every fact set
    let sled = ada(
        db,
        &[
            "exercise",
            "add",
            "Ada Sled Push",
            "--muscle",
            "quads",
            "--secondary",
            "glutes,calves",
            "--equipment",
            "sled",
            "--level",
            "expert",
            "--category",
            "strongman",
            "--mechanic",
            "compound",
            "--force",
            "push",
            "--description",
            "Push the sled",
            "--instructions",
            "Drive with the legs.",
        ],
    );
    let sled_id = text_of(&sled, "id");
    assert_eq!(get(&sled, "own"), json!(true), "{sled:#}");

    // --- a plan: two days on weekdays, three exercises with targets
    let plan = ada(
        db,
        &[
            "plan",
            "create",
            "Ada PPL",
            "--description",
            "Push pull legs",
            "--goal",
            "strength",
        ],
    );
    let plan_id = text_of(&plan, "id");
    ada(
        db,
        &[
            "plan",
            "add-day",
            "Ada PPL",
            "Push",
            "--weekdays",
            "mon,thu",
            "--notes",
            "heavy",
        ],
    );
    ada(
        db,
        &["plan", "add-day", "Ada PPL", "Legs", "--weekdays", "wed"],
    );
    // 135 lb and a 5 lb step: stored in kg.
    ada(
        db,
        &[
            "plan",
            "add-exercise",
            "Ada PPL",
            "Push",
            "Bench Press",
            "--sets",
            "3",
            "--reps",
            "8-12",
            "--weight",
            "135lb",
            "--rpe",
            "8.5",
            "--rest",
            "2m30s",
            "--progression",
            "5lb",
            "--notes",
            "pause at the chest",
        ],
    );
    ada(
        db,
        &[
            "plan",
            "add-exercise",
            "Ada PPL",
            "Push",
            "Pull-up",
            "--sets",
            "3",
            "--reps",
            "5-8",
        ],
    );
    // A bare weight is in Ada's unit, pounds.
    ada(
        db,
        &[
            "plan",
            "add-exercise",
            "Ada PPL",
            "2",
            "Ada Sled Push",
            "--sets",
            "4",
            "--reps",
            "10",
            "--weight",
            "100",
            "--rest",
            "90s",
        ],
    );
    let activated = ada(db, &["plan", "activate", "Ada PPL"]);
    assert_eq!(get(&activated, "status"), json!("ACTIVE"), "{activated:#}");

    // --- sessions: two weeks of the plan at 07:00 Berlin, across the
    // spring-forward night of 2030-03-31 (06:00Z before it, 05:00Z after).
    let scheduled = ada(
        db,
        &[
            "plan",
            "schedule",
            "Ada PPL",
            "--from",
            "2030-03-25",
            "--weeks",
            "2",
            "--at",
            "07:00",
        ],
    );
    let scheduled = rows(&scheduled).clone();
    let mut at: Vec<String> = scheduled
        .iter()
        .map(|s| text_of(s, "scheduledAt"))
        .collect();
    at.sort();
    let want: Vec<String> = [
        "2030-03-25 07:00",
        "2030-03-27 07:00",
        "2030-03-28 07:00",
        "2030-04-01 07:00",
        "2030-04-03 07:00",
        "2030-04-04 07:00",
    ]
    .iter()
    .map(|l| berlin(l))
    .collect();
    assert_eq!(at, want, "plan schedule: {scheduled:#?}");
    let first = scheduled
        .iter()
        .find(|s| s["scheduledAt"] == json!(berlin("2030-03-25 07:00")))
        .unwrap();
    let first_id = text_of(first, "id");

    let extra = ada(
        db,
        &[
            "session",
            "schedule",
            "Extra legs",
            "--at",
            "2030-04-10 18:00",
            "--plan",
            "Ada PPL",
            "--day",
            "Legs",
            "--notes",
            "deload",
        ],
    );
    let extra_id = text_of(&extra, "id");
    assert_eq!(
        get(&extra, "scheduledAt"),
        json!(berlin("2030-04-10 18:00"))
    );

    // --- one session started, sets logged in several grammars, completed
    let started = ada(db, &["session", "start", &first_id]);
    assert_eq!(get(&started, "status"), json!("IN_PROGRESS"), "{started:#}");
    let mut sets: Vec<Value> = Vec::new();
    let mut log = |args: &[&str]| {
        let mut all = vec!["log", "add"];
        all.extend_from_slice(args);
        let out = ada(db, &all);
        sets.extend(rows(&out).iter().cloned());
        rows(&out).clone()
    };
    let warm = log(&["Bench Press", "1x10@95lb", "--warmup"]);
    let work = log(&["Bench Press", "3x8@135lb", "--rpe", "8"]);
    let sled_sets = log(&[
        "Ada Sled Push",
        "10,10,8@60kg",
        "--session",
        "current",
        "--notes",
        "heavy sled",
    ]);
    let bare = log(&["Ada Sled Push", "12,10@100", "--rpe", "9.5"]);
    let pullups = log(&["Pull-up", "8,6"]);
    // Cardio, two days ago at 18:30 Berlin time: no session of that day, so
    // workout makes a completed session "Workout" for it.
    let day = (Utc::now().with_timezone(&chrono_tz::Europe::Berlin) - chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let cardio_at = format!("{day} 18:30");
    let cardio = log(&[
        "Running, Treadmill",
        "--duration",
        "30m",
        "--distance",
        "5km",
        "--date",
        &cardio_at,
        "--rpe",
        "6",
    ]);
    let completed = ada(db, &["session", "complete", "current", "--duration", "55m"]);
    assert_eq!(
        get(&completed, "status"),
        json!("COMPLETED"),
        "{completed:#}"
    );

    for s in &warm {
        assert_kg("warm-up 95 lb", &s["weightKg"], 95.0 * LB);
        assert_eq!(s["isWarmup"], json!(true));
    }
    for s in &work {
        assert_kg("work set 135 lb", &s["weightKg"], 135.0 * LB);
    }
    for s in &bare {
        assert_kg("bare weight 100 (lb)", &s["weightKg"], 100.0 * LB);
    }
    for s in &sled_sets {
        assert_kg("60 kg", &s["weightKg"], 60.0);
    }
    assert_eq!(
        pullups[0]["weightKg"],
        Value::Null,
        "body weight: {pullups:#?}"
    );
    assert_eq!(cardio[0]["date"], json!(berlin(&cardio_at)), "{cardio:#?}");
    let cardio_session = text_of(&cardio[0], "sessionId");
    assert_ne!(cardio_session, first_id);

    // --- reminders: recurring (own zone), for the plan, for one session
    let r_recurring = ada(
        db,
        &[
            "reminder",
            "add",
            "--days",
            "mon,wed,fri",
            "--at",
            "07:00",
            "--tz",
            "America/New_York",
            "--title",
            "Morning lift",
            "--message",
            "Coffee first",
        ],
    );
    let r_plan = ada(
        db,
        &["reminder", "add", "--plan", "Ada PPL", "--before", "30m"],
    );
    let r_session = ada(
        db,
        &[
            "reminder",
            "add",
            "--session",
            &extra_id,
            "--before",
            "1h",
            "--message",
            "Bring chalk",
        ],
    );

    // --- the legacy migration: the old app's rows, then `migrate legacy`.
    let (legacy_records, summary_of_legacy) = legacy_migration_records(db);
    let to = Utc::now();

    // --- what workout shows now: the final state of every row it wrote
    let sled_now = ada(db, &["exercise", "show", &sled_id]);
    let plan_now = rows(&ada(db, &["plan", "list"]))
        .iter()
        .find(|p| p["id"] == json!(plan_id))
        .cloned()
        .expect("plan list shows the plan");
    let plan_rows = ada(db, &["plan", "show", &plan_id]);
    let history = ada(db, &["log", "history", "--all"]);
    let reminders = ada(db, &["reminder", "list"]);
    let mut session_ids: Vec<String> = scheduled.iter().map(|s| text_of(s, "id")).collect();
    session_ids.push(extra_id.clone());
    session_ids.push(cardio_session.clone());
    let sessions: Vec<Value> = session_ids
        .iter()
        .map(|id| get(&ada(db, &["session", "show", id]), "session"))
        .collect();
    let ada_user = ada(db, &["user", "show"]);
    let ada_id = text_of(&ada_user, "id");

    // What the write commands printed is what the reads show.
    assert_eq!(get(&sled_now, "id"), get(&sled, "id"));
    let mut h_ids: Vec<Value> = rows(&history).iter().map(|s| s["id"].clone()).collect();
    let mut s_ids: Vec<Value> = sets.iter().map(|s| s["id"].clone()).collect();
    h_ids.sort_by_key(|v| v.to_string());
    s_ids.sort_by_key(|v| v.to_string());
    assert_eq!(
        h_ids, s_ids,
        "log history --all lists exactly the sets log add made"
    );
    for s in &sets {
        let h = rows(&history).iter().find(|h| h["id"] == s["id"]).unwrap();
        assert_eq!(h, s, "log history shows the set as log add printed it");
    }
    for r in [&r_recurring, &r_plan, &r_session] {
        let listed = rows(&reminders).iter().find(|l| l["id"] == r["id"]);
        assert_eq!(
            listed,
            Some(r),
            "reminder list shows it as reminder add printed it"
        );
    }
    // workout's `kind` column has a third label, PLAN, for what the database
    // stores as ReminderKind SESSION with a plan and no session (see below).
    assert_eq!(get(&r_recurring, "kind"), json!("RECURRING"));
    assert_eq!(get(&r_plan, "kind"), json!("PLAN"));
    assert_eq!(get(&r_session, "kind"), json!("SESSION"));

    // --- the fixture
    let mut records: Vec<Value> = Vec::new();
    let by_id =
        |ids: &[String]| -> Vec<Value> { ids.iter().map(|id| json!({ "id": id })).collect() };
    let set_ids: Vec<String> = sets.iter().map(|s| text_of(s, "id")).collect();
    let reminder_ids: Vec<String> = [&r_recurring, &r_plan, &r_session]
        .iter()
        .map(|r| text_of(r, "id"))
        .collect();

    records.push(json!({
        "label": "ada (user add + user set)",
        "model": "User",
        "where": { "email": ADA },
        "expect": {
            "id": ada_id,
            "email": ADA,
            "name": "Ada Lovelace",
            "password": null,
            "timezone": "Europe/Berlin",
            "weightUnit": "lb",
            "weight": 176.0 * LB,
            "height": 170,
            "fitnessLevel": "intermediate",
            "goals": "Run 10k under 50 minutes",
            "isActive": true,
            "lastLogin": null,
            "createdAt": get(&ada_user, "createdAt"),
            "updatedAt": get(&ada_user, "updatedAt"),
            "trainingPlans": [{ "id": plan_id, "name": "Ada PPL" }],
            "sessions": by_id(&session_ids),
            "workoutLogs": by_id(&set_ids),
            "reminders": by_id(&reminder_ids),
            "workouts": []
        },
        "withinWindow": ["createdAt", "updatedAt"]
    }));
    records.push(json!({
        "label": "bob (user add, defaults)",
        "model": "User",
        "where": { "email": "bob@example.com" },
        "expect": {
            "name": null, "password": null, "timezone": null, "weightUnit": "kg",
            "weight": null, "height": null, "fitnessLevel": null, "goals": null,
            "isActive": true, "lastLogin": null,
            "trainingPlans": [], "sessions": [], "workoutLogs": [], "reminders": [], "workouts": []
        },
        "withinWindow": ["createdAt", "updatedAt"]
    }));
    // Ada, Bob and the old app's user (legacy_migration_records).
    records
        .push(json!({ "label": "three users in all", "model": "User", "where": {}, "count": 3 }));

    // Exercise: the enum labels, the enum list, the owner; its plan and sets.
    let sled_plan_entry = rows(&plan_rows)
        .iter()
        .find(|r| r["exerciseId"] == json!(sled_id))
        .expect("plan show has the sled push");
    let sled_sets_ids: Vec<String> = sets
        .iter()
        .filter(|s| s["exercise"] == json!("Ada Sled Push"))
        .map(|s| text_of(s, "id"))
        .collect();
    records.push(json!({
        "label": "Ada's own exercise (exercise add)",
        "model": "Exercise",
        "where": { "id": sled_id },
        "expect": {
            "id": sled_id,
            "name": get(&sled_now, "name"),
            "description": get(&sled_now, "description"),
            "muscleGroup": get(&sled_now, "muscleGroup"),
            "primaryMuscleGroup": "QUADRICEPS",
            "secondaryMuscleGroups": enum_list(&sled_now["secondaryMuscleGroups"]),
            "equipment": "sled",
            "category": "STRONGMAN",
            "difficulty": "EXPERT",
            "mechanic": "COMPOUND",
            "force": "PUSH",
            "instructions": "Drive with the legs.",
            "createdById": ada_id,
            "createdAt": get(&sled_now, "createdAt"),
            "updatedAt": get(&sled_now, "updatedAt"),
            "planExercises": [{ "id": sled_plan_entry["planExerciseId"] }],
            "workoutLogs": by_id(&sled_sets_ids),
            "workoutExercises": []
        },
        "withinWindow": ["createdAt", "updatedAt"]
    }));
    records.push(json!({
        "label": "Ada has one own exercise",
        "model": "Exercise",
        "where": { "createdById": ada_id },
        "count": 1
    }));
    assert_eq!(
        enum_list(&sled_now["secondaryMuscleGroups"]),
        json!(["GLUTES", "CALVES"]),
        "{sled_now:#}"
    );

    // TrainingPlan -> days -> exercises -> exercise, and its sessions and reminders.
    let mut days: Vec<Value> = Vec::new();
    for r in rows(&plan_rows) {
        let day_id = r["dayId"].clone();
        if !days.iter().any(|d| d["id"] == day_id) {
            let day_sessions: Vec<String> = scheduled
                .iter()
                .filter(|s| s["planDayId"] == day_id)
                .map(|s| text_of(s, "id"))
                .chain((r["dayName"] == json!("Legs")).then(|| extra_id.clone()))
                .collect();
            days.push(json!({
                "id": day_id,
                "name": r["dayName"],
                "position": r["dayPosition"],
                "weekdays": weekday_list(&r["weekdays"]),
                "exercises": [],
                "sessions": by_id(&day_sessions),
            }));
        }
        if r["planExerciseId"].is_null() {
            continue;
        }
        let day = days.iter_mut().find(|d| d["id"] == day_id).unwrap();
        day["exercises"].as_array_mut().unwrap().push(json!({
            "id": r["planExerciseId"],
            "position": r["position"],
            "targetSets": r["targetSets"],
            "targetRepsMin": r["targetRepsMin"],
            "targetRepsMax": r["targetRepsMax"],
            "targetWeight": r["targetWeightKg"],
            "targetRpe": r["targetRpe"],
            "restSeconds": r["restSeconds"],
            "progressionKg": r["progressionKg"],
            "notes": r["notes"],
            "exercise": { "id": r["exerciseId"], "name": r["exerciseName"] },
        }));
    }
    // The conversions, computed here rather than taken from workout's output.
    let entry = |name: &str| {
        rows(&plan_rows)
            .iter()
            .find(|r| r["exerciseName"].as_str().is_some_and(|n| n.contains(name)))
            .unwrap_or_else(|| panic!("plan show has no {name}: {plan_rows:#}"))
            .clone()
    };
    let bench = entry("Bench Press");
    assert_kg("plan target 135 lb", &bench["targetWeightKg"], 135.0 * LB);
    assert_kg("plan progression 5 lb", &bench["progressionKg"], 5.0 * LB);
    assert_kg(
        "plan target 100 (lb)",
        &entry("Sled")["targetWeightKg"],
        100.0 * LB,
    );
    assert_eq!(bench["restSeconds"], json!(150));
    let push = days
        .iter_mut()
        .find(|d| d["name"] == json!("Push"))
        .unwrap();
    push["notes"] = json!("heavy");
    assert_eq!(push["weekdays"], json!([1, 4]));
    for e in push["exercises"].as_array_mut().unwrap() {
        if e["id"] == bench["planExerciseId"] {
            e["targetWeight"] = json!(135.0 * LB);
            e["progressionKg"] = json!(5.0 * LB);
        }
    }
    let legs = days
        .iter_mut()
        .find(|d| d["name"] == json!("Legs"))
        .unwrap();
    legs["notes"] = Value::Null;
    assert_eq!(legs["weekdays"], json!([3]));
    records.push(json!({
        "label": "Ada PPL (plan create, add-day, add-exercise, activate, schedule)",
        "model": "TrainingPlan",
        "where": { "id": plan_id },
        "expect": {
            "id": plan_id,
            "userId": ada_id,
            "name": "Ada PPL",
            "description": "Push pull legs",
            "goal": "strength",
            "status": get(&plan_now, "status"),
            "startDate": get(&plan_now, "startDate"),
            "endDate": null,
            "isLegacyImport": false,
            "createdAt": get(&plan_now, "createdAt"),
            "updatedAt": get(&plan_now, "updatedAt"),
            "user": { "id": ada_id, "email": ADA },
            "days": days,
            "sessions": by_id(&session_ids[..session_ids.len() - 1]),
            // The plan reminder, and the session reminder (its session is the plan's).
            "reminders": by_id(&reminder_ids[1..]),
        },
        "withinWindow": ["createdAt", "updatedAt", "startDate"]
    }));
    assert_eq!(get(&plan_now, "status"), json!("ACTIVE"));

    // WorkoutSession -> logs -> exercise, plan, day, reminders.
    for s in &sessions {
        let id = text_of(s, "id");
        let its_sets: Vec<&Value> = sets
            .iter()
            .filter(|l| l["sessionId"] == json!(id))
            .collect();
        let sched = scheduled.iter().find(|x| x["id"] == json!(id));
        let (plan_ref, day_ref) = if id == cardio_session {
            (Value::Null, Value::Null)
        } else {
            // `session schedule` prints the day's name only: its id is plan show's.
            let day_id = sched.map_or_else(
                || {
                    let legs = days.iter().find(|d| d["name"] == json!("Legs")).unwrap();
                    legs["id"].clone()
                },
                |x| x["planDayId"].clone(),
            );
            (
                json!({ "id": plan_id, "name": s["plan"] }),
                json!({ "id": day_id, "name": s["day"] }),
            )
        };
        let reminders_of: Vec<String> = if id == extra_id {
            vec![reminder_ids[2].clone()]
        } else {
            vec![]
        };
        records.push(json!({
            "label": format!("session {} at {} ({})", s["name"], s["scheduledAt"], s["status"]),
            "model": "WorkoutSession",
            "where": { "id": id },
            "expect": {
                "id": id,
                "userId": ada_id,
                "trainingPlanId": plan_ref.get("id").cloned().unwrap_or(Value::Null),
                "planDayId": day_ref.get("id").cloned().unwrap_or(Value::Null),
                "name": s["name"],
                "status": s["status"],
                "scheduledAt": s["scheduledAt"],
                "startedAt": s["startedAt"],
                "completedAt": s["completedAt"],
                "durationMinutes": s["durationMinutes"],
                "notes": s["notes"],
                "legacyWorkoutId": null,
                "legacyChecksum": null,
                "trainingPlan": plan_ref,
                "planDay": day_ref,
                "logs": its_sets.iter().map(|l| json!({
                    "id": l["id"],
                    "setNumber": l["setNumber"],
                    "exercise": { "name": l["exercise"] },
                })).collect::<Vec<_>>(),
                "reminders": by_id(&reminders_of),
                "legacyWorkout": null,
            },
            "withinWindow": ["createdAt", "updatedAt"]
        }));
        assert_eq!(
            s["sets"],
            json!(its_sets.len()),
            "session show counts its sets: {s:#}"
        );
    }
    let first_now = sessions
        .iter()
        .find(|s| s["id"] == json!(first_id))
        .unwrap();
    assert_eq!(first_now["status"], json!("COMPLETED"));
    assert_eq!(first_now["durationMinutes"], json!(55));
    records.push(json!({
        "label": "Ada's sessions in all",
        "model": "WorkoutSession",
        "where": { "userId": ada_id },
        "count": session_ids.len()
    }));

    // WorkoutLog: every set as log add printed it, weights in kg.
    for l in &sets {
        records.push(json!({
            "label": format!("set {} of {} ({})", l["setNumber"], l["exercise"], l["id"]),
            "model": "WorkoutLog",
            "where": { "id": l["id"] },
            "expect": {
                "id": l["id"],
                "userId": ada_id,
                "sessionId": l["sessionId"],
                "date": l["date"],
                "setNumber": l["setNumber"],
                "reps": l["reps"],
                "weight": l["weightKg"],
                "durationSeconds": l["durationSeconds"],
                "distanceMeters": l["distanceMeters"],
                "rpe": l["rpe"],
                "isWarmup": l["isWarmup"],
                "notes": l["notes"],
                "legacyWorkoutExerciseId": null,
                "exercise": { "name": l["exercise"] },
                "session": { "id": l["sessionId"], "name": l["session"] },
                "user": { "id": ada_id },
                "legacyWorkoutExercise": null,
            },
            "withinWindow": ["createdAt", "updatedAt"]
        }));
    }
    records.push(json!({
        "label": "12 sets in all",
        "model": "WorkoutLog",
        "where": { "userId": ada_id },
        "count": 12
    }));
    assert_eq!(sets.len(), 12);

    // Reminder -> plan / session. The database's ReminderKind has RECURRING
    // and SESSION; workout's PLAN is a SESSION row with a plan and no session.
    let kind_in_db = |k: &Value| {
        if k == "PLAN" {
            json!("SESSION")
        } else {
            k.clone()
        }
    };
    for r in [&r_recurring, &r_plan, &r_session] {
        let plan_ref = if r["plan"].is_null() {
            Value::Null
        } else {
            json!({ "id": plan_id, "name": r["plan"] })
        };
        let session_ref = if r["sessionId"].is_null() {
            Value::Null
        } else {
            json!({ "id": r["sessionId"], "name": r["session"] })
        };
        records.push(json!({
            "label": format!("reminder {} ({})", r["title"], r["kind"]),
            "model": "Reminder",
            "where": { "id": r["id"] },
            "expect": {
                "id": r["id"],
                "userId": ada_id,
                "kind": kind_in_db(&r["kind"]),
                "title": r["title"],
                "message": r["message"],
                "trainingPlanId": plan_ref.get("id").cloned().unwrap_or(Value::Null),
                "sessionId": r["sessionId"],
                "weekdays": weekday_list(&r["weekdays"]),
                "timeOfDay": r["timeOfDay"],
                "timezone": r["timezone"],
                "leadMinutes": r["leadMinutes"],
                "active": r["active"],
                "nextFireAt": r["nextFireAt"],
                "lastFiredAt": r["lastFiredAt"],
                "createdAt": r["createdAt"],
                "trainingPlan": plan_ref,
                "session": session_ref,
                "deliveries": [],
            },
            "withinWindow": ["createdAt", "updatedAt"]
        }));
    }
    assert_eq!(get(&r_recurring, "weekdays"), json!("1,3,5"));
    assert_eq!(get(&r_plan, "leadMinutes"), json!(30));
    assert_eq!(get(&r_session, "leadMinutes"), json!(60));

    // The legacy migration's rows (made before `to`, described there).
    records.extend(legacy_records);

    let summary = format!(
        "workout wrote 2 users, 1 exercise, 1 plan with {} days, {} sessions, {} sets, {} reminders; {summary_of_legacy}",
        days.len(),
        session_ids.len(),
        sets.len(),
        reminder_ids.len()
    );
    let fixture = json!({
        "version": 1,
        "window": { "from": iso(from), "to": iso(to) },
        "records": records,
        "notes": []
    });
    (fixture, summary)
}

// --- The legacy migration ------------------------------------------------------

const CY: &str = "cy.legacy@example.com";

/// An id as the old app (Prisma's cuid()) made them: "c" and 24 characters.
fn old_id(kind: &str, n: u32) -> String {
    let id = format!("c{kind}{n:0>w$}", w = 24 - kind.len());
    assert!(
        id.len() == 25
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    );
    id
}

/// A legacy timestamp ("YYYY-MM-DD HH:MM", UTC as the old app stored it) as ISO.
fn utc(at: &str) -> String {
    let naive = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M").unwrap();
    iso(naive.and_utc())
}

/// A legacy `Workout` row.
struct OldWorkout {
    id: String,
    name: &'static str,
    date: &'static str,
    duration: Option<i64>,
    notes: Option<&'static str>,
}

/// A legacy `WorkoutExercise` row: "SETS x REPS @ WEIGHT".
struct OldRow {
    id: String,
    workout: usize,
    exercise: usize,
    sets: i64,
    reps: i64,
    weight: Option<f64>,
    notes: Option<&'static str>,
    order: i64,
}

fn sql_text(v: Option<&str>) -> String {
    v.map_or("NULL".into(), |s| format!("'{}'", s.replace('\'', "''")))
}

fn sql_num<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or("NULL".into(), |n| n.to_string())
}

/// The old app's user, exercises, workouts and their rows, written with SQL
/// as the old app wrote them (after `migrate up`, so the exercise names are
/// ones the built-in catalog does not have); then `workout migrate legacy`
/// (a dry run first), `migrate verify` and `migrate status`. Returns the
/// fixture records of everything the migration made and its report, and a
/// summary.
fn legacy_migration_records(db: &TestDb) -> (Vec<Value>, String) {
    let user_id = old_id("oldu", 1);
    let user_created = "2023-09-01 10:00";
    let hash = "$2b$10$oldappoldappoldappoldaOq0Zp5c0cJ9yE6Jt4a3W3x2V1u0T9s8";
    // (name, muscleGroup, the primaryMuscleGroup the migration maps it to).
    let exercises: [(&str, &str, Option<&str>); 3] = [
        ("Legacy Incline Press", "pecs", Some("CHEST")),
        ("Legacy Ring Dip", "Tris", Some("TRICEPS")),
        // A region of several muscles: deliberately not mapped.
        ("Legacy Farmer Carry", "full body", None),
    ];
    let exercise_ids: Vec<String> = (1..=3).map(|n| old_id("olde", n)).collect();
    let workouts = [
        OldWorkout {
            id: old_id("oldw", 1),
            name: "Push",
            date: "2024-05-06 17:30",
            duration: Some(50),
            notes: Some("old app"),
        },
        OldWorkout {
            id: old_id("oldw", 2),
            name: "push ",
            date: "2024-05-13 17:30",
            duration: None,
            notes: None,
        },
        OldWorkout {
            id: old_id("oldw", 3),
            name: "Legs",
            date: "2024-05-08 07:15",
            duration: Some(40),
            notes: None,
        },
    ];
    let row = |n: u32, workout, exercise, sets, reps, weight, notes, order| OldRow {
        id: old_id("oldx", n),
        workout,
        exercise,
        sets,
        reps,
        weight,
        notes,
        order,
    };
    let old_rows = [
        row(1, 0, 0, 3, 10, Some(40.5), None, 0),
        row(2, 0, 1, 2, 8, None, Some("rings"), 1),
        row(3, 1, 0, 4, 8, Some(42.5), None, 0),
        // sets = 0: skipped ("sets < 1"), its workout still migrates.
        row(4, 1, 2, 0, 1, Some(32.0), None, 1),
        row(5, 2, 2, 3, 1, Some(32.0), Some("40 m"), 0),
    ];
    let carried: Vec<&OldRow> = old_rows.iter().filter(|r| r.sets >= 1).collect();
    let n_sets: i64 = carried.iter().map(|r| r.sets).sum();

    let mut sql = format!(
        r#"INSERT INTO "User" (id, email, name, password, "createdAt", "updatedAt") VALUES
             ('{user_id}', '{CY}', 'Cy Legacy', '{hash}', '{user_created}', '{user_created}');
           INSERT INTO "Exercise" (id, name, "muscleGroup", "createdAt", "updatedAt") VALUES "#
    );
    let values: Vec<String> = exercises
        .iter()
        .zip(&exercise_ids)
        .map(|((name, muscle, _), id)| {
            format!("('{id}', '{name}', '{muscle}', '{user_created}', '{user_created}')")
        })
        .collect();
    sql += &values.join(", ");
    sql += r#"; INSERT INTO "Workout" (id, name, date, notes, duration, "userId", "createdAt", "updatedAt") VALUES "#;
    let values: Vec<String> = workouts
        .iter()
        .map(|w| {
            format!(
                "('{}', '{}', '{}', {}, {}, '{user_id}', '{}', '{}')",
                w.id,
                w.name,
                w.date,
                sql_text(w.notes),
                sql_num(w.duration),
                w.date,
                w.date
            )
        })
        .collect();
    sql += &values.join(", ");
    sql += r#"; INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, notes, "order") VALUES "#;
    let values: Vec<String> = old_rows
        .iter()
        .map(|r| {
            format!(
                "('{}', '{}', '{}', {}, {}, {}, {}, {})",
                r.id,
                workouts[r.workout].id,
                exercise_ids[r.exercise],
                r.sets,
                r.reps,
                sql_num(r.weight),
                sql_text(r.notes),
                r.order
            )
        })
        .collect();
    sql += &values.join(", ");
    db.sql(&sql);

    // A dry run writes nothing, not even a LegacyMigrationRun row, and
    // reports what the run then does.
    let before = Utc::now();
    let dry = workout_json(db, &["migrate", "legacy", "--dry-run", "--format", "json"]);
    let report = workout_json(db, &["migrate", "legacy", "--format", "json"]);
    let after = Utc::now();
    assert_eq!(get(&dry, "mode"), json!("dry-run"), "{dry:#}");
    assert_eq!(get(&dry, "runId"), Value::Null, "{dry:#}");
    for key in [
        "legacy",
        "tables",
        "skipped",
        "conflicts",
        "unmappedMuscleGroups",
    ] {
        assert_eq!(dry[key], report[key], "dry run and run differ in {key}");
    }

    // The report, checked against the rows above (not against itself).
    assert_eq!(get(&report, "mode"), json!("apply"), "{report:#}");
    assert_eq!(get(&report, "status"), json!("succeeded"), "{report:#}");
    assert_eq!(get(&report, "error"), Value::Null, "{report:#}");
    let run_id = text_of(&report, "runId");
    let stamp = text_of(&report, "startedAt");
    let stamp_t = chrono::DateTime::parse_from_rfc3339(&stamp)
        .unwrap()
        .with_timezone(&Utc);
    assert!(
        stamp.ends_with('Z')
            && stamp_t >= before - chrono::Duration::seconds(1)
            && stamp_t <= after,
        "startedAt {stamp} is not the UTC time of the run ({before} .. {after})"
    );
    assert_eq!(
        report["legacy"],
        json!({ "users": 1, "workouts": 3, "workoutExercises": 5, "sets": n_sets }),
        "{report:#}"
    );
    let table = |t: &str| {
        rows(&report["tables"])
            .iter()
            .find(|x| x["table"] == t)
            .unwrap_or_else(|| panic!("no {t} in {report:#}"))
            .clone()
    };
    let counts = |ins: usize, upd: usize| json!({ "inserted": ins, "updated": upd, "deleted": 0, "unchanged": 0 });
    for (t, want) in [
        ("WorkoutSession", counts(3, 0)),
        ("WorkoutLog", counts(n_sets as usize, 0)),
        ("TrainingPlan", counts(1, 0)),
        ("PlanDay", counts(2, 0)),
        ("PlanExercise", counts(2, 0)),
        ("Exercise", counts(0, 2)),
    ] {
        let got = table(t);
        for k in ["inserted", "updated", "deleted", "unchanged"] {
            assert_eq!(got[k], want[k], "report: {t}.{k}: {report:#}");
        }
    }
    assert_eq!(
        report["skipped"],
        json!([{ "table": "WorkoutExercise", "id": old_rows[3].id, "workoutId": workouts[1].id,
                 "user": CY, "reason": "sets < 1" }]),
        "{report:#}"
    );
    assert_eq!(report["conflicts"], json!([]), "{report:#}");
    assert_eq!(
        report["unmappedMuscleGroups"],
        json!([{ "muscleGroup": "full body", "exercises": 1 }]),
        "{report:#}"
    );
    let mut mapped: Vec<Value> = exercises
        .iter()
        .zip(&exercise_ids)
        .filter_map(|((name, muscle, to), id)| {
            to.map(|to| json!({ "id": id, "name": name, "muscleGroup": muscle, "primaryMuscleGroup": to }))
        })
        .collect();
    let mut mapped_now = rows(&report["mappedExercises"]).clone();
    mapped.sort_by_key(|v| v["id"].to_string());
    mapped_now.sort_by_key(|v| v["id"].to_string());
    assert_eq!(
        mapped_now, mapped,
        "only the old app's exercises are mapped"
    );

    // verify and status say it is all there.
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(out.status.success(), "migrate verify\n{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Verified 1 user(s)"),
        "{}",
        text(&out)
    );
    let out = db.workout().args(["migrate", "status"]).output().unwrap();
    let status = String::from_utf8_lossy(&out.stderr).into_owned();
    let want = format!(
        "Legacy data: 3 workout(s) of 1 user(s), 5 WorkoutExercise row(s); 3 migrated (100%).\n\
         Last legacy run: apply, succeeded, started {stamp}."
    );
    assert!(
        status.contains(&want),
        "migrate status: want {want:?}\n{}",
        text(&out)
    );

    // --- what workout shows of Cy's migrated data.
    let cy = |args: &[&str]| {
        let mut all = vec!["--user", CY];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "json"]);
        workout_json(db, &all)
    };
    let sessions = cy(&["session", "list", "--past"]);
    let history = cy(&["log", "history", "--all"]);
    let plans = cy(&["plan", "list"]);
    assert_eq!(rows(&sessions).len(), 3, "{sessions:#}");
    assert_eq!(rows(&history).len(), n_sets as usize, "{history:#}");
    assert_eq!(rows(&plans).len(), 1, "{plans:#}");
    let plan = &rows(&plans)[0];
    let plan_id = text_of(plan, "id");
    let plan_rows = cy(&["plan", "show", &plan_id]);

    // The checksum is the one value no command prints: read it back from the
    // database, as it is, for Prisma to read the same.
    let checksums = db.strings(&format!(
        r#"SELECT concat_ws('|', "legacyWorkoutId", "legacyChecksum") FROM "WorkoutSession"
            WHERE "userId" = '{user_id}' ORDER BY "legacyWorkoutId""#
    ));
    let checksum_of = |w: &str| -> String {
        let c = checksums
            .iter()
            .find_map(|l| l.strip_prefix(&format!("{w}|")))
            .unwrap_or_else(|| panic!("no session for {w}: {checksums:?}"));
        assert!(
            c.len() == 32 && c.bytes().all(|b| b.is_ascii_hexdigit()),
            "legacyChecksum {c:?} is not an md5"
        );
        c.to_owned()
    };

    let mut records: Vec<Value> = Vec::new();
    let stamped = json!({ "createdAt": stamp, "updatedAt": stamp });
    let with_stamp = |mut v: Value| {
        for (k, x) in stamped.as_object().unwrap() {
            v[k] = x.clone();
        }
        v
    };

    // Sessions: one COMPLETED session per workout, found by its date.
    let mut session_of: Vec<String> = Vec::new();
    let mut all_sets: Vec<String> = Vec::new();
    for w in &workouts {
        let at = utc(w.date);
        let s = rows(&sessions)
            .iter()
            .find(|s| s["scheduledAt"] == json!(at))
            .unwrap_or_else(|| panic!("session list shows no session at {at}: {sessions:#}"));
        let id = text_of(s, "id");
        let completed = match w.duration {
            Some(m) => iso(chrono::DateTime::parse_from_rfc3339(&at)
                .unwrap()
                .with_timezone(&Utc)
                + chrono::Duration::minutes(m)),
            None => at.clone(),
        };
        // What workout shows is what the mapping says.
        for (k, v) in [
            ("name", json!(w.name)),
            ("status", json!("COMPLETED")),
            ("startedAt", json!(at)),
            ("completedAt", json!(completed)),
            ("durationMinutes", json!(w.duration)),
            ("notes", json!(w.notes)),
            ("plan", Value::Null),
            ("day", Value::Null),
        ] {
            assert_eq!(s[k], v, "session of {} ({}): {k}: {s:#}", w.id, w.name);
        }
        let its_rows: Vec<&&OldRow> = carried
            .iter()
            .filter(|r| workouts[r.workout].id == w.id)
            .collect();
        let mut logs: Vec<Value> = Vec::new();
        for r in &its_rows {
            let ex = exercises[r.exercise].0;
            for n in 1..=r.sets {
                let set = rows(&history)
                    .iter()
                    .find(|h| {
                        h["sessionId"] == json!(id)
                            && h["exercise"] == json!(ex)
                            && h["setNumber"] == json!(n)
                    })
                    .unwrap_or_else(|| {
                        panic!("log history shows no set {n} of {ex} in {id}: {history:#}")
                    });
                for (k, v) in [
                    ("date", json!(at)),
                    ("reps", json!(r.reps)),
                    ("weightKg", json!(r.weight)),
                    ("notes", json!(r.notes)),
                    ("isWarmup", json!(false)),
                    ("rpe", Value::Null),
                    ("session", json!(w.name)),
                ] {
                    assert_eq!(set[k], v, "set {n} of {}: {k}: {set:#}", r.id);
                }
                let set_id = text_of(set, "id");
                all_sets.push(set_id.clone());
                logs.push(json!({ "id": set_id, "setNumber": n, "legacyWorkoutExerciseId": r.id }));
                records.push(json!({
                    "label": format!("migrated set {n} of legacy row {} ({} {}x{})", r.id, ex, r.sets, r.reps),
                    "model": "WorkoutLog",
                    "where": { "legacyWorkoutExerciseId": r.id, "setNumber": n },
                    "expect": with_stamp(json!({
                        "id": set_id,
                        "userId": user_id,
                        "sessionId": id,
                        "exerciseId": exercise_ids[r.exercise],
                        "date": at,
                        "setNumber": n,
                        "reps": r.reps,
                        "weight": r.weight,
                        "durationSeconds": null,
                        "distanceMeters": null,
                        "rpe": null,
                        "isWarmup": false,
                        "notes": r.notes,
                        "legacyWorkoutExerciseId": r.id,
                        "user": { "id": user_id, "email": CY },
                        "session": { "id": id, "legacyWorkoutId": w.id },
                        "exercise": { "id": exercise_ids[r.exercise], "name": ex },
                        "legacyWorkoutExercise": {
                            "id": r.id, "workoutId": w.id, "exerciseId": exercise_ids[r.exercise],
                            "sets": r.sets, "reps": r.reps, "weight": r.weight, "notes": r.notes, "order": r.order,
                            "workout": { "id": w.id, "name": w.name },
                        },
                    })),
                    "withinWindow": ["createdAt", "updatedAt"]
                }));
            }
            records.push(json!({
                "label": format!("legacy row {} became {} sets", r.id, r.sets),
                "model": "WorkoutLog",
                "where": { "legacyWorkoutExerciseId": r.id },
                "count": r.sets
            }));
        }
        let legacy_exercises: Vec<Value> = old_rows
            .iter()
            .filter(|r| workouts[r.workout].id == w.id)
            .map(|r| {
                json!({
                    "id": r.id, "exerciseId": exercise_ids[r.exercise], "sets": r.sets, "reps": r.reps,
                    "weight": r.weight, "notes": r.notes, "order": r.order,
                    "exercise": { "name": exercises[r.exercise].0 },
                    // The skipped row has no sets.
                    "workoutLogs": logs.iter()
                        .filter(|l| l["legacyWorkoutExerciseId"] == json!(r.id))
                        .map(|l| json!({ "id": l["id"], "setNumber": l["setNumber"] }))
                        .collect::<Vec<_>>(),
                })
            })
            .collect();
        records.push(json!({
            "label": format!("session of legacy workout {} \"{}\" (migrate legacy)", w.id, w.name),
            "model": "WorkoutSession",
            "where": { "legacyWorkoutId": w.id },
            "expect": with_stamp(json!({
                "id": id,
                "userId": user_id,
                "trainingPlanId": null,
                "planDayId": null,
                "name": w.name,
                "status": "COMPLETED",
                "scheduledAt": at,
                "startedAt": at,
                "completedAt": completed,
                "durationMinutes": w.duration,
                "notes": w.notes,
                "legacyWorkoutId": w.id,
                "legacyChecksum": checksum_of(&w.id),
                "user": { "id": user_id },
                "trainingPlan": null,
                "planDay": null,
                "reminders": [],
                "logs": logs,
                "legacyWorkout": {
                    "id": w.id, "name": w.name, "date": at, "duration": w.duration, "notes": w.notes,
                    "userId": user_id,
                    "createdAt": at, "updatedAt": at,
                    "exercises": legacy_exercises,
                },
            })),
            "withinWindow": ["createdAt", "updatedAt"]
        }));
        session_of.push(id);
    }

    // The legacy rows themselves: unchanged, linked to what was made of them.
    for (w, session) in workouts.iter().zip(&session_of) {
        records.push(json!({
            "label": format!("legacy workout {} (as the old app wrote it)", w.id),
            "model": "Workout",
            "where": { "id": w.id },
            "expect": {
                "name": w.name, "date": utc(w.date), "duration": w.duration, "notes": w.notes,
                "user": { "id": user_id, "email": CY },
                "session": { "id": session, "status": "COMPLETED" },
                "exercises": old_rows.iter().filter(|r| workouts[r.workout].id == w.id)
                    .map(|r| json!({ "id": r.id })).collect::<Vec<_>>(),
            }
        }));
    }
    for (((name, muscle, to), id), n) in exercises.iter().zip(&exercise_ids).zip(0..) {
        let shown = cy(&["exercise", "show", id]);
        assert_eq!(get(&shown, "primaryMuscleGroup"), json!(to), "{shown:#}");
        records.push(json!({
            "label": format!("legacy exercise {name} (muscleGroup {muscle:?})"),
            "model": "Exercise",
            "where": { "id": id },
            "expect": {
                "name": name,
                "muscleGroup": muscle,
                "primaryMuscleGroup": to,
                "secondaryMuscleGroups": [],
                "category": "STRENGTH",
                "createdById": null,
                // A legacy column: setting primaryMuscleGroup leaves it alone.
                "createdAt": utc(user_created),
                "updatedAt": utc(user_created),
                "workoutExercises": old_rows.iter().filter(|r| r.exercise == n)
                    .map(|r| json!({ "id": r.id })).collect::<Vec<_>>(),
            }
        }));
    }

    // The imported plan: ARCHIVED, one day per workout name (in the order
    // first trained), copied from that name's most recent workout.
    assert_eq!(get(plan, "name"), json!("Imported workouts"), "{plan:#}");
    assert_eq!(get(plan, "status"), json!("ARCHIVED"), "{plan:#}");
    assert_eq!(get(plan, "isLegacyImport"), json!(true), "{plan:#}");
    // (day name, position, the workout copied, its rows by position)
    let want_days = [
        ("push", 1, &workouts[1], vec![&old_rows[2]]),
        ("Legs", 2, &workouts[2], vec![&old_rows[4]]),
    ];
    let mut days: Vec<Value> = Vec::new();
    for (name, position, _from, its) in &want_days {
        let shown: Vec<&Value> = rows(&plan_rows)
            .iter()
            .filter(|r| r["dayName"] == json!(name))
            .collect();
        assert_eq!(
            shown.len(),
            its.len(),
            "plan show: day {name}: {plan_rows:#}"
        );
        let mut exercises_of_day: Vec<Value> = Vec::new();
        for (r, (k, x)) in shown.iter().zip(its.iter().enumerate()) {
            let want = [
                ("dayPosition", json!(position)),
                ("position", json!(k + 1)),
                ("exerciseId", json!(exercise_ids[x.exercise])),
                ("targetSets", json!(x.sets)),
                ("targetRepsMin", json!(x.reps)),
                ("targetRepsMax", json!(x.reps)),
                ("targetWeightKg", json!(x.weight)),
                ("weekdays", json!("")),
                ("notes", json!(x.notes)),
            ];
            for (key, v) in want {
                assert_eq!(r[key], v, "plan show: day {name}: {key}: {r:#}");
            }
            exercises_of_day.push(json!({
                "id": r["planExerciseId"],
                "position": k + 1,
                "targetSets": x.sets,
                "targetRepsMin": x.reps,
                "targetRepsMax": x.reps,
                "targetWeight": x.weight,
                "targetRpe": null,
                "restSeconds": null,
                "progressionKg": null,
                "notes": x.notes,
                "exercise": { "id": exercise_ids[x.exercise], "name": exercises[x.exercise].0 },
            }));
        }
        days.push(json!({
            "id": shown[0]["dayId"],
            "name": name,
            "position": position,
            "weekdays": [],
            "notes": null,
            "exercises": exercises_of_day,
            "sessions": [],
        }));
    }
    records.push(json!({
        "label": "the imported plan (migrate legacy)",
        "model": "TrainingPlan",
        "where": { "userId": user_id, "isLegacyImport": true },
        "expect": with_stamp(json!({
            "id": plan_id,
            "name": "Imported workouts",
            "status": "ARCHIVED",
            "isLegacyImport": true,
            "description": get(plan, "description"),
            "goal": null,
            "startDate": null,
            "endDate": null,
            "user": { "id": user_id },
            "days": days,
            // Sessions are not linked to the imported plan (README: limits).
            "sessions": [],
            "reminders": [],
        })),
        "withinWindow": ["createdAt", "updatedAt"]
    }));

    records.push(json!({
        "label": "the old app's user, after the migration",
        "model": "User",
        "where": { "email": CY },
        "expect": {
            "id": user_id,
            "name": "Cy Legacy",
            "password": hash,
            "createdAt": utc(user_created),
            "updatedAt": utc(user_created),
            // v2's defaults on a v1 row.
            "weightUnit": "kg", "timezone": null, "weight": null, "isActive": true,
            "workouts": workouts.iter().map(|w| json!({ "id": w.id })).collect::<Vec<_>>(),
            "sessions": session_of.iter().map(|id| json!({ "id": id })).collect::<Vec<_>>(),
            "workoutLogs": all_sets.iter().map(|id| json!({ "id": id })).collect::<Vec<_>>(),
            "trainingPlans": [{ "id": plan_id, "isLegacyImport": true }],
            "reminders": [],
        }
    }));

    // The run, with its report as JSON (the same object it printed).
    let finished = text_of(&report, "finishedAt");
    records.push(json!({
        "label": "the LegacyMigrationRun of migrate legacy",
        "model": "LegacyMigrationRun",
        "where": { "id": run_id },
        "expect": {
            "mode": "apply",
            "status": "succeeded",
            "startedAt": stamp,
            "finishedAt": finished,
            "report": report,
        },
        "withinWindow": ["startedAt", "finishedAt"]
    }));
    records.push(json!({
        "label": "one run in all (the dry run wrote none)",
        "model": "LegacyMigrationRun",
        "where": {},
        "count": 1
    }));
    records.push(json!({
        "label": "no set from the skipped legacy row",
        "model": "WorkoutLog",
        "where": { "legacyWorkoutExerciseId": old_rows[3].id },
        "count": 0
    }));

    let summary = format!(
        "migrate legacy carried 3 legacy workouts into 3 sessions, {n_sets} sets and 1 imported plan"
    );
    (records, summary)
}

/// Issue 17: dual-write's triggers, functions and index are outside Prisma's
/// schema; the drift check stays exact while they are installed, and the
/// real Prisma Client's writes to the legacy tables go through them.
#[test]
fn drift_is_exact_while_dual_writing() {
    if !found("node") || !found("npm") {
        loud("SKIPPED: the dual-write drift check needs `node` and `npm`, which are not on PATH.");
        return;
    }
    let dir = prisma_dir();
    prepare(&dir);
    let db = TestDb::new();
    db.sql(
        r#"INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'u1@example.com', '2024-01-01');
           INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('w1', 'Push', '2024-01-10', 'u1', '2024-01-10');"#,
    );
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM pg_indexes WHERE indexname = 'WorkoutExercise_workoutId_dw_idx'"#),
        1
    );
    let drift = node_check(&db, &dir, "drift.ts", Path::new("/dev/null"));
    assert!(drift.contains("drift: none"), "{drift}");
    // The old app's write, as it makes it, through the triggers.
    let exercise = db.strings(r#"SELECT id FROM "Exercise" ORDER BY id LIMIT 1"#);
    let out = Command::new("npx")
        .args(["--no-install", "tsx", "bench_dual_write.ts"])
        .current_dir(&dir)
        .env("OFF_URL", &db.url)
        .env("ON_URL", &db.url)
        .env("USER_ID", "u1")
        .env("EXERCISE_IDS", &exercise[0])
        .env("WORKOUTS", "10")
        .env("CHECKPOINT_DISABLE", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let verify = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(verify.status.success(), "{}", text(&verify));
    // 20 warm-up and 10 timed workouts on each "copy" (here one database), each a session.
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" s JOIN "Workout" w ON w.id = s."legacyWorkoutId" WHERE w.name LIKE 'Bench %'"#),
        60
    );
}
