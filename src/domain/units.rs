//! Weights are stored in kilograms; people type and read them in their unit.

use std::fmt;
use std::str::FromStr;

use crate::error::Kind;

pub const KG_PER_LB: f64 = 0.453_592_37;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WeightUnit {
    Kg,
    Lb,
}

impl WeightUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            WeightUnit::Kg => "kg",
            WeightUnit::Lb => "lb",
        }
    }

    /// A kilogram value in this unit.
    pub fn from_kg(self, kg: f64) -> f64 {
        match self {
            WeightUnit::Kg => kg,
            WeightUnit::Lb => kg / KG_PER_LB,
        }
    }

    /// A value in this unit, in kilograms.
    pub fn to_kg(self, value: f64) -> f64 {
        match self {
            WeightUnit::Kg => value,
            WeightUnit::Lb => value * KG_PER_LB,
        }
    }

    /// "102.5 kg", "225 lb": a weight in this unit at the precision a person
    /// enters it ([`shown`]).
    pub fn format_kg(self, kg: f64) -> String {
        format!("{} {}", shown(self.from_kg(kg)), self.as_str())
    }

    /// A volume (reps x weight summed) in this unit, in whole units with
    /// thousands grouped: 50 x 225 lb is "11,250 lb".
    pub fn format_volume_kg(self, kg: f64) -> String {
        format!("{} {}", group(self.from_kg(kg).round()), self.as_str())
    }

    /// The distance unit that goes with this weight unit: miles for lb, km for kg.
    pub fn distance_unit(self) -> &'static str {
        match self {
            WeightUnit::Kg => "km",
            WeightUnit::Lb => "mi",
        }
    }

    /// "5 km", "3.1 mi": metres in this unit's distance unit, two decimals at most.
    pub fn format_distance(self, meters: f64) -> String {
        format!(
            "{} {}",
            trim_number(meters / self.meters_per_distance_unit()),
            self.distance_unit()
        )
    }

    /// The pace of `seconds` over `meters`: "5:00 /km", "8:03 /mi".
    pub fn format_pace(self, seconds: f64, meters: f64) -> Option<String> {
        if !(meters > 0.0 && seconds > 0.0) {
            return None;
        }
        let per = (seconds * self.meters_per_distance_unit() / meters).round() as i64;
        Some(format!(
            "{}:{:02} /{}",
            per / 60,
            per % 60,
            self.distance_unit()
        ))
    }

    fn meters_per_distance_unit(self) -> f64 {
        match self {
            WeightUnit::Kg => 1000.0,
            WeightUnit::Lb => METERS_PER_MILE,
        }
    }
}

pub const METERS_PER_MILE: f64 = 1609.344;

/// A weight at the precision a person enters it: converting units and
/// storing in kg leave a hundredth or so of noise (80.01, 47.99, 367.51),
/// so a value within 0.015 of a quarter step is that step; else at most two
/// decimals.
pub fn shown(v: f64) -> String {
    let q = (v * 4.0).round() / 4.0;
    trim_number(if (v - q).abs() <= 0.015 { q } else { v })
}

