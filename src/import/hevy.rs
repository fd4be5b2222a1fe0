//! Hevy's layout: `weight_kg` (or `weight_lbs`/`distance_miles` for imperial
//! accounts), `set_index` from 0, `set_type` normal|warmup|dropset|failure,
//! newest workouts first, and dates in the phone's locale.

use chrono::NaiveDateTime;

use crate::domain::settype::SetType;
use crate::domain::units::WeightUnit;

use super::{
    Builder, Columns, Options, Rows, SessionIn, SetIn, each_row, local_datetime, positive, reps,
    rpe, seconds, text, utc, weight,
};

/// The locale date formats Hevy writes: `7 Apr 2024, 16:34`,
/// `May 7, 2026, 6:13 AM`, and ISO.
pub fn parse_date(s: &str) -> Result<NaiveDateTime, String> {
    let t: String = s
        .trim()
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    const FORMATS: &[&str] = &[
        "%d %b %Y, %H:%M",
        "%b %d, %Y, %I:%M %p",
        "%d %B %Y, %H:%M",
        "%B %d, %Y, %I:%M %p",
        "%b %d, %Y, %H:%M",
        "%d %b %Y, %I:%M %p",
        "%d %b %Y %H:%M",
        "%b %d %Y %I:%M %p",
    ];
    for f in FORMATS {
        if let Ok(d) = NaiveDateTime::parse_from_str(&t, f) {
            return super::plausible(d);
        }
    }
    local_datetime(&t)
        .map_err(|_| format!("`{s}` is not a date Hevy writes (such as 7 Apr 2024, 16:34)"))
}

pub(super) fn read(
    c: &Columns,
    rows: &mut Rows,
    opts: &Options,
    b: &mut Builder,
) -> anyhow::Result<()> {
    let (weight_col, unit) = if c.has("weight_lbs") {
        ("weight_lbs", WeightUnit::Lb)
    } else {
        ("weight_kg", WeightUnit::Kg)
    };
    let (distance_col, metres) = if c.has("distance_miles") {
        ("distance_miles", 1609.344)
    } else {
        ("distance_km", 1000.0)
    };
    each_row(rows, b, |line, r, b| {
        if r.len() != c.len() {
            return Err(format!(
                "it has {} fields where the header has {}",
                r.len(),
                c.len()
            ));
        }
        let start = utc(opts.tz, parse_date(c.get(r, "start_time"))?);
        let end = match c.get(r, "end_time") {
            "" => None,
            e => Some(utc(opts.tz, parse_date(e)?)),
        };
        let name = c.get(r, "title");
        let name = if name.is_empty() { "Workout" } else { name };
        let exercise = c.get(r, "exercise_title");
        if exercise.is_empty() {
            return Err("the exercise title is empty".into());
        }
        let set_type = c.get(r, "set_type");
        let set_type = match set_type.to_ascii_lowercase().as_str() {
            "warmup" | "warm_up" => SetType::Warmup,
            "normal" | "" => SetType::Normal,
            "dropset" | "drop_set" | "drop" => SetType::Drop,
            "failure" => SetType::Failure,
            "amrap" => SetType::Amrap,
            _ => return Err(format!("`{set_type}` is not a set type")),
        };
        // Hevy numbers a workout's supersets from 0; groups count from 1.
        let superset = match c.get(r, "superset_id").trim() {
            "" => None,
            v => Some(
                v.parse::<i32>()
                    .ok()
                    .filter(|n| (0..99).contains(n))
                    .map(|n| n + 1)
                    .ok_or_else(|| format!("`{v}` is not a superset id (0 to 98)"))?,
            ),
        };
        let s = b.session(format!("{name}\u{0}{start}"), || {
            let secs = end.map(|e| (e - start).num_seconds()).filter(|s| *s >= 0);
            SessionIn::completed(name, start, secs)
        })?;
        b.session_notes(s, text(c.get(r, "description")))?;
        b.set(SetIn {
            line,
            session: Some(s),
            exercise: exercise.to_string(),
            date: start,
            set_number: None,
            reps: reps(c.get(r, "reps"))?,
            weight_kg: weight(c.get(r, weight_col), unit)?,
            duration_seconds: seconds(c.get(r, "duration_seconds"))?,
            distance_meters: positive(c.get(r, distance_col), "distance")?.map(|d| d * metres),
            rpe: rpe(c.get(r, "rpe"))?,
            set_type,
            superset,
            notes: text(c.get(r, "exercise_notes")),
        });
        Ok(())
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::KG_PER_LB;
    use crate::import::Layout;
    use crate::import::tests::read_str;

    #[test]
    fn locale_dates() {
        for (s, want) in [
            ("7 Apr 2024, 16:34", "2024-04-07 16:34:00"),
            ("May 7, 2026, 6:13 AM", "2026-05-07 06:13:00"),
            ("May 7, 2026, 6:13\u{202f}PM", "2026-05-07 18:13:00"),
            ("17 September 2023, 07:05", "2023-09-17 07:05:00"),
            ("2024-04-07 16:34:00", "2024-04-07 16:34:00"),
        ] {
            assert_eq!(parse_date(s).unwrap().to_string(), want, "{s}");
        }
        assert!(parse_date("Tuesday").is_err());
    }

    #[test]
    fn metric_and_imperial() {
        let p = read_str(
            "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n\
             \"Upper\",\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",\"\",\"Pull Up (Assisted)\",,\"\",0,\"warmup\",15,6,,,\n\
             \"Upper\",\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",\"\",\"Pull Up (Assisted)\",,\"\",1,\"failure\",25,6,,,8.5\n\
             \"Run\",\"6 Apr 2024, 08:00\",\"6 Apr 2024, 08:30\",\"easy\",\"Running\",,\"\",0,\"normal\",,,5,1800,\n",
            None,
        );
        assert_eq!(p.layout, Layout::Hevy);
        assert_eq!(p.sessions.len(), 2);
        assert_eq!(p.sessions[0].duration_minutes, Some(61));
        assert_eq!(p.sessions[1].notes.as_deref(), Some("easy"));
        assert_eq!(p.sets[0].set_type, SetType::Warmup);
        assert_eq!(p.sets[1].set_type, SetType::Failure);
        assert_eq!(p.sets[1].rpe, Some(8.5));
        assert_eq!(p.sets[2].distance_meters, Some(5000.0));
        assert_eq!(p.volume_kg(), 15.0 * 6.0 + 25.0 * 6.0);
        let p = read_str(
            "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe\n\
             Legs,\"May 7, 2026, 6:13 AM\",\"May 7, 2026, 7:00 AM\",,Squat (Barbell),,,0,normal,225,5,,,\n\
             Legs,\"May 7, 2026, 6:13 AM\",\"May 7, 2026, 7:00 AM\",,Walk,,,0,normal,,,1,,\n",
            None,
        );
        assert!((p.sets[0].weight_kg.unwrap() - 225.0 * KG_PER_LB).abs() < 1e-9);
        assert!((p.sets[1].distance_meters.unwrap() - 1609.344).abs() < 1e-9);
        assert_eq!(
            p.sessions[0].started_at.unwrap().to_string(),
            "2026-05-07T06:13:00.000Z"
        );
    }

    #[test]
    fn a_bad_set_type_is_a_problem() {
        let p = read_str(
            "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n\
             A,\"7 Apr 2024, 16:34\",,,Curl,,,0,giant,10,10,,,\n",
            None,
        );
        assert_eq!(p.problems[0].line, 2);
        assert!(p.problems[0].reason.contains("`giant`"));
    }
}
