//! `workout log add`: sets without prompts.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use clap::Args;

use crate::app::User;
use crate::app::sets::{self as logs, NewSets, SetExtra};
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::dates::{Toward, parse_day, split_time};
use crate::domain::plan::{local_instant, parse_time_of_day, validate_rpe};
use crate::domain::quantity::{parse_distance, parse_duration};
use crate::domain::setspec;
use crate::domain::settype::SetType;
use crate::error::Kind;
use crate::output::sets::{set_rows, set_table};

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The exercise: its name (any case) or id
    pub exercise: String,
    /// The sets, in the set grammar (docs/logging.md): 5x5@100kg, 5@100,5@105,3@110,
    /// 8@225lb rpe8, 5@100@8 w, 3x60s, 5km/25m, 3x8@+10kg (added
    /// to body weight), 3x8@-20kg (assistance)
    #[arg(allow_hyphen_values = true)]
    pub sets: Option<String>,
    /// Rate of perceived exertion, 1 to 10, for every set
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<f64>,
    /// These are warm-up sets (the same as --type warmup)
    #[arg(long, conflicts_with = "set_type")]
    pub warmup: bool,
    /// The sets' type: normal, warmup, drop, failure or amrap (docs/logging.md, "Set types")
    #[arg(long = "type", value_name = "TYPE", value_enum, ignore_case = true)]
    pub set_type: Option<SetType>,
    /// Superset group N within the session: exercises logged with the same N
    /// were done alternately
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..=99))]
    pub superset: Option<i32>,
    /// When, in your time zone: a date (noon) or date and HH:MM; dates as
    /// 2026-03-23, yesterday, mon, -2d; default now
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Add to this session (id or prefix, current, next, last); default the
    /// session in progress, else that day's, else a new one
    #[arg(long)]
    pub session: Option<String>,
    /// Cardio or timed work: 30m, 1h 5m, 90s
    #[arg(long, allow_hyphen_values = true)]
    pub duration: Option<String>,
    /// Cardio distance: 5km, 800m, 3mi
    #[arg(long, allow_hyphen_values = true)]
    pub distance: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

pub async fn run(ctx: &mut Context, u: &User, a: AddArgs) -> Result<()> {
    let ex = app::log::exercise(&mut Ctx::new(ctx, u), &a.exercise).await?;
    let specs = a
        .sets
        .as_deref()
        .map(|s| setspec::parse(s, u.unit()))
        .transpose()?;
    for s in specs.iter().flatten() {
        crate::domain::tracking::check_load(ex.tracking_type, s.load.sign(), &ex.name)
            .map_err(|e| Kind::Usage.err(e))?;
        crate::domain::tracking::check_unweighted_reps(
            ex.tracking_type,
            s.reps,
            s.load.stored_kg(),
            &ex.name,
        )
        .map_err(|e| Kind::Usage.err(e))?;
    }
    let duration = a.duration.as_deref().map(parse_duration).transpose()?;
    let distance = a.distance.as_deref().map(parse_distance).transpose()?;
    let rpe = a.rpe.map(validate_rpe).transpose()?;
    let specs: Vec<setspec::SetSpec> = match specs {
        Some(s) => s,
        None if duration.is_some() || distance.is_some() => vec![setspec::SetSpec::default()],
        None => {
            return Err(Kind::Usage.err(format!(
                "say what you did: sets such as 5x5@100kg, 5@100,5@105, 3x60s or 5km/25m (workout log add \"{}\" 3x10@20kg)",
                ex.name
            )));
        }
    };
    let when = parse_when(u, a.date.as_deref(), ctx.now)?;
    for x in &specs {
        setspec::check_set(&setspec::SetValues {
            set_number: None,
            reps: x.reps.map(i64::from),
            weight_kg: x.load.stored_kg(),
            duration_seconds: x.duration_seconds.or(duration).map(i64::from),
            distance_meters: x.distance_meters.or(distance),
            rpe: x.rpe.or(rpe),
            // The UTC date, as stored: inside the years the tool reads back.
            date: Some(when.date_naive()),
            notes: a.notes.as_deref(),
        })
        .map_err(|e| Kind::Usage.err(e))?;
    }
    let sets = NewSets {
        reps: specs.iter().map(|x| x.reps).collect(),
        weights_kg: specs.iter().map(|x| x.load.stored_kg()).collect(),
        duration_seconds: duration,
        distance_meters: distance,
        rpe,
        is_warmup: a.warmup,
        set_type: a.set_type.unwrap_or_default(),
        superset_group: a.superset,
        notes: a.notes.filter(|n| !n.trim().is_empty()),
        each: specs
            .iter()
            .map(|x| SetExtra {
                duration_seconds: x.duration_seconds,
                distance_meters: x.distance_meters,
                rpe: x.rpe,
                set_type: x.kind.map(|k| k.label()),
            })
            .collect(),
    };
    let stale_after = ctx.settings.file.stale_after();
    let added = app::log::add(
        &mut Ctx::new(ctx, u),
        app::log::AddRequest {
            exercise: &ex,
            sets,
            when,
            backdated: a.date.is_some(),
            session: a.session.as_deref(),
            stale_after,
        },
    )
    .await?;
    if let Some(st) = &added.stale {
        ctx.out.warn(format!(
            "the session `{}` has been in progress since {}: these sets went to `{}` instead (complete it, or `workout session unstart`/`delete` it)",
            st.name,
            st.started_at
                .map(|t| u.local(t, "%a %Y-%m-%d %H:%M"))
                .unwrap_or_default(),
            added.session.name
        ));
    }
    let written = added.sets;
    let volume = logs::working_volume(&written);
    ctx.out.info(format!(
        "Logged {} set(s) of {} in `{}`{}.",
        written.len(),
        ex.name,
        added.session.name,
        if volume > 0.0 {
            format!(" ({})", u.unit().format_volume_kg(volume))
        } else {
            String::new()
        }
    ));
    let rows = set_rows(&written);
    let printed = ctx.out.list(&rows, || set_table(u, &written));
    ctx.out.after_commit(printed)
}

/// `--date`: a local date (at noon) or date and time, never in the future.
fn parse_when(u: &User, input: Option<&str>, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let Some(s) = input else { return Ok(now) };
    let s = s.trim().replace('T', " ");
    let today = u.local_date(now);
    let (day, time) = match split_time(&s) {
        (d, Some(t)) => (parse_day(d, today, Toward::Past)?, parse_time_of_day(t)?),
        (d, None) => (
            parse_day(d, today, Toward::Past)?,
            chrono::NaiveTime::from_hms_opt(12, 0, 0).expect("noon"),
        ),
    };
    let t = local_instant(u.tz(), day, time);
    if t > now + Duration::minutes(1) {
        return Err(Kind::Usage.err(format!("--date {} is in the future", s)));
    }
    Ok(t)
}
