//! Fills a database with legacy (v1) data of a given size, for the legacy
//! migration's benchmark and for trying it out:
//!
//!     cargo run --release --example gen-legacy -- --database-url URL \
//!         --users 1000 --workouts-per-user 250 --exercise-rows 1000000
//!
//! Set-based and deterministic (`--seed`): a few INSERT ... SELECT over
//! generate_series, so a million WorkoutExercise rows take seconds. It
//! creates the legacy tables if they are missing (exactly as the first
//! migration does) and refuses a database that already has workouts.
//!
//! Realistic messiness: NULL weights (body-weight work, about 15%),
//! exercises whose names differ only in case, unicode names, workouts with
//! no exercises (every `--empty-every`-th), names of one routine spelled
//! differently ("Push", "push"), free-text muscle groups with synonyms and
//! unmappable texts, and one invalid row in `--invalid-every` (sets 0, reps
//! -1, a negative weight, NaN, Infinity, in turn).

use anyhow::{Context, Result, bail};
use clap::Parser;
use sqlx::{Connection, PgConnection};

#[derive(Debug, Parser)]
#[command(about = "Fill a database with legacy (v1) workout data")]
struct Args {
    /// The database to fill (else WORKOUT_DATABASE_URL)
    #[arg(long, env = "WORKOUT_DATABASE_URL")]
    database_url: String,
    #[arg(long, default_value_t = 1000)]
    users: i64,
    #[arg(long, default_value_t = 250)]
    workouts_per_user: i64,
    /// WorkoutExercise rows in all (default: 4 per workout)
    #[arg(long)]
    exercise_rows: Option<i64>,
    /// Every N-th workout has no exercises
    #[arg(long, default_value_t = 50)]
    empty_every: i64,
    /// Every N-th WorkoutExercise row is invalid
    #[arg(long, default_value_t = 10_000)]
    invalid_every: i64,
    #[arg(long, default_value_t = 0.42)]
    seed: f64,
}

/// (name, muscleGroup): duplicates in case, unicode, synonyms, unmappable texts, NULL.
const EXERCISES: &[(&str, Option<&str>)] = &[
    ("Bench Press", Some("chest")),
    ("bench press", Some("Chest")),
    ("Incline Dumbbell Press", Some("pecs")),
    ("Push-up", Some("CHEST")),
    ("Squat", Some("legs")),
    ("squat", Some("Quads")),
    ("Front Squat", Some("quadriceps")),
    ("Leg Press", Some("Legs")),
    ("Romanian Deadlift", Some("hams")),
    ("Deadlift", Some("back")),
    ("Hip Thrust", Some("glutes")),
    ("Pull-up", Some("lats")),
    ("Klimmzüge", Some("Lats")),
    ("Barbell Row", Some("Back")),
    ("Seated Cable Row", Some("middle back")),
    ("Shrug", Some("traps")),
    ("Overhead Press", Some("shoulders")),
    ("Lateral Raise", Some("delts")),
    ("Développé militaire", Some("Shoulders")),
    ("Biceps Curl", Some("biceps")),
    ("Hammer Curl", Some("forearms")),
    ("Triceps Pushdown", Some("triceps")),
    ("Dips", Some("Triceps ")),
    ("Calf Raise", Some("calves")),
    ("Plank", Some("abs")),
    ("Crunch", Some("core")),
    ("Hanging Leg Raise", Some("Abs")),
    ("Back Extension", Some("lower back")),
    ("Neck Curl", Some("neck")),
    ("Burpee", Some("full body")),
    ("Rowing Machine", Some("cardio")),
    ("スクワット", Some("脚")),
    ("Farmer's Walk", None),
    ("Kettlebell Swing", Some("")),
];

