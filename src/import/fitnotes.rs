//! FitNotes' two layouts: the unit in the header (`Weight (lbs)`) or per row
//! (`Weight Unit`, `kgs`/`lbs`), with an optional trailing `Comment`. Dates
//! only, so one session per day; the row order is the set order. Some files
//! have unquoted commas in exercise names: such a row has too many fields,
//! and is read with the extra fields put back into the name when exactly
//! one way of doing so gives a readable row; else it is a problem.

use crate::domain::exercise::{ExerciseFacts, MUSCLE};
use crate::domain::quantity::parse_duration;
use crate::domain::units::WeightUnit;

use super::{
    Builder, Columns, Layout, Options, Problem, Rows, SessionIn, SetIn, each_row, local_noon,
    metres_per, positive, reps, text, utc, weight,
};

/// The name sessions read from FitNotes get (it has no workout names).
pub const SESSION_NAME: &str = "FitNotes";

/// The unit of an older header's `Weight (lbs)` / `Weight (kgs)` column.
pub(super) fn header_unit(c: &Columns) -> Option<(&'static str, WeightUnit)> {
    [
        ("Weight (lbs)", WeightUnit::Lb),
        ("Weight (lb)", WeightUnit::Lb),
        ("Weight (kgs)", WeightUnit::Kg),
        ("Weight (kg)", WeightUnit::Kg),
    ]
    .into_iter()
    .find(|(n, _)| c.has(n))
}

/// `H:MM:SS` (or `MM:SS`) as seconds; empty or zero is none.
fn time(s: &str) -> Result<Option<i32>, String> {
    let t = s.trim();
    if t.is_empty() || t.chars().all(|c| c == '0' || c == ':') {
        return Ok(None);
    }
    parse_duration(t)
        .map(Some)
        .map_err(|_| format!("`{s}` is not a time (H:MM:SS)"))
}

