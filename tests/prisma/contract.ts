// The Prisma contract test: the real generated Prisma Client (generator
// `prisma-client`, PrismaPg driver adapter, no engine binary) on a database
// that `workout migrate up` made and `workout` commands filled.
//
//   A. Prisma reads every model with every relation included, and finds what
//      `workout` wrote as the Rust test describes it (FIXTURE_JSON).
//   B. Prisma creates, updates and deletes rows of every model: cuid ids,
//      @updatedAt, defaults, enum lists, Int[] weekdays, Json, unique
//      constraints, and every ON DELETE (CASCADE / SET NULL / RESTRICT) and
//      ON UPDATE CASCADE the schema declares.
//   C. `workout` (WORKOUT_BIN) reads back what Prisma wrote and shows it
//      correctly, and never shows the password hash (readback.ts, one
//      function per model).
//
// Environment: DATABASE_URL (required), FIXTURE_JSON and WORKOUT_BIN (each
// part is a failure when its variable is missing, so a half-configured run
// cannot pass), plus whatever `workout` itself needs (WORKOUT_DATABASE_URL,
// HOME): it is spawned with this process's environment.
//
// Prints `N passed, M failed` last; exits 0 only when nothing failed.
// Run `npm run generate` first (`npm run contract` does).

import { PrismaPg } from "@prisma/adapter-pg";

import * as schemaPrisma from "./generated/prisma/client.ts";
import { CUID, Checks, sleep } from "./lib/checks.ts";
import { connectionString } from "./lib/db.ts";
import { type DataModel, checkFixture, delegateOf, includeFor, loadFixture } from "./lib/fixture.ts";
import { CUTOVER, DUAL_WRITE, PHASE } from "./lib/phase.ts";
import { workoutBin } from "./lib/workout.ts";
import { type World, readbacks } from "./readback.ts";

// Every model of prisma/schema.prisma. The test checks this list against the
// generated client, so a model added to the schema without a test fails here.
const MODELS = [
  "User",
  "Exercise",
  "Workout",
  "WorkoutExercise",
  "TrainingPlan",
  "PlanDay",
  "PlanExercise",
  "WorkoutSession",
  "WorkoutLog",
  "Reminder",
  "ReminderDelivery",
  "LegacyMigrationRun",
  "SessionExercise",
  "BodyMeasurement",
  "ExerciseAlias",
  "ExerciseRecord",
  "TrainingWeek",
] as const;

// After cutover the apps use the cutover schema (prisma/schema.prisma with
// the legacy models in schema `legacy`: scripts/cutover-schema.mjs, `npm run
// generate:cutover`), so the contract runs with the client generated from it.
const CUTOVER_CLIENT = "./generated/cutover/client/client.ts";
const { Prisma, PrismaClient } = CUTOVER ? ((await import(CUTOVER_CLIENT)) as typeof schemaPrisma) : schemaPrisma;
type PrismaClient = schemaPrisma.PrismaClient;

const c = new Checks();
const prisma: PrismaClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: connectionString() }) });
// Unique per run, so the test can run again on the same database by hand.
const tag = Date.now().toString(36);

function dataModel(): DataModel {
  const dm = (prisma as unknown as { _runtimeDataModel?: DataModel })._runtimeDataModel;
  if (!dm?.models) throw new Error("the generated client has no _runtimeDataModel: has Prisma changed?");
  return dm;
}

/** A timestamp Prisma just wrote: a Date, now-ish (the clocks are the same machine's). */
function fresh(name: string, v: unknown, before: number): void {
  const ok = v instanceof Date && v.getTime() >= before - 1000 && v.getTime() <= Date.now() + 1000;
  c.ok(name, ok, v instanceof Date ? v.toISOString() : v);
}

/** An update moved @updatedAt forward and left createdAt alone. */
function movedForward(name: string, before: { createdAt?: Date; updatedAt: Date }, after: typeof before): void {
  c.ok(`${name}: @updatedAt moved forward`, after.updatedAt.getTime() > before.updatedAt.getTime(), {
    before: before.updatedAt.toISOString(),
    after: after.updatedAt.toISOString(),
  });
  if (before.createdAt && after.createdAt) {
    c.eq(`${name}: createdAt unchanged`, after.createdAt, before.createdAt);
  }
}

/** The promise must fail with one of Prisma's known-request error codes. */
async function rejects(name: string, p: Promise<unknown>, codes: string[]): Promise<void> {
  try {
    await p;
    c.ok(`${name}: refused`, false, "it succeeded");
  } catch (e) {
    const code = e instanceof Prisma.PrismaClientKnownRequestError ? e.code : undefined;
    c.ok(`${name}: refused with ${codes.join("/")}`, !!code && codes.includes(code), {
      code,
      message: e instanceof Error ? e.message : e,
    });
  }
}

/** The database refuses the write (a CHECK, a trigger, a key): whatever code
 * Prisma gives it, its message names the rule. */
async function refusedByDb(name: string, p: Promise<unknown>, rule: string): Promise<void> {
  try {
    await p;
    c.ok(`${name}: refused`, false, "it succeeded");
  } catch (e) {
    const text = e instanceof Error ? `${e.message} ${JSON.stringify((e as { meta?: unknown }).meta ?? {})}` : String(e);
    c.ok(`${name}: refused by ${rule}`, text.includes(rule), text);
  }
}

// --- Dual-write: both models in step, as Prisma reads them -------------------

type SetRow = {
  id: string;
  exerciseId: string;
  reps: number | null;
  weight: number | null;
  notes: string | null;
  isWarmup: boolean;
  date: Date;
  createdAt: Date;
};

/** A set the old model can hold (src/legacy/dualwrite: MIRRORABLE). */
function mirrorable(l: SetRow): boolean {
  return !l.isWarmup && l.reps !== null && l.reps >= 0 && (l.weight === null || (l.weight >= 0 && Number.isFinite(l.weight)));
}

/** The `WorkoutExercise` rows that mirror `sets` (in the session's order:
 * date, createdAt, id): one per run of consecutive sets of one exercise with
 * the same reps and weight, `sets` = the run's length, its id and notes the
 * first set's, `order` from `base`. Worked out here, from the rule,
 * not read from the triggers. */
function runsOf(sets: SetRow[], base: number) {
  const ordered = sets
    .filter(mirrorable)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: { id: string; exerciseId: string; sets: number; reps: number | null; weight: number | null; notes: string | null; order: number }[] = [];
  for (const l of ordered) {
    const last = rows[rows.length - 1];
    if (last && last.exerciseId === l.exerciseId && last.reps === l.reps && last.weight === l.weight) {
      last.sets++;
    } else {
      rows.push({ id: l.id, exerciseId: l.exerciseId, sets: 1, reps: l.reps, weight: l.weight, notes: l.notes, order: base + rows.length });
    }
  }
  return rows;
}

/** A legacy row the batch migration carries over (src/legacy: VALID). */
function valid(r: { sets: number; reps: number; weight: number | null }): boolean {
  return r.sets >= 1 && r.reps >= 0 && (r.weight === null || (r.weight >= 0 && Number.isFinite(r.weight)));
}

/** The legacy workout `id` has been carried into v2 as `migrate legacy`
 * carries it: a COMPLETED session with its link, columns and an md5
 * checksum, and `sets` sets per valid row (setNumber 1..N per exercise),
 * each linked to its row. Returns the session. */
