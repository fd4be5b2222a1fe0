//! The interactive `workout log`, driven in a pseudo-terminal: two sets,
//! a Ctrl-C that loses nothing, a resume, the finish with its summary and
//! the plan's progression.

use rexpect::session::{PtySession, spawn_command};

use crate::common::*;

fn spawn_log(db: &TestDb) -> PtySession {
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", db.user.as_deref().unwrap())
        .env("TERM", "xterm")
        .arg("log");
    spawn_command(cmd, Some(30_000)).unwrap()
}

fn step(p: &mut PtySession, expect: &str, answer: &str) {
    p.exp_string(expect)
        .unwrap_or_else(|e| panic!("waiting for {expect:?}: {e}"));
    p.send_line(answer).unwrap();
}

#[test]
fn log_set_by_set_survives_ctrl_c_and_resumes() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["plan", "create", "Strength"],
        vec![
            "plan",
            "add-day",
            "Strength",
            "A",
            "--weekdays",
            "mon,tue,wed,thu,fri,sat,sun",
        ],
        vec![
            "plan",
            "add-exercise",
            "Strength",
            "A",
            "Barbell Squat",
            "--sets",
            "2",
            "--reps",
            "5",
            "--weight",
            "100kg",
            "--rest",
            "30s",
            "--progression",
            "2.5kg",
        ],
        vec!["plan", "activate", "Strength"],
        vec![
            "session",
            "schedule",
            "Squat day",
            "--at",
            "today 00:01",
            "--plan",
            "Strength",
            "--day",
            "A",
        ],
        // Last time: a heavier single, so the session sets a volume record, not a weight record.
        vec![
            "log",
            "add",
            "Barbell Squat",
            "1x1@120",
            "--date",
            "2026-01-05",
        ],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }

    let mut p = spawn_log(&db);
    step(&mut p, "Today's workout", ""); // the scheduled session
    p.exp_string("Barbell Squat: target 2 x 5 @ 100 kg")
        .unwrap();
    p.exp_string("Last time (2026-01-05): 1 x 120 kg").unwrap();
    // Barbell work: the warm-up ramp to the target weight, accepted with y.
    step(
        &mut p,
        "Warm-up ramp 10 x 20, 5 x 40, 3 x 60, 2 x 80 kg: log it? (y/N)",
        "y",
    );
    p.exp_string("Saved 4 warm-up set(s)").unwrap();
    // A whole set on one line, in the set grammar.
    step(
        &mut p,
        "Set 1: reps, or 5@100 rpe8 w (Enter for 1@100;",
        "5@100 rpe8",
    );
    p.exp_string("Saved set 5: 5 x 100 kg").unwrap();
    p.exp_string("Plates per side: 25 + 15 (bar 20 kg).")
        .unwrap();
    step(&mut p, "Rest", ""); // Enter skips the rest
    step(&mut p, "Set 2: reps, or 5@100 rpe8 w (Enter for 5@100;", ""); // as the set before
    p.exp_string("Saved set 6: 5 x 100 kg").unwrap();
    step(&mut p, "Rest", "");
    p.exp_string("Set 3: reps").unwrap();
    // The lifter walks away: Ctrl-C.
    p.send_control('c').unwrap();
    p.exp_string("Interrupted: every set entered is saved")
        .unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(
        p.process.wait().unwrap(),
        rexpect::process::wait::WaitStatus::Exited(_, 130)
    ));

    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', "setNumber", reps, weight, coalesce(rpe::text, '-')) FROM "WorkoutLog" l
                      JOIN "WorkoutSession" s ON s.id = l."sessionId" WHERE s.name = 'Squat day' ORDER BY "setNumber""#),
        [
            "1|10|20|-",
            "2|5|40|-",
            "3|3|60|-",
            "4|2|80|-",
            "5|5|100|8",
            "6|5|100|-"
        ],
        "both sets were written the moment they were entered"
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "setType" = 'WARMUP' AND "isWarmup" AND "setNumber" <= 4"#),
        4,
        "the ramp is stored as warm-ups"
    );
    assert_eq!(
        db.strings(r#"SELECT status::text FROM "WorkoutSession" WHERE name = 'Squat day'"#),
        ["IN_PROGRESS"]
    );

    // `workout log` again resumes; the planned exercise is done; finish.
    let mut p = spawn_log(&db);
    p.exp_string("Resuming `Squat day`").unwrap();
    p.exp_string("6 set(s) so far").unwrap();
    step(&mut p, "Next", ""); // the default after a plan: finish
    p.exp_string("Finished `Squat day`.").unwrap();
    // rexpect reads bytes as Latin-1: match around the "·" separators.
    p.exp_string("6 set(s), 2 working").unwrap();
    // Volume as `log add` shows it: whole units, thousands grouped.
    p.exp_string("volume 1,000 kg").unwrap();
    p.exp_string("New record, Barbell Squat: session volume 1,000 kg")
        .unwrap();
    p.exp_string("its target weight goes up to 102.5 kg")
        .unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        db.strings(r#"SELECT status::text FROM "WorkoutSession" WHERE name = 'Squat day'"#),
        ["COMPLETED"]
    );
    assert_eq!(
        db.strings(r#"SELECT "targetWeight"::text FROM "PlanExercise""#),
        ["102.5"]
    );
}

#[test]
fn an_ad_hoc_workout_with_an_exercise_found_by_fuzzy_search() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["exercise", "add", "Zercher Carry Test"])
        .assert()
        .success();
    let mut p = spawn_log(&db);
    // Nothing scheduled today: straight to an ad-hoc workout.
    step(&mut p, "Name this workout", "Garage");
    step(&mut p, "Next", ""); // Add an exercise
    p.exp_string("Exercise (type to search)").unwrap();
    p.send("zercher carry").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Zercher Carry Test").unwrap();
    step(
        &mut p,
        "Set 1: reps, or 5@100 rpe8 w (Enter when done",
        "12",
    );
    step(&mut p, "Weight in kg (Enter for body weight)", "60");
    step(&mut p, "Warm-up set? (y/N)", "n");
    p.exp_string("Saved set 1: 12 x 60 kg").unwrap();
    // No rest in a plan: the default for weighted work, 2 minutes.
    step(&mut p, "Rest 2:00", "");
    step(
        &mut p,
        "Set 2: reps, or 5@100 rpe8 w (Enter for 12@60;",
        "d",
    );
    p.exp_string("Next").unwrap();
    p.send("\x1b[B").unwrap(); // down: Finish the workout
    p.send_line("").unwrap();
    p.exp_string("Finished `Garage`.").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', s.name, s.status::text, e.name, l.reps, l.weight) FROM "WorkoutLog" l
                      JOIN "WorkoutSession" s ON s.id = l."sessionId" JOIN "Exercise" e ON e.id = l."exerciseId""#),
        ["Garage|COMPLETED|Zercher Carry Test|12|60"]
    );
}

