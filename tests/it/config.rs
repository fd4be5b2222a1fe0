//! Where the database is: flag > WORKOUT_DATABASE_URL > DATABASE_URL >
//! config file > embedded default; and the config file itself.

use std::os::unix::fs::PermissionsExt;

use crate::common::*;

fn show(cmd: &mut assert_cmd::Command) -> serde_json::Value {
    let out = cmd
        .args(["config", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

fn source_of(v: &serde_json::Value, key: &str) -> String {
    v.as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == key)
        .unwrap()["source"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

#[test]
fn config_path_is_in_the_config_dir() {
    let home = temp_home();
    let out = bare_workout(home.path())
        .args(["config", "path", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        json_of(&out)["path"],
        home.path()
            .join(".config/workout-tracker/config.toml")
            .display()
            .to_string()
    );
}

#[test]
fn set_writes_a_0600_file_and_show_masks_the_password() {
    let home = temp_home();
    let url = "postgres://coach:hunter2@db.example:5432/gym";
    let out = bare_workout(home.path())
        .args(["config", "set", "database_url", url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("hunter2"));
    bare_workout(home.path())
        .args(["config", "set", "user", "coach@example.com"])
        .assert()
        .success();

    let path = home.path().join(".config/workout-tracker/config.toml");
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("hunter2"),
        "the file itself keeps the real value"
    );

    for format in ["table", "json", "csv"] {
        let out = bare_workout(home.path())
            .args(["config", "show", "--format", format])
            .output()
            .unwrap();
        let shown = stdout_of(&out);
        assert!(!shown.contains("hunter2"), "{format}: {shown}");
        assert!(
            shown.contains("postgres://coach:****@db.example:5432/gym"),
            "{format}: {shown}"
        );
        assert!(shown.contains("coach@example.com"));
    }

    // Unset removes the key; the mode stays 0600.
    bare_workout(home.path())
        .args(["config", "unset", "database_url"])
        .assert()
        .success();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("hunter2"));
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn bad_config_input_is_exit_2_and_changes_nothing() {
    let home = temp_home();
    bare_workout(home.path())
        .args(["config", "set", "user", "a@b.c"])
        .assert()
        .success();
    let path = home.path().join(".config/workout-tracker/config.toml");
    let before = std::fs::read_to_string(&path).unwrap();

    let out = bare_workout(home.path())
        .args(["config", "set", "colour", "red"])
        .output()
        .unwrap();
    assert_error(&out, 2, "unknown config key `colour`");
    let out = bare_workout(home.path())
        .args(["config", "set", "database_url", "mysql://x/y"])
        .output()
        .unwrap();
    assert_error(&out, 2, "is not valid");
    let out = bare_workout(home.path())
        .args(["config", "set", "user", "not-an-email"])
        .output()
        .unwrap();
    assert_error(&out, 2, "not an e-mail address");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);

    std::fs::write(&path, "database_url = [broken").unwrap();
    let out = bare_workout(home.path())
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_error(&out, 2, "is not valid");
}

#[test]
fn precedence_is_flag_env_file_embedded() {
    let db = TestDb::new().with_user("a@x.io");
    let home = db.home_path();
    // A URL that cannot work: a database that does not exist on the server.
    let bad = db_url(&db.url, "no_such_database");

    // Nothing set: the embedded default.
    let v = show(&mut bare_workout(home));
    assert_eq!(source_of(&v, "database_url"), "embedded default");

    // The file alone: it is used (and here it is bad, so the command fails with 5).
    bare_workout(home)
        .args(["config", "set", "database_url", &bad])
        .assert()
        .success();
    assert_eq!(
        source_of(&show(&mut bare_workout(home)), "database_url"),
        "config file"
    );
    let out = bare_workout(home)
        .args(["--user", "a@x.io", "user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 5, "no_such_database");

    // DATABASE_URL beats the file.
    let mut cmd = bare_workout(home);
    cmd.env("DATABASE_URL", &db.url);
    assert_eq!(
        source_of(&show(&mut cmd), "database_url"),
        "env DATABASE_URL"
    );
    bare_workout(home)
        .env("DATABASE_URL", &db.url)
        .args(["--user", "a@x.io", "user", "show"])
        .assert()
        .success();

    // WORKOUT_DATABASE_URL beats DATABASE_URL.
    let out = bare_workout(home)
        .env("DATABASE_URL", &bad)
        .env("WORKOUT_DATABASE_URL", &db.url)
        .args(["--user", "a@x.io", "user", "show"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let mut cmd = bare_workout(home);
    cmd.env("DATABASE_URL", &bad)
        .env("WORKOUT_DATABASE_URL", &db.url);
    assert_eq!(
        source_of(&show(&mut cmd), "database_url"),
        "env WORKOUT_DATABASE_URL"
    );

    // The flag beats them all.
    let out = bare_workout(home)
        .env("DATABASE_URL", &bad)
        .env("WORKOUT_DATABASE_URL", &bad)
        .args([
            "--database-url",
            &db.url,
            "--user",
            "a@x.io",
            "user",
            "show",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let mut cmd = bare_workout(home);
    cmd.env("WORKOUT_DATABASE_URL", &bad)
        .args(["--database-url", &db.url]);
    assert_eq!(source_of(&show(&mut cmd), "database_url"), "flag");
}

#[test]
fn user_precedence_is_flag_env_file() {
    let db = TestDb::new().with_user("a@x.io").with_user("b@x.io");
    let email = |cmd: &mut assert_cmd::Command| {
        let out = cmd
            .args(["user", "show", "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        json_of(&out)["email"].as_str().unwrap().to_string()
    };
    let mut plain = db.workout();
    plain.env_remove("WORKOUT_USER");
    db.workout()
        .args(["config", "set", "user", "a@x.io"])
        .assert()
        .success();
    assert_eq!(email(plain.env_remove("WORKOUT_USER")), "a@x.io");
    assert_eq!(email(db.workout().env("WORKOUT_USER", "b@x.io")), "b@x.io");
    assert_eq!(
        email(
            db.workout()
                .env("WORKOUT_USER", "a@x.io")
                .args(["--user", "b@x.io"])
        ),
        "b@x.io"
    );
}
