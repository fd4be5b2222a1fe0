//! `workout user show|set|add|list`.

use crate::common::*;

#[test]
fn add_set_show_list_round_trip() {
    let db = TestDb::new();
    let out = db
        .workout()
        .args([
            "user",
            "add",
            "ana@example.com",
            "--name",
            "Ana",
            "--timezone",
            "Europe/Berlin",
            "--weight-unit",
            "lb",
        ])
        .args([
            "--weight",
            "150",
            "--height",
            "170",
            "--fitness-level",
            "Intermediate",
            "--goals",
            "first pull-up",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let u = json_of(&out);
    assert_eq!(u["email"], "ana@example.com");
    assert_eq!(u["timezone"], "Europe/Berlin");
    assert_eq!(u["weightUnit"], "lb");
    // 150 lb in kg, stored in kg.
    assert!(
        (u["weightKg"].as_f64().unwrap() - 150.0 * 0.453_592_37).abs() < 1e-9,
        "{u}"
    );
    assert_eq!(u["heightCm"], 170);
    assert_eq!(u["fitnessLevel"], "intermediate");
    assert!(
        u["id"].as_str().unwrap().starts_with('c') && u["id"].as_str().unwrap().len() == 25,
        "a cuid"
    );
    assert!(u["createdAt"].as_str().unwrap().ends_with('Z'));

    // set: only the given fields change, updatedAt moves, the clock is injectable.
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2030-03-31T01:30:00Z")
        .args([
            "--user",
            "ana@example.com",
            "user",
            "set",
            "--weight",
            "70kg",
            "--weight-unit",
            "kg",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert_eq!(v["weightKg"], 70.0);
    assert_eq!(v["weightUnit"], "kg");
    assert_eq!(v["timezone"], "Europe/Berlin");
    assert_eq!(v["updatedAt"], "2030-03-31T01:30:00.000Z");
    assert_eq!(v["createdAt"], u["createdAt"]);

    // The table shows the weight in the user's unit and times in their zone,
    // whatever the machine's TZ says (the harness sets TZ=Pacific/Chatham).
    let out = db
        .workout()
        .args(["--user", "ana@example.com", "user", "show"])
        .output()
        .unwrap();
    let table = stdout_of(&out);
    assert!(table.contains("70 kg"), "{table}");
    assert!(table.contains("CET") || table.contains("CEST"), "{table}");

    db.workout()
        .args(["user", "add", "bo@example.com"])
        .assert()
        .success();
    let out = db
        .workout()
        .args(["user", "list", "--format", "ndjson"])
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["email"], "ana@example.com");
    assert_eq!(lines[1]["email"], "bo@example.com");
    assert_eq!(lines[1]["weightUnit"], "kg");

    let out = db
        .workout()
        .args(["user", "list", "--format", "csv"])
        .output()
        .unwrap();
    let csv = stdout_of(&out);
    assert!(csv.starts_with(
        "id,email,name,timezone,weightUnit,weightKg,heightCm,fitnessLevel,goals,isActive,createdAt,updatedAt,lastLogin\n"
    ));
    assert_eq!(csv.lines().count(), 3);
}

#[test]
fn the_password_hash_is_never_printed() {
    let db = TestDb::new();
    db.sql(
        r#"INSERT INTO "User" (id, email, password, "updatedAt")
           VALUES ('cpw', 'hash@example.com', '$argon2id$v=19$SECRETHASHVALUE', now())"#,
    );
    for args in [
        vec!["user", "list"],
        vec!["user", "show"],
        vec!["user", "set", "--name", "H"],
    ] {
        for format in ["table", "json", "ndjson", "csv"] {
            let out = db
                .workout()
                .args(["--user", "hash@example.com", "--format", format])
                .args(&args)
                .output()
                .unwrap();
            assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
            let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
            assert!(
                !all.contains("SECRETHASH") && !all.to_lowercase().contains("password"),
                "{args:?} {format}: {all}"
            );
        }
    }
    assert_eq!(
        db.strings(r#"SELECT password FROM "User" WHERE email = 'hash@example.com'"#),
        ["$argon2id$v=19$SECRETHASHVALUE"],
        "and it is never changed"
    );
}

#[test]
fn bad_profile_input_is_one_sentence_exit_2_and_changes_nothing() {
    let db = TestDb::new().with_user("a@x.io");
    let before = db.strings(
        r#"SELECT concat_ws('|', timezone, "weightUnit", weight, height, "updatedAt") FROM "User""#,
    );
    for (args, needle) in [
        (
            vec!["--timezone", "Mars/Olympus"],
            "unknown time zone `Mars/Olympus`",
        ),
        (
            vec!["--weight-unit", "stone"],
            "invalid value 'stone' for '--weight-unit': expected one of kg, lb",
        ),
        (vec!["--weight", "-80"], "cannot be negative"),
        (vec!["--weight", "heavy"], "is not a weight"),
        (vec!["--weight", "2kg"], "out of range"),
        (vec!["--height", "900"], "out of range"),
        (vec!["--fitness-level", "olympian"], "unknown fitness level"),
        (
            vec!["--timezone", "Europe/Berlin", "--height", "12"],
            "out of range",
        ),
        (vec![], "nothing to change"),
    ] {
        let out = db
            .workout()
            .args(["user", "set"])
            .args(&args)
            .output()
            .unwrap();
        assert_error(&out, 2, needle);
        assert_eq!(
            stderr_of(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', timezone, "weightUnit", weight, height, "updatedAt") FROM "User""#),
        before
    );
}

#[test]
fn unknown_duplicate_and_missing_users() {
    let db = TestDb::new().with_user("a@x.io");
    let out = db
        .workout()
        .args(["--user", "nobody@x.io", "user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no user has the e-mail nobody@x.io");
    assert!(stderr_of(&out).contains("workout user add nobody@x.io"));

    let out = db
        .workout()
        .args(["user", "add", "a@x.io"])
        .output()
        .unwrap();
    assert_error(&out, 2, "already exists");
    let out = db
        .workout()
        .args(["user", "add", "not an email"])
        .output()
        .unwrap();
    assert_error(&out, 2, "not an e-mail address");

    // A configured database with no user selected: say how to select one.
    let out = db
        .workout()
        .env_remove("WORKOUT_USER")
        .args(["user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 2, "--user EMAIL");

    // E-mails match case-insensitively when that names one user.
    let out = db
        .workout()
        .args(["--user", "A@X.IO", "user", "show", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out)["email"], "a@x.io");
    assert_eq!(db.int(r#"SELECT count(*) FROM "User""#), 1);
}
