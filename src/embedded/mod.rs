//! The embedded default database: a private PostgreSQL cluster that
//! `workout` creates with the machine's own `initdb`/`pg_ctl` under its data
//! dir, listening only on a Unix socket in a 0700 directory.
//!
//! Layout under the data dir:
//! - `cluster/`     the PGDATA directory (made as `cluster.init/`, then renamed,
//!   so a crash during initdb never leaves a half-made cluster behind)
//! - `run/`         the socket directory, mode 0700
//! - `server.log`   the server's log, mode 0600
//! - `lock`         the file lock that makes concurrent first runs safe
//!
//! The data dir itself is 0700 (as root, owned by `postgres`).
//!
//! PostgreSQL refuses to run as root, so when `workout` runs as root the
//! server runs as the `postgres` system user, which owns `cluster/`, `run/`
//! and the log. That user cannot enter root's home, so as root the default
//! data dir is `/var/lib/workout-tracker` rather than one under `~`.
//!
//! Authentication is `trust`: the socket directory is 0700, so only its
//! owner (and root) can reach the server at all.

mod bins;

use std::fs;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use anyhow::{Context, Result, bail};

use crate::error::Kind;

pub use bins::find_bindir;

/// The port number; with no TCP listener it only names the socket file.
pub const PORT: u16 = 5439;
/// The superuser role and the database `workout` uses in the cluster.
pub const ROLE: &str = "workout";
pub const DATABASE: &str = "workout";
/// Overrides the data dir (where the cluster lives).
pub const DATA_DIR_VAR: &str = "WORKOUT_DATA_DIR";
/// The default data dir when running as root.
pub const ROOT_DATA_DIR: &str = "/var/lib/workout-tracker";

/// The embedded cluster's location and the account its server runs as.
#[derive(Debug, Clone)]
pub struct Embedded {
    pub data_dir: PathBuf,
    /// `Some((uid, gid))` when running as root: the server runs as `postgres`.
    run_as: Option<(u32, u32)>,
}

/// What `db status` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    NotInitialized,
    Stopped,
    Running { pid: u32 },
}

impl Embedded {
    /// The data dir from `WORKOUT_DATA_DIR`, else `/var/lib/workout-tracker`
    /// as root, else the `directories` data dir (`~/.local/share/workout-tracker`).
    pub fn locate() -> Result<Self> {
        let root = nix::unistd::geteuid().is_root();
        let data_dir = match std::env::var_os(DATA_DIR_VAR).filter(|v| !v.is_empty()) {
            Some(dir) => std::path::absolute(PathBuf::from(dir))?,
            None if root => PathBuf::from(ROOT_DATA_DIR),
            None => directories::ProjectDirs::from("", "", crate::config::APP)
                .context("cannot find a home directory for the embedded database (is HOME set?)")?
                .data_local_dir()
                .to_path_buf(),
        };
        let run_as = if root {
            let user = nix::unistd::User::from_name("postgres")
                .ok()
                .flatten()
                .ok_or_else(|| {
                    Kind::Database.err(
                        "running as root, the embedded database needs a `postgres` system user to run the server \
                         (apt-get install postgresql makes one), or set a database URL with --database-url",
                    )
                })?;
            Some((user.uid.as_raw(), user.gid.as_raw()))
        } else {
            None
        };
        Ok(Self { data_dir, run_as })
    }

    pub fn cluster_dir(&self) -> PathBuf {
        self.data_dir.join("cluster")
    }
    pub fn socket_dir(&self) -> PathBuf {
        self.data_dir.join("run")
    }
    pub fn log_file(&self) -> PathBuf {
        self.data_dir.join("server.log")
    }
    fn lock_file(&self) -> PathBuf {
        self.data_dir.join("lock")
    }

    /// The URL of the cluster's `workout` database.
    pub fn url(&self) -> String {
        self.url_for(DATABASE)
    }

    pub fn url_for(&self, database: &str) -> String {
        let host: String =
            url::form_urlencoded::byte_serialize(self.socket_dir().as_os_str().as_encoded_bytes())
                .collect();
        format!("postgres://{ROLE}@localhost/{database}?host={host}&port={PORT}")
    }

    /// Whether the cluster exists and its server runs.
    pub fn state(&self) -> State {
        if !self.cluster_dir().join("PG_VERSION").exists() {
            return State::NotInitialized;
        }
        match self.live_postmaster() {
            Some(pid) => State::Running { pid },
            None => State::Stopped,
        }
    }

    /// The pid in `postmaster.pid` if that process is alive, is a postgres
    /// server and serves this cluster. A pid left by a crash or a reboot may
    /// since belong to another process, even to another PostgreSQL server
    /// (the system's own also runs as `postgres`), so neither liveness nor
    /// the program's name is enough: the process must serve our data dir.
    fn live_postmaster(&self) -> Option<u32> {
        let text = fs::read_to_string(self.cluster_dir().join("postmaster.pid")).ok()?;
        let pid: u32 = text.lines().next()?.trim().parse().ok()?;
        let comm = fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
        if comm.trim() != "postgres" {
            return None;
        }
        let ours = fs::canonicalize(self.cluster_dir()).ok()?;
        serves_data_dir(pid, &ours).then_some(pid)
    }

