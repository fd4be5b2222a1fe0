//! The schema's enums as Rust values: `domain` defines them (no sqlx
//! there), this file maps them to the PostgreSQL enum types, so queries
//! bind and read them directly, with no `::text` casts and no labels
//! compared as strings.

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgHasArrayType, PgTypeInfo, PgValueRef};
use sqlx::{Decode, Encode, Postgres, Type, TypeInfo};

use crate::domain::plan::PlanStatus;
use crate::domain::session::Status;

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
