//! `workout user show|set|add|list`.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::Timestamp;
use crate::app::User;
use crate::app::user::ProfileChange;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::profile;
use crate::domain::units::{WeightUnit, parse_weight, trim_number};
use crate::error::Kind;
use crate::output::TableData;

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Show the acting user's profile
    Show,
    /// Change the acting user's profile
    Set(ProfileArgs),
    /// Add a user
    Add {
        /// The new user's e-mail
        email: String,
        #[command(flatten)]
        profile: ProfileArgs,
    },
    /// List the users of this database
    List,
}

#[derive(Debug, Clone, Args, Default)]
pub struct ProfileArgs {
    /// Display name
    #[arg(long)]
    pub name: Option<String>,
    /// IANA time zone, e.g. Europe/Berlin; times are shown in it
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
    /// The unit weights are shown and typed in
    #[arg(long, value_enum, ignore_case = true)]
    pub weight_unit: Option<WeightUnit>,
    /// Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)
    #[arg(long, value_name = "WEIGHT", allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// Height in centimetres
    #[arg(long, value_name = "CM", allow_negative_numbers = true)]
    pub height: Option<i32>,
    /// beginner, intermediate, advanced or expert
    #[arg(long, value_name = "LEVEL")]
    pub fitness_level: Option<String>,
    /// Free text: what you train for
    #[arg(long)]
    pub goals: Option<String>,
}

impl ProfileArgs {
    /// Validates the flags into a change; weights typed without a unit are
    /// in `unit` (the new unit if this change sets one).
    fn into_change(self, unit: WeightUnit) -> Result<ProfileChange> {
        let weight_unit = self.weight_unit;
        let unit = weight_unit.unwrap_or(unit);
        Ok(ProfileChange {
            name: self.name.map(|n| n.trim().to_string()),
            timezone: self
                .timezone
                .as_deref()
                .map(|z| profile::parse_timezone(z).map(|tz| tz.name().to_string()))
                .transpose()?,
            weight_unit: weight_unit.map(|u| u.as_str().to_string()),
            weight_kg: self
                .weight
                .as_deref()
                .map(|w| parse_weight(w, unit).and_then(profile::validate_body_weight))
                .transpose()?,
            height_cm: self.height.map(profile::validate_height).transpose()?,
            fitness_level: self
                .fitness_level
                .as_deref()
                .map(profile::validate_fitness_level)
                .transpose()?,
            goals: self.goals,
        })
    }
}

/// A user as `workout` prints it: never the password. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserView {
    pub id: String,
    pub email: String,
    pub name: Option<String>,
    /// IANA zone; null means UTC.
    pub timezone: Option<String>,
    pub weight_unit: String,
    pub weight_kg: Option<f64>,
    pub height_cm: Option<i32>,
    pub fitness_level: Option<String>,
    pub goals: Option<String>,
    pub is_active: bool,
    /// ISO 8601, UTC.
    pub created_at: String,
    pub updated_at: String,
    pub last_login: Option<String>,
}

crate::record!(UserView);

impl From<&User> for UserView {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.to_string(),
            email: u.email.clone(),
            name: u.name.clone(),
            timezone: u.timezone.clone(),
            weight_unit: u.weight_unit.clone(),
            weight_kg: u.weight,
            height_cm: u.height,
            fitness_level: u.fitness_level.clone(),
            goals: u.goals.clone(),
            is_active: u.is_active,
            created_at: u.created_at.iso(),
            updated_at: u.updated_at.iso(),
            last_login: u.last_login.map(Timestamp::iso),
        }
    }
}

fn show_fields(u: &User) -> Vec<(&'static str, String)> {
    let unit = u.unit();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        ("email", u.email.clone()),
        ("name", opt(&u.name)),
        (
            "timezone",
            u.timezone.clone().unwrap_or_else(|| "UTC (not set)".into()),
        ),
        ("weight unit", u.weight_unit.clone()),
        (
            "body weight",
            u.weight.map(|w| unit.format_kg(w)).unwrap_or_default(),
        ),
        (
            "height",
            u.height.map(|h| format!("{h} cm")).unwrap_or_default(),
        ),
        ("fitness level", opt(&u.fitness_level)),
        ("goals", opt(&u.goals)),
        ("active", if u.is_active { "yes" } else { "no" }.into()),
        ("created", u.local(u.created_at, "%Y-%m-%d %H:%M %Z")),
        ("id", u.id.to_string()),
    ]
}

pub async fn run(cmd: UserCmd, ctx: &mut Context) -> Result<()> {
    match cmd {
        UserCmd::Show => {
            let u = ctx.user().await?;
            ctx.out.one(&UserView::from(&u), show_fields(&u))
        }
        UserCmd::Set(args) => {
            let u = ctx.user().await?;
            let change = args.into_change(u.unit())?;
            if change.is_empty() {
                return Err(Kind::Usage.err(
                    "nothing to change: pass at least one of --name, --timezone, --weight-unit, --weight, --height, --fitness-level, --goals",
                ));
            }
            let set = app::user::set_profile(&mut Ctx::new(ctx, &u), &change).await?;
            let (u, moved) = (set.user, set.reminders_moved);
            ctx.out.info(format!("Updated the profile of {}.", u.email));
            if moved > 0 {
                ctx.out.info(format!(
                    "Moved {moved} reminder(s) that follow your time zone to {}.",
                    u.tz().name()
                ));
            }
            ctx.out.one(&UserView::from(&u), show_fields(&u))
        }
        UserCmd::Add {
            email,
            profile: args,
        } => {
            let email = profile::validate_email(&email)?;
            let change = args.into_change(WeightUnit::Kg)?;
            let u = app::user::add(&mut ctx.conn, &email, &change, ctx.now).await?;
            ctx.out.info(format!("Added the user {}.", u.email));
            ctx.out.one(&UserView::from(&u), show_fields(&u))
        }
        UserCmd::List => {
            let all = app::user::list(&mut ctx.conn).await?;
            let views: Vec<UserView> = all.iter().map(UserView::from).collect();
            ctx.out.list(&views, || TableData {
                headers: vec![
                    "email",
                    "name",
                    "timezone",
                    "unit",
                    "body weight",
                    "created",
                ],
                rows: all
                    .iter()
                    .map(|u| {
                        vec![
                            u.email.clone(),
                            u.name.clone().unwrap_or_default(),
                            u.timezone.clone().unwrap_or_default(),
                            u.weight_unit.clone(),
                            u.weight
                                .map(|w| trim_number(u.unit().from_kg(w)))
                                .unwrap_or_default(),
                            u.created_at.naive().format("%Y-%m-%d").to_string(),
                        ]
                    })
                    .collect(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let v = UserView {
            id: "c1".into(),
            email: "a@b.c".into(),
            name: None,
            timezone: None,
            weight_unit: "kg".into(),
            weight_kg: None,
            height_cm: None,
            fitness_level: None,
            goals: None,
            is_active: true,
            created_at: String::new(),
            updated_at: String::new(),
            last_login: None,
        };
        assert_eq!(serialized_keys(&v), crate::output::columns::<UserView>());
    }
}
