//! `workout body add|list|delete|chart`, and `user set --weight` as history.

use crate::common::*;

#[test]
fn add_list_delete_in_the_users_units_and_user_weight_follows() {
    let db = TestDb::new().with_user("b@example.com");
    let m = db.json_at(
        "2026-03-10T08:00:00Z",
        &[
            "body",
            "add",
            "80.4kg",
            "--date",
            "2026-03-01",
            "--body-fat",
            "18",
            "--waist",
            "82cm",
            "--neck",
            "38",
            "--notes",
            "morning",
        ],
    );
    assert_eq!(m["weightKg"], 80.4);
    assert_eq!(m["bodyFatPercent"], 18.0);
    assert_eq!(m["waistCm"], 82.0);
    assert_eq!(m["neckCm"], 38.0);
    assert_eq!(m["notes"], "morning");
    assert_eq!(m["date"], "2026-03-01T00:00:00.000Z");
    db.json_at(
        "2026-03-10T08:00:00Z",
        &["body", "add", "79.9", "--date", "2026-03-08"],
    );
    // An older measurement added later does not become the profile's weight.
    db.json_at(
        "2026-03-10T08:00:00Z",
        &["body", "add", "85", "--date", "2026-01-01"],
    );
    assert_eq!(
        db.strings(r#"SELECT "weight"::text FROM "User" WHERE email = 'b@example.com'"#),
        ["79.9"]
    );
    let all = db.json_at("2026-03-10T08:00:00Z", &["body", "list"]);
    let w: Vec<f64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["weightKg"].as_f64().unwrap())
        .collect();
    assert_eq!(w, [85.0, 80.4, 79.9]);
    let since = db.json_at(
        "2026-03-10T08:00:00Z",
        &[
            "body",
            "list",
            "--since",
            "2026-02-01",
            "--until",
            "2026-03-05",
        ],
    );
    assert_eq!(since.as_array().unwrap().len(), 1);
    assert_eq!(since[0]["weightKg"], 80.4);

    // Table: the columns used, in kg/cm.
    let out = db.workout().args(["body", "list"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("waist cm") && text.contains("82"), "{text}");
    assert!(
        !text.contains("chest"),
        "unused columns are left out: {text}"
    );

    // Delete the latest: User.weight goes back to the one before.
    let id = all[2]["id"].as_str().unwrap();
    let out = db
        .workout()
        .args(["body", "delete", &id[..10]])
        .output()
        .unwrap();
    assert_error(&out, 2, "--yes");
    let out = db
        .workout()
        .args(["body", "delete", &id[..10], "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Deleted the measurement"));
    assert_eq!(
        db.strings(r#"SELECT "weight"::text FROM "User" WHERE email = 'b@example.com'"#),
        ["80.4"]
    );
    let out = db
        .workout()
        .args(["body", "delete", id, "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no measurement of yours");
}

#[test]
fn lb_users_type_and_read_lb_and_inches() {
    let db = TestDb::new().with_user("l@example.com");
    db.workout()
        .args(["user", "set", "--weight-unit", "lb"])
        .assert()
        .success();
    let m = db.json_at(
        "2026-03-10T08:00:00Z",
        &["body", "add", "180", "--waist", "32"],
    );
    assert!((m["weightKg"].as_f64().unwrap() - 180.0 * 0.453_592_37).abs() < 1e-9);
    assert!((m["waistCm"].as_f64().unwrap() - 81.28).abs() < 1e-9);
    let out = db.workout().args(["body", "list"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("weight (lb)") && text.contains("180"),
        "{text}"
    );
    assert!(text.contains("waist in") && text.contains("32"), "{text}");
}

#[test]
fn bad_input_is_one_sentence() {
    let db = TestDb::new().with_user("x@example.com");
    for (args, needle) in [
        (vec!["body", "add"], "nothing to record"),
        (vec!["body", "add", "-80kg"], "cannot be negative"),
        (vec!["body", "add", "5kg"], "out of range"),
        (
            vec!["body", "add", "80", "--body-fat", "140"],
            "out of range",
        ),
        (vec!["body", "add", "80", "--waist", "82mm"], "not a length"),
        (
            vec!["body", "add", "80", "--date", "2026-13-01"],
            "not a date",
        ),
        (
            vec![
                "body",
                "list",
                "--since",
                "2026-03-02",
                "--until",
                "2026-03-01",
            ],
            "before --since",
        ),
        (vec!["body", "delete", "ab"], "does not name a measurement"),
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert_error(&out, 2, needle);
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "BodyMeasurement""#), 0);
}

#[test]
fn user_set_weight_keeps_history() {
    let db = TestDb::new().with_user("h@example.com");
    for (now, w) in [
        ("2026-03-01T08:00:00Z", "81"),
        ("2026-03-08T08:00:00Z", "80"),
    ] {
        db.workout()
            .env("WORKOUT_NOW", now)
            .args(["user", "set", "--weight", w])
            .assert()
            .success();
    }
    let all = db.json_at("2026-03-10T08:00:00Z", &["body", "list"]);
    let w: Vec<f64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["weightKg"].as_f64().unwrap())
        .collect();
    assert_eq!(w, [81.0, 80.0]);
    assert_eq!(all[0]["date"], "2026-03-01T08:00:00.000Z");
    let u = db.json_at("2026-03-10T08:00:00Z", &["user", "show"]);
    assert_eq!(u["weightKg"], 80.0);
}

#[test]
fn chart_of_body_weight() {
    let db = TestDb::new().with_user("c@example.com");
    for (d, w) in [
        ("2026-03-01", "82"),
        ("2026-03-08", "81.5"),
        ("2026-03-15", "80.8"),
    ] {
        db.json_at("2026-03-20T08:00:00Z", &["body", "add", w, "--date", d]);
    }
    db.json_at(
        "2026-03-20T08:00:00Z",
        &["body", "add", "--waist", "80", "--date", "2026-03-16"],
    );
    let pts = db.json_at("2026-03-20T08:00:00Z", &["body", "chart"]);
    assert_eq!(
        pts.as_array().unwrap().len(),
        3,
        "only measurements with a weight: {pts}"
    );
    assert_eq!(pts[2]["date"], "2026-03-15");
    assert_eq!(pts[2]["weightKg"], 80.8);
    let out = db.workout().args(["body", "chart"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.contains("Body weight (kg) over days since 2026-03-01"),
        "{text}"
    );
    assert!(
        text.contains('⠀')
            || text.contains('⡀')
            || text.chars().any(|c| ('\u{2800}'..='\u{28ff}').contains(&c)),
        "{text}"
    );
    assert!(text.contains("80.8 kg"), "{text}");
}

/// Measurements added at once by several processes: `User.weight` is the
/// latest by date whatever order they commit in, every round.
#[test]
fn parallel_adds_leave_the_latest_weight_on_the_profile() {
    let db = TestDb::new().with_user("r@example.com");
    for round in 0..6 {
        let children: Vec<_> = (0..6)
            .map(|i| {
                let mut c = bare_std(db.home_path());
                c.env("WORKOUT_DATABASE_URL", &db.url)
                    .env("WORKOUT_USER", "r@example.com");
                // Later dates carry heavier weights; the 6th is the latest.
                let w = format!("{}", 70 + round * 10 + i);
                let d = format!("2026-0{}-{:02}", round + 1, 10 + i);
                c.args(["body", "add", &w, "--date", &d])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for ch in children {
            let out = ch.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(
            db.strings(r#"SELECT "weight"::text FROM "User""#),
            [format!("{}", 70 + round * 10 + 5)],
            "round {round}"
        );
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "BodyMeasurement""#), 36);
}