async function carriedAsMigrated(name: string, id: string) {
  const w = await prisma.workout.findUniqueOrThrow({ where: { id }, include: { exercises: true } });
  const s = await prisma.workoutSession.findUnique({
    where: { legacyWorkoutId: id },
    include: { logs: { orderBy: [{ exerciseId: "asc" }, { setNumber: "asc" }] } },
  });
  if (!c.ok(`dual-write: ${name} has its session in v2, carried at commit`, !!s, { workout: w })) return null;
  const end = new Date(w.date.getTime() + (w.duration ?? 0) * 60_000);
  c.eq(
    `dual-write: ${name}: the session as the batch migration maps it`,
    [s!.userId, s!.name, s!.notes, s!.status, s!.scheduledAt, s!.startedAt, s!.completedAt, s!.durationMinutes],
    [w.userId, w.name, w.notes, "COMPLETED", w.date, w.date, end, w.duration],
  );
  c.ok(`dual-write: ${name}: legacyChecksum is an md5`, /^[0-9a-f]{32}$/.test(s!.legacyChecksum ?? ""), s!.legacyChecksum);
  const rows = w.exercises.filter(valid).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const want = rows.flatMap((r) => Array.from({ length: r.sets }, () => [r.id, r.exerciseId, r.reps, r.weight, w.date]));
  const got = s!.logs.map((l) => [l.legacyWorkoutExerciseId, l.exerciseId, l.reps, l.weight, l.date]);
  const key = (x: unknown[]) => JSON.stringify(x);
  c.eq(`dual-write: ${name}: one set per legacy set, linked to its row`, got.map(key).sort(), want.map(key).sort());
  const perExercise = new Map<string, number[]>();
  for (const l of s!.logs) perExercise.set(l.exerciseId, [...(perExercise.get(l.exerciseId) ?? []), l.setNumber]);
  c.ok(
    `dual-write: ${name}: setNumber 1..N per exercise`,
    [...perExercise.values()].every((ns) => ns.every((n, i) => n === i + 1)),
    Object.fromEntries(perExercise),
  );
  return s;
}

/** Both directions at once, from what Prisma reads: every native session
 * has its legacy mirror (a `Workout` with its id, user, name, date = started
 * or scheduled or created, notes, duration; its rows the runs of its sets
 * the old model holds), and every other legacy workout has its session with
 * one set per legacy set of its valid rows (native sets added to a migrated
 * session are mirrored as rows after the workout's own). */
async function inStep(when: string): Promise<void> {
  const sessions = await prisma.workoutSession.findMany({ include: { logs: true } });
  const workouts = await prisma.workout.findMany({ include: { exercises: true } });
  const byId = new Map(workouts.map((w) => [w.id, w]));
  const native = sessions.filter((s) => s.legacyWorkoutId === null && s.legacyChecksum === null);
  const nativeIds = new Set(native.map((s) => s.id));
  const bad: unknown[] = [];
  for (const s of native) {
    const w = byId.get(s.id);
    const want = {
      userId: s.userId,
      name: s.name,
      date: (s.startedAt ?? s.scheduledAt ?? s.createdAt).toISOString(),
      notes: s.notes,
      duration: s.durationMinutes,
      rows: runsOf(s.logs, 0),
    };
    const got = w && {
      userId: w.userId,
      name: w.name,
      date: w.date.toISOString(),
      notes: w.notes,
      duration: w.duration,
      rows: w.exercises
        .slice()
        .sort((a, b) => a.order - b.order)
        .map((r) => ({ id: r.id, exerciseId: r.exerciseId, sets: r.sets, reps: r.reps, weight: r.weight, notes: r.notes, order: r.order })),
    };
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ session: s.id, want, got: got ?? "no mirror" });
  }
  c.ok(`dual-write (${when}): every native session (${native.length}) has its legacy mirror, in step`, bad.length === 0, bad);

  const bySession = new Map(sessions.filter((s) => s.legacyWorkoutId !== null).map((s) => [s.legacyWorkoutId!, s]));
  const missing: unknown[] = [];
  let legacy = 0;
  for (const w of workouts) {
    if (nativeIds.has(w.id)) continue;
    legacy++;
    const s = bySession.get(w.id);
    if (!s || s.userId !== w.userId || s.name !== w.name) {
      missing.push({ workout: w.id, session: s?.id ?? "none" });
      continue;
    }
    for (const r of w.exercises) {
      const linked = s.logs.filter((l) => l.legacyWorkoutExerciseId === r.id);
      const ok = valid(r)
        ? linked.length === r.sets && linked.every((l) => l.reps === r.reps && l.weight === r.weight && l.exerciseId === r.exerciseId)
        : linked.length === 0;
      if (!ok) missing.push({ workout: w.id, row: r.id, sets: r.sets, linked: linked.map((l) => [l.reps, l.weight]) });
    }
  }
  c.ok(`dual-write (${when}): every legacy workout (${legacy}) has its session and sets`, missing.length === 0, missing);
}

// --- A ------------------------------------------------------------------------

/** findMany on every model with every relation included; all rows decode. */
async function readEverything(when: string): Promise<Record<string, number>> {
  const dm = dataModel();
  const counts: Record<string, number> = {};
  for (const model of MODELS) {
    await c.step(`${when}: read ${model}`, async () => {
      const rows = await delegateOf(prisma, model).findMany({ include: includeFor(dm, model) });
      counts[model] = rows.length;
      // ExerciseRecord (migration 8) is keyed by (userId, exerciseId), no id;
      // TrainingWeek (migration 10) by (userId, week).
      const badIds = model === "ExerciseRecord" || model === "TrainingWeek" ? [] : rows.map((r) => r.id).filter((id) => typeof id !== "string" || !CUID.test(id));
      c.ok(`${when}: every ${model} id is a cuid`, badIds.length === 0, badIds);
    });
  }
  console.log(`  rows: ${JSON.stringify(counts)}`);
  return counts;
}

async function partA(): Promise<void> {
  c.begin("A. Prisma reads what workout wrote");
  const dm = dataModel();
  c.eq(
    "the generated client has exactly the models this test covers",
    Object.keys(dm.models).sort(),
    [...MODELS].sort(),
  );
  await readEverything("before Prisma writes");
  const path = process.env.FIXTURE_JSON;
  if (!c.ok("FIXTURE_JSON names the file describing what workout wrote", !!path, "FIXTURE_JSON is not set")) return;
  await c.step("the fixture", async () => {
    const fixture = loadFixture(path!);
    c.ok("the fixture describes some records", fixture.records.length > 0, fixture);
    await checkFixture(c, prisma, dm, fixture);
  });
  await c.step("Int[] columns workout left NULL", nullLists);
  if (DUAL_WRITE) await c.step("dual-write: both models in step (what workout wrote)", () => inStep("what workout wrote"));
}

/** A known trap, reported loudly rather than hidden: workout writes SQL
 * NULL, not '{}', into `Reminder.weekdays` for plan and session reminders (as
 * Prisma does when a create leaves the field out: the column is nullable with
 * no default). Prisma reads NULL as [] (the fixture checks that), but its list
 * filters run in SQL, where NULL is no list: `isEmpty: true`, `equals: []` and
 * `NOT { has: n }` match none of those rows. */
async function nullLists(): Promise<void> {
  for (const [table, column] of [
    ["Reminder", "weekdays"],
    ["PlanDay", "weekdays"],
  ] as const) {
    const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" IS NULL`,
    );
    if (n === 0) continue;
    const model = table === "Reminder" ? prisma.reminder : prisma.planDay;
    const isEmpty = await (model as typeof prisma.reminder).count({ where: { weekdays: { isEmpty: true } } });
    c.note(
      `${table}.${column}: workout wrote ${n} row(s) with NULL (nullable, no default), which Prisma reads as [] ` +
        `but \`where: { ${column}: { isEmpty: true } }\` does not match (it matches ${isEmpty} of all rows)`,
    );
  }
}

// --- B ------------------------------------------------------------------------

const HASH = `$argon2id$v=19$m=65536,t=3,p=4$prisma-contract-${tag}$c2VjcmV0LWhhc2gtbm90LWZvci1wcmludGluZw`;
const LB = 0.45359237;

