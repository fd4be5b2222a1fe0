//! `workout log` on a terminal: the interactive set-by-set flow.
//!
//! It resumes the session in progress, or offers today's scheduled sessions
//! and an ad-hoc one. For each planned exercise (then any picked with a
//! fuzzy search of the catalog) it shows the targets and what was done last
//! time, and asks set by set for reps, weight, RPE and warm-up; the
//! exercises of a superset group are asked in turn, set by set (the order
//! is domain::superset's). Every set is
//! written the moment it is entered, so Ctrl-C or a lost terminal loses
//! nothing, and `workout log` again resumes. Finishing completes the session
//! (raising plan targets that were all met) and prints a summary with the
//! personal records just set (rendered by output::sessions).

use anyhow::Result;
use dialoguer::{FuzzySelect, Input, Select, theme::ColorfulTheme};

use crate::app::User;
use crate::app::plan::Entry;
use crate::app::session::Session;
use crate::app::sets::{self as logs, LoggedSet};
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan::{format_reps, format_rest};
use crate::domain::setspec;
use crate::domain::settype::{SetType, superset_label};
use crate::domain::superset::{self, Member};
use crate::domain::text::neutralise;
use crate::domain::units::trim_number;
use crate::error::Kind;

pub async fn run(ctx: &mut Context) -> Result<()> {
    if !ctx.prompt.interactive() {
        return Err(Kind::Usage.err(
            "`workout log` asks set by set and needs a terminal: to log without prompts use \
             `workout log add EXERCISE SETS`, e.g. workout log add \"Bench Press\" 5x5@100kg",
        ));
    }
    // Ctrl-C at a prompt arrives as SIGINT, or (in raw mode) as a read
    // that was interrupted: both leave the same way.
    #[allow(clippy::redundant_closure)] // `interrupted` returns `!`, the handler `()`
    let _ = ctrlc::set_handler(|| interrupted());
    let result = flow(ctx).await;
    if let Err(e) = &result {
        let was_interrupted = e.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::Interrupted)
                || matches!(c.downcast_ref::<dialoguer::Error>(),
                    Some(dialoguer::Error::IO(io)) if io.kind() == std::io::ErrorKind::Interrupted)
        });
        if was_interrupted {
            interrupted()
        }
    }
    result
}

/// Every set is written the moment it is entered, so leaving at once is
/// safe: show the cursor again, say so, and exit 130 as after any Ctrl-C.
fn interrupted() -> ! {
    let _ = dialoguer::console::Term::stderr().show_cursor();
    crate::say!(
        "\nInterrupted: every set entered is saved, and `workout log` resumes the session."
    );
    std::process::exit(130);
}

async fn flow(ctx: &mut Context) -> Result<()> {
    let u = ctx.user().await?;
    let theme = ColorfulTheme::default();
    let session = pick_session(ctx, &u, &theme).await?;
    let planned = app::log::planned(&mut Ctx::new(ctx, &u), &session).await?;
    let ended = app::log::ended(&mut Ctx::new(ctx, &u), &session).await?;
    let groups: Vec<Option<i32>> = planned.iter().map(|e| e.superset_group).collect();
    for block in superset::blocks(&groups) {
        let entries: Vec<&Entry> = block.iter().map(|&i| &planned[i]).collect();
        let sets = session_sets(ctx, &u, &session).await?;
        let members: Vec<Member> = entries
            .iter()
            .map(|e| Member {
                done: sets
                    .iter()
                    .filter(|x| x.exercise_id == e.exercise_id && !x.is_warmup)
                    .count(),
                target: e.target_sets.max(0) as usize,
                // Ended with `d` before a resume.
                ended: ended.contains(&e.exercise_id),
            })
            .collect();
        if superset::next_turn(&members).is_none() {
            continue; // finished or ended before a resume
        }
        if let [entry] = entries[..] {
            log_exercise(
                ctx,
                &u,
                &session,
                &entry.exercise_id,
                &entry.exercise_name,
                Some(entry),
                &theme,
            )
            .await?;
        } else {
            log_superset(ctx, &u, &session, &entries, members, &theme).await?;
        }
    }
    loop {
        let choice = Select::with_theme(&theme)
            .with_prompt("Next")
            .items(&["Add an exercise", "Finish the workout"])
            .default(if planned.is_empty() { 0 } else { 1 })
            .interact()?;
        if choice == 1 {
            break;
        }
        let all = app::log::exercises(&mut Ctx::new(ctx, &u)).await?;
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        let i = FuzzySelect::with_theme(&theme)
            .with_prompt("Exercise (type to search)")
            .items(&names)
            .max_length(10)
            .interact()?;
        let target = planned.iter().find(|p| p.exercise_id == all[i].id);
        log_exercise(ctx, &u, &session, &all[i].id, &all[i].name, target, &theme).await?;
    }
    finish(ctx, &u, &session).await
}

