//! The test harness.
//!
//! With no `DATABASE_URL`, the first test to need a database starts one
//! throwaway PostgreSQL server for the whole run: its own initdb in a
//! private directory under /tmp, listening only on a Unix socket there, with
//! durability off (it is thrown away). Run as root, it runs as `postgres`.
//! A reaper process removes it when the test process exits. With
//! `DATABASE_URL` set to a server where the role may create databases, that
//! server is used instead.
//!
//! Every test gets its own fresh database, cloned from a template that the
//! real migrations migrated once (cloning is a file copy: fast). Binary tests
//! run `workout` with a cleared environment and a temporary HOME.

#![allow(dead_code)]

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use sqlx::{Connection, Executor, PgConnection, Row};

pub const BIN: &str = env!("CARGO_BIN_EXE_workout");

struct Server {
    /// A URL to the server's maintenance database, for CREATE/DROP DATABASE.
    admin_url: String,
    /// The database every test database is cloned from.
    template: String,
    /// Whether this run started the server (and so owns every database on it).
    throwaway: bool,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The runtime the harness's own SQL runs on.
pub fn rt() -> &'static tokio::runtime::Runtime {
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
    })
}

fn server() -> &'static Server {
    SERVER.get_or_init(|| match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => Server::external(url),
        _ => Server::throwaway(),
    })
}

/// The uid and gid the server must run as: `postgres` when we are root.
pub fn server_account() -> Option<(u32, u32)> {
    if !nix::unistd::geteuid().is_root() {
        return None;
    }
    let u = nix::unistd::User::from_name("postgres").unwrap().expect(
        "running the tests as root needs a `postgres` system user (apt-get install postgresql)",
    );
    Some((u.uid.as_raw(), u.gid.as_raw()))
}

fn as_server(cmd: &mut StdCommand) -> &mut StdCommand {
    if let Some((uid, gid)) = server_account() {
        cmd.uid(uid).gid(gid);
    }
    cmd.current_dir("/")
}

pub fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

impl Server {
    fn throwaway() -> Self {
        let bindir = workout_tracker::embedded::find_bindir()
            .expect("the tests need PostgreSQL server binaries (apt-get install postgresql) or DATABASE_URL");
        let dir = PathBuf::from(format!("/tmp/workout-it-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        if let Some((uid, gid)) = server_account() {
            std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).unwrap();
        }
        let data = dir.join("data");
        let port = 54329;
        let out = as_server(
            StdCommand::new(bindir.join("initdb"))
                .arg("-D")
                .arg(&data)
                .args([
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]),
        )
        .output()
        .unwrap();
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let opts = format!(
            "-c listen_addresses='' -k {} -p {port} -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB",
            dir.display()
        );
        let out = as_server(
            StdCommand::new(bindir.join("pg_ctl"))
                .arg("start")
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(dir.join("server.log"))
                .args(["-w", "-t", "60", "-o", &opts])
                .stdin(Stdio::null()),
        )
        .output()
        .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The reaper: when this test process is gone, stop the server and
        // remove its directory. It holds none of our pipes, so cargo does
        // not wait for it.
        let script = format!(
            "while [ -d /proc/{pid} ]; do sleep 0.5; done; '{pg_ctl}' -D '{data}' stop -m immediate >/dev/null 2>&1; rm -rf '{dir}'",
            pid = std::process::id(),
            pg_ctl = bindir.join("pg_ctl").display(),
            data = data.display(),
            dir = dir.display(),
        );
        // Deliberately never waited for: it must outlive this process.
        #[allow(clippy::zombie_processes)]
        as_server(StdCommand::new("sh").args(["-c", &script]))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        let admin_url = format!(
            "postgres://postgres@localhost/postgres?host={}&port={port}",
            url_encode(&dir.display().to_string())
        );
        let s = Server {
            admin_url,
            template: "workout_template".into(),
            throwaway: true,
        };
        s.make_template();
        s
    }

