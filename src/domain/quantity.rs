//! Durations and distances as people type them.

use crate::error::Kind;

/// `30m`, `1h 3m`, `1h3m`, `90s`, `45min`, `1:30:00`, `25:00` (mm:ss) -> seconds.
pub fn parse_duration(input: &str) -> anyhow::Result<i32> {
    let secs = duration_seconds(input)?;
    if secs <= 0 || secs > 24 * 3600 {
        return Err(Kind::Usage.err(format!(
            "a duration of `{input}` is out of range (1 second to 24 hours)"
        )));
    }
    Ok(secs as i32)
}

/// A duration as [`parse_duration`] reads it, without its range check
/// (other apps record workouts left running for days: `35h 23m`).
pub fn duration_seconds(input: &str) -> anyhow::Result<i64> {
    let s = input.trim().to_ascii_lowercase();
    let bad = || {
        Kind::Usage.err(format!(
            "`{input}` is not a duration: write e.g. 30m, 1h 5m, 90s or 1:30:00"
        ))
    };
    if s.is_empty() || s.starts_with('-') {
        return Err(bad());
    }
    let secs: i64 = if s.contains(':') {
        let parts: Vec<i64> = s
            .split(':')
            .map(|p| p.parse::<i64>().map_err(|_| bad()))
            .collect::<Result<_, _>>()?;
        match parts.as_slice() {
            // Checked: the file or the user may write any number of hours.
            [m, sec] if *sec < 60 => m
                .checked_mul(60)
                .and_then(|x| x.checked_add(*sec))
                .ok_or_else(bad)?,
            [h, m, sec] if *m < 60 && *sec < 60 => h
                .checked_mul(3600)
                .and_then(|x| x.checked_add(m * 60 + sec))
                .ok_or_else(bad)?,
            _ => return Err(bad()),
        }
    } else {
        let mut total = 0i64;
        let mut num = String::new();
        let mut unit = String::new();
        let flush = |num: &mut String, unit: &mut String, total: &mut i64| -> anyhow::Result<()> {
            let n: f64 = num.parse().map_err(|_| bad())?;
            let factor = match unit.as_str() {
                "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
                "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
                "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
                _ => return Err(bad()),
            };
            // `as` saturates; the sum is checked.
            *total = total
                .checked_add((n * factor).round() as i64)
                .ok_or_else(bad)?;
            num.clear();
            unit.clear();
            Ok(())
        };
        for c in s.chars() {
            if c.is_ascii_digit() || c == '.' {
                if !unit.is_empty() {
                    flush(&mut num, &mut unit, &mut total)?;
                }
                num.push(c);
            } else if c.is_ascii_alphabetic() {
                if num.is_empty() {
                    return Err(bad());
                }
                unit.push(c);
            } else if !c.is_whitespace() {
                return Err(bad());
            }
        }
        if num.is_empty() || unit.is_empty() {
            return Err(bad());
        }
        flush(&mut num, &mut unit, &mut total)?;
        total
    };
    Ok(secs)
}

/// `5km`, `800m`, `3.1mi`, `400yd` -> metres.
pub fn parse_distance(input: &str) -> anyhow::Result<f64> {
    let s = input.trim().to_ascii_lowercase();
    let split = s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let bad = || {
        Kind::Usage.err(format!(
            "`{input}` is not a distance: write e.g. 5km, 800m or 3mi"
        ))
    };
    let n: f64 = num.trim().parse().map_err(|_| bad())?;
    let factor = match unit.trim() {
        "km" | "k" => 1000.0,
        "m" => 1.0,
        "mi" | "mile" | "miles" => 1609.344,
        "yd" | "yds" | "yard" | "yards" => 0.9144,
        _ => return Err(bad()),
    };
    if !n.is_finite() || n <= 0.0 || n > 1000.0 * 1000.0 {
        return Err(Kind::Usage.err(format!("a distance of `{input}` is out of range")));
    }
    Ok(n * factor)
}

/// Seconds as `1h 05m`, `12m 30s`, `45s`.
pub fn format_duration(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s}s"),
        (0, m, 0) => format!("{m}m"),
        (0, m, s) => format!("{m}m {s:02}s"),
        (h, m, _) => format!("{h}h {m:02}m"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        for (input, secs) in [
            ("30m", 1800),
            ("1h 3m", 3780),
            ("1h3m", 3780),
            ("90s", 90),
            ("45min", 2700),
            ("1:30:00", 5400),
            ("25:30", 1530),
            ("1.5h", 5400),
        ] {
            assert_eq!(parse_duration(input).unwrap(), secs, "{input}");
        }
        for bad in ["", "30", "-5m", "m", "5 parsecs", "1:75", "25h", "0s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn huge_durations_are_bad_input_not_an_overflow() {
        for huge in [
            "9223372036854775807:00",
            "9223372036854775807:00:00",
            "99999999999999999999h",
        ] {
            assert!(
                duration_seconds(huge).is_err() || duration_seconds(huge).unwrap() > 0,
                "{huge}"
            );
            assert!(parse_duration(huge).is_err(), "{huge}");
        }
        assert!(duration_seconds("9223372036854775807:00").is_err());
    }

    #[test]
    fn distances() {
        assert_eq!(parse_distance("5km").unwrap(), 5000.0);
        assert_eq!(parse_distance("800 m").unwrap(), 800.0);
        assert!((parse_distance("1mi").unwrap() - 1609.344).abs() < 1e-9);
        for bad in ["5", "-5km", "5 furlongs", "km"] {
            assert!(parse_distance(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn formats() {
        assert_eq!(format_duration(45), "45s");
        assert_eq!(format_duration(120), "2m");
        assert_eq!(format_duration(750), "12m 30s");
        assert_eq!(format_duration(3900), "1h 05m");
    }
}
