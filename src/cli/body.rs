//! `workout body add|list|delete|chart`: body weight, body fat and girths
//! over time, in the user's units (kg and cm, or lb and in).

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::body::{Measurement, NewMeasurement};
use crate::app::{self, Ctx, Timestamp, User};
use crate::context::Context;
use crate::domain::body::{format_girth, length_unit, parse_body_fat, parse_girth};
use crate::domain::plan::parse_date;
use crate::domain::profile::validate_body_weight;
use crate::domain::units::{parse_weight, trim_number};
use crate::output::{Format, TableData};

#[derive(Debug, Subcommand)]
pub enum BodyCmd {
    /// Record a measurement: `workout body add 80.4kg --waist 82cm`
    Add(AddArgs),
    /// Measurements, oldest first
    List {
        /// From this local date (YYYY-MM-DD)
        #[arg(long)]
        since: Option<String>,
        /// Up to and including this local date (YYYY-MM-DD)
        #[arg(long)]
        until: Option<String>,
    },
    /// Delete one measurement (confirms, or --yes)
    Delete {
        /// The measurement's id, or a unique prefix of 4+ characters
        id: String,
    },
    /// Body weight over time, as a chart (or its points)
    Chart {
        /// From this local date (YYYY-MM-DD)
        #[arg(long)]
        since: Option<String>,
        /// Up to and including this local date (YYYY-MM-DD)
        #[arg(long)]
        until: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Body weight, e.g. 80.4kg, 177lb (a bare number is in your weight unit)
    #[arg(value_name = "WEIGHT", allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// The local date measured (YYYY-MM-DD; default: now)
    #[arg(long)]
    pub date: Option<String>,
    /// Body fat in percent, e.g. 18
    #[arg(long, value_name = "PERCENT", allow_hyphen_values = true)]
    pub body_fat: Option<String>,
    /// Waist girth, e.g. 82cm, 32in (a bare number: cm for kg users, in for lb users)
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub waist: Option<String>,
    /// Chest girth
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub chest: Option<String>,
    /// Arm girth
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub arm: Option<String>,
    /// Thigh girth
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub thigh: Option<String>,
    /// Hips girth
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub hips: Option<String>,
    /// Neck girth
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub neck: Option<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

/// One measurement as printed. Columns are stable; lengths in cm, weight in kg.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasurementView {
    pub id: String,
    /// ISO 8601, UTC.
    pub date: String,
    pub weight_kg: Option<f64>,
    pub body_fat_percent: Option<f64>,
    pub waist_cm: Option<f64>,
    pub chest_cm: Option<f64>,
    pub arm_cm: Option<f64>,
    pub thigh_cm: Option<f64>,
    pub hips_cm: Option<f64>,
    pub neck_cm: Option<f64>,
    pub notes: Option<String>,
}

crate::record!(MeasurementView);

impl From<&Measurement> for MeasurementView {
    fn from(m: &Measurement) -> Self {
        Self {
            id: m.id.clone(),
            date: m.date.iso(),
            weight_kg: m.weight_kg,
            body_fat_percent: m.body_fat_percent,
            waist_cm: m.waist_cm,
            chest_cm: m.chest_cm,
            arm_cm: m.arm_cm,
            thigh_cm: m.thigh_cm,
            hips_cm: m.hips_cm,
            neck_cm: m.neck_cm,
            notes: m.notes.clone(),
        }
    }
}

/// "80.4 kg, 18 % fat, waist 82 cm": what a measurement says, for messages.
fn describe(u: &User, m: &Measurement) -> String {
    let unit = u.unit();
    let mut parts = Vec::new();
    if let Some(w) = m.weight_kg {
        parts.push(unit.format_kg(w));
    }
    if let Some(f) = m.body_fat_percent {
        parts.push(format!("{} % body fat", trim_number(f)));
    }
    for (name, v) in girths(m) {
        if let Some(cm) = v {
            parts.push(format!("{name} {}", format_girth(cm, unit)));
        }
    }
    format!(
        "of {} ({})",
        u.local(m.date, "%Y-%m-%d"),
        crate::domain::text::neutralise(&parts.join(", "))
    )
}

fn girths(m: &Measurement) -> [(&'static str, Option<f64>); 6] {
    [
        ("waist", m.waist_cm),
        ("chest", m.chest_cm),
        ("arm", m.arm_cm),
        ("thigh", m.thigh_cm),
        ("hips", m.hips_cm),
        ("neck", m.neck_cm),
    ]
}

fn show_fields(u: &User, m: &Measurement) -> Vec<(&'static str, String)> {
    let unit = u.unit();
    let mut f = vec![
        ("date", u.local(m.date, "%Y-%m-%d %H:%M %Z")),
        (
            "body weight",
            m.weight_kg.map(|w| unit.format_kg(w)).unwrap_or_default(),
        ),
        (
            "body fat",
            m.body_fat_percent
                .map(|v| format!("{} %", trim_number(v)))
                .unwrap_or_default(),
        ),
    ];
    for (name, v) in girths(m) {
        f.push((name, v.map(|cm| format_girth(cm, unit)).unwrap_or_default()));
    }
    f.push(("notes", m.notes.clone().unwrap_or_default()));
    f.push(("id", m.id.clone()));
    f
}

fn opt(v: Option<f64>) -> String {
    v.map(trim_number).unwrap_or_default()
}

fn table(u: &User, rows: &[Measurement]) -> TableData {
    let unit = u.unit();
    let len = length_unit(unit);
    let lu = |cm: Option<f64>| opt(cm.map(|c| if len == "in" { c / 2.54 } else { c }));
    let weight: &'static str = match unit {
        crate::domain::units::WeightUnit::Kg => "weight (kg)",
        crate::domain::units::WeightUnit::Lb => "weight (lb)",
    };
    let girth_headers: [&'static str; 6] = if len == "in" {
        [
            "waist in", "chest in", "arm in", "thigh in", "hips in", "neck in",
        ]
    } else {
        [
            "waist cm", "chest cm", "arm cm", "thigh cm", "hips cm", "neck cm",
        ]
    };
    // Columns nobody filled in are left out, so a weight log stays narrow.
    let used: Vec<usize> = (0..6)
        .filter(|i| rows.iter().any(|m| girths(m)[*i].1.is_some()))
        .collect();
    let fat = rows.iter().any(|m| m.body_fat_percent.is_some());
    let notes = rows.iter().any(|m| m.notes.is_some());
    let mut headers = vec!["id", "date", weight];
    if fat {
        headers.push("fat %");
    }
    headers.extend(used.iter().map(|i| girth_headers[*i]));
    if notes {
        headers.push("notes");
    }
    TableData {
        headers,
        rows: rows
            .iter()
            .map(|m| {
                let mut r = vec![
                    m.id.clone(),
                    u.local(m.date, "%Y-%m-%d"),
                    opt(m.weight_kg.map(|w| unit.from_kg(w))),
                ];
                if fat {
                    r.push(opt(m.body_fat_percent));
                }
                let g = girths(m);
                r.extend(used.iter().map(|i| lu(g[*i].1)));
                if notes {
                    r.push(m.notes.clone().unwrap_or_default());
                }
                r
            })
            .collect(),
    }
}

fn girth(v: Option<String>, u: &User, what: &str) -> Result<Option<f64>> {
    v.map(|s| parse_girth(&s, u.unit(), what)).transpose()
}

impl AddArgs {
    fn into_new(self, u: &User, now: chrono::DateTime<chrono::Utc>) -> Result<NewMeasurement> {
        let date = match self.date.as_deref() {
            Some(d) => u.start_of(parse_date(d)?),
            None => Timestamp::new(now),
        };
        let weight_kg = self
            .weight
            .as_deref()
            .map(|w| parse_weight(w, u.unit()).and_then(validate_body_weight))
            .transpose()?;
        let notes = crate::domain::text::notes_arg("the notes", self.notes)?;
        Ok(NewMeasurement {
            date,
            weight_kg,
            body_fat_percent: self.body_fat.as_deref().map(parse_body_fat).transpose()?,
            waist_cm: girth(self.waist, u, "--waist")?,
            chest_cm: girth(self.chest, u, "--chest")?,
            arm_cm: girth(self.arm, u, "--arm")?,
            thigh_cm: girth(self.thigh, u, "--thigh")?,
            hips_cm: girth(self.hips, u, "--hips")?,
            neck_cm: girth(self.neck, u, "--neck")?,
            notes,
        })
    }
}

/// One point of `body chart`. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeightPoint {
    /// A local date.
    pub date: String,
    pub weight_kg: f64,
}