#[test]
fn a_record_is_told_once_when_an_exercise_is_done_again_after_another() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["exercise", "add", "Flow Test Press"],
        vec!["exercise", "add", "Flow Test Row"],
        vec!["session", "schedule", "Mixed", "--at", "tomorrow 07:00"],
        vec!["session", "start", "next"],
        // Press, then Row, then Press again, all in the session in progress.
        vec!["log", "add", "Flow Test Press", "1x5@50"],
        vec!["log", "add", "Flow Test Row", "1x5@40"],
        vec!["log", "add", "Flow Test Press", "1x5@52.5"],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    let mut p = spawn_log(&db);
    p.exp_string("Resuming `Mixed`").unwrap();
    p.exp_string("Next").unwrap();
    p.send("\x1b[B").unwrap(); // down: Finish the workout
    p.send_line("").unwrap();
    p.exp_string("Finished `Mixed`.").unwrap();
    let rest = p.exp_eof().unwrap();
    assert_eq!(
        rest.matches("New record, Flow Test Press").count(),
        1,
        "{rest}"
    );
    assert_eq!(
        rest.matches("New record, Flow Test Row").count(),
        1,
        "{rest}"
    );
    assert!(rest.contains("heaviest 52.5 kg"), "{rest}");
}

/// Issue 13: `d` ends an exercise, and the mark survives a Ctrl-C: the
/// resume goes on with the next exercise instead of asking it again.
#[test]
fn done_ends_an_exercise_and_a_resume_after_ctrl_c_honours_it() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["exercise", "add", "Flow Test Press"],
        vec!["exercise", "add", "Flow Test Row"],
        vec!["plan", "create", "Push"],
        vec![
            "plan",
            "add-day",
            "Push",
            "A",
            "--weekdays",
            "mon,tue,wed,thu,fri,sat,sun",
        ],
        vec![
            "plan",
            "add-exercise",
            "Push",
            "A",
            "Flow Test Press",
            "--sets",
            "3",
            "--reps",
            "5",
        ],
        vec![
            "plan",
            "add-exercise",
            "Push",
            "A",
            "Flow Test Row",
            "--sets",
            "3",
            "--reps",
            "5",
        ],
        vec!["plan", "activate", "Push"],
        vec![
            "session",
            "schedule",
            "Push day",
            "--at",
            "today 00:01",
            "--plan",
            "Push",
            "--day",
            "A",
        ],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }

    let mut p = spawn_log(&db);
    step(&mut p, "Today's workout", "");
    p.exp_string("Flow Test Press: target 3 x 5").unwrap();
    step(&mut p, "Set 1:", "5@50");
    p.exp_string("Saved set 1: 5 x 50 kg").unwrap();
    step(&mut p, "Rest", "");
    step(&mut p, "Set 2:", "5@50");
    p.exp_string("Saved set 2: 5 x 50 kg").unwrap();
    step(&mut p, "Rest", "");
    // Two of three sets, and the lifter ends the exercise.
    step(&mut p, "Set 3:", "d");
    p.exp_string("Flow Test Row: target 3 x 5").unwrap();
    p.exp_string("Set 1:").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Interrupted: every set entered is saved")
        .unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', e.name, (t."endedAt" IS NOT NULL)::text) FROM "SessionExercise" t
               JOIN "Exercise" e ON e.id = t."exerciseId" ORDER BY t.position"#
        ),
        ["Flow Test Press|true", "Flow Test Row|false"],
        "the done mark is stored with the session's targets"
    );

    // The resume does not ask the ended exercise again.
    let mut p = spawn_log(&db);
    p.exp_string("Resuming `Push day`").unwrap();
    let (_, first) = p.exp_regex(r"Flow Test \w+: target").unwrap();
    assert_eq!(
        first, "Flow Test Row: target",
        "the resume starts with the open exercise"
    );
    step(&mut p, "Set 1:", "5@40");
    p.exp_string("Saved set 1: 5 x 40 kg").unwrap();
    step(&mut p, "Rest", "");
    step(&mut p, "Set 2:", "d");
    step(&mut p, "Next", ""); // the default after a plan: finish
    p.exp_string("Finished `Push day`.").unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', e.name, l."setNumber", l.reps, l.weight) FROM "WorkoutLog" l
               JOIN "Exercise" e ON e.id = l."exerciseId" ORDER BY l.date, l."setNumber""#
        ),
        [
            "Flow Test Press|1|5|50",
            "Flow Test Press|2|5|50",
            "Flow Test Row|1|5|40"
        ]
    );
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', e.name, (t."endedAt" IS NOT NULL)::text) FROM "SessionExercise" t
               JOIN "Exercise" e ON e.id = t."exerciseId" ORDER BY t.position"#
        ),
        ["Flow Test Press|true", "Flow Test Row|true"]
    );
    assert_eq!(
        db.strings(r#"SELECT status::text FROM "WorkoutSession""#),
        ["COMPLETED"]
    );
}

