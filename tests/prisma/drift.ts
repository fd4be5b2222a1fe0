// The schema drift check: does the live database (DATABASE_URL, migrated by
// `workout migrate up`) match prisma/schema.prisma exactly?
//
// It asks Prisma's own schema engine, the one behind `prisma migrate diff`,
// compiled to WebAssembly (@prisma/schema-engine-wasm, the build that matches
// prisma 7.10.0), because the native engine binary cannot be downloaded here.
// The answer is the one `prisma migrate diff --from-config-datasource
// --to-schema prisma/schema.prisma --exit-code` would give: every table,
// column, type, nullability, default, enum, index, unique and foreign key
// (with its ON DELETE / ON UPDATE) is compared.
//
//   DATABASE_URL=postgres://user@/db?host=/socket/dir&port=N npx tsx drift.ts
//
// Exit 0: no drift. Exit 1: drift (Prisma's summary and the SQL that would turn
// the database into the schema are printed). Exit 2: the check itself could
// not run.
//
// It runs `prisma validate` first (offline, scripts/prisma-offline.mjs): an
// invalid schema.prisma fails the check before any diff.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import Result from "pg/lib/result.js";

import { connectionString } from "./lib/db.ts";
import { CUTOVER } from "./lib/phase.ts";

const here = dirname(fileURLToPath(import.meta.url));
// After cutover the database is compared with the cutover schema
// (scripts/cutover-schema.mjs: the legacy models in schema `legacy`).
const schemaPath = CUTOVER
  ? resolve(here, "generated/cutover/schema.prisma")
  : resolve(here, "../../prisma/schema.prisma");

// Tables in the database that schema.prisma deliberately does not model:
// workout's migration history (sqlx) and the first web app's (Prisma).
// Without this they would show as "tables to drop".
const EXTERNAL_TABLES = ["public._sqlx_migrations", "public._prisma_migrations"];

// The engine's catalog queries return PostgreSQL's internal "char" type
// (OID 18, e.g. pg_constraint.contype) and `name` (OID 19), which
// @prisma/adapter-pg cannot decode ("Column type 'char' could not be
// deserialized"). Make pg describe those columns as text (OID 25) before any
// query runs; their text form is exactly what the engine expects.
const TEXT_OID = 25;
const CHAR_OID = 18;
const AS_TEXT = new Set([CHAR_OID, 19]);
type FieldDescription = { name: string; dataTypeID: number };
const proto = (Result as unknown as { prototype: { addFields(fields: FieldDescription[]): void } }).prototype;
const addFields = proto.addFields;
proto.addFields = function (fields: FieldDescription[]) {
  for (const f of fields) {
    if (f.dataTypeID === CHAR_OID) CHAR_COLUMNS.add(f.name);
    if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  }
  return addFields.call(this, fields);
};

// Most of those columns the engine reads as text, but the one it reads while
// describing CHECK and exclusion constraints ("constraint_type", since v3's
// CHECKs exist) it reads as a char and panics on text. Give that column the
// driver-adapter type Character (@prisma/driver-adapter-utils ColumnTypeEnum)
// in every result; its value, the one-letter text, is what the engine expects.
const CHAR_COLUMNS = new Set<string>();
const CHARACTER_COLUMN_TYPE = 6;
const READ_AS_CHAR = new Set(["constraint_type"]);
type RawResult = { columnNames: string[]; columnTypes: number[] };
type Queryable = { queryRaw(q: unknown): Promise<RawResult> };
function readCharColumns(pg: PrismaPg): PrismaPg {
  const p = pg as unknown as { connect(): Promise<Queryable> };
  const connect = p.connect.bind(pg);
  p.connect = async () => {
    const conn = await connect();
    const queryRaw = conn.queryRaw.bind(conn);
    conn.queryRaw = async (q: unknown) => {
      const r = await queryRaw(q);
      r.columnNames.forEach((name, i) => {
        if (READ_AS_CHAR.has(name) && CHAR_COLUMNS.has(name)) r.columnTypes[i] = CHARACTER_COLUMN_TYPE;
      });
      return r;
    };
    return conn;
  };
  return pg;
}

type SchemaFile = { path: string; content: string };
type DiffResult = { exitCode: number; stdout: string | null };
type Engine = {
  diff(params: unknown): Promise<DiffResult>;
  free(): void;
};

async function loadEngine(files: SchemaFile[], adapterUrl: string): Promise<Engine> {
  // The package's entry imports the .wasm file as an ES module, which Node 20
  // cannot do: instantiate it by hand with the package's own JS glue instead.
  // (The package exports no ./package.json; find its folder through the glue.)
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = readFileSync(join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const g = glue as unknown as {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: { new: (o: unknown, log: (s: string) => void, adapter: object) => Promise<Engine> };
  };
  g.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  const adapter = bindMigrationAwareSqlAdapterFactory(readCharColumns(new PrismaPg({ connectionString: adapterUrl })));
  const log = (line: string) => {
    if (process.env.DRIFT_DEBUG) console.error(`[schema-engine] ${line}`);
  };
  return g.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, log, adapter);
}

function engineError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? e.message;
  try {
    return JSON.stringify(e, null, 2);
  } catch {
    return String(e);
  }
}

/** `prisma validate`, offline; prints Prisma's own messages. */
function validate(): boolean {
  const r = spawnSync(process.execPath, [join(here, "scripts", "prisma-offline.mjs"), "validate", "--schema", schemaPath], {
    cwd: here,
    encoding: "utf8",
  });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (r.status === 0) {
    console.log(out.split("\n").find((l) => l.includes("is valid")) ?? "prisma validate: ok");
    return true;
  }
  console.error(`drift: \`prisma validate\` failed (exit ${r.status}):\n${out}${r.error?.message ?? ""}`);
  return false;
}

async function main(): Promise<number> {
  const url = connectionString();
  if (!validate()) return 1;
  const files: SchemaFile[] = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];

  let engine: Engine;
  try {
    engine = await loadEngine(files, url);
  } catch (e) {
    console.error(`drift: cannot start the schema engine: ${engineError(e)}`);
    return 2;
  }

  const diff = (script: boolean) =>
    engine.diff({
      from: { tag: "schemaDatasource", files, configDir: here },
      to: { tag: "schemaDatamodel", files },
      script,
      exitCode: true,
      filters: { externalTables: EXTERNAL_TABLES, externalEnums: [] },
    });

  let summary: DiffResult;
  try {
    summary = await diff(false);
  } catch (e) {
    console.error(`drift: the schema engine failed: ${engineError(e)}`);
    return 2;
  }

  if (summary.exitCode === 0) {
    console.log(`drift: none. The database matches ${schemaPath} (Prisma schema engine diff is empty).`);
    return 0;
  }
  if (summary.exitCode !== 2) {
    console.error(`drift: unexpected engine exit code ${summary.exitCode}:\n${summary.stdout ?? ""}`);
    return 2;
  }

  console.error("drift: the database and prisma/schema.prisma DISAGREE.");
  console.error("Prisma's summary of what it would change to make the database match schema.prisma:\n");
  console.error((summary.stdout ?? "").trimEnd());
  try {
    const sql = await diff(true);
    console.error("\nThe same as SQL (what `prisma migrate diff --script` prints):\n");
    console.error((sql.stdout ?? "").trimEnd());
  } catch (e) {
    console.error(`\n(could not render the SQL script: ${engineError(e)})`);
  }
  console.error(
    "\nFix the migration (a new file in migrations/) or prisma/schema.prisma so that they describe the same schema.",
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`drift: ${engineError(e)}`);
    process.exit(2);
  },
);
