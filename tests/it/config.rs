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

/// Many `config set` and `config unset` runs at once, many rounds: each
/// writer re-reads the file under a lock, so no key is lost and the file
/// always parses.
#[test]
fn concurrent_config_writers_lose_no_key() {
    let home = temp_home();
    let path = home.path().join(".config/workout-tracker/config.toml");
    let url = "postgres://coach:pw@db.example:5432/gym";
    for round in 0..15 {
        // A key that one writer removes while the others set the two keys.
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "").unwrap();
        let user = format!("u{round}@example.com");
        let mut children = Vec::new();
        for i in 0..6 {
            let mut cmd = bare_std(home.path());
            match i % 3 {
                0 => cmd.args(["config", "set", "user", &user]),
                1 => cmd.args(["config", "set", "database_url", url]),
                _ => cmd.args(["config", "unset", "database_url"]),
            };
            cmd.stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            children.push((i, cmd.spawn().unwrap()));
        }
        for (i, c) in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "writer {i}: {}", stderr_of(&out));
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed: toml::Table = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("round {round}: the file does not parse ({e}):\n{text}"));
        assert_eq!(
            parsed.get("user").and_then(|v| v.as_str()),
            Some(user.as_str()),
            "round {round}: the user key was lost:\n{text}"
        );
        // The database_url is there or not, depending on who came last; if
        // it is there it is whole.
        if let Some(v) = parsed.get("database_url") {
            assert_eq!(v.as_str(), Some(url));
        }
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

/// Invalid UTF-8 in WORKOUT_USER, WORKOUT_DATABASE_URL or DATABASE_URL is
/// refused, not taken as unset (which would act as the config file's user
/// or on its database).
#[test]
fn invalid_utf8_in_the_environment_is_refused() {
    use std::os::unix::ffi::OsStrExt;
    let db = TestDb::new().with_user("a@x.io");
    let bad = std::ffi::OsStr::from_bytes(b"b\xff@x.io");
    db.workout()
        .args(["config", "set", "user", "a@x.io"])
        .assert()
        .success();
    let out = db
        .workout()
        .env("WORKOUT_USER", bad)
        .args(["user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 2, "WORKOUT_USER is not valid UTF-8");
    assert_eq!(stderr_of(&out).lines().count(), 1);

    for var in ["WORKOUT_DATABASE_URL", "DATABASE_URL"] {
        let mut cmd = bare_workout(db.home_path());
        cmd.args(["config", "set", "database_url", &db.url])
            .assert()
            .success();
        let out = bare_workout(db.home_path())
            .env(var, std::ffi::OsStr::from_bytes(b"postgres://\xfe@h/db"))
            .args(["user", "show"])
            .output()
            .unwrap();
        assert_error(&out, 2, &format!("{var} is not valid UTF-8"));
    }
    // A flag makes the variable irrelevant.
    let out = db
        .workout()
        .env("DATABASE_URL", std::ffi::OsStr::from_bytes(b"\xfe"))
        .env("WORKOUT_USER", bad)
        .args(["--user", "a@x.io", "user", "show"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

/// A password is masked in every message, whether the URL parses or not.
#[test]
fn passwords_are_masked_in_urls_that_do_not_parse() {
    let home = temp_home();
    for url in [
        "postgres://coach:Sec/retPW@host:5432/db",
        "postgres://coach:Sec?retPW@host/db",
        "postgres://coach@[bad/db?password=Sec/retPW",
        "host=db.example user=coach password=SecretPW dbname=gym",
    ] {
        for args in [
            vec!["--database-url", url, "user", "show"],
            vec!["config", "set", "database_url", url],
        ] {
            let out = bare_workout(home.path()).args(&args).output().unwrap();
            let err = stderr_of(&out);
            assert!(!out.status.success(), "{args:?}");
            assert!(!err.contains("retPW") && !err.contains("SecretPW"), "{err}");
            assert!(err.contains("****"), "{err}");
        }
    }
}
