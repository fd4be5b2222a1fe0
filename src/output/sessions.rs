//! Views of a session shared by several `session` verbs.

use serde::{Deserialize, Serialize};

use crate::app::session::Session;
use crate::app::{Timestamp, User};
use crate::domain::quantity::format_duration;
use crate::output::TableData;

/// A session as machine output prints it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub id: String,
    pub name: String,
    /// SCHEDULED, IN_PROGRESS, COMPLETED, SKIPPED or CANCELLED.
    pub status: String,
    pub plan: Option<String>,
    pub day: Option<String>,
    /// ISO 8601, UTC.
    pub scheduled_at: Option<String>,
    pub started_at: Option<String>,
    pub completed_at: Option<String>,
    pub duration_minutes: Option<i32>,
    pub sets: i32,
    pub notes: Option<String>,
}

crate::record!(SessionView);

impl From<&Session> for SessionView {
    fn from(s: &Session) -> Self {
        Self {
            id: s.id.to_string(),
            name: s.name.clone(),
            status: s.status.label().to_string(),
            plan: s.plan_name.clone(),
            day: s.day_name.clone(),
            scheduled_at: s.scheduled_at.map(Timestamp::iso),
            started_at: s.started_at.map(Timestamp::iso),
            completed_at: s.completed_at.map(Timestamp::iso),
            duration_minutes: s.duration_minutes,
            sets: s.set_count,
            notes: s.notes.clone(),
        }
    }
}

/// A row of the session list's table: its fields are the columns.
#[derive(Serialize, Deserialize)]
struct SessionRow {
    when: String,
    name: String,
    plan: String,
    status: String,
    sets: i32,
    id: String,
}

/// The session list as a table for people.
pub fn session_table(u: &User, list: &[Session]) -> TableData {
    TableData::of(
        &list
            .iter()
            .map(|s| SessionRow {
                when: u.local(s.when(), "%a %Y-%m-%d %H:%M"),
                name: s.name.clone(),
                plan: match (&s.plan_name, &s.day_name) {
                    (Some(p), Some(d)) => format!("{p} / {d}"),
                    (Some(p), None) => p.clone(),
                    _ => String::new(),
                },
                status: s.status.human().to_string(),
                sets: s.set_count,
                id: s.id.to_string(),
            })
            .collect::<Vec<_>>(),
    )
}

pub fn session_fields(u: &User, s: &Session) -> Vec<(&'static str, String)> {
    let t = |v: Option<Timestamp>| {
        v.map(|t| u.local(t, "%Y-%m-%d %H:%M %Z"))
            .unwrap_or_default()
    };
    vec![
        ("name", s.name.clone()),
        ("status", s.status.human().to_string()),
        ("plan", s.plan_name.clone().unwrap_or_default()),
        ("day", s.day_name.clone().unwrap_or_default()),
        ("scheduled", t(s.scheduled_at)),
        ("started", t(s.started_at)),
        ("completed", t(s.completed_at)),
        (
            "duration",
            s.duration_minutes
                .map(|m| format_duration(i64::from(m) * 60))
                .unwrap_or_default(),
        ),
        ("sets", s.set_count.to_string()),
        ("id", s.id.to_string()),
    ]
}

/// The summary the interactive flow prints when a session is finished:
/// its sets and volume, the records it set, the plan targets raised.
pub fn finished_lines(u: &User, f: &crate::app::log::Finished) -> Vec<String> {
    let unit = u.unit();
    let (done, sets) = (&f.session, &f.sets);
    let working = sets.iter().filter(|s| !s.is_warmup).count();
    let volume = crate::db::logs::working_volume(sets);
    let mut out = vec![
        format!("Finished `{}`.", done.name),
        format!(
            "{} set(s), {working} working · volume {} · {}",
            sets.len(),
            unit.format_volume_kg(volume),
            done.duration_minutes
                .map(|m| format_duration(i64::from(m) * 60))
                .unwrap_or_else(|| "?".into())
        ),
    ];
    for r in &f.records {
        let mut news = Vec::new();
        if let Some(kg) = r.heaviest_kg {
            news.push(format!("heaviest {}", unit.format_kg(kg)));
        }
        if let Some(kg) = r.e1rm_kg {
            news.push(format!(
                "estimated 1RM {}",
                unit.format_kg(crate::output::round2(kg))
            ));
        }
        if let Some(kg) = r.session_volume_kg {
            news.push(format!("session volume {}", unit.format_volume_kg(kg)));
        }
        if let Some(n) = r.most_reps {
            news.push(format!("most reps {n}"));
        }
        out.push(format!("New record, {}: {}", r.exercise, news.join(", ")));
    }
    for r in &f.raised {
        out.push(crate::output::sets::raised(u, r));
    }
    out
}

/// Prints [`finished_lines`] on stdout, control characters escaped.
pub fn print_finished(u: &User, f: &crate::app::log::Finished) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    for line in finished_lines(u, f) {
        writeln!(out, "{}", crate::domain::text::neutralise(&line))?;
    }
    out.flush()?;
    Ok(())
}
