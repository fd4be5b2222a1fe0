//! Strong's four layouts. `(Date, Workout Name)` is a session; `Set Order`
//! is a number, `W`/`D`/`F`, `WARM_UP`/`FAILURE`, or `Rest Timer` (a rest,
//! not a set); missing numbers are `0` (older layouts) or empty (newer).

use crate::domain::quantity::duration_seconds;
use crate::domain::settype::SetType;
use crate::domain::units::WeightUnit;
use crate::error::Kind;

use super::{
    Builder, Columns, Layout, Options, Rows, SessionIn, SetIn, each_row, local_datetime,
    metres_per, positive, reps, rpe, seconds, text, utc, weight,
};

pub(super) fn read(
    layout: Layout,
    c: &Columns,
    rows: &mut Rows,
    opts: &Options,
    b: &mut Builder,
) -> anyhow::Result<()> {
    // Where the weight's unit comes from: the header (2016), each row
    // (semicolons), nowhere (common: --unit), always kg (numbered).
    let header_unit = match layout {
        Layout::Strong2016 if c.has("lbs") => Some(WeightUnit::Lb),
        Layout::Strong2016 => Some(WeightUnit::Kg),
        Layout::StrongNumbered => Some(WeightUnit::Kg),
        Layout::StrongCommon => Some(opts.unit.ok_or_else(|| {
            Kind::Usage.err(
                "this Strong export does not say whether its weights are in kg or lb: pass --unit kg or --unit lb",
            )
        })?),
        _ => None,
    };
    let weight_col = match layout {
        Layout::Strong2016 if c.has("lbs") => "lbs",
        Layout::Strong2016 => "kg",
        Layout::StrongNumbered => "Weight (kg)",
        _ => "Weight",
    };
    // Distances: km or mi in the 2016 header, metres in the numbered
    // layout, a unit per row with semicolons, the display unit (km with
    // --unit kg, miles with --unit lb) in the common layout.
    let (distance_col, header_metres) = match layout {
        Layout::Strong2016 if c.has("mi") => ("mi", Some(1609.344)),
        Layout::Strong2016 => ("km", Some(1000.0)),
        Layout::StrongNumbered => ("Distance (meters)", Some(1.0)),
        Layout::StrongCommon => (
            "Distance",
            Some(if header_unit == Some(WeightUnit::Lb) {
                1609.344
            } else {
                1000.0
            }),
        ),
        _ => ("Distance", None),
    };
    let needs_unit = std::cell::Cell::new(None::<u64>);
    each_row(rows, b, |line, r, b| {
        if r.len() != c.len() {
            return Err(format!(
                "it has {} fields where the header has {}",
                r.len(),
                c.len()
            ));
        }
        let set_order = c.get(r, "Set Order");
        if set_order.eq_ignore_ascii_case("rest timer") {
            b.parsed.rest_rows += 1;
            return Ok(());
        }
        let set_type = match set_order.to_ascii_uppercase().as_str() {
            "W" | "WARM_UP" | "WARMUP" => SetType::Warmup,
            "D" | "DROP" | "DROP_SET" | "DROPSET" => SetType::Drop,
            "F" | "FAILURE" => SetType::Failure,
            "" => SetType::Normal,
            n if n.parse::<f64>().is_ok() => SetType::Normal,
            _ => return Err(format!("`{set_order}` is not a set order")),
        };
        let local = local_datetime(c.get(r, "Date"))?;
        let start = utc(opts.tz, local);
        let name = c.get(r, "Workout Name");
        let name = if name.is_empty() { "Workout" } else { name };
        let exercise = c.get(r, "Exercise Name");
        if exercise.is_empty() {
            return Err("the exercise name is empty".into());
        }
        let duration = match layout {
            Layout::StrongCommon => {
                let d = c.get(r, "Duration");
                match d {
                    "" | "0" | "0s" | "0m" => None,
                    _ => Some(
                        duration_seconds(d)
                            .ok()
                            .filter(|s| (0..=i64::from(i32::MAX)).contains(s))
                            .ok_or_else(|| {
                                format!("`{d}` is not a duration (such as 31m or 1h 3m)")
                            })?,
                    ),
                }
            }
            Layout::StrongNumbered => seconds(c.get(r, "Duration (sec)"))?.map(i64::from),
            _ => None,
        };
        let unit = match header_unit {
            Some(u) => u,
            None => {
                let u = c.get(r, "Weight Unit");
                if u.is_empty() {
                    match opts.unit {
                        Some(u) => u,
                        None if positive(c.get(r, weight_col), "weight")?.is_none() => {
                            WeightUnit::Kg
                        }
                        None => {
                            if needs_unit.get().is_none() {
                                needs_unit.set(Some(line));
                            }
                            WeightUnit::Kg
                        }
                    }
                } else {
                    u.parse()
                        .map_err(|_| format!("`{u}` is not a weight unit (kg or lbs)"))?
                }
            }
        };
        let metres = match header_metres {
            Some(m) => m,
            None => {
                let u = c.get(r, "Distance Unit");
                if u.is_empty() {
                    if header_unit == Some(WeightUnit::Lb) || unit == WeightUnit::Lb {
                        1609.344
                    } else {
                        1000.0
                    }
                } else {
                    metres_per(u).ok_or_else(|| format!("`{u}` is not a distance unit"))?
                }
            }
        };
        let s = b.session(format!("{name}\u{0}{start}"), || {
            SessionIn::completed(name, start, duration)
        })?;
        b.session_notes(s, text(c.get(r, "Workout Notes")))?;
        let set = SetIn {
            line,
            session: Some(s),
            exercise: exercise.to_string(),
            date: start,
            set_number: None,
            reps: reps(c.get(r, "Reps"))?,
            weight_kg: weight(c.get(r, weight_col), unit)?,
            duration_seconds: seconds(c.get(r, "Seconds"))?,
            distance_meters: positive(c.get(r, distance_col), "distance")?.map(|d| d * metres),
            rpe: rpe(c.get(r, "RPE"))?,
            set_type,
            superset: None,
            notes: text(c.get(r, "Notes")),
        };
        b.set(set);
        Ok(())
    });
    if let Some(line) = needs_unit.get() {
        return Err(Kind::Usage.err(format!(
            "line {line} of this Strong export has a weight with no unit: pass --unit kg or --unit lb"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::settype::SetType;
    use crate::domain::units::{KG_PER_LB, WeightUnit};
    use crate::import::Layout;
    use crate::import::tests::{read_err, read_str};

    #[test]
    fn layout_2016_unit_in_header_set_order_from_0() {
        let p = read_str(
            "Date,Workout Name,Exercise Name,Set Order,lbs,Reps,mi,Seconds,Notes\n\
             2016-03-01 18:00:00,Legs,Squat (Barbell),0,225,5,0,0,\n\
             2016-03-01 18:00:00,Legs,Squat (Barbell),1,225,5,0,0,felt good\n\
             2016-03-01 18:00:00,Legs,Running,0,0,0,1.5,600,\n",
            None,
        );
        assert_eq!(p.layout, Layout::Strong2016);
        assert_eq!(p.sessions.len(), 1);
        assert_eq!(p.sets.len(), 3);
        assert!((p.sets[0].weight_kg.unwrap() - 225.0 * KG_PER_LB).abs() < 1e-9);
        assert_eq!(p.sets[1].notes.as_deref(), Some("felt good"));
        assert_eq!(p.sets[2].weight_kg, None);
        assert!((p.sets[2].distance_meters.unwrap() - 1.5 * 1609.344).abs() < 1e-6);
        assert_eq!(p.sets[2].duration_seconds, Some(600));
        assert!(p.problems.is_empty());
    }

    #[test]
    fn semicolon_layout_unit_per_row_and_rest_rows() {
        let f = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n\
                 2020-05-01 07:00:00;Push;Bench Press (Barbell);W;60;kg;10;;;;;;Morning\n\
                 2020-05-01 07:00:00;Push;Bench Press (Barbell);1;135;lbs;8;8,5;;;;;\n\
                 2020-05-01 07:00:00;Push;Bench Press (Barbell);Rest Timer;;;;;;;90;;\n\
                 2020-05-01 07:00:00;Push;Plank;2;;;;;;;60;;\n\
                 2020-05-01 07:00:00;Push;Rowing (Machine);F;;;;;2000;m;;;\n";
        let p = read_str(f, None);
        assert_eq!(p.layout, Layout::StrongSemicolon);
        assert_eq!(p.sets.len(), 4);
        assert_eq!(p.rest_rows, 1);
        assert_eq!(p.sets[0].set_type, SetType::Warmup);
        assert_eq!(p.sets[0].weight_kg, Some(60.0));
        assert!((p.sets[1].weight_kg.unwrap() - 135.0 * KG_PER_LB).abs() < 1e-9);
        assert_eq!(p.sets[1].rpe, Some(8.5));
        assert_eq!(p.sets[3].distance_meters, Some(2000.0));
        assert_eq!(p.sets[3].set_type, SetType::Failure);
        assert_eq!(p.sessions[0].notes.as_deref(), Some("Morning"));
        // A weight with a blank unit needs --unit.
        let blank = f.replace("135;lbs", "135;");
        assert!(read_err(&blank, None).contains("--unit"));
        let p = read_str(&blank, Some(WeightUnit::Lb));
        assert!((p.sets[1].weight_kg.unwrap() - 135.0 * KG_PER_LB).abs() < 1e-9);
    }

    #[test]
    fn common_layout_needs_a_unit_and_reads_durations() {
        let f = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
                 2021-07-07 18:35:21,\"Push\",1h 3m,\"Overhead Press (Barbell)\",1,149.99999999999997,4.0,0,0,\"\",\"\",\n\
                 2021-07-07 18:35:21,\"Push\",1h 3m,\"Overhead Press (Barbell)\",2,150,4,0,0,,,9\n\
                 2021-07-09 18:00:00,\"Push\",38min,\"Chin Up\",1,0,10,0,0,,,\n\
                 2021-07-11 18:00:00,\"Push\",20s,\"Chin Up\",D,0,10,0,0,,,\n\
                 2021-07-12 18:00:00,\"Push\",35h 23m,\"Chin Up\",F,0,10,0,0,,,\n";
        let e = read_err(f, None);
        assert!(e.contains("--unit kg or --unit lb"), "{e}");
        let p = read_str(f, Some(WeightUnit::Kg));
        assert_eq!(p.layout, Layout::StrongCommon);
        assert_eq!(p.sessions.len(), 4);
        assert_eq!(p.sessions[3].duration_minutes, Some(35 * 60 + 23));
        assert_eq!(p.sets[0].weight_kg, Some(150.0));
        assert_eq!(p.sets[0].reps, Some(4));
        assert_eq!(p.sets[1].rpe, Some(9.0));
        assert_eq!(p.sets[2].weight_kg, None);
        assert_eq!(p.sessions[0].duration_minutes, Some(63));
        assert_eq!(p.sessions[1].duration_minutes, Some(38));
        assert_eq!(p.sessions[2].duration_minutes, Some(0));
        assert_eq!(p.volume_kg(), 1200.0);
    }

    #[test]
    fn numbered_layout_all_quoted() {
        let p = read_str(
            "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n\
             \"1\";\"2023-01-02 10:00:00\";\"Full; Body\";\"3600\";\"Deadlift (Barbell)\";\"WARM_UP\";\"60\";\"5\";\"\";\"\";\"\";\"\";\"\"\n\
             \"1\";\"2023-01-02 10:00:00\";\"Full; Body\";\"3600\";\"Deadlift (Barbell)\";\"FAILURE\";\"140\";\"3\";\"9\";\"\";\"\";\"\";\"\"\n",
            None,
        );
        assert_eq!(p.layout, Layout::StrongNumbered);
        assert_eq!(p.sessions[0].name, "Full; Body");
        assert_eq!(p.sessions[0].duration_minutes, Some(60));
        assert_eq!(p.sets[0].set_type, SetType::Warmup);
        assert_eq!(p.sets[1].set_type, SetType::Failure);
        assert_eq!(p.volume_kg(), 60.0 * 5.0 + 140.0 * 3.0);
    }

    #[test]
    fn bad_rows_are_reported_by_line() {
        let p = read_str(
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
             2021-07-07 18:35:21,Push,31m,Bench,1,100,abc,0,0,,,\n\
             yesterday,Push,31m,Bench,1,100,5,0,0,,,\n\
             2021-07-07 18:35:21,Push,31m,Bench,X,100,5,0,0,,,\n\
             2021-07-07 18:35:21,Push,31m,Bench,2,100,5,0,0,,\n\
             2021-07-07 18:35:21,Push,31m,Bench,3,100,5,0,0,,,\n",
            Some(WeightUnit::Kg),
        );
        let lines: Vec<u64> = p.problems.iter().map(|x| x.line).collect();
        assert_eq!(lines, [2, 3, 4, 5], "{:?}", p.problems);
        assert!(p.problems[0].reason.contains("`abc`"));
        assert!(p.problems[3].reason.contains("11 fields"));
        assert_eq!(p.sets.len(), 1);
    }
}
