//! The embedded default database, from an empty HOME: created on first use
//! with the machine's own initdb/pg_ctl, as `postgres` when run as root.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

use crate::common::*;

/// An empty HOME and data dir; the server is stopped when the test ends.
struct Env {
    home: tempfile::TempDir,
    data: PathBuf,
}

impl Env {
    fn new() -> Self {
        let home = temp_home();
        let data = home.path().join("data");
        Self { home, data }
    }

    fn workout(&self) -> assert_cmd::Command {
        let mut cmd = bare_workout(self.home.path());
        cmd.env("WORKOUT_DATA_DIR", &self.data);
        cmd
    }

    fn status(&self) -> serde_json::Value {
        let out = self
            .workout()
            .args(["db", "status", "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        json_of(&out)
    }

    fn postmaster_pid(&self) -> i32 {
        let text = std::fs::read_to_string(self.data.join("cluster/postmaster.pid")).unwrap();
        text.lines().next().unwrap().trim().parse().unwrap()
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        let _ = self.workout().args(["db", "stop"]).output();
    }
}

fn wait_until_gone(pid: i32) {
    for _ in 0..200 {
        if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("process {pid} did not exit");
}

#[test]
fn first_use_creates_starts_migrates_and_makes_a_local_user() {
    let env = Env::new();
    assert_eq!(env.status()["state"], "not-initialized");

    let out = env
        .workout()
        .args(["user", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let user = json_of(&out);
    let login = nix::unistd::User::from_uid(nix::unistd::getuid())
        .unwrap()
        .unwrap()
        .name;
    assert_eq!(user["email"], format!("{login}@localhost"));
    assert!(stderr_of(&out).contains("Made the local user"));

    let status = env.status();
    assert_eq!(status["state"], "running");
    assert_eq!(status["dataDir"], env.data.display().to_string());

    // Private: the socket directory is 0700 and nothing listens on TCP.
    let run = std::fs::metadata(env.data.join("run")).unwrap();
    assert_eq!(run.permissions().mode() & 0o777, 0o700);
    let conf = std::fs::read_to_string(env.data.join("cluster/postgresql.conf")).unwrap();
    assert!(conf.contains("listen_addresses = ''"));
    if let Some((uid, _)) = server_account() {
        // Run as root: the server runs as postgres, which owns its files.
        assert_eq!(run.uid(), uid);
        assert_eq!(
            std::fs::metadata(env.data.join("cluster")).unwrap().uid(),
            uid
        );
        let pid = env.postmaster_pid();
        let owner = std::fs::metadata(format!("/proc/{pid}")).unwrap().uid();
        assert_eq!(owner, uid, "the server process runs as postgres");
    }

    // The schema was migrated without asking; a second run reuses everything.
    let out = env
        .workout()
        .args(["migrate", "status", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        json_of(&out)
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["applied"] == true)
    );
    let again = env
        .workout()
        .args(["user", "show", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&again)["id"], user["id"]);
    assert!(!stderr_of(&again).contains("Made the local user"));

    // `db url` gives a URL other tools can use.
    let out = env.workout().args(["db", "url"]).output().unwrap();
    let url = stdout_of(&out).trim().to_string();
    assert!(
        url.starts_with("postgres://workout@localhost/workout?host="),
        "{url}"
    );
    let out = bare_workout(env.home.path())
        .args([
            "--database-url",
            &url,
            "--user",
            user["email"].as_str().unwrap(),
            "user",
            "show",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(json_of(&out)["id"], user["id"]);
}

#[test]
fn db_stop_then_any_command_starts_it_again() {
    let env = Env::new();
    env.workout().args(["db", "start"]).assert().success();
    assert_eq!(env.status()["state"], "running");
    let out = env.workout().args(["db", "stop"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr_of(&out).contains("Stopped"));
    assert_eq!(env.status()["state"], "stopped");
    let out = env.workout().args(["db", "stop"]).output().unwrap();
    assert!(stderr_of(&out).contains("was not running"));

    env.workout().args(["user", "show"]).assert().success();
    assert_eq!(env.status()["state"], "running");
}

#[test]
fn two_concurrent_first_runs_both_succeed_with_one_cluster() {
    let env = Env::new();
    let spawn = || {
        let mut cmd = bare_std(env.home.path());
        cmd.env("WORKOUT_DATA_DIR", &env.data)
            .args(["user", "show", "--format", "json"]);
        cmd
    };
    let a = spawn()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let b = spawn()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success(), "first: {}", stderr_of(&a));
    assert!(b.status.success(), "second: {}", stderr_of(&b));
    assert_eq!(json_of(&a)["id"], json_of(&b)["id"], "one local user");
    let entries: Vec<String> = std::fs::read_dir(&env.data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(entries.contains(&"cluster".to_string()));
    assert!(
        !entries.contains(&"cluster.init".to_string()),
        "{entries:?}"
    );
    assert_eq!(env.status()["state"], "running");
}

/// After a crash (kill -9) the server leaves its postmaster.pid and socket;
/// after a reboot the pid in it may belong to another live process.
#[test]
fn a_stale_postmaster_pid_is_recovered_from() {
    let env = Env::new();
    env.workout().args(["user", "show"]).assert().success();
    let pid = env.postmaster_pid();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    wait_until_gone(pid);
    // Let the orphaned backends notice and exit.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(
        env.data.join("cluster/postmaster.pid").exists(),
        "the crash left the pid file"
    );

    // A live process that is not postgres now has a pid in the file.
    let mut impostor = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let pid_file = env.data.join("cluster/postmaster.pid");
    let text = std::fs::read_to_string(&pid_file).unwrap();
    let rest: Vec<&str> = text.lines().skip(1).collect();
    std::fs::write(
        &pid_file,
        format!("{}\n{}\n", impostor.id(), rest.join("\n")),
    )
    .unwrap();

    let out = env.workout().args(["user", "show"]).output().unwrap();
    impostor.kill().unwrap();
    impostor.wait().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(env.status()["state"], "running");
    assert_ne!(env.postmaster_pid(), pid);
}

#[test]
fn no_server_binaries_is_one_sentence_that_says_what_to_do() {
    let env = Env::new();
    let empty = tempfile::tempdir().unwrap();
    let out = env
        .workout()
        .env("WORKOUT_PG_BINDIR", empty.path())
        .args(["user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 5, "apt-get install postgresql");
    assert!(stderr_of(&out).contains("--database-url"));
    assert_eq!(stderr_of(&out).lines().count(), 1);
}

#[test]
fn the_default_data_dir_is_where_the_server_can_reach_it() {
    let home = temp_home();
    let out = bare_workout(home.path())
        .args(["db", "status", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let dir = json_of(&out)["dataDir"].as_str().unwrap().to_string();
    if server_account().is_some() {
        assert_eq!(
            dir, "/var/lib/workout-tracker",
            "root's home is closed to postgres"
        );
    } else {
        assert_eq!(
            dir,
            home.path()
                .join(".local/share/workout-tracker")
                .display()
                .to_string()
        );
    }
}

#[test]
fn as_root_a_data_dir_postgres_cannot_enter_is_refused_clearly() {
    if server_account().is_none() {
        eprintln!("skipped: only meaningful as root");
        return;
    }
    let closed = temp_home();
    std::fs::set_permissions(closed.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = bare_workout(closed.path())
        .env("WORKOUT_DATA_DIR", closed.path().join("data"))
        .args(["user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 5, "cannot enter");
}

/// After a reboot the pid in a stale postmaster.pid may belong to another
/// live PostgreSQL server (the system's own also runs as postgres): that
/// server is not ours, `db status` does not report it, `db stop` never
/// signals it, and the embedded server starts.
#[test]
fn a_pid_file_naming_another_postgres_server_is_stale() {
    let env = Env::new();
    env.workout().args(["user", "show"]).assert().success();
    env.workout().args(["db", "stop"]).assert().success();
    let other = ExtraServer::start(false, &[], &[]);
    let pid_file = env.data.join("cluster/postmaster.pid");
    std::fs::write(
        &pid_file,
        format!(
            "{}\n{}\n0\n{}\n",
            other.pid(),
            env.data.join("cluster").display(),
            workout_tracker::embedded::PORT
        ),
    )
    .unwrap();

    assert_eq!(env.status()["state"], "stopped");
    let out = env.workout().args(["db", "stop"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("was not running"));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(other.is_up(), "db stop must not stop another server");
    assert!(std::path::Path::new(&format!("/proc/{}", other.pid())).exists());

    let out = env.workout().args(["user", "show"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let status = env.status();
    assert_eq!(status["state"], "running");
    assert_ne!(env.postmaster_pid(), other.pid());
    env.workout().args(["db", "stop"]).assert().success();
    assert!(other.is_up(), "stopping ours leaves the other running");
}

/// The data dir is 0700 and the server's log 0600, also when an older
/// `workout` left them open.
#[test]
fn the_data_dir_and_log_are_private() {
    let env = Env::new();
    env.workout().args(["user", "show"]).assert().success();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.data), 0o700);
    assert_eq!(mode(&env.data.join("server.log")), 0o600);

    env.workout().args(["db", "stop"]).assert().success();
    std::fs::set_permissions(&env.data, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(
        env.data.join("server.log"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    env.workout().args(["user", "show"]).assert().success();
    assert_eq!(mode(&env.data), 0o700);
    assert_eq!(mode(&env.data.join("server.log")), 0o600);
    if let Some((uid, _)) = server_account() {
        assert_eq!(std::fs::metadata(&env.data).unwrap().uid(), uid);
        assert_eq!(
            std::fs::metadata(env.data.join("server.log"))
                .unwrap()
                .uid(),
            uid
        );
    }
}