/** Rows Prisma made that stay for the read-back (part C). */
async function buildWorld(): Promise<World> {
  const world = {} as World;
  let t0 = Date.now();

  // User: defaults, cuid, @updatedAt, the password hash, unique email.
  const kept = await prisma.user.create({
    data: {
      email: `prisma.kept.${tag}@example.com`,
      name: "Prisma Kept",
      password: HASH,
      timezone: "America/New_York",
      weightUnit: "lb",
      weight: 200 * LB,
      height: 183,
      fitnessLevel: "advanced",
      goals: "Squat twice body weight",
      lastLogin: new Date("2026-03-01T12:34:56.789Z"),
    },
  });
  c.ok("User.create: cuid id", CUID.test(kept.id), kept.id);
  fresh("User.create: createdAt is now (UTC)", kept.createdAt, t0);
  fresh("User.create: @updatedAt set on create", kept.updatedAt, t0);
  c.eq("User.create: isActive defaults to true", kept.isActive, true);
  c.eq("User.create: lastLogin round-trips to the millisecond", kept.lastLogin, new Date("2026-03-01T12:34:56.789Z"));
  await sleep(20);
  const keptRenamed = await prisma.user.update({ where: { id: kept.id }, data: { name: "Prisma Kept Renamed" } });
  movedForward("User.update", kept, keptRenamed);
  world.user = keptRenamed;
  world.passwordHash = HASH;

  const minimal = await prisma.user.create({ data: { email: `prisma.min.${tag}@example.com` } });
  c.eq("User.create (email only): v2 defaults", [minimal.isActive, minimal.weightUnit, minimal.timezone, minimal.weight], [
    true,
    "kg",
    null,
    null,
  ]);
  world.minimalUser = minimal;
  await rejects("User.create with a taken email", prisma.user.create({ data: { email: kept.email } }), ["P2002"]);

  // Exercise: enums, the enum list, category default, push onto the list.
  t0 = Date.now();
  const bench = await prisma.exercise.create({
    data: {
      name: `Prisma Bench Press ${tag}`,
      description: "Barbell bench press",
      muscleGroup: "chest",
      primaryMuscleGroup: "CHEST",
      secondaryMuscleGroups: ["TRICEPS", "SHOULDERS"],
      equipment: "barbell",
      difficulty: "INTERMEDIATE",
      mechanic: "COMPOUND",
      force: "PUSH",
      instructions: "Lower to the chest, press up.",
    },
  });
  c.ok("Exercise.create: cuid id", CUID.test(bench.id), bench.id);
  fresh("Exercise.create: createdAt", bench.createdAt, t0);
  c.eq("Exercise.create: category defaults to STRENGTH", bench.category, "STRENGTH");
  c.eq("Exercise.create: secondaryMuscleGroups in order", bench.secondaryMuscleGroups, ["TRICEPS", "SHOULDERS"]);
  c.eq("Exercise.create: catalog exercise has no owner", bench.createdById, null);
  await sleep(20);
  const bench2 = await prisma.exercise.update({
    where: { id: bench.id },
    data: { secondaryMuscleGroups: { push: "FOREARMS" }, difficulty: "EXPERT" },
  });
  c.eq("Exercise.update: push onto the enum list", bench2.secondaryMuscleGroups, ["TRICEPS", "SHOULDERS", "FOREARMS"]);
  movedForward("Exercise.update", bench, bench2);
  const bare = await prisma.exercise.create({ data: { name: `Prisma Plank ${tag}`, category: "STRETCHING" } });
  c.eq("Exercise.create without the list: reads as []", bare.secondaryMuscleGroups, []);
  await rejects("Exercise.create with a taken name", prisma.exercise.create({ data: { name: bench.name } }), [
    "P2002",
  ]);
  const own = await prisma.exercise.create({
    data: {
      name: `Prisma Own Row ${tag}`,
      category: "CARDIO",
      createdById: kept.id,
    },
  });
  c.eq("Exercise.create with createdById: owner set", own.createdById, kept.id);
  world.exercises = [bench2, bare, own];

  // Legacy Workout / WorkoutExercise, as the old app writes them.
  const legacy = await prisma.workout.create({
    data: {
      name: "Legacy Push",
      date: new Date("2025-12-01T18:00:00.000Z"),
      duration: 45,
      notes: "old app",
      user: { connect: { id: kept.id } },
      exercises: {
        create: [
          { exerciseId: bench.id, sets: 3, reps: 10, weight: 60 },
          { exerciseId: bare.id, sets: 2, reps: 1, order: 1 },
        ],
      },
    },
    include: { exercises: { orderBy: { order: "asc" } } },
  });
  c.eq("WorkoutExercise.create: order defaults to 0", legacy.exercises[0].order, 0);
  c.eq("WorkoutExercise.create: weight NULL for body weight", legacy.exercises[1].weight, null);
  await sleep(20);
  const legacy2 = await prisma.workout.update({ where: { id: legacy.id }, data: { notes: "old app, edited" } });
  movedForward("Workout.update", legacy, legacy2);
  const we2 = await prisma.workoutExercise.update({ where: { id: legacy.exercises[0].id }, data: { reps: 12 } });
  c.eq("WorkoutExercise.update", we2.reps, 12);
  world.legacyWorkout = legacy2;
  // While dual-writing, the old app's writes (here Prisma's, as the old app
  // makes them) are carried into v2 when each transaction commits.
  const carried = DUAL_WRITE ? await carriedAsMigrated("Prisma's legacy workout (create, then two updates)", legacy.id) : null;

  // TrainingPlan -> PlanDay (Int[] weekdays) -> PlanExercise, nested create.
  t0 = Date.now();
  const plan = await prisma.trainingPlan.create({
    data: {
      name: `Prisma PPL ${tag}`,
      description: "Push pull legs",
      goal: "hypertrophy",
      user: { connect: { id: kept.id } },
      days: {
        create: [
          {
            name: "Push A",
            position: 1,
            weekdays: [1, 4],
            exercises: {
              create: [
                {
                  exercise: { connect: { id: bench.id } },
                  position: 1,
                  targetSets: 3,
                  targetRepsMin: 8,
                  targetRepsMax: 12,
                  targetWeight: 60,
                  targetRpe: 8.5,
                  restSeconds: 120,
                  progressionKg: 2.5,
                },
                { exercise: { connect: { id: bare.id } }, position: 2, targetSets: 2 },
              ],
            },
          },
          { name: "Pull A", position: 2, weekdays: [2, 5], notes: "rows first" },
        ],
      },
    },
    include: { days: { include: { exercises: true }, orderBy: { position: "asc" } } },
  });
  c.ok("TrainingPlan.create: cuid id", CUID.test(plan.id), plan.id);
  fresh("TrainingPlan.create: createdAt", plan.createdAt, t0);
  c.eq("TrainingPlan.create: status DRAFT, not a legacy import", [plan.status, plan.isLegacyImport], ["DRAFT", false]);
  c.eq("PlanDay.create: Int[] weekdays", plan.days.map((d) => d.weekdays), [
    [1, 4],
    [2, 5],
  ]);
  c.ok("PlanDay/PlanExercise ids are cuids", [...plan.days, ...plan.days[0].exercises].every((r) => CUID.test(r.id)));
  await sleep(20);
  const plan2 = await prisma.trainingPlan.update({
    where: { id: plan.id },
    data: { status: "ACTIVE", startDate: new Date("2026-01-05T00:00:00.000Z") },
  });
  movedForward("TrainingPlan.update", plan, plan2);
  const day1 = await prisma.planDay.update({ where: { id: plan.days[0].id }, data: { weekdays: { set: [1, 3, 5] } } });
  c.eq("PlanDay.update: weekdays replaced", day1.weekdays, [1, 3, 5]);
  c.eq("PlanDay.time is null until set", day1.time, null);
  const timed = await prisma.planDay.update({ where: { id: day1.id }, data: { time: "18:30" } });
  c.eq("PlanDay.time written and read back", timed.time, "18:30");
  await refusedByDb("PlanDay.time not HH:MM", prisma.planDay.update({ where: { id: day1.id }, data: { time: "25:00" } }), "PlanDay_time_check");
  const pe = await prisma.planExercise.update({
    where: { id: plan.days[0].exercises.find((e) => e.position === 1)!.id },
    data: { targetWeight: 62.5 },
  });
  c.eq("PlanExercise.update", pe.targetWeight, 62.5);
  await rejects(
    "TrainingPlan with a name the user already has",
    prisma.trainingPlan.create({ data: { name: plan.name, userId: kept.id } }),
    ["P2002"],
  );
  await rejects(
    "PlanDay at a taken position",
    prisma.planDay.create({ data: { name: "dup", position: 1, trainingPlanId: plan.id } }),
    ["P2002"],
  );
  await rejects(
    "PlanExercise with an exercise that does not exist",
    prisma.planExercise.create({ data: { planDayId: day1.id, exerciseId: "cnope", position: 9, targetSets: 1 } }),
    ["P2003"],
  );
  world.plan = plan2;
  world.planDays = await prisma.planDay.findMany({
    where: { trainingPlanId: plan.id },
    include: { exercises: true },
    orderBy: { position: "asc" },
  });

  // WorkoutSession: scheduled, then completed; linked to plan, day, legacy workout.
  t0 = Date.now();
  const scheduled = await prisma.workoutSession.create({
    data: {
      name: "Push A",
      userId: kept.id,
      trainingPlanId: plan.id,
      planDayId: day1.id,
      scheduledAt: new Date("2026-02-02T07:30:00.000Z"),
    },
  });
  c.eq("WorkoutSession.create: status defaults to SCHEDULED", scheduled.status, "SCHEDULED");
  fresh("WorkoutSession.create: createdAt", scheduled.createdAt, t0);
  // Expand: a hand-made "migrated" session of the legacy workout (a made-up
  // checksum: a conflict for `migrate legacy`, part C). While dual-writing
  // the legacy workout has its carried session already, so this one is
  // native (and gets a legacy mirror of its own).
  const done = await prisma.workoutSession.create({
    data: {
      name: "Legacy Push",
      userId: kept.id,
      ...(DUAL_WRITE ? {} : { legacyWorkoutId: legacy.id, legacyChecksum: "sha256:0000" }),
      scheduledAt: legacy.date,
      startedAt: legacy.date,
      status: "IN_PROGRESS",
    },
  });
  await sleep(20);
  const done2 = await prisma.workoutSession.update({
    where: { id: done.id },
    data: { status: "COMPLETED", completedAt: new Date("2025-12-01T18:45:00.000Z"), durationMinutes: 45 },
  });
  movedForward("WorkoutSession.update", done, done2);
  const legacyBack = await prisma.workout.findUniqueOrThrow({ where: { id: legacy.id }, include: { session: true } });
  c.eq("Workout.session: the one-to-one back relation", legacyBack.session?.id, DUAL_WRITE ? carried?.id : done.id);
  await rejects(
    "a second session for the same legacy workout",
    prisma.workoutSession.create({ data: { name: "dup", userId: kept.id, legacyWorkoutId: legacy.id } }),
    ["P2002"],
  );
  world.sessions = carried ? [scheduled, done2, carried] : [scheduled, done2];

  // WorkoutLog: sets of a session, one migrated from a legacy row, one cardio without session.
  t0 = Date.now();
  const sets = [];
  for (let n = 1; n <= 3; n++) {
    sets.push(
      await prisma.workoutLog.create({
        data: {
          userId: kept.id,
          sessionId: done.id,
          exerciseId: bench.id,
          date: new Date(Date.UTC(2025, 11, 1, 18, n, 0)),
          setNumber: n,
          reps: 10,
          weight: 60,
          rpe: 7 + n * 0.5,
          ...(DUAL_WRITE ? {} : { legacyWorkoutExerciseId: legacy.exercises[0].id }),
        },
      }),
    );
  }
  c.eq("WorkoutLog.create: isWarmup defaults to false", sets[0].isWarmup, false);
  fresh("WorkoutLog.create: createdAt", sets[0].createdAt, t0);
  await rejects(
    "a second set 1 from the same legacy row",
    prisma.workoutLog.create({
      data: {
        userId: kept.id,
        exerciseId: bench.id,
        date: new Date(),
        setNumber: 1,
        legacyWorkoutExerciseId: legacy.exercises[0].id,
      },
    }),
    ["P2002"],
  );
  const cardio = await prisma.workoutLog.create({
    data: {
      userId: kept.id,
      exerciseId: own.id,
      date: new Date("2026-02-03T06:00:00.000Z"),
      setNumber: 1,
      durationSeconds: 1800,
      distanceMeters: 5000.5,
      notes: "easy run",
    },
  });
  c.eq("WorkoutLog without a session", [cardio.sessionId, cardio.weight], [null, null]);
  await sleep(20);
  const set3 = await prisma.workoutLog.update({ where: { id: sets[2].id }, data: { weight: 62.5, reps: 8 } });
  movedForward("WorkoutLog.update", sets[2], set3);
  world.logs = [sets[0], sets[1], set3, cardio, ...(carried?.logs ?? [])];

  // Reminder (both kinds) and ReminderDelivery.
  const recurring = await prisma.reminder.create({
    data: {
      userId: kept.id,
      kind: "RECURRING",
      title: "Train",
      trainingPlanId: plan.id,
      weekdays: [1, 3, 5],
      timeOfDay: "07:30",
      timezone: "America/New_York",
      nextFireAt: new Date("2026-02-02T12:30:00.000Z"),
    },
  });
  c.eq("Reminder.create: defaults active, leadMinutes 0", [recurring.active, recurring.leadMinutes], [true, 0]);
  const before = await prisma.reminder.create({
    data: {
      userId: kept.id,
      kind: "SESSION",
      title: "Push A soon",
      message: "Bring chalk",
      sessionId: scheduled.id,
      timezone: "Europe/Berlin",
      leadMinutes: 30,
      nextFireAt: new Date("2026-02-02T07:00:00.000Z"),
    },
  });
  c.eq("Reminder.create without weekdays: reads as []", before.weekdays, []);
  // A plan's reminder as the apps write it: kind SESSION with a plan and no
  // session (workout calls this kind PLAN in its output).
  const planRem = await prisma.reminder.create({
    data: {
      userId: kept.id,
      kind: "SESSION",
      title: "Plan session soon",
      trainingPlanId: plan.id,
      timezone: "America/New_York",
      leadMinutes: 15,
      weekdays: [],
    },
  });
  c.eq("Reminder.create (plan reminder): weekdays [] round-trips", planRem.weekdays, []);
  const delivery = await prisma.reminderDelivery.create({
    data: {
      reminderId: before.id,
      occurrence: before.nextFireAt!,
      deliveredAt: new Date("2026-02-02T07:00:01.250Z"),
      channel: "stdout",
    },
  });
  c.ok("ReminderDelivery.create: cuid id", CUID.test(delivery.id), delivery.id);
  await rejects(
    "a second delivery of the same occurrence",
    prisma.reminderDelivery.create({
      data: { reminderId: before.id, occurrence: before.nextFireAt!, deliveredAt: new Date(), channel: "stdout" },
    }),
    ["P2002"],
  );
  const delivery2 = await prisma.reminderDelivery.update({ where: { id: delivery.id }, data: { channel: "email" } });
  c.eq("ReminderDelivery.update", delivery2.channel, "email");
  await sleep(20);
  const before2 = await prisma.reminder.update({
    where: { id: before.id },
    data: { lastFiredAt: delivery.deliveredAt, nextFireAt: null },
  });
  movedForward("Reminder.update", before, before2);
  world.reminders = [recurring, before2, planRem];
  world.deliveries = [delivery2];

  // LegacyMigrationRun: Json in, the same Json out.
  const report = {
    counts: { workouts: 1, sets: 3, skipped: 1 },
    skipped: [{ table: "WorkoutExercise", id: "cabc", reason: "sets < 1" }],
    unmappedMuscleGroups: ["Legs"],
    ratio: 0.25,
    ok: true,
    none: null,
  };
  // Started now: after the run `workout migrate legacy` made in part A, so
  // `migrate status` must name this one as the newest (readbackLegacy).
  const runStart = new Date();
  const run = await prisma.legacyMigrationRun.create({
    data: { mode: "dry-run", status: "running", startedAt: runStart },
  });
  c.eq("LegacyMigrationRun.create: report NULL", run.report, null);
  c.eq("LegacyMigrationRun.create: startedAt to the millisecond", run.startedAt, runStart);
  const run2 = await prisma.legacyMigrationRun.update({
    where: { id: run.id },
    data: { status: "succeeded", finishedAt: new Date(runStart.getTime() + 2500), report },
  });
  c.eq("LegacyMigrationRun.update: Json round-trips", run2.report, report);
  const [{ kind }] = await prisma.$queryRaw<{ kind: string }[]>`SELECT jsonb_typeof("report") AS kind FROM "LegacyMigrationRun" WHERE "id" = ${run.id}`;
  c.eq("LegacyMigrationRun.report is stored as a JSONB object", kind, "object");
  world.migrationRuns = [run2];

  return world;
}

