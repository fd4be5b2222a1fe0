//! This tool's own `log export --format csv`, read back exactly: columns by
//! name (see `app::export::SetExport`), UTC ISO 8601 times, kilograms,
//! set numbers as written, the user's own exercises with their facts.

use chrono::DateTime;

use crate::db::types::Timestamp;
use crate::domain::exercise::{CATEGORY, DIFFICULTY, ExerciseFacts, FORCE, MECHANIC, MUSCLE};
use crate::domain::session::Status;
use crate::domain::settype::SetType;
use crate::domain::text::quote;

use crate::domain::tracking::TrackingType;

use super::{Builder, Columns, Rows, SessionIn, SetIn, TargetIn, each_row, text};

fn instant(s: &str, what: &str) -> Result<Option<Timestamp>, String> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let d = DateTime::parse_from_rfc3339(t)
        .map(|d| d.naive_utc())
        .map_err(|_| format!("the {what} `{}` is not an ISO 8601 time", quote(s)))?;
    super::plausible(d)
        .map(|d| Some(Timestamp::from(d)))
        .map_err(|why| format!("the {what} `{}`: {why}", quote(s)))
}

fn opt<T: std::str::FromStr>(s: &str, what: &str) -> Result<Option<T>, String> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| format!("`{}` is not a {what}", quote(s)))
}

fn label(
    spec: &crate::domain::exercise::EnumSpec,
    s: &str,
) -> Result<Option<&'static str>, String> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    spec.parse(s).map(Some).map_err(|e| e.to_string())
}

/// The day's target a row carries, once per session and position (every
/// set row of the exercise repeats it).
fn target(
    c: &Columns,
    r: &csv::StringRecord,
    b: &mut Builder,
    line: u64,
    session: usize,
    exercise: &str,
) -> Result<(), String> {
    let position: i32 = opt(c.get(r, "targetPosition"), "target position")?
        .filter(|p: &i32| *p >= 1)
        .ok_or("the target position is not a whole number from 1")?;
    if b.parsed
        .targets
        .iter()
        .any(|t| t.session == session && t.position == position)
    {
        return Ok(());
    }
    let sets: i32 = opt(c.get(r, "targetSets"), "number of target sets")?
        .filter(|n: &i32| *n >= 1)
        .ok_or("the target sets are not a whole number from 1")?;
    let superset = match c.get(r, "targetSuperset") {
        "" => None,
        v => Some(
            v.parse::<i32>()
                .ok()
                .filter(|n| (1..=99).contains(n))
                .ok_or_else(|| format!("`{}` is not a superset group (1 to 99)", quote(v)))?,
        ),
    };
    let notes = match text(c.get(r, "targetNotes")) {
        Some(n) => crate::domain::text::notes("the target notes", &n)?,
        None => None,
    };
    b.parsed.targets.push(TargetIn {
        line,
        session,
        exercise: exercise.to_string(),
        position,
        sets,
        reps_min: opt(c.get(r, "targetRepsMin"), "number of reps")?,
        reps_max: opt(c.get(r, "targetRepsMax"), "number of reps")?,
        weight_kg: opt(c.get(r, "targetWeightKg"), "weight")?,
        rpe: opt(c.get(r, "targetRpe"), "RPE")?,
        rest_seconds: opt(c.get(r, "targetRestSeconds"), "number of seconds")?,
        superset,
        notes,
    });
    Ok(())
}

