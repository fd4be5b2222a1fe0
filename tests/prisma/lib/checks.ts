// A tiny check runner: every check is counted, a failure does not stop the
// run (so one report lists everything that is wrong), and the summary line is
// the plain `N passed, M failed` that the test harness and CI read.

import { isDeepStrictEqual, inspect } from "node:util";

export class Checks {
  passed = 0;
  failed: string[] = [];
  notes: string[] = [];
  private section = "";

  begin(section: string): void {
    this.section = section;
    console.log(`\n== ${section}`);
  }

  /** A check that passes when `ok` is true. */
  ok(name: string, ok: boolean, detail?: unknown): boolean {
    if (ok) {
      this.passed++;
      if (process.env.CONTRACT_VERBOSE) console.log(`  ok   ${name}`);
    } else {
      const d = detail === undefined ? "" : `\n       ${show(detail).replace(/\n/g, "\n       ")}`;
      const line = `[${this.section}] ${name}${d}`;
      this.failed.push(line);
      console.log(`  FAIL ${name}${d}`);
    }
    return ok;
  }

  /** Deep equality, with Dates compared as instants. */
  eq(name: string, actual: unknown, expected: unknown): boolean {
    const same = isDeepStrictEqual(normalize(actual), normalize(expected));
    return this.ok(name, same, same ? undefined : { expected, actual });
  }

  /** A float equal to `expected` within a relative 1e-9 (kg <-> lb round trips). */
  near(name: string, actual: unknown, expected: number): boolean {
    const ok = typeof actual === "number" && nearlyEqual(actual, expected);
    return this.ok(name, ok, ok ? undefined : { expected, actual });
  }

  /** Runs `body`; an exception thrown in it is one failed check, not a crash. */
  async step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (e) {
      this.ok(`${name}: threw`, false, e instanceof Error ? (e.stack ?? e.message) : e);
    }
  }

  /** Something not checked yet, printed loudly but not counted. */
  note(text: string): void {
    this.notes.push(text);
    console.log(`  note ${text}`);
  }

  /** Prints the summary and returns the process exit code. */
  finish(): number {
    if (this.notes.length > 0) {
      console.log(`\nNot checked yet (${this.notes.length}):`);
      for (const n of this.notes) console.log(`  - ${n}`);
    }
    if (this.failed.length > 0) {
      console.log(`\nFAILED checks (${this.failed.length}):`);
      for (const f of this.failed) console.log(`  - ${f}`);
    }
    console.log(`\n${this.passed} passed, ${this.failed.length} failed`);
    return this.failed.length === 0 && this.passed > 0 ? 0 : 1;
  }
}

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function normalize(v: unknown): unknown {
  if (v instanceof Date) return `Date(${v.toISOString()})`;
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = normalize(x);
    return out;
  }
  return v;
}

export function show(v: unknown): string {
  return typeof v === "string" ? v : inspect(v, { depth: 6, breakLength: 120 });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Prisma's cuid() ids and the `cuid` crate's: version 1, 25 characters, "c" first. */
export const CUID = /^c[a-z0-9]{24}$/;