/** A user with one of everything, deleted piece by piece to see every ON DELETE. */
async function cascades(): Promise<void> {
  const u = await prisma.user.create({ data: { email: `prisma.doomed.${tag}@example.com`, name: "Doomed" } });
  const catalog = await prisma.exercise.create({ data: { name: `Prisma Doomed Catalog ${tag}` } });
  const own = await prisma.exercise.create({ data: { name: `Prisma Doomed Own ${tag}`, createdById: u.id } });
  const w = await prisma.workout.create({
    data: {
      name: "Old",
      date: new Date("2025-01-01T10:00:00Z"),
      userId: u.id,
      exercises: { create: [{ exerciseId: catalog.id, sets: 1, reps: 5 }] },
    },
    include: { exercises: true },
  });
  const plan = await prisma.trainingPlan.create({
    data: {
      name: "Doomed plan",
      userId: u.id,
      days: {
        create: [
          { name: "D1", position: 1, weekdays: [1], exercises: { create: [{ exerciseId: catalog.id, position: 1, targetSets: 3 }] } },
          { name: "D2", position: 2, weekdays: [3] },
        ],
      },
    },
    include: { days: { include: { exercises: true }, orderBy: { position: "asc" } } },
  });
  const [d1, d2] = plan.days;
  // While dual-writing, `w` has its carried session already (one per
  // workout), so S is native and its set links to the carried set's row.
  const carriedW = DUAL_WRITE ? await carriedAsMigrated("the doomed user's legacy workout", w.id) : null;
  const s = await prisma.workoutSession.create({
    data: { name: "S", userId: u.id, trainingPlanId: plan.id, planDayId: d1.id, ...(DUAL_WRITE ? {} : { legacyWorkoutId: w.id }) },
  });
  const s2 = await prisma.workoutSession.create({ data: { name: "S2", userId: u.id, planDayId: d2.id } });
  const log = await prisma.workoutLog.create({
    data: {
      userId: u.id,
      sessionId: s.id,
      exerciseId: catalog.id,
      date: new Date(),
      setNumber: DUAL_WRITE ? 2 : 1,
      legacyWorkoutExerciseId: w.exercises[0].id,
    },
  });
  const loose = await prisma.workoutLog.create({
    data: { userId: u.id, exerciseId: own.id, date: new Date(), setNumber: 1 },
  });
  const planRem = await prisma.reminder.create({
    data: { userId: u.id, kind: "RECURRING", title: "P", timezone: "UTC", trainingPlanId: plan.id, weekdays: [1] },
  });
  const sesRem = await prisma.reminder.create({
    data: { userId: u.id, kind: "SESSION", title: "S", timezone: "UTC", sessionId: s.id },
  });
  const lone = await prisma.reminder.create({ data: { userId: u.id, kind: "RECURRING", title: "L", timezone: "UTC" } });
  const del = await prisma.reminderDelivery.create({
    data: { reminderId: sesRem.id, occurrence: new Date("2026-01-01T00:00:00Z"), deliveredAt: new Date(), channel: "x" },
  });
  const del2 = await prisma.reminderDelivery.create({
    data: { reminderId: lone.id, occurrence: new Date("2026-01-01T00:00:00Z"), deliveredAt: new Date(), channel: "x" },
  });

  // RESTRICT: an exercise in a plan, a legacy row or a log cannot go.
  await rejects("Exercise.delete while a plan, a legacy row and a log use it (RESTRICT)", prisma.exercise.delete({ where: { id: catalog.id } }), [
    "P2003",
    "P2014",
  ]);
  c.ok("the restricted exercise is still there", (await prisma.exercise.count({ where: { id: catalog.id } })) === 1);

  // ON UPDATE CASCADE: a changed key follows into every referencing row.
  const newPlanId = `c${tag.padEnd(24, "0").slice(0, 24)}`;
  await prisma.trainingPlan.update({ where: { id: plan.id }, data: { id: newPlanId } });
  const follow = await Promise.all([
    prisma.planDay.count({ where: { trainingPlanId: newPlanId } }),
    prisma.workoutSession.count({ where: { trainingPlanId: newPlanId } }),
    prisma.reminder.count({ where: { trainingPlanId: newPlanId } }),
  ]);
  c.eq("ON UPDATE CASCADE: days, sessions, reminders follow a changed plan id", follow, [2, 1, 1]);

  // Explicit deletes of single rows.
  await prisma.reminderDelivery.delete({ where: { id: del2.id } });
  c.eq("ReminderDelivery.delete", await prisma.reminderDelivery.count({ where: { id: del2.id } }), 0);
  await prisma.reminder.delete({ where: { id: lone.id } });
  c.eq("Reminder.delete", await prisma.reminder.count({ where: { id: lone.id } }), 0);
  await prisma.planExercise.delete({ where: { id: d1.exercises[0].id } });
  c.eq("PlanExercise.delete", await prisma.planExercise.count({ where: { planDayId: d1.id } }), 0);
  await prisma.planExercise.create({ data: { planDayId: d1.id, exerciseId: catalog.id, position: 1, targetSets: 3 } });

  // SET NULL from the legacy side; CASCADE to WorkoutExercise.
  await prisma.workout.delete({ where: { id: w.id } });
  c.eq("Workout.delete cascades to WorkoutExercise", await prisma.workoutExercise.count({ where: { workoutId: w.id } }), 0);
  if (DUAL_WRITE) {
    // A delete on the old side: the carried session goes with it (and its sets).
    c.eq("dual-write: Workout.delete takes its carried session along", await prisma.workoutSession.count({ where: { id: carriedW!.id } }), 0);
    c.eq("dual-write: ... and the carried session's sets", await prisma.workoutLog.count({ where: { sessionId: carriedW!.id } }), 0);
  } else {
    c.eq("Workout.delete sets WorkoutSession.legacyWorkoutId NULL", (await prisma.workoutSession.findUniqueOrThrow({ where: { id: s.id } })).legacyWorkoutId, null);
  }
  c.eq("WorkoutExercise gone sets WorkoutLog.legacyWorkoutExerciseId NULL", (await prisma.workoutLog.findUniqueOrThrow({ where: { id: log.id } })).legacyWorkoutExerciseId, null);

  // PlanDay: CASCADE to its exercises, SET NULL on sessions.
  await prisma.planDay.delete({ where: { id: d1.id } });
  c.eq("PlanDay.delete cascades to PlanExercise", await prisma.planExercise.count({ where: { planDayId: d1.id } }), 0);
  c.eq("PlanDay.delete sets WorkoutSession.planDayId NULL", (await prisma.workoutSession.findUniqueOrThrow({ where: { id: s.id } })).planDayId, null);

  // TrainingPlan: CASCADE to days and reminders, SET NULL on sessions.
  await prisma.trainingPlan.delete({ where: { id: newPlanId } });
  c.eq("TrainingPlan.delete cascades to PlanDay", await prisma.planDay.count({ where: { id: d2.id } }), 0);
  c.eq("TrainingPlan.delete cascades to its Reminder", await prisma.reminder.count({ where: { id: planRem.id } }), 0);
  const sAfter = await prisma.workoutSession.findUniqueOrThrow({ where: { id: s.id } });
  const s2After = await prisma.workoutSession.findUniqueOrThrow({ where: { id: s2.id } });
  c.eq("TrainingPlan.delete sets WorkoutSession.trainingPlanId NULL", sAfter.trainingPlanId, null);
  c.eq("PlanDay gone with its plan sets WorkoutSession.planDayId NULL", s2After.planDayId, null);

  // WorkoutSession: CASCADE to its sets, its reminders and their deliveries.
  if (DUAL_WRITE) {
    c.eq("dual-write: the native session S has its legacy mirror", await prisma.workout.count({ where: { id: s.id, userId: u.id } }), 1);
  }
  await prisma.workoutSession.delete({ where: { id: s.id } });
  c.eq("WorkoutSession.delete cascades to WorkoutLog", await prisma.workoutLog.count({ where: { id: log.id } }), 0);
  if (DUAL_WRITE) {
    // A delete on the native side: the mirror goes with it.
    c.eq("dual-write: WorkoutSession.delete takes its legacy mirror along", await prisma.workout.count({ where: { id: s.id } }), 0);
  }
  c.eq("WorkoutSession.delete cascades to its Reminder", await prisma.reminder.count({ where: { id: sesRem.id } }), 0);
  c.eq("... and to that reminder's ReminderDelivery", await prisma.reminderDelivery.count({ where: { id: del.id } }), 0);
  c.eq("a set without a session stays", await prisma.workoutLog.count({ where: { id: loose.id } }), 1);

  // WorkoutLog.delete, Exercise.delete once nothing uses it.
  await prisma.workoutLog.delete({ where: { id: loose.id } });
  c.eq("WorkoutLog.delete", await prisma.workoutLog.count({ where: { id: loose.id } }), 0);
  await prisma.exercise.delete({ where: { id: catalog.id } });
  c.eq("Exercise.delete once nothing uses it", await prisma.exercise.count({ where: { id: catalog.id } }), 0);

  // User: CASCADE to everything of theirs, even while their own exercise is
  // in use by their own plan and sets (createdById is no relation, so no
  // cascade races the RESTRICTs); the own exercise is then the app's to delete.
  await prisma.workoutLog.create({ data: { userId: u.id, exerciseId: own.id, date: new Date(), setNumber: 1 } });
  await prisma.workout.create({ data: { name: "again", date: new Date(), userId: u.id } });
  await prisma.trainingPlan.create({
    data: {
      name: "again",
      userId: u.id,
      days: { create: [{ name: "D", position: 1, weekdays: [2], exercises: { create: [{ exerciseId: own.id, position: 1, targetSets: 2 }] } }] },
    },
  });
  await prisma.reminder.create({ data: { userId: u.id, kind: "RECURRING", title: "again", timezone: "UTC" } });
  await prisma.user.delete({ where: { id: u.id } });
  const left = await Promise.all([
    prisma.workout.count({ where: { userId: u.id } }),
    prisma.trainingPlan.count({ where: { userId: u.id } }),
    prisma.workoutSession.count({ where: { userId: u.id } }),
    prisma.workoutLog.count({ where: { userId: u.id } }),
    prisma.reminder.count({ where: { userId: u.id } }),
  ]);
  c.eq("User.delete cascades to workouts, plans, sessions, logs, reminders", left, [0, 0, 0, 0, 0]);
  await prisma.exercise.delete({ where: { id: own.id } });
  c.eq("the user's own exercise, unused now, can be deleted", await prisma.exercise.count({ where: { createdById: u.id } }), 0);

  // LegacyMigrationRun.delete.
  const run = await prisma.legacyMigrationRun.create({ data: { mode: "rollback", status: "failed", startedAt: new Date() } });
  await prisma.legacyMigrationRun.delete({ where: { id: run.id } });
  c.eq("LegacyMigrationRun.delete", await prisma.legacyMigrationRun.count({ where: { id: run.id } }), 0);
}

