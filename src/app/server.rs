//! The private (embedded) PostgreSQL server as an operation: `db start`
//! starts the cluster and makes sure the tool's database exists in it.

use anyhow::Result;

use crate::embedded::{DATABASE, Embedded};

/// Starts the embedded cluster (a no-op when it runs) and creates the
/// tool's database in it if missing.
pub async fn start_embedded(emb: &Embedded) -> Result<()> {
    let e = emb.clone();
    tokio::task::spawn_blocking(move || e.start()).await??;
    crate::db::create_database_if_missing(&emb.url_for("postgres"), DATABASE).await
}
