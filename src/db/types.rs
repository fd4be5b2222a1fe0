//! The schema's enums as Rust values: `domain` defines them (no sqlx
//! there), this file maps them to the PostgreSQL enum types, so queries
//! bind and read them directly, with no `::text` casts and no labels
//! compared as strings.

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgHasArrayType, PgTypeInfo, PgValueRef};
use sqlx::{Decode, Encode, Postgres, Type, TypeInfo};

use crate::domain::plan::PlanStatus;
use crate::domain::reminder::ReminderKind;
use crate::domain::session::Status;
use crate::domain::settype::SetType;
use crate::domain::tracking::TrackingType;

/// Implements the sqlx traits for a domain enum with `label()` and
/// `parse()`. The type's name is quoted (Prisma's names are mixed-case and
/// sqlx looks them up as `regtype`); a column read as text is accepted too.
macro_rules! pg_enum {
    ($t:ty, $name:literal) => {
        impl Type<Postgres> for $t {
            fn type_info() -> PgTypeInfo {
                PgTypeInfo::with_name(concat!("\"", $name, "\""))
            }

            fn compatible(ty: &PgTypeInfo) -> bool {
                ty.name() == $name
                    || *ty == Self::type_info()
                    || <&str as Type<Postgres>>::compatible(ty)
            }
        }

        impl PgHasArrayType for $t {
            fn array_type_info() -> PgTypeInfo {
                PgTypeInfo::with_name(concat!("\"_", $name, "\""))
            }
        }

        impl Encode<'_, Postgres> for $t {
            fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
                <&str as Encode<Postgres>>::encode(self.label(), buf)
            }
        }

        impl<'r> Decode<'r, Postgres> for $t {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                let label = <&str as Decode<Postgres>>::decode(value)?;
                Ok(<$t>::parse(label)?)
            }
        }
    };
}

pg_enum!(Status, "SessionStatus");
pg_enum!(PlanStatus, "PlanStatus");
pg_enum!(TrackingType, "TrackingType");
pg_enum!(SetType, "SetType");
pg_enum!(ReminderKind, "ReminderKind");

/// A newtype per table's id, so a session's id cannot be passed where a
/// plan's is wanted. They read as `&str` (`Deref`) for messages and
/// references, and serialize as the plain string.
macro_rules! id_type {
    ($(#[$doc:meta])* $t:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type, serde::Serialize)]
        #[sqlx(transparent)]
        #[serde(transparent)]
        pub struct $t(pub String);

        impl $t {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $t {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<$t> for String {
            fn eq(&self, other: &$t) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<String> for $t {
            fn eq(&self, other: &String) -> bool {
                self.0 == *other
            }
        }

        impl From<$t> for String {
            fn from(id: $t) -> String {
                id.0
            }
        }
    };
}

id_type!(
    /// `"User"."id"`: the acting user every query is scoped by.
    UserId
);
id_type!(
    /// `"Exercise"."id"`.
    ExerciseId
);
id_type!(
    /// `"WorkoutSession"."id"`.
    SessionId
);
id_type!(
    /// `"TrainingPlan"."id"`.
    PlanId
);
id_type!(
    /// `"PlanDay"."id"`.
    DayId
);
id_type!(
    /// `"PlanExercise"."id"`.
    EntryId
);
id_type!(
    /// `"WorkoutLog"."id"`: one set.
    SetId
);

/// A UTC instant at millisecond precision: the one time type at the
/// database edge. The schema's columns are `timestamp(3)` without time
/// zone holding UTC (Prisma's `DateTime`), so a `Timestamp` is written as
/// its naive UTC value cut to milliseconds (what is written is exactly what
/// is read back) and read back as UTC; it serializes as machine output
/// prints times (ISO 8601, milliseconds, `Z`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(chrono::DateTime<chrono::Utc>);

impl Timestamp {
    /// `t` cut to the millisecond.
    pub fn new(t: chrono::DateTime<chrono::Utc>) -> Self {
        use chrono::{DurationRound, TimeDelta};
        Self(t.duration_trunc(TimeDelta::milliseconds(1)).unwrap_or(t))
    }

    /// The instant.
    pub fn utc(self) -> chrono::DateTime<chrono::Utc> {
        self.0
    }

    /// The naive UTC value a `timestamp(3)` column holds.
    pub fn naive(self) -> chrono::NaiveDateTime {
        self.0.naive_utc()
    }

    /// The calendar date of the instant in the zone `tz` (a user's local date).
    pub fn local_date(self, tz: chrono_tz::Tz) -> chrono::NaiveDate {
        self.0.with_timezone(&tz).date_naive()
    }

    /// ISO 8601 with milliseconds and `Z`, as machine output prints times.
    pub fn iso(self) -> String {
        self.0.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    }
}

impl From<chrono::DateTime<chrono::Utc>> for Timestamp {
    fn from(t: chrono::DateTime<chrono::Utc>) -> Self {
        Self::new(t)
    }
}

impl From<chrono::NaiveDateTime> for Timestamp {
    /// A stored value (naive UTC).
    fn from(t: chrono::NaiveDateTime) -> Self {
        Self::new(t.and_utc())
    }
}

impl From<Timestamp> for chrono::DateTime<chrono::Utc> {
    fn from(t: Timestamp) -> Self {
        t.0
    }
}

impl std::ops::Sub for Timestamp {
    type Output = chrono::TimeDelta;

    /// The time from `other` to `self`.
    fn sub(self, other: Self) -> chrono::TimeDelta {
        self.0 - other.0
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl Type<Postgres> for Timestamp {
    fn type_info() -> PgTypeInfo {
        <chrono::NaiveDateTime as Type<Postgres>>::type_info()
    }

    fn compatible(ty: &PgTypeInfo) -> bool {
        <chrono::NaiveDateTime as Type<Postgres>>::compatible(ty)
    }
}

impl PgHasArrayType for Timestamp {
    fn array_type_info() -> PgTypeInfo {
        <chrono::NaiveDateTime as PgHasArrayType>::array_type_info()
    }
}

impl Encode<'_, Postgres> for Timestamp {
    fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
        <chrono::NaiveDateTime as Encode<Postgres>>::encode_by_ref(&self.naive(), buf)
    }
}

impl<'r> Decode<'r, Postgres> for Timestamp {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        <chrono::NaiveDateTime as Decode<Postgres>>::decode(value).map(Timestamp::from)
    }
}

#[cfg(test)]
mod timestamp_tests {
    use super::Timestamp;

    #[test]
    fn cut_to_the_millisecond_and_printed_as_utc_iso() {
        let t = chrono::DateTime::parse_from_rfc3339("2026-03-29T01:30:00.123987+02:00")
            .unwrap()
            .to_utc();
        let s = Timestamp::new(t);
        assert_eq!(s.iso(), "2026-03-28T23:30:00.123Z");
        assert_eq!(s.naive().to_string(), "2026-03-28 23:30:00.123");
        assert_eq!(Timestamp::from(s.naive()), s);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            "\"2026-03-28T23:30:00.123Z\""
        );
        assert!(Timestamp::new(t) < Timestamp::new(t + chrono::TimeDelta::milliseconds(1)));
    }
}