    /// Creates the cluster if it does not exist and starts its server if it
    /// is not running; then makes sure the `workout` database exists. Safe to
    /// call from many processes at once: an exclusive file lock serializes
    /// them, and each re-checks the state once it holds the lock.
    pub fn ensure_running(&self) -> Result<()> {
        let _lock = self.lock()?;
        if self.state() == State::NotInitialized {
            self.init()?;
        }
        if !matches!(self.state(), State::Running { .. }) {
            self.start_locked()?;
        }
        Ok(())
    }

    /// `db start`: like [`ensure_running`](Self::ensure_running).
    pub fn start(&self) -> Result<()> {
        self.ensure_running()
    }

    /// `db stop`: stops the server (fast shutdown); Ok(false) if it was not running.
    pub fn stop(&self) -> Result<bool> {
        let _lock = self.lock()?;
        if !matches!(self.state(), State::Running { .. }) {
            return Ok(false);
        }
        let bindir = find_bindir()?;
        let out = self.run(
            Command::new(bindir.join("pg_ctl"))
                .arg("stop")
                .arg("-D")
                .arg(self.cluster_dir())
                .args(["-m", "fast", "-w", "-t", "60"]),
        )?;
        if !out.status.success() {
            bail!(
                "pg_ctl could not stop the embedded server: {}",
                stderr_of(&out)
            );
        }
        Ok(true)
    }

