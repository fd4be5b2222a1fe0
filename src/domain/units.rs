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

    /// "102.5 kg", "225 lb": at most two decimals, no trailing zeros.
    pub fn format_kg(self, kg: f64) -> String {
        format!("{} {}", trim_number(self.from_kg(kg)), self.as_str())
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
}