/// A whole number with thousands grouped: 11250 -> "11,250".
fn group(v: f64) -> String {
    let t = trim_number(v.round());
    let (int, frac) = t
        .split_once('.')
        .map_or((t.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

impl fmt::Display for WeightUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for WeightUnit {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" => Ok(WeightUnit::Kg),
            "lb" | "lbs" | "pound" | "pounds" => Ok(WeightUnit::Lb),
            _ => Err(Kind::Usage.err(format!("unknown weight unit `{s}`: use kg or lb"))),
        }
    }
}

/// A number with at most two decimals and no trailing zeros: 100, 102.5, 61.23.
pub fn trim_number(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// Parses a weight as typed: `100`, `100kg`, `225 lb`, `72.5`. A bare number
/// is in `default_unit`. Returns kilograms. Negative, zero-free checks are the
/// caller's: a body weight must be positive, a bar weight may be zero.
pub fn parse_weight(input: &str, default_unit: WeightUnit) -> anyhow::Result<f64> {
    let s = input.trim();
    let split = s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let unit = if unit.trim().is_empty() {
        default_unit
    } else {
        unit.parse().map_err(|_| {
            Kind::Usage.err(format!(
                "`{input}` is not a weight: use a number with kg or lb, such as 100kg or 225lb"
            ))
        })?
    };
    let value: f64 = num.trim().parse().map_err(|_| {
        Kind::Usage.err(format!(
            "`{input}` is not a weight: use a number with kg or lb, such as 100kg or 225lb"
        ))
    })?;
    if !value.is_finite() {
        return Err(Kind::Usage.err(format!("`{input}` is not a finite weight")));
    }
    if value < 0.0 {
        return Err(Kind::Usage.err(format!("a weight cannot be negative (`{input}`)")));
    }
    Ok(unit.to_kg(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units() {
        assert_eq!(parse_weight("100", WeightUnit::Kg).unwrap(), 100.0);
        assert_eq!(parse_weight("100kg", WeightUnit::Lb).unwrap(), 100.0);
        let lb = parse_weight("225 lb", WeightUnit::Kg).unwrap();
        assert!((lb - 102.058_283_25).abs() < 1e-6);
        assert!((parse_weight("10", WeightUnit::Lb).unwrap() - 4.535_923_7).abs() < 1e-9);
    }

    #[test]
    fn rejects_bad_weights() {
        for bad in ["", "abc", "-5", "5 stone", "NaN", "inf", "kg"] {
            let err = parse_weight(bad, WeightUnit::Kg).unwrap_err();
            assert_eq!(crate::error::kind_of(&err), Kind::Usage, "{bad}");
        }
    }

    #[test]
    fn formats_in_unit() {
        assert_eq!(WeightUnit::Kg.format_kg(102.5), "102.5 kg");
        assert_eq!(WeightUnit::Lb.format_kg(102.058_283_25), "225 lb");
        assert_eq!(trim_number(60.0), "60");
        assert_eq!(trim_number(-0.001), "0");
    }

    #[test]
    fn shows_what_was_entered() {
        let lb = WeightUnit::Lb;
        let w = lb.to_kg(315.0);
        assert_eq!(lb.format_kg(w), "315 lb");
        assert_eq!(
            lb.format_kg(crate::domain::records::epley(w, 5).unwrap()),
            "367.5 lb"
        );
        // Stored rounded to hundredths of a kg, as imports do.
        assert_eq!(lb.format_kg(142.88), "315 lb");
        assert_eq!(lb.format_kg(21.77), "48 lb");
        assert_eq!(WeightUnit::Kg.format_kg(80.01), "80 kg");
        assert_eq!(WeightUnit::Kg.format_kg(61.25), "61.25 kg");
        assert_eq!(WeightUnit::Kg.format_kg(61.23), "61.23 kg");
        assert_eq!(lb.format_volume_kg(50.0 * lb.to_kg(225.0)), "11,250 lb");
        assert_eq!(lb.format_volume_kg(50.0 * 102.06), "11,250 lb");
        assert_eq!(WeightUnit::Kg.format_volume_kg(999.6), "1,000 kg");
        assert_eq!(group(-1234.0), "-1,234");
        assert_eq!(shown(1234.5), "1234.5");
    }

    #[test]
    fn distances_and_paces_in_the_users_unit() {
        assert_eq!(
            WeightUnit::Lb.format_distance(3.0 * METERS_PER_MILE),
            "3 mi"
        );
        assert_eq!(WeightUnit::Kg.format_distance(5000.0), "5 km");
        assert_eq!(
            WeightUnit::Kg.format_pace(1500.0, 5000.0).unwrap(),
            "5:00 /km"
        );
        assert_eq!(
            WeightUnit::Lb
                .format_pace(1500.0, 3.0 * METERS_PER_MILE)
                .unwrap(),
            "8:20 /mi"
        );
        assert_eq!(WeightUnit::Lb.format_pace(0.0, 5.0), None);
    }
}