/// The session to log into: the one in progress, else one picked from
/// today's scheduled sessions or a new ad-hoc one; started now.
async fn pick_session(ctx: &mut Context, u: &User, theme: &ColorfulTheme) -> Result<Session> {
    let limit = ctx.settings.file.stale_after();
    if let Some((s, true)) = app::session::running(&mut Ctx::new(ctx, u), limit).await? {
        // A stale session is never resumed silently.
        let since = s
            .started_at
            .map(|t| u.local(t, "%a %Y-%m-%d %H:%M"))
            .unwrap_or_default();
        let mut items = vec!["Resume it", "Complete it"];
        if s.set_count == 0 {
            items.push("Discard it (it has no sets)");
        }
        let pick = Select::with_theme(theme)
            .with_prompt(format!(
                "`{}` has been in progress since {since} ({} set(s))",
                s.name, s.set_count
            ))
            .items(&items)
            .default(0)
            .interact()?;
        match pick {
            0 => return Ok(s),
            1 => {
                app::session::complete_now(&mut Ctx::new(ctx, u), &s).await?;
                crate::say!("Completed `{}`.", s.name);
            }
            _ => {
                app::session::delete(&mut Ctx::new(ctx, u), &s).await?;
                crate::say!("Discarded `{}`.", s.name);
            }
        }
    } else if let Some(s) = app::session::in_progress(&mut Ctx::new(ctx, u)).await? {
        crate::say!(
            "Resuming `{}` (started {}, {} set(s) so far).",
            s.name,
            s.started_at
                .map(|t| u.local(t, "%a %H:%M"))
                .unwrap_or_default(),
            s.set_count
        );
        return Ok(s);
    }
    let scheduled = app::session::scheduled_today(&mut Ctx::new(ctx, u)).await?;
    let mut items: Vec<String> = scheduled
        .iter()
        .map(|s| {
            let plan = match (&s.plan_name, &s.day_name) {
                (Some(p), Some(d)) => format!(" ({p} / {d})"),
                (Some(p), None) => format!(" ({p})"),
                _ => String::new(),
            };
            format!("{} at {}{plan}", s.name, u.local(s.when(), "%H:%M"))
        })
        .collect();
    items.push("An ad-hoc workout".into());
    let pick = if scheduled.is_empty() {
        items.len() - 1
    } else {
        Select::with_theme(theme)
            .with_prompt("Today's workout")
            .items(&items)
            .default(0)
            .interact()?
    };
    match scheduled.get(pick) {
        Some(s) => app::session::start(&mut Ctx::new(ctx, u), s).await,
        None => {
            let name: String = Input::with_theme(theme)
                .with_prompt("Name this workout")
                .default("Workout".into())
                .interact_text()?;
            app::session::start_new(&mut Ctx::new(ctx, u), &name).await
        }
    }
}

async fn session_sets(ctx: &mut Context, u: &User, s: &Session) -> Result<Vec<LoggedSet>> {
    app::log::of_session(&mut Ctx::new(ctx, u), s).await
}

