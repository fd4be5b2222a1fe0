// What `workout` wrote before the contract test runs, as the Rust test
// describes it in the JSON file named by FIXTURE_JSON, and the generic reader
// that checks it through the Prisma Client.
//
// Format (version 1):
//
//   {
//     "version": 1,
//     "window": { "from": "2026-01-01T10:00:00.000Z", "to": "2026-01-01T10:00:09.000Z" },
//     "records": [
//       {
//         "label": "ada's profile",            // optional, for messages
//         "model": "User",                     // a Prisma model name
//         "where": { "email": "ada@example.com" }, // a Prisma `where` (findMany)
//         "count": 1,                          // optional, default 1: how many rows match
//         "expect": { "name": "Ada", "weight": 80, "createdAt": "2026-...Z",
//                     "trainingPlans": [ { "name": "PPL", "days": [ { "position": 1 } ] } ] },
//         "withinWindow": ["createdAt", "updatedAt"] // optional: DateTime fields that
//                                              // must lie in `window` (UTC written as UTC)
//       }
//     ],
//     "notes": ["free text, printed"]
//   }
//
// `expect` is matched as a subset of what Prisma reads, every relation of the
// model included (and, where `expect` goes into a relation, that relation's
// relations too): keys not in `expect` are not compared; numbers compare
// within 1e-9 relative; an ISO string matches a DateTime at the same instant;
// an array of scalars (enum lists, Int[] weekdays) must be equal in order; an
// array of objects (a relation list) must have the same length, and each
// expected object must match a different row, in any order.

import { readFileSync } from "node:fs";

import { CUID, type Checks, nearlyEqual, show } from "./checks.ts";

export type FixtureRecord = {
  label?: string;
  model: string;
  where: Record<string, unknown>;
  count?: number;
  expect?: Record<string, unknown>;
  withinWindow?: string[];
};

export type Fixture = {
  version: number;
  window?: { from: string; to: string };
  records: FixtureRecord[];
  notes?: string[];
};

// The runtime datamodel of the generated client: model -> fields, each with
// kind "scalar" | "enum" | "object" (a relation) and type (the related model).
export type DataModel = {
  models: Record<string, { fields: { name: string; kind: string; type: string }[] }>;
};

export function loadFixture(path: string): Fixture {
  const f = JSON.parse(readFileSync(path, "utf8")) as Fixture;
  if (f.version !== 1) throw new Error(`${path}: fixture version ${f.version}, this reader knows 1`);
  if (!Array.isArray(f.records)) throw new Error(`${path}: "records" must be an array`);
  return f;
}

export function relationsOf(dm: DataModel, model: string): { name: string; type: string }[] {
  const m = dm.models[model];
  if (!m) throw new Error(`no model ${model} in the generated client`);
  return m.fields.filter((f) => f.kind === "object");
}

/** `include` with every relation of `model`; deeper where `expect` goes deeper. */
export function includeFor(dm: DataModel, model: string, expect?: Record<string, unknown>): Record<string, unknown> {
  const include: Record<string, unknown> = {};
  for (const rel of relationsOf(dm, model)) {
    const nested = expect?.[rel.name];
    const shapes = (Array.isArray(nested) ? nested : [nested]).filter(
      (x): x is Record<string, unknown> => !!x && typeof x === "object" && !Array.isArray(x),
    );
    const relKeys = new Set(relationsOf(dm, rel.type).map((r) => r.name));
    const merged: Record<string, unknown> = {};
    for (const s of shapes) for (const [k, v] of Object.entries(s)) if (relKeys.has(k)) merged[k] = v;
    include[rel.name] = Object.keys(merged).length > 0 ? { include: includeFor(dm, rel.type, merged) } : true;
  }
  return include;
}

/** Where `actual` differs from the subset `expected`: one line per difference. */
export function mismatches(actual: unknown, expected: unknown, path = ""): string[] {
  const at = path || "(row)";
  if (expected === null) return actual === null ? [] : [`${at}: expected null, got ${show(actual)}`];
  if (actual instanceof Date) {
    if (typeof expected !== "string" || Number.isNaN(Date.parse(expected))) {
      return [`${at}: expected ${show(expected)}, got the DateTime ${actual.toISOString()}`];
    }
    return Date.parse(expected) === actual.getTime()
      ? []
      : [`${at}: expected ${expected}, got ${actual.toISOString()}`];
  }
  if (typeof expected === "number") {
    return typeof actual === "number" && nearlyEqual(actual, expected)
      ? []
      : [`${at}: expected ${expected}, got ${show(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${show(actual)}`];
    if (actual.length !== expected.length) {
      return [`${at}: expected ${expected.length} element(s), got ${actual.length}: ${show(actual)}`];
    }
    const objects = expected.every((e) => e && typeof e === "object" && !Array.isArray(e));
    if (!objects || expected.length === 0) {
      return expected.flatMap((e, i) => mismatches(actual[i], e, `${path}[${i}]`));
    }
    // Relation lists: match each expected object to a distinct row, any order.
    const free = actual.map((_, i) => i);
    const out: string[] = [];
    expected.forEach((e, i) => {
      const hit = free.findIndex((j) => mismatches(actual[j], e).length === 0);
      if (hit >= 0) free.splice(hit, 1);
      else out.push(`${path}[${i}]: no row matches ${show(e)} among ${show(free.map((j) => actual[j]))}`);
    });
    return out;
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return [`${at}: expected an object, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) =>
      mismatches((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k),
    );
  }
  return actual === expected ? [] : [`${at}: expected ${show(expected)}, got ${show(actual)}`];
}

type Delegate = { findMany(args: unknown): Promise<Record<string, unknown>[]> };

export function delegateOf(prisma: unknown, model: string): Delegate {
  const d = (prisma as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];
  if (!d || typeof d.findMany !== "function") throw new Error(`the client has no delegate for ${model}`);
  return d;
}

/** Checks every fixture record through Prisma. */
export async function checkFixture(c: Checks, prisma: unknown, dm: DataModel, fixture: Fixture): Promise<void> {
  const win = fixture.window
    ? { from: Date.parse(fixture.window.from), to: Date.parse(fixture.window.to) }
    : undefined;
  for (const note of fixture.notes ?? []) c.note(`fixture: ${note}`);
  for (const [i, r] of fixture.records.entries()) {
    const name = `${r.model} ${r.label ?? JSON.stringify(r.where)}`;
    await c.step(name, async () => {
      const rows = await delegateOf(prisma, r.model).findMany({
        where: r.where,
        include: includeFor(dm, r.model, r.expect),
      });
      const want = r.count ?? 1;
      if (!c.ok(`${name}: ${want} row(s) found`, rows.length === want, { found: rows.length, record: i })) return;
      for (const row of rows) {
        if (typeof row.id === "string") c.ok(`${name}: id ${row.id} is a cuid`, CUID.test(row.id), row.id);
        if (r.expect) {
          const diff = mismatches(row, r.expect);
          c.ok(`${name}: values as workout wrote them`, diff.length === 0, diff.join("\n"));
        }
        for (const field of r.withinWindow ?? []) {
          const v = row[field];
          const ok =
            !!win && v instanceof Date && v.getTime() >= win.from - 1000 && v.getTime() <= win.to + 1000;
          c.ok(`${name}: ${field} is the UTC time it was written`, ok, {
            value: v instanceof Date ? v.toISOString() : v,
            window: fixture.window ?? "(fixture has no window)",
          });
        }
      }
    });
  }
}