/** v3's models and fields through the Prisma Client: create, read, update,
 * delete; and the database's refusals of writes that break a v3 rule. */
async function v3(): Promise<void> {
  const u = await prisma.user.create({ data: { email: `prisma.v3.${tag}@example.com`, weight: 70 } });
  const other = await prisma.user.create({ data: { email: `prisma.v3b.${tag}@example.com` } });
  const shared = await prisma.exercise.create({ data: { name: `Prisma V3 Pull-up ${tag}`, trackingType: "BODYWEIGHT_REPS" } });
  c.eq("Exercise.trackingType as written", shared.trackingType, "BODYWEIGHT_REPS");
  const own = await prisma.exercise.create({ data: { name: `Prisma V3 Own ${tag}`, createdById: u.id } });
  c.eq("Exercise.trackingType defaults to WEIGHT_REPS", own.trackingType, "WEIGHT_REPS");
  const own2 = await prisma.exercise.update({ where: { id: own.id }, data: { trackingType: "DURATION" } });
  c.eq("Exercise.trackingType updated", own2.trackingType, "DURATION");
  // Another user may own the same name; nobody may own a shared one.
  const twin = await prisma.exercise.create({ data: { name: `Prisma V3 Own ${tag}`, createdById: other.id } });
  c.ok("two users each own an exercise of one name", twin.id !== own.id);
  await refusedByDb(
    "an own exercise named like a shared one, in another case",
    prisma.exercise.create({ data: { name: `prisma v3 pull-up ${tag}`.toUpperCase(), createdById: u.id } }),
    "Exercise_name_shared",
  );
  c.eq("Exercise found by name with findFirst", (await prisma.exercise.findFirst({ where: { name: shared.name, createdById: null } }))?.id, shared.id);

  const plan = await prisma.trainingPlan.create({
    data: {
      name: `V3 ${tag}`,
      userId: u.id,
      days: {
        create: [
          {
            name: "A",
            position: 1,
            exercises: {
              create: [
                { exerciseId: shared.id, position: 1, targetSets: 3, supersetGroup: 1 },
                { exerciseId: own.id, position: 2, targetSets: 3, supersetGroup: 1 },
              ],
            },
          },
        ],
      },
    },
    include: { days: { include: { exercises: { orderBy: { position: "asc" } } } } },
  });
  const day = plan.days[0];
  c.eq("PlanExercise.supersetGroup", day.exercises.map((x) => x.supersetGroup), [1, 1]);
  await refusedByDb(
    "a plan name differing only in case",
    prisma.trainingPlan.create({ data: { name: `v3 ${tag}`.toUpperCase(), userId: u.id } }),
    "TrainingPlan_userId_lower_name_key",
  );

  const s = await prisma.workoutSession.create({
    data: {
      name: "V3",
      userId: u.id,
      trainingPlanId: plan.id,
      planDayId: day.id,
      exercises: {
        create: day.exercises.map((x, i) => ({
          exerciseId: x.exerciseId,
          planExerciseId: x.id,
          position: i + 1,
          targetSets: x.targetSets,
          targetRepsMin: 8,
          targetRepsMax: 10,
          targetWeight: 10,
          targetRpe: 8,
          restSeconds: 90,
          supersetGroup: x.supersetGroup,
          notes: "A1/A2",
        })),
      },
    },
    include: { exercises: { orderBy: { position: "asc" }, include: { planExercise: true, exercise: true } } },
  });
  c.eq("SessionExercise rows with their plan entries", s.exercises.map((x) => [x.position, x.planExercise?.id, x.exercise.id]), [
    [1, day.exercises[0].id, shared.id],
    [2, day.exercises[1].id, own.id],
  ]);
  const t2 = await prisma.sessionExercise.update({ where: { id: s.exercises[1].id }, data: { targetWeight: 12.5 } });
  movedForward("SessionExercise.update", s.exercises[1], t2);
  // Issue 13: the done mark `workout log` stores when `d` ends an exercise.
  c.eq("SessionExercise.endedAt is null while open", t2.endedAt, null);
  const ended = new Date("2026-03-02T18:45:00.000Z");
  await prisma.sessionExercise.update({ where: { id: s.exercises[1].id }, data: { endedAt: ended } });
  c.eq(
    "SessionExercise.endedAt written and read back",
    (await prisma.sessionExercise.findUniqueOrThrow({ where: { id: s.exercises[1].id } })).endedAt?.toISOString(),
    ended.toISOString(),
  );
  await refusedByDb(
    "a session target at position 0",
    prisma.sessionExercise.create({ data: { sessionId: s.id, exerciseId: shared.id, position: 0, targetSets: 1 } }),
    "SessionExercise_position_check",
  );
  await refusedByDb(
    "a session on another user's plan",
    prisma.workoutSession.create({ data: { name: "X", userId: other.id, trainingPlanId: plan.id } }),
    "WorkoutSession_plan_owner",
  );

  // Sets: setType and isWarmup in step; supersets; one user all the way down.
  const w = await prisma.workoutLog.create({
    data: { userId: u.id, sessionId: s.id, exerciseId: shared.id, date: new Date(), setNumber: 1, setType: "WARMUP", supersetGroup: 1 },
  });
  c.eq("WorkoutLog setType WARMUP sets isWarmup", [w.setType, w.isWarmup, w.supersetGroup], ["WARMUP", true, 1]);
  const old = await prisma.workoutLog.create({
    data: { userId: u.id, sessionId: s.id, exerciseId: shared.id, date: new Date(), setNumber: 2, isWarmup: true },
  });
  c.eq("WorkoutLog isWarmup alone (an older app) sets setType WARMUP", old.setType, "WARMUP");
  const drop = await prisma.workoutLog.update({ where: { id: old.id }, data: { setType: "DROP" } });
  c.eq("WorkoutLog setType DROP clears isWarmup", [drop.setType, drop.isWarmup], ["DROP", false]);
  const viaRelation = await prisma.workoutLog.create({
    data: { user: { connect: { id: u.id } }, session: { connect: { id: s.id } }, exercise: { connect: { id: own.id } }, date: new Date(), setNumber: 1, setType: "AMRAP" },
    include: { session: true },
  });
  c.eq("WorkoutLog created through its relations (composite key)", [viaRelation.session?.id, viaRelation.setType], [s.id, "AMRAP"]);
  c.eq("WorkoutSession.logs through the composite key", (await prisma.workoutSession.findUniqueOrThrow({ where: { id: s.id }, include: { logs: true } })).logs.length, 3);
  await refusedByDb(
    "a set of another user's session",
    prisma.workoutLog.create({ data: { userId: other.id, sessionId: s.id, exerciseId: shared.id, date: new Date(), setNumber: 9 } }),
    "WorkoutLog_sessionId_userId_fkey",
  );
  await refusedByDb(
    "a repeated set number",
    prisma.workoutLog.create({ data: { userId: u.id, sessionId: s.id, exerciseId: shared.id, date: new Date(), setNumber: 1 } }),
    "WorkoutLog_sessionId_exerciseId_setNumber_key",
  );
  await refusedByDb(
    "an RPE of 99",
    prisma.workoutLog.create({ data: { userId: u.id, exerciseId: shared.id, date: new Date(), setNumber: 1, rpe: 99 } }),
    "WorkoutLog_rpe_check",
  );
  await refusedByDb(
    "a NaN weight",
    prisma.workoutLog.create({ data: { userId: u.id, exerciseId: shared.id, date: new Date(), setNumber: 1, weight: NaN } }),
    "WorkoutLog_weight_check",
  );
  await refusedByDb(
    "a reminder of another user's session",
    prisma.reminder.create({ data: { userId: other.id, kind: "SESSION", title: "x", timezone: "UTC", sessionId: s.id } }),
    "Reminder_sessionId_userId_fkey",
  );

  // Body measurements: User.weight follows the latest.
  const m1 = await prisma.bodyMeasurement.create({ data: { userId: u.id, date: new Date("2026-01-01T07:00:00Z"), weightKg: 72.5, waistCm: 80 } });
  const m2 = await prisma.bodyMeasurement.create({ data: { userId: u.id, date: new Date("2026-02-01T07:00:00Z"), weightKg: 71, bodyFatPercent: 15 } });
  c.eq("User.weight is the latest measurement's", (await prisma.user.findUniqueOrThrow({ where: { id: u.id } })).weight, 71);
  const m2b = await prisma.bodyMeasurement.update({ where: { id: m2.id }, data: { weightKg: 70.5, notes: "morning" } });
  movedForward("BodyMeasurement.update", m2, m2b);
  c.eq("User.weight follows an update", (await prisma.user.findUniqueOrThrow({ where: { id: u.id } })).weight, 70.5);
  await prisma.bodyMeasurement.delete({ where: { id: m2.id } });
  c.eq("User.weight falls back after a delete", (await prisma.user.findUniqueOrThrow({ where: { id: u.id }, include: { bodyMeasurements: true } })).weight, 72.5);
  await refusedByDb(
    "a measurement with no value",
    prisma.bodyMeasurement.create({ data: { userId: u.id, date: new Date() } }),
    "BodyMeasurement_value_check",
  );
  await refusedByDb(
    "a body fat of 120%",
    prisma.bodyMeasurement.create({ data: { userId: u.id, date: new Date(), bodyFatPercent: 120 } }),
    "BodyMeasurement_bodyFatPercent_check",
  );

  // Personal records (migration 8): the database keeps them whoever writes the sets.
  const lift = await prisma.exercise.create({ data: { name: `Prisma Records ${tag}`, createdById: u.id } });
  const top = await prisma.workoutLog.create({
    data: { userId: u.id, exerciseId: lift.id, date: new Date("2026-03-01T10:00:00Z"), setNumber: 1, reps: 3, weight: 142.5 },
  });
  await prisma.workoutLog.create({
    data: { userId: u.id, exerciseId: lift.id, date: new Date("2026-03-02T10:00:00Z"), setNumber: 1, reps: 5, weight: 100 },
  });
  const key = { userId_exerciseId: { userId: u.id, exerciseId: lift.id } };
  const r1 = await prisma.exerciseRecord.findUniqueOrThrow({ where: key, include: { user: true, exercise: true } });
  c.eq("ExerciseRecord follows sets written through Prisma", [r1.sets, r1.heaviest, r1.mostReps, r1.exercise.name],
    [2, [-142.5, top.date.getTime() / 1000], [-5, -100, new Date("2026-03-02T10:00:00Z").getTime() / 1000, 0], lift.name]);
  // A set that holds no record, updated then deleted through Prisma: folded
  // (migration 9), the records unchanged.
  const plain = await prisma.workoutLog.create({
    data: { userId: u.id, exerciseId: lift.id, date: new Date("2026-03-03T10:00:00Z"), setNumber: 1, reps: 2, weight: 50 },
  });
  await prisma.workoutLog.update({ where: { id: plain.id }, data: { weight: 55 } });
  c.eq("ExerciseRecord after a set that holds no record is updated through Prisma",
    (await prisma.exerciseRecord.findUniqueOrThrow({ where: key })).sets, 3);
  await prisma.workoutLog.delete({ where: { id: plain.id } });
  const r2 = await prisma.exerciseRecord.findUniqueOrThrow({ where: key });
  c.eq("ExerciseRecord after a set that holds no record is deleted through Prisma", [r2.sets, r2.heaviest, r2.volume],
    [2, [-142.5, top.date.getTime() / 1000], [-500, new Date("2026-03-02T10:00:00Z").getTime() / 1000]]);
  await prisma.workoutLog.update({ where: { id: top.id }, data: { weight: 90 } });
  c.eq("ExerciseRecord follows a set updated through Prisma",
    (await prisma.exerciseRecord.findUniqueOrThrow({ where: key })).heaviest, [-100, new Date("2026-03-02T10:00:00Z").getTime() / 1000]);
  await prisma.workoutLog.deleteMany({ where: { exerciseId: lift.id } });
  c.eq("ExerciseRecord after its sets are deleted through Prisma", (await prisma.exerciseRecord.findUniqueOrThrow({ where: key })).sets, 0);
  c.eq("User.exerciseRecords", (await prisma.user.findUniqueOrThrow({ where: { id: u.id }, include: { exerciseRecords: true } })).exerciseRecords.length >= 1, true);

  // Training weeks (migration 10): the database keeps them whoever writes the
  // sets. The user has no time zone (UTC): Wednesday 2031-06-11 is in the ISO
  // week of Monday 2031-06-09.
  const weekKey = { userId_week: { userId: u.id, week: new Date("2031-06-09T00:00:00Z") } };
  const w1 = await prisma.workoutLog.create({
    data: { userId: u.id, exerciseId: lift.id, date: new Date("2031-06-11T10:00:00Z"), setNumber: 1, reps: 5, weight: 60 },
  });
  await prisma.workoutLog.create({
    data: { userId: u.id, exerciseId: lift.id, date: new Date("2031-06-15T22:00:00Z"), setNumber: 1, reps: 5, weight: 60 },
  });
  const tw = await prisma.trainingWeek.findUniqueOrThrow({ where: weekKey, include: { user: true } });
  c.eq("TrainingWeek follows sets written through Prisma", [tw.week.toISOString(), tw.sets, tw.user.id],
    ["2031-06-09T00:00:00.000Z", 2, u.id]);
  c.ok("User.trainingWeeks", (await prisma.user.findUniqueOrThrow({ where: { id: u.id }, include: { trainingWeeks: true } }))
    .trainingWeeks.some((x) => x.week.toISOString() === "2031-06-09T00:00:00.000Z" && x.sets === 2), u.id);
  await prisma.workoutLog.update({ where: { id: w1.id }, data: { date: new Date("2031-06-16T10:00:00Z") } });
  c.eq("TrainingWeek follows a set moved to the next week through Prisma",
    (await prisma.trainingWeek.findMany({ where: { userId: u.id, week: { gte: new Date("2031-06-01T00:00:00Z") } }, orderBy: { week: "asc" } }))
      .map((x) => [x.week.toISOString().slice(0, 10), x.sets]),
    [["2031-06-09", 1], ["2031-06-16", 1]]);
  await prisma.workoutLog.deleteMany({ where: { userId: u.id, date: { gte: new Date("2031-06-01T00:00:00Z") } } });
  c.eq("TrainingWeek rows go with their sets deleted through Prisma",
    await prisma.trainingWeek.count({ where: { userId: u.id, week: { gte: new Date("2031-06-01T00:00:00Z") } } }), 0);

  // Aliases.
  const a = await prisma.exerciseAlias.create({ data: { userId: u.id, exerciseId: shared.id, name: `Chin ${tag}` } });
  c.ok("ExerciseAlias.create: a cuid", CUID.test(a.id), a.id);
  const a2 = await prisma.exerciseAlias.update({ where: { id: a.id }, data: { name: `Chins ${tag}` } });
  c.eq("ExerciseAlias.update", a2.name, `Chins ${tag}`);
  c.eq("Exercise.aliases", (await prisma.exercise.findUniqueOrThrow({ where: { id: shared.id }, include: { aliases: true } })).aliases.map((x) => x.name), [`Chins ${tag}`]);
  await refusedByDb(
    "an alias equal to one of the user's names",
    prisma.exerciseAlias.create({ data: { userId: u.id, exerciseId: shared.id, name: own.name.toLowerCase() } }),
    "ExerciseAlias_name_exercise",
  );
  await refusedByDb(
    "an alias of another user's exercise",
    prisma.exerciseAlias.create({ data: { userId: other.id, exerciseId: own.id, name: `Mine ${tag}` } }),
    "ExerciseAlias_exercise_visible",
  );
  await refusedByDb(
    "an alias repeated in another case",
    prisma.exerciseAlias.create({ data: { userId: u.id, exerciseId: own.id, name: `CHINS ${tag}`.toUpperCase() } }),
    "ExerciseAlias_userId_lower_name_key",
  );
  await prisma.exerciseAlias.delete({ where: { id: a.id } });
  c.eq("ExerciseAlias.delete", await prisma.exerciseAlias.count({ where: { id: a.id } }), 0);

  // Deletes: plan entry SET NULL on the target; session CASCADE; user CASCADE.
  await prisma.planExercise.delete({ where: { id: day.exercises[0].id } });
  c.eq("PlanExercise.delete sets SessionExercise.planExerciseId NULL", (await prisma.sessionExercise.findUniqueOrThrow({ where: { id: s.exercises[0].id } })).planExerciseId, null);
  await prisma.sessionExercise.delete({ where: { id: s.exercises[0].id } });
  c.eq("SessionExercise.delete", await prisma.sessionExercise.count({ where: { id: s.exercises[0].id } }), 0);
  await prisma.workoutSession.delete({ where: { id: s.id } });
  c.eq("WorkoutSession.delete cascades to SessionExercise", await prisma.sessionExercise.count({ where: { sessionId: s.id } }), 0);
  await prisma.exerciseAlias.create({ data: { userId: u.id, exerciseId: own.id, name: `Again ${tag}` } });
  await prisma.user.delete({ where: { id: u.id } });
  c.eq("User.delete cascades to BodyMeasurement and ExerciseAlias", [
    await prisma.bodyMeasurement.count({ where: { userId: u.id } }),
    await prisma.exerciseAlias.count({ where: { userId: u.id } }),
  ], [0, 0]);
  c.ok("m1 went with its user", (await prisma.bodyMeasurement.count({ where: { id: m1.id } })) === 0);
  await prisma.exercise.deleteMany({ where: { id: { in: [own.id, twin.id, lift.id] } } });
  await prisma.user.delete({ where: { id: other.id } });
  await prisma.exercise.delete({ where: { id: shared.id } });
}

