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