/// "5 x 100 kg, 5 x 100 kg, 4 x 100 kg".
fn summary_of(u: &User, sets: &[LoggedSet]) -> String {
    sets.iter()
        .map(|s| crate::output::sets::short(u, s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Asks set by set for one exercise until the user says it is done.
async fn log_exercise(
    ctx: &mut Context,
    u: &User,
    session: &Session,
    exercise_id: &str,
    name: &str,
    target: Option<&Entry>,
    theme: &ColorfulTheme,
) -> Result<()> {
    crate::say!();
    let mut x = Asked::new(ctx, u, session, exercise_id, name, target, None).await?;
    loop {
        match x.ask(ctx, u, session, theme).await? {
            Step::Saved => {
                if x.rest > 0 {
                    crate::prompt::countdown(x.rest, &format!("Next set: {name}"))?;
                }
            }
            Step::Done => {
                // Stored, so that a resume after Ctrl-C does not ask it again.
                ctx.now = crate::clock::now()?;
                app::log::end_exercise(&mut Ctx::new(ctx, u), session, exercise_id).await?;
                return Ok(());
            }
            Step::Over => return Ok(()),
            Step::Undo => x.undo(ctx, u).await?,
            Step::Edit | Step::Note => x.change_last(ctx, u, theme, x.noting).await?,
            Step::Again => {}
        }
    }
}

/// The members of a superset, set by set in turn (A1, B1, A2, B2...):
/// no rest between the members of a round, the rest after the round
/// (domain::superset decides the order). `u`, `e` and `n` act on the set
/// saved last, whichever member it was.
async fn log_superset(
    ctx: &mut Context,
    u: &User,
    session: &Session,
    entries: &[&Entry],
    mut members: Vec<Member>,
    theme: &ColorfulTheme,
) -> Result<()> {
    let group = entries[0].superset_group.unwrap_or(0);
    let labels: Vec<String> = (1..=entries.len())
        .map(|place| superset_label(group, place))
        .collect();
    crate::say!();
    crate::say!(
        "Superset {}: {}, one set of each in turn, the rest after the round.",
        labels[0].trim_end_matches('1'),
        entries
            .iter()
            .zip(&labels)
            .map(|(e, l)| format!("{l} {}", e.exercise_name))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut asked = Vec::new();
    for (e, l) in entries.iter().zip(&labels) {
        asked.push(
            Asked::new(
                ctx,
                u,
                session,
                &e.exercise_id,
                &e.exercise_name,
                Some(e),
                Some(l.clone()),
            )
            .await?,
        );
    }
    // The members whose sets were saved in this run, in order (for `u`).
    let mut saved: Vec<usize> = Vec::new();
    while let Some(i) = superset::next_turn(&members) {
        let step = asked[i].ask(ctx, u, session, theme).await?;
        match step {
            Step::Saved => saved.push(i),
            Step::Done => {
                ctx.now = crate::clock::now()?;
                app::log::end_exercise(&mut Ctx::new(ctx, u), session, &asked[i].exercise_id)
                    .await?;
                members[i].ended = true;
            }
            Step::Over => members[i].ended = true,
            Step::Undo => {
                let j = saved.pop().unwrap_or(i);
                asked[j].undo(ctx, u).await?;
            }
            Step::Edit | Step::Note => {
                let j = saved.last().copied().unwrap_or(i);
                let noting = asked[i].noting;
                asked[j].change_last(ctx, u, theme, noting).await?;
            }
            Step::Again => {}
        }
        for (m, a) in members.iter_mut().zip(&asked) {
            m.done = a.done();
        }
        if matches!(step, Step::Saved | Step::Done | Step::Over)
            && superset::rest_after(&members, i)
            && asked[i].rest > 0
            && let Some(next) = superset::next_turn(&members)
        {
            crate::prompt::countdown(asked[i].rest, &format!("Next set: {}", asked[next].name))?;
        }
    }
    Ok(())
}

/// What one prompt of an exercise came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// A set (or several, `5,5,4`) was saved.
    Saved,
    /// `d`: the exercise is ended (stored by the caller).
    Done,
    /// Enter with nothing to log: the exercise is over for now.
    Over,
    /// `u`, `e`, `n`: on the last set (the caller says whose).
    Undo,
    Edit,
    Note,
    /// Nothing happened (bad input, said): ask again.
    Again,
}

/// One exercise as the flow asks it: what it shows, and what it remembers
/// between its sets.
struct Asked<'a> {
    exercise_id: String,
    name: String,
    target: Option<&'a Entry>,
    /// `A1` in a superset: shown in the prompt.
    label: Option<String>,
    last_working: Vec<LoggedSet>,
    track: String,
    barbell: bool,
    bar: f64,
    plates: Vec<f64>,
    /// The rest after a set: the plan's, else the default of its kind.
    rest: i32,
    /// The sets of this exercise written in this session, for u/e/n.
    written_here: Vec<LoggedSet>,
    /// The previous working set of this exercise in this session.
    previous: Option<(Option<i32>, Option<f64>)>,
    ramp_offered: bool,
    /// The last step was `n` (a note), not `e`.
    noting: bool,
}

impl<'a> Asked<'a> {
    /// Shows the exercise's targets and last time, and reads what it needs.
    async fn new(
        ctx: &mut Context,
        u: &User,
        session: &Session,
        exercise_id: &str,
        name: &str,
        target: Option<&'a Entry>,
        label: Option<String>,
    ) -> Result<Asked<'a>> {
        let unit = u.unit();
        let shown = match &label {
            Some(l) => format!("{l} {name}"),
            None => name.to_string(),
        };
        match target {
            Some(t) => {
                let mut line = format!(
                    "{shown}: target {} x {}",
                    t.target_sets,
                    format_reps(t.target_reps_min, t.target_reps_max)
                );
                if let Some(w) = t.target_weight {
                    line.push_str(&format!(" @ {}", unit.format_kg(w)));
                }
                if let Some(r) = t.target_rpe {
                    line.push_str(&format!(", RPE {}", trim_number(r)));
                }
                if let Some(r) = t.rest_seconds {
                    line.push_str(&format!(", rest {}", format_rest(r)));
                }
                crate::say!("{line}");
            }
            None => crate::say!("{shown}"),
        }
        let last = app::log::last_time(&mut Ctx::new(ctx, u), exercise_id, session).await?;
        let last_working: Vec<LoggedSet> = last.iter().filter(|s| !s.is_warmup).cloned().collect();
        if let Some(first) = last.first() {
            crate::say!(
                "Last time ({}): {}",
                u.local(first.date, "%Y-%m-%d"),
                summary_of(u, &last_working)
            );
        }
        let (track, equipment) = app::log::tracking(&mut Ctx::new(ctx, u), exercise_id).await?;
        let barbell = equipment
            .as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case("barbell"));
        let (bar, plates) = ctx.settings.file.bar_and_plates(unit);
        let rest = target
            .and_then(|t| t.rest_seconds)
            .unwrap_or_else(|| ctx.settings.file.default_rest(&track));
        let written_here: Vec<LoggedSet> = session_sets(ctx, u, session)
            .await?
            .into_iter()
            .filter(|s| s.exercise_id == exercise_id)
            .collect();
        let previous = written_here
            .iter()
            .rfind(|s| !s.is_warmup)
            .map(|s| (s.reps, s.weight));
        Ok(Asked {
            exercise_id: exercise_id.to_string(),
            name: name.to_string(),
            target,
            label,
            last_working,
            track,
            barbell,
            bar,
            plates,
            rest,
            written_here,
            previous,
            ramp_offered: false,
            noting: false,
        })
    }

    /// Working sets written in this session.
    fn done(&self) -> usize {
        self.written_here.iter().filter(|s| !s.is_warmup).count()
    }

    /// The superset group the sets are stored with.
    fn group(&self) -> Option<i32> {
        self.target.and_then(|t| t.superset_group)
    }

    /// What to type, in the user's unit.
    fn example(&self, unit: crate::domain::units::WeightUnit) -> String {
        match self.track.as_str() {
            "DURATION" => "60s".into(),
            "DISTANCE_DURATION" => match unit {
                crate::domain::units::WeightUnit::Lb => "3mi 27m".into(),
                crate::domain::units::WeightUnit::Kg => "5km 25m".into(),
            },
            "BODYWEIGHT_REPS" => format!("10 or 10@+10{unit}"),
            "ASSISTED_BODYWEIGHT" => format!("8@-20{unit}"),
            "REPS_ONLY" => "15".into(),
            _ => "reps, or 5@100 rpe8 w".into(),
        }
    }

    /// "set 3", or in a superset "A2 Pull-ups set 3": which set `u`, `e`
    /// and `n` act on.
    fn which(&self, set_number: i32) -> String {
        match &self.label {
            Some(l) => format!("{l} {} set {set_number}", self.name),
            None => format!("set {set_number}"),
        }
    }

    /// One prompt: a set saved, or what the user asked for instead.
    async fn ask(
        &mut self,
        ctx: &mut Context,
        u: &User,
        session: &Session,
        theme: &ColorfulTheme,
    ) -> Result<Step> {
        let unit = u.unit();
        let track = self.track.as_str();
        let target = self.target;
        let name = self.name.clone();
        let (bar, barbell) = (self.bar, self.barbell);
        // The next working set's number.
        let number = self.done() + 1;
        let from_last = self
            .last_working
            .get(number - 1)
            .or(self.last_working.last());
        // Reps: as the set before, else as last time, else the target.
        let default_reps = self
            .previous
            .and_then(|p| p.0)
            .or(from_last.and_then(|s| s.reps))
            .or(target.and_then(|t| t.target_reps_max.or(t.target_reps_min)));
        // Weight: as the set before, else the target, else as last time.
        let default_kg = match self.previous {
            Some((_, w)) => w,
            None => target
                .and_then(|t| t.target_weight)
                .or(from_last.and_then(|s| s.weight)),
        };
        // What Enter alone logs, in the set grammar.
        let default_line = match (track, default_reps) {
            ("WEIGHT_REPS", Some(r)) => Some(match default_kg {
                Some(w) => format!("{r}@{}", trim_number(unit.from_kg(w))),
                None => r.to_string(),
            }),
            ("DURATION", _) | ("DISTANCE_DURATION", _) => None,
            (_, Some(r)) => Some(r.to_string()),
            (_, None) => None,
        };
        let example = self.example(unit);
        // Before the first working set of barbell work: the warm-up ramp.
        if barbell
            && track == "WEIGHT_REPS"
            && self.written_here.is_empty()
            && !self.ramp_offered
            && let Some(work) = default_kg
        {
            self.ramp_offered = true;
            let ramp = crate::domain::plates::warmup_ramp(unit.from_kg(work), bar, &self.plates);
            let shown: Vec<String> = ramp
                .iter()
                .map(|(r, w)| format!("{r} x {}", trim_number(*w)))
                .collect();
            if yes_no(
                theme,
                &format!("Warm-up ramp {} {unit}: log it?", shown.join(", ")),
            )? {
                let line: Vec<String> = ramp
                    .iter()
                    .map(|(r, w)| format!("{r}@{}{unit} w", trim_number(*w)))
                    .collect();
                let specs = setspec::parse(&line.join(","), unit)?;
                let mut sets = app::log::sets_of(&specs);
                sets.superset_group = self.group();
                ctx.now = crate::clock::now()?;
                let written =
                    app::log::add_now(&mut Ctx::new(ctx, u), session, &self.exercise_id, &sets)
                        .await?;
                crate::say!(
                    "Saved {} warm-up set(s): {}.",
                    written.len(),
                    summary_of(u, &written)
                );
                self.written_here.extend(written);
            }
        }
        let head = match &self.label {
            Some(l) => format!("{l} {name}, set {number}"),
            None => format!("Set {number}"),
        };
        let prompt = match &default_line {
            Some(d) => {
                format!("{head}: {example} (Enter for {d}; u undo, e edit, n note, d done)")
            }
            None => format!("{head}: {example} (Enter when done; u undo, e edit, n note)"),
        };
        let text: String = Input::with_theme(theme)
            .with_prompt(&prompt)
            .allow_empty(true)
            .interact_text()?;
        let text = text.trim().to_ascii_lowercase();
        let line = match text.as_str() {
            "d" | "done" => return Ok(Step::Done),
            "" => match &default_line {
                Some(d) => d.clone(),
                None => return Ok(Step::Over),
            },
            "u" | "undo" => return Ok(Step::Undo),
            "n" | "note" => {
                self.noting = true;
                return Ok(Step::Note);
            }
            "e" | "edit" => {
                self.noting = false;
                return Ok(Step::Edit);
            }
            other => other.to_string(),
        };
        // A bare number: reps (seconds for a hold); for weighted work the
        // weight and the warm-up question follow, each on its own line.
        let bare = line.chars().all(|c| c.is_ascii_digit());
        let (line, ask_warmup) = match track {
            "DURATION" if bare => (format!("{line}s"), false),
            "WEIGHT_REPS" if bare => {
                let weight_prompt = match default_kg {
                    Some(w) => format!(
                        "Weight in {unit} (Enter for {}, bw for body weight)",
                        trim_number(unit.from_kg(w))
                    ),
                    None => format!("Weight in {unit} (Enter for body weight)"),
                };
                let w = loop {
                    let t: String = Input::with_theme(theme)
                        .with_prompt(&weight_prompt)
                        .allow_empty(true)
                        .interact_text()?;
                    let t = t.trim().to_ascii_lowercase();
                    let w = match (t.as_str(), default_kg) {
                        ("", Some(kg)) => trim_number(kg) + "kg",
                        ("", None) | ("bw", _) => "bw".into(),
                        _ => t,
                    };
                    match setspec::parse(&format!("{line}@{w}"), unit) {
                        Ok(_) => break w,
                        Err(e) => crate::say!("{e}"),
                    }
                };
                (format!("{line}@{w}"), true)
            }
            _ => (line, false),
        };
        let mut specs = match setspec::parse(&line, unit) {
            Ok(v) => v,
            Err(e) => {
                crate::say!("{e}");
                return Ok(Step::Again);
            }
        };
        if ask_warmup && yes_no(theme, "Warm-up set?")? {
            for s in &mut specs {
                s.kind = Some(SetType::Warmup);
            }
        }
        let mut sets = app::log::sets_of(&specs);
        sets.superset_group = self.group();
        // Written now: a Ctrl-C after this loses nothing.
        ctx.now = crate::clock::now()?;
        let written =
            app::log::add_now(&mut Ctx::new(ctx, u), session, &self.exercise_id, &sets).await?;
        let what = summary_of(u, &written);
        match &self.label {
            Some(l) => crate::say!("Saved {l} {name} set {}: {what}.", written[0].set_number),
            None => crate::say!("Saved set {}: {what}.", written[0].set_number),
        }
        if barbell
            && let Some(w) = written.last().and_then(|s| s.weight)
            && let Some(l) =
                crate::domain::plates::load_down(unit.from_kg(w) + 1e-9, bar, &self.plates)
            && !l.per_side.is_empty()
        {
            crate::say!(
                "Plates per side: {} (bar {} {unit}).",
                l.per_side
                    .iter()
                    .map(|p| trim_number(*p))
                    .collect::<Vec<_>>()
                    .join(" + "),
                trim_number(bar)
            );
        }
        if let Some(last) = written.iter().rfind(|s| !s.is_warmup) {
            self.previous = Some((last.reps, last.weight));
        }
        self.written_here.extend(written);
        Ok(Step::Saved)
    }

    /// `u`: removes the last set of this exercise written here.
    async fn undo(&mut self, ctx: &mut Context, u: &User) -> Result<()> {
        match self.written_here.pop() {
            Some(last) => {
                app::log::delete(&mut Ctx::new(ctx, u), &last).await?;
                crate::say!(
                    "Removed {}set {}: {}.",
                    self.label
                        .as_ref()
                        .map(|l| format!("{l} {} ", self.name))
                        .unwrap_or_default(),
                    last.set_number,
                    summary_of(u, std::slice::from_ref(&last))
                );
                self.previous = self
                    .written_here
                    .iter()
                    .rfind(|s| !s.is_warmup)
                    .map(|s| (s.reps, s.weight));
            }
            None => crate::say!("No set of {} to undo here.", self.name),
        }
        Ok(())
    }

    /// `e` edits the last set of this exercise, `n` gives it a note.
    async fn change_last(
        &mut self,
        ctx: &mut Context,
        u: &User,
        theme: &ColorfulTheme,
        note: bool,
    ) -> Result<()> {
        let unit = u.unit();
        let example = self.example(unit);
        let Some(last) = self.written_here.last().cloned() else {
            crate::say!("No set of {} yet.", self.name);
            return Ok(());
        };
        let change = if note {
            let note: String = Input::with_theme(theme)
                .with_prompt(format!("Note for {}", self.which(last.set_number)))
                .allow_empty(true)
                .validate_with(|s: &String| crate::domain::text::notes("the notes", s).map(|_| ()))
                .interact_text()?;
            let note = note.trim().to_string();
            logs::SetChange {
                notes: Some((!note.is_empty()).then_some(note)),
                ..Default::default()
            }
        } else {
            let spec = loop {
                let again: String = Input::with_theme(theme)
                    .with_prompt(format!(
                        "{} again ({example})",
                        capitalised(&self.which(last.set_number))
                    ))
                    .interact_text()?;
                match setspec::parse(&again, unit) {
                    Ok(v) if v.len() == 1 => break v[0].clone(),
                    Ok(_) => crate::say!("One set here."),
                    Err(e) => crate::say!("{e}"),
                }
            };
            logs::SetChange {
                reps: spec.reps,
                weight_kg: Some(spec.load.stored_kg()),
                rpe: Some(spec.rpe),
                is_warmup: spec.kind.map(|k| k == SetType::Warmup),
                set_type: spec.kind,
                superset_group: None,
                notes: None,
            }
        };
        ctx.now = crate::clock::now()?;
        let changed = app::log::edit(&mut Ctx::new(ctx, u), &last, &change).await?;
        crate::say!(
            "{} is now: {}{}.",
            capitalised(&self.which(changed.set_number)),
            summary_of(u, std::slice::from_ref(&changed)),
            changed
                .notes
                .as_deref()
                .map(|n| format!(" ({})", neutralise(n)))
                .unwrap_or_default()
        );
        if let Some(x) = self.written_here.last_mut() {
            *x = changed;
        }
        Ok(())
    }
}

/// A yes/no question answered with a whole line (`y`/`n` and Enter);
/// Enter alone is no.
fn yes_no(theme: &ColorfulTheme, question: &str) -> Result<bool> {
    loop {
        let t: String = Input::with_theme(theme)
            .with_prompt(format!("{question} (y/N)"))
            .allow_empty(true)
            .interact_text()?;
        match t.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => return Ok(true),
            "" | "n" | "no" => return Ok(false),
            _ => crate::say!("Answer y or n."),
        }
    }
}

/// Completes the session (with its plan progression) in one transaction
/// and prints the summary, with the records this session set.
async fn finish(ctx: &mut Context, u: &User, session: &Session) -> Result<()> {
    // The flow may have run for an hour: "now" is now, not when it began.
    ctx.now = crate::clock::now()?;
    let f = app::log::finish(&mut Ctx::new(ctx, u), session).await?;
    // The session is committed: output that cannot be written is a lost
    // message, not a failure.
    let printed = crate::output::sessions::print_finished(u, &f);
    ctx.out.after_commit(printed)
}

/// "set 3" -> "Set 3".
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