/// A plan day with Flow Test Press (3 sets) and Flow Test Row (2 sets) in
/// superset group 1, scheduled for today.
fn superset_day(db: &TestDb) {
    for args in [
        vec!["exercise", "add", "Flow Test Press"],
        vec!["exercise", "add", "Flow Test Row"],
        vec!["exercise", "add", "Flow Test Curl"],
        vec!["plan", "create", "Pair"],
        vec![
            "plan",
            "add-day",
            "Pair",
            "A",
            "--weekdays",
            "mon,tue,wed,thu,fri,sat,sun",
        ],
        vec![
            "plan",
            "add-exercise",
            "Pair",
            "A",
            "Flow Test Press",
            "--sets",
            "3",
            "--reps",
            "5",
            "--rest",
            "30s",
            "--superset",
            "1",
        ],
        vec![
            "plan",
            "add-exercise",
            "Pair",
            "A",
            "Flow Test Curl",
            "--sets",
            "1",
            "--reps",
            "10",
            "--rest",
            "30s",
        ],
        vec![
            "plan",
            "add-exercise",
            "Pair",
            "A",
            "Flow Test Row",
            "--sets",
            "2",
            "--reps",
            "8",
            "--rest",
            "30s",
            "--superset",
            "1",
        ],
        vec!["plan", "activate", "Pair"],
        vec![
            "session",
            "schedule",
            "Pair day",
            "--at",
            "today 00:01",
            "--plan",
            "Pair",
            "--day",
            "A",
        ],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
}

/// The sets stored, in the order they were saved.
fn stored_in_order(db: &TestDb) -> Vec<String> {
    db.strings(
        r#"SELECT concat_ws('|', e.name, l."setNumber", l.reps, l.weight, coalesce(l."supersetGroup"::text, '-'))
           FROM "WorkoutLog" l JOIN "Exercise" e ON e.id = l."exerciseId"
           ORDER BY l."createdAt", l.date"#,
    )
}

/// Issue 13: the members of a superset alternate set by set (A1, A2, A1,
/// A2, A1 once the row's two sets are done), with no rest between the
/// members of a round and the rest after it; every set carries the group;
/// the exercise outside the superset comes where the plan puts it.
#[test]
fn a_superset_alternates_its_exercises_set_by_set() {
    let db = TestDb::new().with_user("a@x.io");
    superset_day(&db);
    let mut p = spawn_log(&db);
    step(&mut p, "Today's workout", "");
    p.exp_string("Superset A: A1 Flow Test Press, A2 Flow Test Row")
        .unwrap();
    step(&mut p, "A1 Flow Test Press, set 1:", "5@50");
    p.exp_string("Saved A1 Flow Test Press set 1: 5 x 50 kg")
        .unwrap();
    // No rest between the members of a round: the row comes at once.
    let between = p.exp_string("A2 Flow Test Row, set 1:").unwrap();
    assert!(!between.contains("Rest"), "{between}");
    p.send_line("8@40").unwrap();
    p.exp_string("Saved A2 Flow Test Row set 1: 8 x 40 kg")
        .unwrap();
    // The round is over: the rest, then the press again.
    step(&mut p, "Rest", "");
    step(&mut p, "A1 Flow Test Press, set 2:", ""); // as the set before
    p.exp_string("Saved A1 Flow Test Press set 2: 5 x 50 kg")
        .unwrap();
    let between = p.exp_string("A2 Flow Test Row, set 2:").unwrap();
    assert!(!between.contains("Rest"), "{between}");
    p.send_line("8@42.5").unwrap();
    step(&mut p, "Rest", "");
    // The row had two sets: the press goes on alone.
    step(&mut p, "A1 Flow Test Press, set 3:", "4@50");
    p.exp_string("Saved A1 Flow Test Press set 3: 4 x 50 kg")
        .unwrap();
    // Then the exercise outside the superset.
    p.exp_string("Flow Test Curl: target 1 x 10").unwrap();
    step(&mut p, "Set 1:", "10@12");
    step(&mut p, "Rest", "");
    step(&mut p, "Set 2:", "d");
    step(&mut p, "Next", "");
    p.exp_string("Finished `Pair day`.").unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        stored_in_order(&db),
        [
            "Flow Test Press|1|5|50|1",
            "Flow Test Row|1|8|40|1",
            "Flow Test Press|2|5|50|1",
            "Flow Test Row|2|8|42.5|1",
            "Flow Test Press|3|4|50|1",
            "Flow Test Curl|1|10|12|-",
        ]
    );
}