async function partB(): Promise<World | undefined> {
  c.begin("B. Prisma writes every model");
  let world: World | undefined;
  await c.step("create and update every model", async () => {
    world = await buildWorld();
  });
  await c.step("deletes: CASCADE, SET NULL, RESTRICT, ON UPDATE CASCADE", cascades);
  await c.step("v3: set types, supersets, session targets, tracking types, measurements, aliases, and the rules", v3);
  await readEverything("after Prisma writes");
  if (DUAL_WRITE) await c.step("dual-write: both models in step (what Prisma wrote)", () => inStep("what Prisma wrote"));
  return world;
}

// --- C ------------------------------------------------------------------------

async function partC(world: World | undefined): Promise<void> {
  c.begin("C. workout reads what Prisma wrote");
  if (!c.ok("WORKOUT_BIN names the workout binary", !!workoutBin(), "WORKOUT_BIN is not set")) return;
  if (!c.ok("part B built the rows to read back", !!world)) return;
  for (const [model, readback] of Object.entries(readbacks)) {
    await c.step(`read back ${model}`, () => readback(c, prisma, world!));
  }
  if (DUAL_WRITE) await c.step("dual-write: both models in step (after workout's writes)", () => inStep("after the read-back"));
}

async function main(): Promise<number> {
  console.log(`Prisma contract test (run tag ${tag}), phase: ${PHASE}`);
  try {
    await partA();
    const world = await partB();
    await partC(world);
  } catch (e) {
    c.ok("the contract test ran to the end", false, e instanceof Error ? (e.stack ?? e.message) : e);
  } finally {
    await prisma.$disconnect();
  }
  return c.finish();
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);

