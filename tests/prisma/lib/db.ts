// The database both checks connect to.
//
// DATABASE_URL is a libpq-style URL. `pg` (and so PrismaPg) accepts the
// Unix-socket form the Rust test harness uses as it is:
//   postgres://postgres@/dbname?host=/socket/dir&port=N
// (host from the query string, empty password); checked against pg 8.23.
export function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set: point it at a database migrated by `workout migrate up`, e.g.\n" +
        "  DATABASE_URL='postgres://postgres@/workout?host=/tmp/pg&port=5433' npm run drift",
    );
    process.exit(2);
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error(`DATABASE_URL must be a postgres:// or postgresql:// URL, got: ${url}`);
    process.exit(2);
  }
  return url;
}