/// Issue 13: a Ctrl-C in a superset resumes at the right exercise and set,
/// and `d` on one member leaves the other going on alone.
#[test]
fn a_superset_resumes_at_the_right_exercise_and_set() {
    let db = TestDb::new().with_user("a@x.io");
    superset_day(&db);
    let mut p = spawn_log(&db);
    step(&mut p, "Today's workout", "");
    step(&mut p, "A1 Flow Test Press, set 1:", "5@50");
    step(&mut p, "A2 Flow Test Row, set 1:", "8@40");
    step(&mut p, "Rest", "");
    step(&mut p, "A1 Flow Test Press, set 2:", "5@50");
    p.exp_string("A2 Flow Test Row, set 2:").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Interrupted: every set entered is saved")
        .unwrap();
    p.exp_eof().unwrap();

    let mut p = spawn_log(&db);
    p.exp_string("Resuming `Pair day`").unwrap();
    let (_, first) = p.exp_regex(r"A\d Flow Test \w+, set \d").unwrap();
    assert_eq!(
        first, "A2 Flow Test Row, set 2",
        "the resume takes the row's turn"
    );
    p.send_line("d").unwrap(); // the row is over: the press goes on alone
    step(&mut p, "Rest", ""); // the round ended with the row
    step(&mut p, "A1 Flow Test Press, set 3:", "5@50");
    p.exp_string("Flow Test Curl: target 1 x 10").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        stored_in_order(&db),
        [
            "Flow Test Press|1|5|50|1",
            "Flow Test Row|1|8|40|1",
            "Flow Test Press|2|5|50|1",
            "Flow Test Press|3|5|50|1",
        ]
    );
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', e.name, (t."endedAt" IS NOT NULL)::text) FROM "SessionExercise" t
               JOIN "Exercise" e ON e.id = t."exerciseId" ORDER BY t.position"#
        ),
        ["Flow Test Press|false", "Flow Test Curl|false", "Flow Test Row|true"]
    );
}