pub(super) fn read(
    layout: Layout,
    c: &Columns,
    rows: &mut Rows,
    opts: &Options,
    b: &mut Builder,
) -> anyhow::Result<()> {
    let fixed = if layout == Layout::FitNotesOld {
        header_unit(c)
    } else {
        None
    };
    let has_comment = c.has("Comment") && c.index("Comment") == Some(c.len() - 1);
    let exercise_at = c.index("Exercise").unwrap_or(1);
    let one = |line: u64, r: &csv::StringRecord, b: &mut Builder| -> Result<(), String> {
        let date = local_noon(c.get(r, "Date"))?;
        let start = utc(opts.tz, date);
        let exercise = c.get(r, "Exercise");
        if exercise.is_empty() {
            return Err("the exercise name is empty".into());
        }
        let (weight_col, unit) = match fixed {
            Some((col, u)) => (col, u),
            None => {
                let u = c.get(r, "Weight Unit");
                let unit = if u.is_empty() {
                    match opts.unit {
                        Some(u) => u,
                        None if positive(c.get(r, "Weight"), "weight")?.is_none() => WeightUnit::Kg,
                        None => {
                            return Err(
                                "the weight has no unit: pass --unit kg or --unit lb".into()
                            );
                        }
                    }
                } else {
                    u.parse()
                        .map_err(|_| format!("`{u}` is not a weight unit (kgs or lbs)"))?
                };
                ("Weight", unit)
            }
        };
        let distance = positive(c.get(r, "Distance"), "distance")?;
        let metres = match (distance, c.get(r, "Distance Unit")) {
            (None, _) => 0.0,
            (Some(_), "") if opts.unit == Some(WeightUnit::Lb) => 1609.344,
            (Some(_), "") => 1000.0,
            (Some(_), u) => metres_per(u).ok_or_else(|| format!("`{u}` is not a distance unit"))?,
        };
        let set = SetIn {
            line,
            session: None,
            exercise: exercise.to_string(),
            date: start,
            set_number: None,
            reps: reps(c.get(r, "Reps"))?,
            weight_kg: weight(c.get(r, weight_col), unit)?,
            duration_seconds: time(c.get(r, "Time"))?,
            distance_meters: distance.map(|d| d * metres),
            rpe: None,
            set_type: crate::domain::settype::SetType::Normal,
            superset: None,
            notes: text(c.get(r, "Comment")),
        };
        let day = c.get(r, "Date").to_string();
        let s = b.session(day, || SessionIn::completed(SESSION_NAME, start, None))?;
        let category = c.get(r, "Category");
        if !b.parsed.facts.contains_key(exercise) && !category.is_empty() {
            let cardio = category.eq_ignore_ascii_case("cardio");
            b.parsed.facts.insert(
                exercise.to_string(),
                ExerciseFacts {
                    name: exercise.to_string(),
                    primary: MUSCLE.parse(category).ok(),
                    secondary: Vec::new(),
                    equipment: None,
                    category: if cardio { "CARDIO" } else { "STRENGTH" },
                    difficulty: None,
                    mechanic: None,
                    force: None,
                    instructions: None,
                },
            );
        }
        b.set(SetIn {
            session: Some(s),
            ..set
        });
        Ok(())
    };
    each_row(rows, b, |line, r, b| {
        let n = r.len();
        let h = c.len();
        if n == h || (has_comment && n == h - 1) {
            return one(line, r, b);
        }
        if n < h {
            return Err(format!("it has {n} fields where the header has {h}"));
        }
        // Too many fields: unquoted commas in the name (or the comment).
        let extra = n - h;
        let fields: Vec<&str> = r.iter().collect();
        let mut readable = Vec::new();
        let mut first_reason = None;
        for k in (0..=extra).rev() {
            if k < extra && !has_comment {
                break;
            }
            let name = fields[exercise_at..=exercise_at + k].join(",");
            let mut rec: Vec<String> = fields[..exercise_at]
                .iter()
                .map(|s| s.to_string())
                .collect();
            rec.push(name.clone());
            // After the name: the other columns, then (if any extra is
            // left) a comment that holds the rest.
            let rest = &fields[exercise_at + k + 1..];
            if extra > k {
                let split = rest.len() - (extra - k + 1);
                rec.extend(rest[..split].iter().map(|s| s.to_string()));
                rec.push(rest[split..].join(","));
            } else {
                rec.extend(rest.iter().map(|s| s.to_string()));
            }
            let rec = csv::StringRecord::from(rec);
            let mut trial = Builder::new(layout, None);
            match one(line, &rec, &mut trial) {
                Ok(()) => readable.push((name, rec)),
                Err(e) => {
                    first_reason.get_or_insert(e);
                }
            }
        }
        let balanced = |s: &str| s.matches('(').count() == s.matches(')').count();
        if readable.len() > 1 {
            readable.retain(|(name, _)| balanced(name));
        }
        match readable.len() {
            1 => {
                let (name, rec) = readable.pop().expect("one");
                b.parsed.recovered.push(Problem {
                    line,
                    reason: format!("read `{}` as one exercise name", name.trim()),
                });
                one(line, &rec, b)
            }
            0 => Err(format!(
                "it has {n} fields where the header has {h}, and no reading of the extra commas as part of the exercise name works ({})",
                first_reason.unwrap_or_default()
            )),
            _ => Err(format!(
                "it has {n} fields where the header has {h}, and the extra commas could belong to the exercise name or the comment"
            )),
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::units::KG_PER_LB;
    use crate::import::Layout;
    use crate::import::tests::read_str;

    #[test]
    fn old_layout_unit_in_header() {
        let p = read_str(
            "Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n\
             2015-06-01,Flat Barbell Bench Press,Chest,135.0,10,,,\n\
             2015-06-01,Flat Barbell Bench Press,Chest,155.0,8,,,\n\
             2015-06-01,Treadmill,Cardio,,,2.5,km,0:20:00\n\
             2015-06-02,Flat Barbell Bench Press,Chest,135.0,10,,,\n",
            None,
        );
        assert_eq!(p.layout, Layout::FitNotesOld);
        assert_eq!(p.sessions.len(), 2, "one session per day");
        assert_eq!(p.sets.len(), 4);
        assert!((p.sets[0].weight_kg.unwrap() - 135.0 * KG_PER_LB).abs() < 1e-9);
        assert_eq!(p.sets[2].duration_seconds, Some(1200));
        assert_eq!(p.sets[2].distance_meters, Some(2500.0));
        assert_eq!(p.facts["Treadmill"].category, "CARDIO");
        assert_eq!(p.facts["Flat Barbell Bench Press"].primary, Some("CHEST"));
    }

    #[test]
    fn new_layout_with_comment_and_commas_in_names() {
        let p = read_str(
            "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n\
             2025-04-29,Overhead Press (Each Side, Dumbbells),Shoulders,10.0,kgs,8,,,,\n\
             2025-04-29,Overhead Press (Each Side, Dumbbells),Shoulders,10.0,kgs,8,,,,slow, controlled\n\
             2025-04-29,Curl,Biceps,25,lbs,12,,,,\n\
             2025-04-29,Curl,Biceps,x,lbs,12,,,,\n\
             2025-04-29,Curl,Biceps,25,lbs\n",
            None,
        );
        assert_eq!(p.layout, Layout::FitNotes);
        assert_eq!(p.sets.len(), 3, "{:?}", p.problems);
        assert_eq!(p.sets[0].exercise, "Overhead Press (Each Side, Dumbbells)");
        assert_eq!(p.sets[1].exercise, "Overhead Press (Each Side, Dumbbells)");
        assert_eq!(p.sets[1].notes.as_deref(), Some("slow, controlled"));
        assert!((p.sets[2].weight_kg.unwrap() - 25.0 * KG_PER_LB).abs() < 1e-9);
        assert_eq!(p.recovered.len(), 2);
        let lines: Vec<u64> = p.problems.iter().map(|x| x.line).collect();
        assert_eq!(lines, [5, 6]);
    }

    #[test]
    fn commas_without_a_comment_column() {
        let p = read_str(
            "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n\
             2025-04-29,Bench Press (With Bar, Each Side),Chest,7.5,kgs,20,,,\n\
             2025-04-29,Rear Delt Pulling (Each Side, Cable In Front Of Eyes Area),Shoulders,5.0,kgs,15,,,\n",
            None,
        );
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        assert_eq!(p.sets[0].exercise, "Bench Press (With Bar, Each Side)");
        assert_eq!(p.sets[0].weight_kg, Some(7.5));
        assert_eq!(
            p.sets[1].exercise,
            "Rear Delt Pulling (Each Side, Cable In Front Of Eyes Area)"
        );
    }
}