const ROUTINES: &[&str] = &[
    "Push",
    "Pull",
    "Legs 🦵",
    "push",
    "Upper",
    "Lower",
    "Full body",
    "Oberkörper",
    "PULL ",
];

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let a = Args::parse();
    if a.users < 1 || a.workouts_per_user < 1 || a.empty_every < 2 || a.invalid_every < 1 {
        bail!("--users and --workouts-per-user must be at least 1, --empty-every at least 2");
    }
    let workouts = a.users * a.workouts_per_user;
    let non_empty = workouts - workouts / a.empty_every;
    let rows = a.exercise_rows.unwrap_or(workouts * 4);
    let mut conn = PgConnection::connect(&a.database_url)
        .await
        .context("cannot connect to the database")?;
    sqlx::raw_sql(include_str!(
        "../migrations/20260101000001_legacy_v1.up.sql"
    ))
    .execute(&mut conn)
    .await
    .context("cannot create the legacy tables")?;
    let existing: i64 = sqlx::query_scalar(r#"SELECT count(*) FROM "Workout""#)
        .fetch_one(&mut conn)
        .await?;
    if existing > 0 {
        bail!("the database already has {existing} workouts: use an empty one");
    }
    let started = std::time::Instant::now();
    let mut tx = conn.begin().await?;
    sqlx::query("SELECT setseed($1)")
        .bind(a.seed)
        .execute(&mut *tx)
        .await?;
    let (names, groups): (Vec<String>, Vec<Option<String>>) = EXERCISES
        .iter()
        .map(|(n, g)| (n.to_string(), g.map(str::to_string)))
        .unzip();
    sqlx::query(
        r#"INSERT INTO "Exercise" (id, name, description, "muscleGroup", "createdAt", "updatedAt")
           SELECT 'c' || substr(md5('exercise' || x.n), 1, 24), x.name, NULL, x.grp,
                  timestamp '2018-06-01' + x.n * interval '1 hour', timestamp '2018-06-01' + x.n * interval '1 hour'
             FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(name, grp, n)
           ON CONFLICT (name) DO NOTHING"#,
    )
    .bind(&names)
    .bind(&groups)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        r#"INSERT INTO "User" (id, email, name, password, "createdAt", "updatedAt")
           SELECT 'c' || substr(md5('user' || i), 1, 24), 'user' || i || '@example.com',
                  CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN 'Zoë Ångström ' || i ELSE 'User ' || i END,
                  '$2b$10$' || md5('pw' || i),
                  timestamp '2019-01-01' + i * interval '1 minute', timestamp '2019-01-01' + i * interval '1 minute'
             FROM generate_series(1, $1::bigint) i"#,
    )
    .bind(a.users)
    .execute(&mut *tx)
    .await?;
    // Workout i (1-based) belongs to user (i-1)/M+1 and is its k-th, k = (i-1)%M.
    sqlx::query(
        r#"INSERT INTO "Workout" (id, name, date, notes, duration, "userId", "createdAt", "updatedAt")
           SELECT 'c' || substr(md5('workout' || i), 1, 24),
                  ($3::text[])[((k + u) % cardinality($3::text[])) + 1],
                  d, CASE WHEN random() < 0.2 THEN 'felt good' END,
                  CASE WHEN random() < 0.15 THEN NULL ELSE 30 + (random() * 60)::int END,
                  'c' || substr(md5('user' || u), 1, 24), d + interval '2 hours', d + interval '2 hours'
             FROM (SELECT i, (i - 1) / $2 + 1 AS u, (i - 1) % $2 AS k FROM generate_series(1, $1::bigint) i) g
            CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', timestamp '2019-01-01'
                        + (g.k * 3 + g.u % 3) * interval '1 day' + (6 + random() * 14) * interval '1 hour') AS d) dd"#,
    )
    .bind(workouts)
    .bind(a.workouts_per_user)
    .bind(ROUTINES.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    .execute(&mut *tx)
    .await?;
    // Row j (0-based) goes to the ne-th non-empty workout, ne = j*NE/T;
    // every E-th workout is left empty, so that is workout ne + ne/(E-1) + 1.
    sqlx::query(
        r#"INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, notes, "order")
           SELECT 'c' || substr(md5('we' || j), 1, 24),
                  'c' || substr(md5('workout' || (ne + ne / ($3 - 1) + 1)), 1, 24),
                  'c' || substr(md5('exercise' || ((j * 7 + ne) % $5 + 1)), 1, 24),
                  CASE WHEN bad = 0 THEN 0 ELSE 2 + floor(random() * 4)::int END,
                  CASE WHEN bad = 1 THEN -1 ELSE 1 + floor(random() * 15)::int END,
                  CASE WHEN bad = 2 THEN -10
                       WHEN bad = 3 THEN 'NaN'::float8
                       WHEN bad = 4 THEN 'Infinity'::float8
                       WHEN random() < 0.15 THEN NULL
                       ELSE round((10 + random() * 100)::numeric * 2) / 2 END,
                  CASE WHEN random() < 0.05 THEN 'slow eccentric' END,
                  (j - (ne * $1 + $2 - 1) / $2)::int
             FROM (SELECT j, (j * $2 / $1) AS ne,
                          CASE WHEN j % $4 = $4 - 1 THEN (j / $4) % 5 END AS bad
                     FROM generate_series(0, $1::bigint - 1) j) g"#,
    )
    .bind(rows)
    .bind(non_empty)
    .bind(a.empty_every)
    .bind(a.invalid_every)
    .bind(EXERCISES.len() as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::raw_sql(r#"ANALYZE "User", "Workout", "Exercise", "WorkoutExercise""#)
        .execute(&mut conn)
        .await?;
    let (w, we, sets): (i64, i64, i64) = sqlx::query_as(
        r#"SELECT (SELECT count(*) FROM "Workout"), (SELECT count(*) FROM "WorkoutExercise"),
                  (SELECT coalesce(sum(sets), 0)::bigint FROM "WorkoutExercise")"#,
    )
    .fetch_one(&mut conn)
    .await?;
    eprintln!(
        "gen-legacy: {} users, {w} workouts, {we} WorkoutExercise rows, {sets} sets in {:.1} s",
        a.users,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