pub(super) fn read(c: &Columns, rows: &mut Rows, b: &mut Builder) -> anyhow::Result<()> {
    each_row(rows, b, |line, r, b| {
        if r.len() != c.len() {
            return Err(format!(
                "it has {} fields where the header has {}",
                r.len(),
                c.len()
            ));
        }
        let exercise = c.get(r, "exercise");
        // A row with no set (no date, no set number) carries a session
        // without sets or an own exercise without sets.
        let no_set = c.get(r, "date").is_empty() && c.get(r, "setNumber").is_empty();
        let session_id = c.get(r, "sessionId");
        // A row without a set that names a session and an exercise carries
        // the day's target of an exercise not done (or done twice).
        let has_target = !c.get(r, "targetPosition").is_empty();
        if no_set && !exercise.is_empty() && !session_id.is_empty() && !has_target {
            return Err(
                "it names a session and an exercise but no set and no target: a row without a set carries one of them".into(),
            );
        }
        if has_target && (session_id.is_empty() || exercise.is_empty()) {
            return Err("it has a target but no session or no exercise".into());
        }
        if no_set && exercise.is_empty() && session_id.is_empty() {
            return Err("it has no set, no session and no exercise".into());
        }
        let date = if no_set {
            None
        } else {
            Some(instant(c.get(r, "date"), "date")?.ok_or("the date is empty")?)
        };
        if exercise.is_empty() && !no_set {
            return Err("the exercise name is empty".into());
        }
        let set_number: Option<i32> = if no_set {
            None
        } else {
            Some(opt(c.get(r, "setNumber"), "set number")?.ok_or("the set number is empty")?)
        };
        let session = match session_id {
            "" => None,
            id => {
                let status = match c.get(r, "sessionStatus") {
                    "" => "COMPLETED",
                    s => Status::parse(s).map_err(|e| e.to_string())?.label(),
                };
                let s = SessionIn {
                    name: text(c.get(r, "session")).unwrap_or_else(|| "Workout".into()),
                    status: status.to_string(),
                    scheduled_at: instant(c.get(r, "sessionScheduledAt"), "scheduled time")?,
                    started_at: instant(c.get(r, "sessionStartedAt"), "start time")?,
                    completed_at: instant(c.get(r, "sessionCompletedAt"), "completion time")?,
                    duration_minutes: opt(c.get(r, "sessionDurationMinutes"), "number of minutes")?,
                    notes: text(c.get(r, "sessionNotes")),
                };
                Some(b.session(id.to_string(), || s)?)
            }
        };
        if exercise.is_empty() {
            // A session without sets: made above.
            return Ok(());
        }
        if let Some(t) = text(c.get(r, "exerciseTrackingType")) {
            let t = TrackingType::parse(&t).map_err(|e| e.to_string())?;
            b.parsed.tracking.insert(exercise.to_string(), t);
        }
        if let (true, Some(session)) = (has_target, session) {
            target(c, r, b, line, session, exercise)?;
        }
        let own = match c.get(r, "exerciseOwn") {
            "" | "false" => false,
            "true" => true,
            o => return Err(format!("`{}` is not true or false", quote(o))),
        };
        if no_set && !own && !has_target {
            return Err(format!(
                "`{}` is a catalog exercise without a set: only your own exercises have rows of their own",
                quote(exercise)
            ));
        }
        if own && !b.parsed.facts.contains_key(exercise) {
            let secondary = c
                .get(r, "exerciseSecondaryMuscles")
                .split(';')
                .filter(|m| !m.trim().is_empty())
                .map(|m| MUSCLE.parse(m).map_err(|e| e.to_string()))
                .collect::<Result<Vec<_>, _>>()?;
            let facts = ExerciseFacts {
                name: exercise.to_string(),
                primary: label(&MUSCLE, c.get(r, "exercisePrimaryMuscle"))?,
                secondary,
                equipment: text(c.get(r, "exerciseEquipment")),
                category: label(&CATEGORY, c.get(r, "exerciseCategory"))?.unwrap_or("STRENGTH"),
                difficulty: label(&DIFFICULTY, c.get(r, "exerciseDifficulty"))?,
                mechanic: label(&MECHANIC, c.get(r, "exerciseMechanic"))?,
                force: label(&FORCE, c.get(r, "exerciseForce"))?,
                instructions: None,
            };
            b.parsed.facts.insert(exercise.to_string(), facts);
        }
        let Some(date) = date else {
            if !has_target {
                b.parsed.exercises.push((line, exercise.to_string()));
            }
            return Ok(());
        };
        let warmup = match c.get(r, "isWarmup") {
            "" | "false" => false,
            "true" => true,
            o => return Err(format!("`{}` is not true or false", quote(o))),
        };
        // `setType` (since v3) says it all; an older export has `isWarmup` only.
        let set_type = match c.get(r, "setType").trim() {
            "" => SetType::from_warmup(warmup),
            t => {
                let t = SetType::parse(t).map_err(|e| e.to_string())?;
                if warmup != (t == SetType::Warmup) {
                    return Err(format!(
                        "isWarmup {warmup} disagrees with setType {}",
                        t.label()
                    ));
                }
                t
            }
        };
        let superset = match c.get(r, "superset").trim() {
            "" => None,
            v => Some(
                v.parse::<i32>()
                    .ok()
                    .filter(|n| (1..=99).contains(n))
                    .ok_or_else(|| format!("`{}` is not a superset group (1 to 99)", quote(v)))?,
            ),
        };
        b.set(SetIn {
            line,
            session,
            exercise: exercise.to_string(),
            date,
            set_number,
            reps: opt(c.get(r, "reps"), "number of reps")?,
            weight_kg: opt(c.get(r, "weightKg"), "weight")?,
            duration_seconds: opt(c.get(r, "durationSeconds"), "number of seconds")?,
            distance_meters: opt(c.get(r, "distanceMeters"), "distance")?,
            rpe: opt(c.get(r, "rpe"), "RPE")?,
            set_type,
            superset,
            notes: text(c.get(r, "notes")),
        });
        Ok(())
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::app::export::SetExport;
    use crate::import::Layout;
    use crate::import::tests::read_str;

    #[test]
    fn reads_what_export_writes() {
        let row = SetExport {
            id: Some("c1".into()),
            date: Some("2026-01-02T10:00:00.123Z".into()),
            session_id: Some("s1".into()),
            session: Some("Push, heavy".into()),
            exercise: Some("My Press".into()),
            set_number: Some(3),
            reps: Some(5),
            weight_kg: Some(61.234_567_8),
            duration_seconds: None,
            distance_meters: None,
            rpe: Some(8.5),
            is_warmup: true,
            set_type: Some("WARMUP".into()),
            superset: Some(2),
            notes: Some("a \"quoted\" note".into()),
            session_status: Some("COMPLETED".into()),
            session_scheduled_at: None,
            session_started_at: Some("2026-01-02T09:30:00.000Z".into()),
            session_completed_at: Some("2026-01-02T10:30:00.000Z".into()),
            session_duration_minutes: Some(60),
            session_notes: None,
            plan_id: None,
            plan: None,
            plan_day: None,
            exercise_id: Some("e1".into()),
            exercise_own: true,
            exercise_category: Some("STRENGTH".into()),
            exercise_primary_muscle: Some("CHEST".into()),
            exercise_secondary_muscles: "TRICEPS;SHOULDERS".into(),
            exercise_equipment: Some("machine".into()),
            exercise_difficulty: None,
            exercise_mechanic: Some("COMPOUND".into()),
            exercise_force: Some("PUSH".into()),
            exercise_tracking_type: Some("WEIGHT_REPS".into()),
            target_position: Some(1),
            target_sets: Some(3),
            target_reps_min: Some(5),
            target_reps_max: Some(8),
            target_weight_kg: Some(60.0),
            target_rpe: Some(8.0),
            target_rest_seconds: Some(120),
            target_superset: Some(2),
            target_notes: Some("slow".into()),
        };
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(&row).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert!(text.starts_with(&crate::output::columns::<SetExport>().join(",")));
        let p = read_str(&text, None);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        assert_eq!(p.layout, Layout::Workout);
        let s = &p.sets[0];
        assert_eq!(s.weight_kg, Some(61.234_567_8));
        assert_eq!(s.set_number, Some(3));
        assert_eq!(s.set_type, crate::domain::settype::SetType::Warmup);
        assert_eq!(s.superset, Some(2));
        assert_eq!(s.notes.as_deref(), Some("a \"quoted\" note"));
        assert_eq!(s.date.to_string(), "2026-01-02T10:00:00.123Z");
        let ses = &p.sessions[0];
        assert_eq!(ses.name, "Push, heavy");
        assert_eq!(ses.duration_minutes, Some(60));
        let f = &p.facts["My Press"];
        assert_eq!(f.primary, Some("CHEST"));
        assert_eq!(f.secondary, ["TRICEPS", "SHOULDERS"]);
        assert_eq!(f.force, Some("PUSH"));
        let t = &p.targets[0];
        assert_eq!((t.session, t.position, t.sets), (0, 1, 3));
        assert_eq!(
            (t.reps_min, t.reps_max, t.weight_kg),
            (Some(5), Some(8), Some(60.0))
        );
        assert_eq!(
            (t.rpe, t.rest_seconds, t.superset),
            (Some(8.0), Some(120), Some(2))
        );
        assert_eq!(t.notes.as_deref(), Some("slow"));
        assert_eq!(
            p.tracking["My Press"],
            crate::domain::tracking::TrackingType::WeightReps
        );
    }
}