    fn external(admin_url: String) -> Self {
        // One template per version of the migrations, kept between runs.
        let mut h: u64 = 1469598103934665603;
        for m in workout_tracker::MIGRATOR.iter() {
            for b in m.checksum.iter() {
                h = (h ^ *b as u64).wrapping_mul(1099511628211);
            }
        }
        let s = Server {
            admin_url,
            template: format!("workout_it_tmpl_{:x}", h),
            throwaway: false,
        };
        s.make_template();
        s
    }

    fn make_template(&self) {
        rt().block_on(async {
            let mut admin = PgConnection::connect(&self.admin_url)
                .await
                .expect("cannot reach the test server");
            // Serialize template creation between concurrent test runs.
            admin
                .execute("SELECT pg_advisory_lock(827361)")
                .await
                .unwrap();
            let exists: bool =
                sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
                    .bind(&self.template)
                    .fetch_one(&mut admin)
                    .await
                    .unwrap();
            if !exists {
                let building = format!("{}_building", self.template);
                admin
                    .execute(
                        format!(r#"DROP DATABASE IF EXISTS "{building}" WITH (FORCE)"#).as_str(),
                    )
                    .await
                    .unwrap();
                admin
                    .execute(format!(r#"CREATE DATABASE "{building}""#).as_str())
                    .await
                    .unwrap();
                let mut conn = PgConnection::connect(&db_url(&self.admin_url, &building))
                    .await
                    .unwrap();
                workout_tracker::MIGRATOR
                    .run(&mut conn)
                    .await
                    .expect("the migrations must apply to an empty database");
                conn.close().await.unwrap();
                admin
                    .execute(
                        format!(
                            r#"ALTER DATABASE "{building}" RENAME TO "{}""#,
                            self.template
                        )
                        .as_str(),
                    )
                    .await
                    .unwrap();
            }
            admin
                .execute("SELECT pg_advisory_unlock(827361)")
                .await
                .unwrap();
        });
    }
}

/// `url` with its database replaced by `db`.
pub fn db_url(url: &str, db: &str) -> String {
    let mut u = url::Url::parse(url).unwrap();
    u.set_path(&format!("/{db}"));
    u.to_string()
}

/// A fresh database of its own for one test, dropped at the end.
pub struct TestDb {
    pub name: String,
    pub url: String,
    pub home: tempfile::TempDir,
    /// Sent as WORKOUT_USER by [`TestDb::workout`] when set.
    pub user: Option<String>,
}

impl TestDb {
    /// A database migrated to the current schema.
    pub fn new() -> Self {
        let s = server();
        Self::create(Some(&s.template))
    }

    /// An empty database: no schema at all.
    pub fn empty() -> Self {
        Self::create(None)
    }

    fn create(template: Option<&str>) -> Self {
        let s = server();
        let name = format!(
            "workout_it_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let sql = match template {
            Some(t) => format!(r#"CREATE DATABASE "{name}" TEMPLATE "{t}""#),
            None => format!(r#"CREATE DATABASE "{name}""#),
        };
        rt().block_on(async {
            let mut admin = PgConnection::connect(&s.admin_url).await.unwrap();
            // Cloning fails while another session is connected to the template;
            // only the harness ever is, briefly, so retry.
            for attempt in 0.. {
                match admin.execute(sql.as_str()).await {
                    Ok(_) => break,
                    Err(e) if attempt < 50 => {
                        let _ = e;
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await
                    }
                    Err(e) => panic!("cannot create a test database: {e}"),
                }
            }
            admin.close().await.unwrap();
        });
        Self {
            url: db_url(&s.admin_url, &name),
            name,
            home: temp_home(),
            user: None,
        }
    }

    /// A copy of this database as it is now (CREATE DATABASE ... TEMPLATE),
    /// with its own fresh HOME: a test can fill one database once and run
    /// several checks on copies of it. Nothing may be connected to `self`.
    pub fn copy(&self) -> Self {
        let mut d = Self::create(Some(&self.name));
        d.user = self.user.clone();
        d
    }

    /// Adds a user through the binary and acts as it from then on.
    pub fn with_user(mut self, email: &str) -> Self {
        self.workout()
            .args(["user", "add", email])
            .assert()
            .success();
        self.user = Some(email.to_string());
        self
    }

    /// The binary, with a cleared environment, this test's HOME and database.
    pub fn workout(&self) -> Command {
        let mut cmd = bare_workout(self.home.path());
        cmd.env("WORKOUT_DATABASE_URL", &self.url);
        if let Some(u) = &self.user {
            cmd.env("WORKOUT_USER", u);
        }
        cmd
    }

    /// Runs `workout ARGS --format json` with the clock at `now` (RFC
    /// 3339), asserts success and parses stdout.
    pub fn json_at(&self, now: &str, args: &[&str]) -> serde_json::Value {
        let out = self
            .workout()
            .env("WORKOUT_NOW", now)
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        json_of(&out)
    }

    pub fn home_path(&self) -> &Path {
        self.home.path()
    }

    /// Runs SQL (one or more statements, no parameters).
    pub fn sql(&self, sql: &str) {
        rt().block_on(async {
            let mut c = PgConnection::connect(&self.url).await.unwrap();
            sqlx::raw_sql(sql)
                .execute(&mut c)
                .await
                .unwrap_or_else(|e| panic!("{e}\n{sql}"));
            c.close().await.unwrap();
        })
    }

    /// The first column of every row, as text (NULL as "NULL").
    pub fn strings(&self, sql: &str) -> Vec<String> {
        rt().block_on(async {
            let mut c = PgConnection::connect(&self.url).await.unwrap();
            let rows = sqlx::query(sql)
                .fetch_all(&mut c)
                .await
                .unwrap_or_else(|e| panic!("{e}\n{sql}"));
            c.close().await.unwrap();
            rows.iter()
                .map(|r| {
                    r.try_get::<Option<String>, _>(0)
                        .unwrap()
                        .unwrap_or_else(|| "NULL".into())
                })
                .collect()
        })
    }

    /// A single integer.
    /// Reverts, one `workout migrate down --yes` at a time (each must
    /// succeed), every migration newer than `version`, so a test about one
    /// migration does not count the migrations added after it.
    pub fn migrate_down_to(&self, version: i64) {
        while self.int("SELECT max(version) FROM _sqlx_migrations") > version {
            let out = self
                .workout()
                .args(["migrate", "down", "--yes"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", stderr_of(&out));
        }
    }

    pub fn int(&self, sql: &str) -> i64 {
        rt().block_on(async {
            let mut c = PgConnection::connect(&self.url).await.unwrap();
            let v: i64 = sqlx::query_scalar(sql)
                .fetch_one(&mut c)
                .await
                .unwrap_or_else(|e| panic!("{e}\n{sql}"));
            c.close().await.unwrap();
            v
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let s = server();
        let sql = format!(r#"DROP DATABASE IF EXISTS "{}" WITH (FORCE)"#, self.name);
        let _ = rt().block_on(async {
            let mut admin = PgConnection::connect(&s.admin_url).await?;
            admin.execute(sql.as_str()).await
        });
    }
}

/// A temporary HOME that the `postgres` user can enter (for embedded tests as root).
pub fn temp_home() -> tempfile::TempDir {
    let d = tempfile::Builder::new()
        .prefix("wt-home")
        .tempdir_in("/tmp")
        .unwrap();
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    d
}

/// The binary with a cleared environment: PATH, HOME, a pinned terminal
/// width and a machine time zone the tool must ignore (times come from the
/// user's profile, never from the machine).
pub fn bare_workout(home: &Path) -> Command {
    Command::from_std(bare_std(home))
}

/// The same as a `std::process::Command`, for spawning several at once.
pub fn bare_std(home: &Path) -> StdCommand {
    let mut cmd = StdCommand::new(BIN);
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("TZ", "Pacific/Chatham")
        .env("COLUMNS", "200")
        .env("NO_COLOR", "1");
    cmd
}

/// Standard error of a finished command, as text.
pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts the shape every error must have: exit `code`, a first line that
/// starts with "error: " and mentions `needle`, and no panic.
pub fn assert_error(out: &std::process::Output, code: i32, needle: &str) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(code), "exit code; stderr:\n{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error: "),
        "first line should be the sentence: {err}"
    );
    assert!(
        err.contains(needle),
        "stderr should mention {needle:?}:\n{err}"
    );
    assert!(!err.contains("panicked"), "panic:\n{err}");
}

/// Parses stdout as JSON.
pub fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", stdout_of(out)))
}

/// A second, separate PostgreSQL server a test starts for itself: its own
/// data dir and socket dir under /tmp, optionally a TCP port on 127.0.0.1
/// (never 5432), extra settings, and files (such as TLS keys) put in its
/// data dir owned by the server's account with mode 0600. Stopped and
/// removed when dropped.
pub struct ExtraServer {
    pub dir: PathBuf,
    pub data: PathBuf,
    pub port: u16,
    bindir: PathBuf,
}

impl ExtraServer {
    /// `tcp`: also listen on 127.0.0.1 (on a free port). `files`: written
    /// into the data dir before the start. `settings`: `-c` options.
    pub fn start(tcp: bool, files: &[(&str, &[u8])], settings: &[&str]) -> Self {
        let bindir = workout_tracker::embedded::find_bindir().unwrap();
        let dir = tempfile::Builder::new()
            .prefix("wt-extra")
            .tempdir_in("/tmp")
            .unwrap()
            .keep();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        if let Some((uid, gid)) = server_account() {
            std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).unwrap();
        }
        let data = dir.join("data");
        let out = as_server(
            StdCommand::new(bindir.join("initdb"))
                .arg("-D")
                .arg(&data)
                .args(["-U", "postgres", "-A", "trust", "-E", "UTF8"])
                .args(["--locale=C.UTF-8", "--no-sync"]),
        )
        .output()
        .unwrap();
        assert!(out.status.success(), "initdb: {}", stderr_of(&out));
        for (name, bytes) in files {
            let path = data.join(name);
            std::fs::write(&path, bytes).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
            if let Some((uid, gid)) = server_account() {
                std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
            }
        }
        let port = if tcp {
            std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port()
        } else {
            // With no TCP listener the port only names the socket file.
            5433
        };
        assert_ne!(port, 5432);
        let listen = if tcp { "127.0.0.1" } else { "" };
        let mut opts = format!(
            "-c listen_addresses='{listen}' -k {} -p {port} -c fsync=off",
            dir.display()
        );
        for s in settings {
            opts.push_str(" -c ");
            opts.push_str(s);
        }
        let out = as_server(
            StdCommand::new(bindir.join("pg_ctl"))
                .arg("start")
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(dir.join("server.log"))
                .args(["-w", "-t", "60", "-o", &opts])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped()),
        )
        .output()
        .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl start: {}\n{}",
            stderr_of(&out),
            std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
        );
        Self {
            dir,
            data,
            port,
            bindir,
        }
    }

    /// The postmaster's pid.
    pub fn pid(&self) -> i32 {
        let text = std::fs::read_to_string(self.data.join("postmaster.pid")).unwrap();
        text.lines().next().unwrap().trim().parse().unwrap()
    }

    /// Whether the server still answers on its socket.
    pub fn is_up(&self) -> bool {
        StdCommand::new(self.bindir.join("pg_isready"))
            .arg("-h")
            .arg(&self.dir)
            .arg("-p")
            .arg(self.port.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// A URL over TCP to its `postgres` database, with `query` appended.
    pub fn tcp_url(&self, host: &str, query: &str) -> String {
        format!("postgres://postgres@{host}:{}/postgres?{query}", self.port)
    }
}

impl Drop for ExtraServer {
    fn drop(&mut self) {
        let _ = as_server(
            StdCommand::new(self.bindir.join("pg_ctl"))
                .arg("stop")
                .arg("-D")
                .arg(&self.data)
                .args(["-m", "immediate", "-w"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// How many migrations the binary embeds: the `.up.sql` files of migrations/.
pub fn migrations_in_tree() -> usize {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".up.sql")
        })
        .count()
}