crate::record!(WeightPoint);

pub async fn run(cmd: BodyCmd, ctx: &mut Context) -> Result<()> {
    let u = ctx.user().await?;
    match cmd {
        BodyCmd::Add(a) => {
            let new = a.into_new(&u, ctx.now)?;
            let m = app::body::add(&mut Ctx::new(ctx, &u), &new).await?;
            ctx.out
                .info(format!("Recorded the measurement {}.", describe(&u, &m)));
            ctx.out.one(&MeasurementView::from(&m), show_fields(&u, &m))
        }
        BodyCmd::List { since, until } => {
            let (since, until) = app::log::bounds(
                &u,
                since.as_deref(),
                until.as_deref(),
                u.local_date(ctx.now),
            )?;
            let rows = app::body::list(&mut Ctx::new(ctx, &u), since, until).await?;
            if rows.is_empty() && ctx.out.format == Format::Table {
                ctx.out
                    .info("No measurements yet: add one with `workout body add 80kg`.");
                return Ok(());
            }
            let views: Vec<MeasurementView> = rows.iter().map(MeasurementView::from).collect();
            ctx.out.list(&views, || table(&u, &rows))
        }
        BodyCmd::Delete { id } => {
            let m = app::body::find(&mut Ctx::new(ctx, &u), &id).await?;
            let what = describe(&u, &m);
            if !ctx
                .prompt
                .confirm(&format!("Delete the measurement {what}?"))?
            {
                ctx.out.info("Nothing deleted.");
                return Ok(());
            }
            app::body::delete(&mut Ctx::new(ctx, &u), &m).await?;
            ctx.out.info(format!("Deleted the measurement {what}."));
            Ok(())
        }
        BodyCmd::Chart { since, until } => {
            let (since, until) = app::log::bounds(
                &u,
                since.as_deref(),
                until.as_deref(),
                u.local_date(ctx.now),
            )?;
            let rows = app::body::list(&mut Ctx::new(ctx, &u), since, until).await?;
            let (days, points): (Vec<chrono::NaiveDate>, Vec<WeightPoint>) = rows
                .iter()
                .filter_map(|m| {
                    let d = u.local_date(m.date);
                    m.weight_kg.map(|w| {
                        (
                            d,
                            WeightPoint {
                                date: d.to_string(),
                                weight_kg: w,
                            },
                        )
                    })
                })
                .unzip();
            if ctx.out.format != Format::Table {
                return ctx
                    .out
                    .list(&points, || unreachable!("table handled below"));
            }
            if points.is_empty() {
                ctx.out
                    .info("No body weights yet: add one with `workout body add 80kg`.");
                return Ok(());
            }
            let unit = u.unit();
            let xy: Vec<(f32, f32)> = days
                .iter()
                .zip(&points)
                .map(|(d, p)| {
                    (
                        (*d - days[0]).num_days() as f32,
                        unit.from_kg(p.weight_kg) as f32,
                    )
                })
                .collect();
            let last_x = xy.last().map_or(1.0, |p| p.0.max(1.0));
            let chart = {
                use textplots::{Chart, Plot, Shape};
                let mut c = Chart::new(120, 40, 0.0, last_x);
                let shape = Shape::Lines(&xy);
                let c = c.lineplot(&shape);
                c.axis();
                c.figures();
                c.to_string()
            };
            ctx.out.text(format!(
                "Body weight ({unit}) over days since {}",
                points[0].date
            ))?;
            ctx.out.text(&chart)?;
            ctx.out.table(TableData::of(
                &points
                    .iter()
                    .map(|p| ChartRow {
                        date: p.date.clone(),
                        body_weight: unit.format_kg(p.weight_kg),
                    })
                    .collect::<Vec<_>>(),
            ))
        }
    }
}

/// A row of the table under the body-weight chart: its fields are the columns.
#[derive(Serialize, serde::Deserialize)]
struct ChartRow {
    date: String,
    #[serde(rename = "body weight")]
    body_weight: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let m = MeasurementView {
            id: String::new(),
            date: String::new(),
            weight_kg: None,
            body_fat_percent: None,
            waist_cm: None,
            chest_cm: None,
            arm_cm: None,
            thigh_cm: None,
            hips_cm: None,
            neck_cm: None,
            notes: None,
        };
        assert_eq!(
            serialized_keys(&m),
            crate::output::columns::<MeasurementView>()
        );
        let p = WeightPoint {
            date: String::new(),
            weight_kg: 0.0,
        };
        assert_eq!(serialized_keys(&p), crate::output::columns::<WeightPoint>());
    }
}