/// In a superset, `u`, `e` and `n` act on the set saved last, whichever
/// exercise it was, and say which one.
#[test]
fn in_a_superset_undo_edit_and_note_act_on_the_set_saved_last() {
    let db = TestDb::new().with_user("a@x.io");
    superset_day(&db);
    let mut p = spawn_log(&db);
    step(&mut p, "Today's workout", "");
    step(&mut p, "A1 Flow Test Press, set 1:", "5@50");
    step(&mut p, "A2 Flow Test Row, set 1:", "8@40");
    step(&mut p, "Rest", "");
    // At the press's turn, `u` takes back the row's set: its turn again.
    step(&mut p, "A1 Flow Test Press, set 2:", "u");
    p.exp_string("Removed A2 Flow Test Row set 1: 8 x 40 kg.")
        .unwrap();
    // `e` at the row's turn edits the press's set, the one saved last now.
    step(&mut p, "A2 Flow Test Row, set 1:", "e");
    step(&mut p, "A1 Flow Test Press set 1 again", "6@50");
    p.exp_string("A1 Flow Test Press set 1 is now: 6 x 50 kg.")
        .unwrap();
    step(&mut p, "A2 Flow Test Row, set 1:", "n");
    step(&mut p, "Note for A1 Flow Test Press set 1", "felt easy");
    step(&mut p, "A2 Flow Test Row, set 1:", "8@45");
    p.exp_string("Saved A2 Flow Test Row set 1: 8 x 45 kg.")
        .unwrap();
    step(&mut p, "Rest", "");
    p.exp_string("A1 Flow Test Press, set 2:").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', e.name, l."setNumber", l.reps, l.weight, l."supersetGroup", coalesce(l.notes, '-'))
               FROM "WorkoutLog" l JOIN "Exercise" e ON e.id = l."exerciseId" ORDER BY l."createdAt""#
        ),
        [
            "Flow Test Press|1|6|50|1|felt easy",
            "Flow Test Row|1|8|45|1|-"
        ]
    );
}

/// Body-weight work in the flow: the example is in the user's unit, and
/// last time's added load reads `+10 lb`, not a weight of 10 lb.
#[test]
fn body_weight_work_shows_the_added_load_in_the_users_unit() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["user", "set", "--weight-unit", "lb"],
        vec!["log", "add", "Pullups", "2x8@+10", "--date", "yesterday"],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    let mut p = spawn_log(&db);
    step(&mut p, "Name this workout", "Back");
    step(&mut p, "Next", ""); // Add an exercise
    p.exp_string("Exercise (type to search)").unwrap();
    p.send("pullups").unwrap();
    p.send_line("").unwrap();
    p.exp_string("8 x +10 lb, 8 x +10 lb").unwrap();
    step(&mut p, "Set 1: 10 or 10@+10lb (Enter for 8;", "9@+15");
    p.exp_string("Saved set 1: 9 x +15 lb.").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', reps, round(weight::numeric, 3)) FROM "WorkoutLog" WHERE "sessionId" IN (SELECT id FROM "WorkoutSession" WHERE name = 'Back')"#),
        ["9|6.804"]
    );
}

/// Cardio in the flow: a lb user types miles and reads back miles and the
/// pace per mile, last time and for the set just saved.
#[test]
fn a_run_reads_back_in_miles_with_its_pace() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["user", "set", "--weight-unit", "lb"],
        vec![
            "log",
            "add",
            "Running, Treadmill",
            "3mi/27m",
            "--date",
            "yesterday",
        ],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    let mut p = spawn_log(&db);
    step(&mut p, "Name this workout", "Run");
    step(&mut p, "Next", ""); // Add an exercise
    p.exp_string("Exercise (type to search)").unwrap();
    p.send("running, treadmill").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Last time").unwrap();
    p.exp_string("27m 3 mi 9:00 /mi").unwrap();
    step(&mut p, "Set 1: 3mi 27m", "2mi 16m");
    p.exp_string("Saved set 1: 16m 2 mi 8:00 /mi.").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', "durationSeconds", round("distanceMeters"::numeric, 1)) FROM "WorkoutLog" WHERE "sessionId" IN (SELECT id FROM "WorkoutSession" WHERE name = 'Run')"#),
        ["960|3218.7"]
    );
}
