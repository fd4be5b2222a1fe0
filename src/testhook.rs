//! Test hooks: environment variables that make a debug build pause at a
//! known point, so a test can kill the process there. A release build
//! ignores them (it reads no such variable), so a user cannot make
//! `workout` hang by setting one.

/// The value of the hook variable `name` in a debug build; `None` in a
/// release build.
pub fn var(name: &str) -> Option<String> {
    if cfg!(debug_assertions) {
        std::env::var(name).ok()
    } else {
        None
    }
}