    /// Takes the exclusive lock on `<data>/lock`, creating the data dir.
    fn lock(&self) -> Result<fs::File> {
        self.check_socket_path()?;
        fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("cannot create the data dir {}", self.data_dir.display()))?;
        if self.run_as.is_some() {
            self.check_reachable_by_server()?;
        }
        self.make_private()?;
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.lock_file())
            .with_context(|| format!("cannot open {}", self.lock_file().display()))?;
        file.lock()
            .with_context(|| format!("cannot lock {}", self.lock_file().display()))?;
        Ok(file)
    }

    /// The data dir 0700 and the server's log 0600, owned by the server's
    /// account: the log holds statements and user names. Also fixes a data
    /// dir or log made more open by an older `workout`.
    fn make_private(&self) -> Result<()> {
        self.give_to_server(&self.data_dir)?;
        fs::set_permissions(&self.data_dir, fs::Permissions::from_mode(0o700)).with_context(
            || {
                format!(
                    "cannot make the data dir {} private",
                    self.data_dir.display()
                )
            },
        )?;
        let log = self.log_file();
        if log.exists() {
            self.give_to_server(&log)?;
            fs::set_permissions(&log, fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make {} private", log.display()))?;
        }
        Ok(())
    }

    /// A Unix socket path is limited to 107 bytes.
    fn check_socket_path(&self) -> Result<()> {
        let socket = self.socket_dir().join(format!(".s.PGSQL.{PORT}"));
        if socket.as_os_str().len() > 100 {
            return Err(Kind::Database.err(format!(
                "the embedded database's socket path {} is too long for a Unix socket: set {DATA_DIR_VAR} to a shorter directory",
                socket.display()
            )));
        }
        Ok(())
    }

    /// As root, the `postgres` user must be able to reach the data dir: every
    /// directory above it must be searchable by others.
    fn check_reachable_by_server(&self) -> Result<()> {
        let mut dir = self.data_dir.parent();
        while let Some(d) = dir {
            let mode = fs::metadata(d)
                .map(|m| m.permissions().mode())
                .unwrap_or(0o755);
            if mode & 0o001 == 0 {
                return Err(Kind::Database.err(format!(
                    "the embedded database cannot live in {}: the postgres user that runs its server cannot enter {}; \
                     set {DATA_DIR_VAR} to a directory outside it (the default as root is {ROOT_DATA_DIR})",
                    self.data_dir.display(),
                    d.display()
                )));
            }
            dir = d.parent();
        }
        Ok(())
    }

    /// A directory owned by the server's account with the given mode.
    fn make_server_dir(&self, dir: &Path, mode: u32) -> Result<()> {
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        self.give_to_server(dir)?;
        fs::set_permissions(dir, fs::Permissions::from_mode(mode))?;
        Ok(())
    }

    fn give_to_server(&self, path: &Path) -> Result<()> {
        if let Some((uid, gid)) = self.run_as {
            std::os::unix::fs::chown(path, Some(uid), Some(gid))
                .with_context(|| format!("cannot give {} to the postgres user", path.display()))?;
        }
        Ok(())
    }

    /// initdb into `cluster.init/`, configure, rename to `cluster/`.
    fn init(&self) -> Result<()> {
        let bindir = find_bindir()?;
        let staging = self.data_dir.join("cluster.init");
        if staging.exists() {
            // Left by an initdb that crashed: we hold the lock, nobody else is using it.
            fs::remove_dir_all(&staging)
                .with_context(|| format!("cannot remove the unfinished {}", staging.display()))?;
        }
        self.make_server_dir(&staging, 0o700)?;
        let out = self.run(
            Command::new(bindir.join("initdb"))
                .arg("-D")
                .arg(&staging)
                .args(["-U", ROLE, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"])
                .env("TZ", "UTC"),
        )?;
        if !out.status.success() {
            bail!(
                "initdb could not create the embedded database: {}",
                stderr_of(&out)
            );
        }
        let conf = format!(
            "\n# Set by workout: a private server reachable only through its socket.\n\
             listen_addresses = ''\n\
             port = {PORT}\n\
             unix_socket_directories = '{}'\n\
             unix_socket_permissions = 0700\n\
             timezone = 'UTC'\n\
             log_timezone = 'UTC'\n",
            self.socket_dir().display().to_string().replace('\'', "''")
        );
        let conf_path = staging.join("postgresql.conf");
        let mut text = fs::read_to_string(&conf_path)?;
        text.push_str(&conf);
        fs::write(&conf_path, text)?;
        fs::rename(&staging, self.cluster_dir()).with_context(|| {
            format!(
                "cannot move the new cluster to {}",
                self.cluster_dir().display()
            )
        })?;
        Ok(())
    }

    /// Starts the server (the lock is held), recovering from a stale
    /// `postmaster.pid` or socket lock left by a crash or a reboot.
    fn start_locked(&self) -> Result<()> {
        let bindir = find_bindir()?;
        self.make_server_dir(&self.socket_dir(), 0o700)?;
        // No live server owns these (checked under the lock), so they are stale.
        for stale in [
            self.cluster_dir().join("postmaster.pid"),
            self.socket_dir().join(format!(".s.PGSQL.{PORT}.lock")),
            self.socket_dir().join(format!(".s.PGSQL.{PORT}")),
        ] {
            match fs::remove_file(&stale) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(e)
                        .with_context(|| format!("cannot remove the stale {}", stale.display()));
                }
            }
        }
        let log = self.log_file();
        if !log.exists() {
            use std::os::unix::fs::OpenOptionsExt;
            fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(&log)
                .with_context(|| format!("cannot create {}", log.display()))?;
        }
        self.give_to_server(&log)?;
        fs::set_permissions(&log, fs::Permissions::from_mode(0o600))?;
        let out = self.run(
            Command::new(bindir.join("pg_ctl"))
                .arg("start")
                .arg("-D")
                .arg(self.cluster_dir())
                .arg("-l")
                .arg(&log)
                .args(["-w", "-t", "60"]),
        )?;
        if !out.status.success() {
            let tail = fs::read_to_string(&log)
                .map(|t| {
                    t.lines()
                        .rev()
                        .take(5)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default();
            bail!(
                "pg_ctl could not start the embedded server: {}\n{}",
                stderr_of(&out),
                tail
            );
        }
        Ok(())
    }

    /// Runs a server binary as the server's account, with no stdin and a
    /// working directory that account can enter.
    fn run(&self, cmd: &mut Command) -> Result<Output> {
        cmd.current_dir(&self.data_dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some((uid, gid)) = self.run_as {
            cmd.uid(uid)
                .gid(gid)
                .env("HOME", &self.data_dir)
                .env_remove("PGDATA");
        }
        // pg_ctl start leaves the server running with our stdout/stderr pipes
        // unless it gets its own: the server logs to -l, so null is right.
        let program = cmd.get_program().to_string_lossy().into_owned();
        cmd.output()
            .with_context(|| format!("cannot run {program}"))
    }
}

/// Whether the postgres process `pid` serves the data dir `dir` (canonical).
/// The server changes into its data dir at start, so its working directory
/// names it; when that cannot be read (a process of another user), its
/// command line's `-D` must name it, resolved against its working directory
/// if relative: a process whose data dir cannot be told is not ours.
fn serves_data_dir(pid: u32, dir: &Path) -> bool {
    match fs::read_link(format!("/proc/{pid}/cwd")) {
        Ok(cwd) => return cwd.as_path() == dir,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return false,
        Err(_) => {}
    }
    let Ok(cmdline) = fs::read(format!("/proc/{pid}/cmdline")) else {
        return false;
    };
    let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
    let named = args.windows(2).find_map(|w| {
        if w[0] == b"-D" {
            Some(w[1].to_vec())
        } else {
            w[0].strip_prefix(b"-D".as_slice())
                .filter(|rest| !rest.is_empty())
                .map(<[u8]>::to_vec)
        }
    });
    let Some(named) = named else {
        return false;
    };
    let named = PathBuf::from(std::ffi::OsString::from_vec(named));
    named.is_absolute() && fs::canonicalize(&named).is_ok_and(|p| p == dir)
}

fn stderr_of(out: &Output) -> String {
    let mut s = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if s.is_empty() {
        s = String::from_utf8_lossy(&out.stdout).trim().to_string();
    }
    s
}
