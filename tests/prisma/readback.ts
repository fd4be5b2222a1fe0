// Part C of the contract test: `workout` reads back the rows Prisma wrote
// (contract.ts builds them: `World`) and must show them correctly.
//
// One function per model. A model that no `workout` command reads yet has a
// function that says so (a note, printed but not counted); the issue that adds
// the command replaces the note with checks, in the style of readbackUser:
// run the command with --format json, compare every field with what Prisma
// reads now, and check no secret leaks.

import type {
  Exercise,
  LegacyMigrationRun,
  PlanDay,
  PlanExercise,
  PrismaClient,
  Reminder,
  ReminderDelivery,
  TrainingPlan,
  User,
  Workout,
  WorkoutLog,
  WorkoutSession,
} from "./generated/prisma/client.ts";
import { type Checks, sleep } from "./lib/checks.ts";
import { CUTOVER, DUAL_WRITE } from "./lib/phase.ts";
import { type Run, runWorkout, workoutJson, workoutOk } from "./lib/workout.ts";

/** What Prisma wrote in part B and left in the database. */
export type World = {
  user: User; // every field set, password hash included
  minimalUser: User; // email only: the v2 defaults
  passwordHash: string;
  exercises: Exercise[]; // a catalog exercise with enums and a list, a bare one, the user's own
  legacyWorkout: Workout;
  plan: TrainingPlan;
  planDays: (PlanDay & { exercises: PlanExercise[] })[];
  sessions: WorkoutSession[]; // one SCHEDULED in the plan, one COMPLETED from the legacy workout (while dual-writing: a native one, and the session the legacy workout was carried into)
  logs: WorkoutLog[]; // three sets of the completed session, one cardio set without a session (while dual-writing: and the carried sets)
  reminders: Reminder[]; // one RECURRING on the plan, one SESSION on the scheduled session, one plan reminder (SESSION, no session)
  deliveries: ReminderDelivery[];
  migrationRuns: LegacyMigrationRun[];
};

type Readback = (c: Checks, prisma: PrismaClient, world: World) => Promise<void>;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** `shown` is ISO 8601 in UTC ("...Z") and exactly the instant Prisma reads
 * (TIMESTAMP(3): milliseconds, so workout must print them). */
function sameInstant(c: Checks, name: string, shown: unknown, actual: Date | null): void {
  if (actual === null) {
    c.ok(`${name}: null`, shown === null, { shown });
    return;
  }
  const s = typeof shown === "string" ? shown : "";
  const ok = ISO_UTC.test(s) && Date.parse(s) === actual.getTime();
  c.ok(`${name}: ISO 8601 UTC, same instant`, ok, { shown, prisma: actual.toISOString() });
}

/** No key mentions the password and the hash appears nowhere in the output. */
function noPassword(c: Checks, name: string, run: Run, hash: string, json: unknown): void {
  c.ok(`${name}: the password hash is not in the output`, !run.stdout.includes(hash) && !run.stderr.includes(hash));
  c.ok(`${name}: no password field in the JSON`, !/"[^"]*password[^"]*"\s*:/i.test(JSON.stringify(json)), json);
}

/** The fields `workout user show --format json` prints, checked against a User row. */
function userShown(c: Checks, name: string, shown: Record<string, unknown>, u: User): void {
  c.eq(`${name}: id`, shown.id, u.id);
  c.eq(`${name}: email`, shown.email, u.email);
  c.eq(`${name}: name`, shown.name, u.name);
  // NULL means UTC; workout may print it as null or as "UTC".
  if (u.timezone === null) c.ok(`${name}: timezone (NULL)`, shown.timezone === null || shown.timezone === "UTC", shown.timezone);
  else c.eq(`${name}: timezone`, shown.timezone, u.timezone);
  c.eq(`${name}: weightUnit`, shown.weightUnit, u.weightUnit);
  if (u.weight === null) c.eq(`${name}: weightKg`, shown.weightKg, null);
  else c.near(`${name}: weightKg`, shown.weightKg, u.weight);
  c.eq(`${name}: heightCm`, shown.heightCm, u.height);
  c.eq(`${name}: fitnessLevel`, shown.fitnessLevel, u.fitnessLevel);
  c.eq(`${name}: goals`, shown.goals, u.goals);
  c.eq(`${name}: isActive`, shown.isActive, u.isActive);
  sameInstant(c, `${name}: createdAt`, shown.createdAt, u.createdAt);
  sameInstant(c, `${name}: updatedAt`, shown.updatedAt, u.updatedAt);
  sameInstant(c, `${name}: lastLogin`, shown.lastLogin, u.lastLogin);
}

async function readbackUser(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const show = ["--user", u.email, "user", "show", "--format", "json"];

  const { run, json } = workoutJson(show);
  const shown = json as Record<string, unknown>;
  c.ok("user show prints one JSON object", !!shown && typeof shown === "object" && !Array.isArray(shown), json);
  userShown(c, "user show (Prisma-made user)", shown, u);
  noPassword(c, "user show", run, world.passwordHash, json);

  // The local time zone of the machine must not shift stored UTC times.
  const inKolkata = workoutJson(show, { TZ: "Asia/Kolkata" });
  c.eq("user show under TZ=Asia/Kolkata prints the same", inKolkata.json, json);

  const min = await prisma.user.findUniqueOrThrow({ where: { id: world.minimalUser.id } });
  const minShown = workoutJson(["--user", min.email, "user", "show", "--format", "json"]);
  userShown(c, "user show (email-only user, v2 defaults)", minShown.json as Record<string, unknown>, min);

  const list = workoutJson(["user", "list", "--format", "json"]);
  const rows = Array.isArray(list.json) ? (list.json as Record<string, unknown>[]) : [];
  c.ok("user list prints a JSON array", Array.isArray(list.json), list.json);
  const listed = rows.find((r) => r.id === u.id);
  if (c.ok("user list includes the Prisma-made user", !!listed, rows.map((r) => r.email))) {
    userShown(c, "user list (Prisma-made user)", listed!, u);
  }
  c.ok("user list includes the email-only user", rows.some((r) => r.id === min.id));
  noPassword(c, "user list", list.run, world.passwordHash, list.json);

  // And the other way once more: workout updates the Prisma-made user. It must
  // move @updatedAt forward itself (the column has no default) and leave the
  // web app's password hash alone.
  await sleep(20);
  const set = workoutOk(["--user", u.email, "user", "set", "--name", "Set By Workout", "--weight", "81.5kg"]);
  c.ok("user set prints no password hash", !set.stdout.includes(world.passwordHash));
  const after = await prisma.user.findUniqueOrThrow({ where: { id: u.id } });
  c.eq("after workout user set: name", after.name, "Set By Workout");
  c.near("after workout user set: weight in kg", after.weight, 81.5);
  c.ok("after workout user set: @updatedAt moved forward", after.updatedAt > u.updatedAt, {
    before: u.updatedAt.toISOString(),
    after: after.updatedAt.toISOString(),
  });
  c.eq("after workout user set: createdAt unchanged", after.createdAt, u.createdAt);
  c.eq("after workout user set: password hash untouched", after.password, world.passwordHash);
  c.eq("after workout user set: the rest untouched", [after.timezone, after.weightUnit, after.height, after.lastLogin], [
    u.timezone,
    u.weightUnit,
    u.height,
    u.lastLogin,
  ]);
}

// ---- Shared by the read-backs below.

type Row = Record<string, unknown>;

function asRow(c: Checks, name: string, v: unknown): Row {
  const ok = !!v && typeof v === "object" && !Array.isArray(v);
  c.ok(`${name}: one JSON object`, ok, v);
  return ok ? (v as Row) : {};
}

function asRows(c: Checks, name: string, v: unknown): Row[] {
  c.ok(`${name}: a JSON array`, Array.isArray(v), v);
  return Array.isArray(v) ? (v as Row[]) : [];
}

/** Each `expected` key against what workout printed: a Date (or a null in a
 * time field) as the same UTC instant, a number within 1e-9 (kg), the rest equal. */
function shownAs(c: Checks, name: string, shown: Row, expected: Record<string, unknown>, times: string[] = []): void {
  for (const [k, want] of Object.entries(expected)) {
    if (want instanceof Date || (want === null && times.includes(k))) {
      sameInstant(c, `${name}: ${k}`, shown[k], want as Date | null);
    } else if (typeof want === "number") {
      c.near(`${name}: ${k}`, shown[k], want);
    } else {
      c.eq(`${name}: ${k}`, shown[k], want);
    }
  }
}

/** Int[] / enum[] as workout's column prints them: "1,3,5". */
const joined = (xs: readonly (number | string)[]) => xs.join(",");

/** The row of `rows` with this id (or fails a check and returns undefined). */
function find(c: Checks, name: string, rows: Row[], key: string, id: unknown): Row | undefined {
  const r = rows.find((x) => x[key] === id);
  c.ok(`${name}: listed`, !!r, { [key]: id, listed: rows.map((x) => x[key]) });
  return r;
}

// ---- Exercise: `exercise show ID`, `exercise list --mine`, `exercise edit`.

async function readbackExercise(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const as = ["--user", u.email];
  for (const made of world.exercises) {
    const e = await prisma.exercise.findUniqueOrThrow({ where: { id: made.id } });
    const name = `exercise show (Prisma-made ${e.name})`;
    const { json } = workoutJson([...as, "exercise", "show", e.id, "--format", "json"]);
    shownAs(
      c,
      name,
      asRow(c, name, json),
      {
        id: e.id,
        name: e.name,
        primaryMuscleGroup: e.primaryMuscleGroup,
        // The enum list, in order, as one comma-separated string.
        secondaryMuscleGroups: joined(e.secondaryMuscleGroups),
        equipment: e.equipment,
        category: e.category,
        difficulty: e.difficulty,
        mechanic: e.mechanic,
        force: e.force,
        own: e.createdById === u.id,
        description: e.description,
        instructions: e.instructions,
        muscleGroup: e.muscleGroup,
        createdAt: e.createdAt,
        updatedAt: e.updatedAt,
      },
    );
  }
  const [bench, , own] = world.exercises;
  const mine = workoutJson([...as, "exercise", "list", "--mine", "--format", "json"]);
  const mineRows = asRows(c, "exercise list --mine", mine.json);
  c.eq("exercise list --mine: exactly the user's own (Prisma-made, createdById) exercise", mineRows.map((r) => r.id), [
    own.id,
  ]);
  const other = await prisma.user.findUniqueOrThrow({ where: { id: world.minimalUser.id } });
  const hidden = runWorkout(["--user", other.email, "exercise", "show", own.id, "--format", "json"]);
  c.ok("exercise show: another user's own exercise is not found (exit 3)", hidden.status === 3 && !hidden.stdout.includes(own.id), hidden);

  // workout edits the Prisma-made own exercise: @updatedAt moves, the enum list stays.
  const before = await prisma.exercise.findUniqueOrThrow({ where: { id: own.id } });
  await sleep(20);
  workoutOk([...as, "exercise", "edit", own.id, "--description", "Edited by workout", "--secondary", "calves,glutes"]);
  const after = await prisma.exercise.findUniqueOrThrow({ where: { id: own.id } });
  c.eq("after workout exercise edit: description", after.description, "Edited by workout");
  c.eq("after workout exercise edit: secondaryMuscleGroups as an enum list", after.secondaryMuscleGroups, ["CALVES", "GLUTES"]);
  c.ok("after workout exercise edit: @updatedAt moved forward", after.updatedAt > before.updatedAt, {
    before: before.updatedAt.toISOString(),
    after: after.updatedAt.toISOString(),
  });
  c.eq("after workout exercise edit: createdAt, owner, category unchanged", [after.createdAt, after.createdById, after.category], [
    before.createdAt,
    before.createdById,
    before.category,
  ]);
  c.eq("the catalog exercise is not the user's own", bench.createdById, null);
}

// ---- TrainingPlan / PlanDay / PlanExercise: `plan show ID`, `plan list`.

async function readbackTrainingPlan(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const as = ["--user", u.email];
  const plan = await prisma.trainingPlan.findUniqueOrThrow({
    where: { id: world.plan.id },
    include: {
      days: { orderBy: { position: "asc" }, include: { exercises: { orderBy: { position: "asc" }, include: { exercise: true } } } },
    },
  });
  const nExercises = plan.days.reduce((n, d) => n + d.exercises.length, 0);

  const list = workoutJson([...as, "plan", "list", "--format", "json"]);
  const listed = find(c, "plan list (Prisma-made plan)", asRows(c, "plan list", list.json), "id", plan.id);
  if (listed) {
    shownAs(
      c,
      "plan list (Prisma-made plan)",
      listed,
      {
        name: plan.name,
        status: plan.status,
        description: plan.description,
        goal: plan.goal,
        startDate: plan.startDate,
        endDate: plan.endDate,
        days: plan.days.length,
        exercises: nExercises,
        isLegacyImport: plan.isLegacyImport,
        createdAt: plan.createdAt,
        updatedAt: plan.updatedAt,
      },
      ["startDate", "endDate"],
    );
  }

  const show = workoutJson([...as, "plan", "show", plan.id, "--format", "json"]);
  const rows = asRows(c, "plan show", show.json);
  type Day = (typeof plan.days)[number];
  type Pair = { d: Day; e: Day["exercises"][number] | null };
  const expected = plan.days.flatMap<Pair>((d) =>
    d.exercises.length === 0 ? [{ d, e: null }] : d.exercises.map((e) => ({ d, e })),
  );
  c.eq("plan show: one row per plan exercise and per empty day", rows.length, expected.length);
  for (const { d, e } of expected) {
    const name = `plan show (day ${d.position} "${d.name}", ${e ? `exercise ${e.position}` : "no exercises"})`;
    const row = rows.find((r) => r.dayId === d.id && r.planExerciseId === (e ? e.id : null));
    if (!c.ok(`${name}: listed`, !!row, rows)) continue;
    shownAs(c, name, row!, {
      planId: plan.id,
      planName: plan.name,
      planStatus: plan.status,
      dayId: d.id,
      dayPosition: d.position,
      dayName: d.name,
      // Int[] weekdays as ISO numbers separated by commas.
      weekdays: joined(d.weekdays),
      // Its own time of day ("18:30"), written by Prisma.
      dayTime: d.time ?? null,
      planExerciseId: e?.id ?? null,
      position: e?.position ?? null,
      exerciseId: e?.exerciseId ?? null,
      exerciseName: e?.exercise.name ?? null,
      targetSets: e?.targetSets ?? null,
      targetRepsMin: e?.targetRepsMin ?? null,
      targetRepsMax: e?.targetRepsMax ?? null,
      targetWeightKg: e?.targetWeight ?? null,
      targetRpe: e?.targetRpe ?? null,
      restSeconds: e?.restSeconds ?? null,
      progressionKg: e?.progressionKg ?? null,
      notes: e?.notes ?? null,
    });
  }
  // The user's unit is lb: machine formats still print kilograms.
  c.eq("plan show prints kg under a user in lb (62.5 kg target)", rows.some((r) => r.targetWeightKg === 62.5), true);
}

// ---- WorkoutSession: `session show ID` (and its sets).

async function readbackWorkoutSession(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const as = ["--user", u.email];
  for (const made of world.sessions) {
    const s = await prisma.workoutSession.findUniqueOrThrow({
      where: { id: made.id },
      include: { trainingPlan: true, planDay: { include: { exercises: { include: { exercise: true } } } }, logs: true },
    });
    const name = `session show (Prisma-made ${s.status} "${s.name}")`;
    const args = [...as, "session", "show", s.id, "--format", "json"];
    const { json } = workoutJson(args);
    const top = asRow(c, name, json);
    shownAs(
      c,
      name,
      asRow(c, `${name} .session`, top.session),
      {
        id: s.id,
        name: s.name,
        status: s.status,
        plan: s.trainingPlan?.name ?? null,
        day: s.planDay?.name ?? null,
        scheduledAt: s.scheduledAt,
        startedAt: s.startedAt,
        completedAt: s.completedAt,
        durationMinutes: s.durationMinutes,
        sets: s.logs.length,
        notes: s.notes,
      },
      ["scheduledAt", "startedAt", "completedAt"],
    );
    const exercises = Array.isArray(top.exercises) ? (top.exercises as Row[]) : [];
    const shownSets = exercises.flatMap((e) => (Array.isArray(e.sets) ? (e.sets as Row[]) : []));
    c.eq(`${name}: its sets, by id`, shownSets.map((x) => x.id).sort(), s.logs.map((l) => l.id).sort());
    for (const pe of s.planDay?.exercises ?? []) {
      const entry = exercises.find((e) => e.exercise === pe.exercise.name);
      const target = entry?.target as Row | undefined;
      if (!c.ok(`${name}: the plan's ${pe.exercise.name} with its targets`, !!target, exercises)) continue;
      shownAs(c, `${name}: target of ${pe.exercise.name}`, target!, {
        sets: pe.targetSets,
        repsMin: pe.targetRepsMin,
        repsMax: pe.targetRepsMax,
        weightKg: pe.targetWeight,
        rpe: pe.targetRpe,
        restSeconds: pe.restSeconds,
      });
    }
    // The machine's time zone must not shift stored UTC times.
    c.eq(`${name}: the same under TZ=Asia/Kolkata`, workoutJson(args, { TZ: "Asia/Kolkata" }).json, json);
  }
}

// ---- WorkoutLog: `log history`, `log history --session`, `log prs`.

async function readbackWorkoutLog(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const as = ["--user", u.email];
  const logs = await prisma.workoutLog.findMany({
    where: { userId: u.id },
    include: { exercise: true, session: true },
  });
  c.eq("the user's sets are the ones Prisma made", logs.map((l) => l.id).sort(), world.logs.map((l) => l.id).sort());
  const hist = workoutJson([...as, "log", "history", "--all", "--format", "json"]);
  const rows = asRows(c, "log history --all", hist.json);
  c.eq("log history --all: every set of the user, once", rows.map((r) => r.id).sort(), logs.map((l) => l.id).sort());
  for (const l of logs) {
    const name = `log history (Prisma-made set ${l.setNumber} of ${l.exercise.name})`;
    const row = find(c, name, rows, "id", l.id);
    if (!row) continue;
    shownAs(
      c,
      name,
      row,
      {
        date: l.date,
        sessionId: l.sessionId,
        session: l.session?.name ?? null,
        exercise: l.exercise.name,
        setNumber: l.setNumber,
        reps: l.reps,
        weightKg: l.weight,
        durationSeconds: l.durationSeconds,
        distanceMeters: l.distanceMeters,
        rpe: l.rpe,
        isWarmup: l.isWarmup,
        notes: l.notes,
      },
      ["date"],
    );
  }
  const done = world.sessions.find((s) => s.status === "COMPLETED")!;
  const bySession = workoutJson([...as, "log", "history", "--session", done.id, "--format", "json"]);
  c.eq(
    "log history --session: the completed session's sets",
    asRows(c, "log history --session", bySession.json).map((r) => r.id).sort(),
    logs.filter((l) => l.sessionId === done.id).map((l) => l.id).sort(),
  );
  // Records from Prisma's sets: 10 x 60, 10 x 60, 8 x 62.5 (kg); while
  // dual-writing also the carried 3 x 12 x 60 of the legacy workout (the
  // most reps; no Epley estimate above 10 reps, so the e1RM stays 80).
  const bench = world.exercises[0];
  const prs = workoutJson([...as, "log", "prs", "--exercise", bench.name, "--format", "json"]);
  const pr = asRows(c, "log prs", prs.json).find((r) => r.exercise === bench.name);
  if (c.ok("log prs: the bench press", !!pr, prs.json)) {
    shownAs(
      c,
      "log prs (Prisma-made sets)",
      pr!,
      DUAL_WRITE
        ? { heaviestKg: 62.5, bestE1rmKg: 80, mostReps: 12, mostRepsWeightKg: 60 }
        : { heaviestKg: 62.5, bestE1rmKg: 80, mostReps: 10, mostRepsWeightKg: 60 },
    );
  }
}

// ---- Reminder: `reminder list`, `reminder show ID`.

/** workout's `kind` column: RECURRING, SESSION, or PLAN for a SESSION row with no session. */
function kindShown(r: Reminder): string {
  if (r.kind === "RECURRING") return "RECURRING";
  return r.sessionId === null ? "PLAN" : "SESSION";
}

async function readbackReminder(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const as = ["--user", u.email];
  const list = workoutJson([...as, "reminder", "list", "--format", "json"]);
  const rows = asRows(c, "reminder list", list.json);
  const mine = await prisma.reminder.findMany({ where: { userId: u.id }, select: { id: true } });
  c.eq("reminder list: every reminder of the user", rows.map((r) => r.id).sort(), mine.map((r) => r.id).sort());
  for (const made of world.reminders) {
    const r = await prisma.reminder.findUniqueOrThrow({
      where: { id: made.id },
      include: { trainingPlan: true, session: true },
    });
    const expected = {
      id: r.id,
      kind: kindShown(r),
      title: r.title,
      message: r.message,
      // Int[] as "1,3,5"; an empty list as null.
      weekdays: r.weekdays.length > 0 ? joined(r.weekdays) : null,
      timeOfDay: r.timeOfDay,
      timezone: r.timezone,
      plan: r.trainingPlan?.name ?? null,
      sessionId: r.sessionId,
      session: r.session?.name ?? null,
      leadMinutes: r.leadMinutes,
      active: r.active,
      nextFireAt: r.nextFireAt,
      lastFiredAt: r.lastFiredAt,
      createdAt: r.createdAt,
    };
    const times = ["nextFireAt", "lastFiredAt"];
    const listed = find(c, `reminder list (Prisma-made ${r.kind} "${r.title}")`, rows, "id", r.id);
    if (listed) shownAs(c, `reminder list (Prisma-made ${r.kind} "${r.title}")`, listed, expected, times);
    const show = workoutJson([...as, "reminder", "show", r.id, "--format", "json"]);
    shownAs(c, `reminder show (Prisma-made ${r.kind} "${r.title}")`, asRow(c, "reminder show", show.json), expected, times);
  }
}

// ---- Models no workout command reads yet: notes, until one does.

async function readbackReminderDelivery(c: Checks): Promise<void> {
  // world.deliveries: one delivery of the SESSION reminder (channel "email").
  // Its effect, the reminder's lastFiredAt, is checked in readbackReminder.
  c.note("ReminderDelivery: no workout command lists deliveries (dispatch only writes them)");
}

// ---- Workout / WorkoutExercise / LegacyMigrationRun: `migrate status`,
// `migrate verify`, `migrate legacy` (dry run, then a run).

const MD5 = /^[0-9a-f]{32}$/;

/** The invariant names `migrate verify` prints (src/legacy/verify.rs). */
const INVARIANT = {
  workouts: "every legacy workout has exactly one session",
  sets: "migrated sets = sum of sets over carried-over legacy rows",
  volume: "migrated volume = sum of sets x reps x weight over carried-over legacy rows",
  owner: "every migrated set belongs to a session of the same user",
  inItsSession: "every migrated set is in the session of its legacy workout",
  current: "every migrated session matches its legacy workout's content (legacyChecksum)",
};

/** A legacy row the migration carries over (its exercise exists: a foreign key here). */
function carriedOver(r: { sets: number; reps: number; weight: number | null }): boolean {
  return r.sets >= 1 && r.reps >= 0 && (r.weight === null || (r.weight >= 0 && Number.isFinite(r.weight)));
}

/** Kilograms as verify prints them: 3 decimals, trailing zeros cut. */
function kgText(v: number): string {
  return `${v.toFixed(3).replace(/0+$/, "").replace(/\.$/, "")} kg`;
}

/** What the legacy tables hold, as Prisma reads them: the figures `migrate
 * status` and `migrate verify` must arrive at on their own. */
async function legacyFacts(prisma: PrismaClient) {
  // The legacy mirrors of native sessions (dual-write: a Workout with a
  // native session's id) are v2's rows, not the old app's: left out.
  const native = await prisma.workoutSession.findMany({ where: { legacyWorkoutId: null, legacyChecksum: null }, select: { id: true } });
  const mirrors = new Set(native.map((s) => s.id));
  const workouts = (await prisma.workout.findMany({ include: { user: true, exercises: true, session: true } })).filter(
    (w) => !mirrors.has(w.id),
  );
  const workoutExercises = workouts.reduce((n, w) => n + w.exercises.length, 0);
  const sessions = await prisma.workoutSession.findMany({
    where: { legacyWorkoutId: { not: null } },
    include: { legacyWorkout: true },
  });
  // A session counts as migrated when its legacy workout is the same user's.
  const migrated = sessions.filter((s) => s.legacyWorkout?.userId === s.userId).length;
  const lastRun = await prisma.legacyMigrationRun.findFirst({ orderBy: [{ startedAt: "desc" }, { id: "desc" }] });
  const migratedSets = await prisma.workoutLog.findMany({
    where: { legacyWorkoutExerciseId: { not: null } },
    include: { user: true, session: true, legacyWorkoutExercise: { include: { workout: true } } },
  });
  return { workouts, workoutExercises, sessions, migrated, lastRun, migratedSets };
}

/** `migrate verify`'s mismatches, computed from Prisma's reads. */
function expectedMismatches(facts: Awaited<ReturnType<typeof legacyFacts>>): Row[] {
  type Acc = { n: number; withSession: number; cSets: number; cVol: number; mSets: number; mVol: number; foreign: number; moved: number; stale: number };
  const per = new Map<string, Acc>();
  const acc = (email: string) => {
    if (!per.has(email)) per.set(email, { n: 0, withSession: 0, cSets: 0, cVol: 0, mSets: 0, mVol: 0, foreign: 0, moved: 0, stale: 0 });
    return per.get(email)!;
  };
  // Stale sessions: no legacy workout changes here after a run carried it
  // over, so the stale ones are exactly those whose legacyChecksum is not a
  // checksum `workout` wrote (an md5): the sessions Prisma made by hand.
  const emailOf = new Map(facts.workouts.map((w) => [w.userId, w.user.email]));
  for (const s of facts.sessions) {
    if (s.legacyWorkout && s.legacyWorkout.userId === s.userId && !MD5.test(s.legacyChecksum ?? "")) {
      acc(emailOf.get(s.userId)!).stale++;
    }
  }
  for (const w of facts.workouts) {
    const a = acc(w.user.email);
    a.n++;
    if (w.session && w.session.userId === w.userId) a.withSession++;
    for (const r of w.exercises.filter(carriedOver)) {
      a.cSets += r.sets;
      a.cVol += r.sets * r.reps * (r.weight ?? 0);
    }
  }
  for (const l of facts.migratedSets) {
    const a = acc(l.user.email);
    a.mSets++;
    a.mVol += (l.reps ?? 0) * (l.weight ?? 0);
    if (!l.session || l.session.userId !== l.userId || l.legacyWorkoutExercise?.workout.userId !== l.userId) a.foreign++;
    if ((l.session?.legacyWorkoutId ?? null) !== (l.legacyWorkoutExercise?.workoutId ?? null)) a.moved++;
  }
  const out: Row[] = [];
  for (const [user, a] of [...per].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const m = (invariant: string, expected: string, actual: string) => out.push({ user, invariant, expected, actual });
    if (a.n !== a.withSession) m(INVARIANT.workouts, `${a.n} workouts with a session`, `${a.withSession} workouts with a session`);
    if (a.cSets !== a.mSets) m(INVARIANT.sets, `${a.cSets} sets`, `${a.mSets} sets`);
    if (Math.abs(a.cVol - a.mVol) > 1e-9 * Math.max(1, Math.abs(a.cVol), Math.abs(a.mVol))) {
      m(INVARIANT.volume, kgText(a.cVol), kgText(a.mVol));
    }
    if (a.foreign !== 0) m(INVARIANT.owner, "0 sets elsewhere", `${a.foreign} sets elsewhere`);
    if (a.moved !== 0) m(INVARIANT.inItsSession, "0 sets moved to another session", `${a.moved} sets moved to another session`);
    if (a.stale !== 0) m(INVARIANT.current, "0 sessions behind their legacy workout", `${a.stale} sessions behind their legacy workout`);
  }
  return out;
}

/** `migrate status`: the schema is current, and the legacy sentence counts
 * what Prisma reads (workouts, their users, WorkoutExercise rows, migrated
 * sessions) and names the newest LegacyMigrationRun. */
async function statusShows(c: Checks, prisma: PrismaClient, name: string): Promise<void> {
  const facts = await legacyFacts(prisma);
  const { run, json } = workoutJson(["migrate", "status", "--format", "json"]);
  const migrations = asRows(c, `${name}: migrate status`, json);
  c.ok(`${name}: every schema migration applied`, migrations.length > 0 && migrations.every((m) => m.applied === true), json);
  const w = facts.workouts.length;
  const users = new Set(facts.workouts.map((x) => x.userId)).size;
  const m = facts.migrated;
  const rest = m < w ? ": `workout migrate legacy` carries over the rest" : "";
  const line =
    `Legacy data: ${w} workout(s) of ${users} user(s), ${facts.workoutExercises} WorkoutExercise row(s); ` +
    `${m} migrated (${Math.round((m * 100) / w)}%)${rest}.`;
  c.ok(`${name}: migrate status counts the legacy rows and the migrated sessions`, run.stderr.includes(line), {
    expected: line,
    stderr: run.stderr,
  });
  const last = facts.lastRun!;
  const lastLine = `Last legacy run: ${last.mode}, ${last.status}, started ${last.startedAt.toISOString()}.`;
  c.ok(`${name}: migrate status names the newest LegacyMigrationRun`, run.stderr.includes(lastLine), {
    expected: lastLine,
    stderr: run.stderr,
  });
}

async function readbackLegacy(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  if (DUAL_WRITE) return readbackLegacyDualWrite(c, prisma, world);
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  // world.migrationRuns[0]: Prisma's "dry-run" row, started after workout's
  // own run in part A, so it is the newest: `migrate status` must name it.
  const prismaRun = world.migrationRuns[0];
  const newest = await prisma.legacyMigrationRun.findFirst({ orderBy: [{ startedAt: "desc" }, { id: "desc" }] });
  c.eq("the newest LegacyMigrationRun is the one Prisma wrote", newest?.id, prismaRun.id);
  await statusShows(c, prisma, "Prisma-made legacy rows");

  // verify: Prisma's legacy workout has a session, but 3 sets where its rows
  // say 5 (3 x 12 x 60 kg and 2 body-weight sets), with other reps and weights.
  const facts = await legacyFacts(prisma);
  const want = expectedMismatches(facts);
  c.ok("the Prisma-made legacy data does not verify (3 of 5 sets)", want.some((x) => x.user === u.email), want);
  const v = runWorkout(["migrate", "verify", "--format", "json"]);
  c.eq("migrate verify exits 4 on a mismatch", v.status, 4);
  let listed: unknown = undefined;
  try {
    listed = JSON.parse(v.stdout);
  } catch {
    // reported by the check below
  }
  const key = (r: Row) => `${r.user}|${r.invariant}`;
  c.eq(
    "migrate verify: the mismatches Prisma's rows give, per user and invariant",
    asRows(c, "migrate verify", listed).slice().sort((a, b) => (key(a) < key(b) ? -1 : 1)),
    want.slice().sort((a, b) => (key(a) < key(b) ? -1 : 1)),
  );
  c.ok("migrate verify: one sentence naming the first mismatch", /does not verify: \d+ mismatch\(es\), the first for /.test(v.stderr), v.stderr);

  // A legacy workout the web app (as the old app) adds now, not migrated yet.
  const [bench, bare] = world.exercises;
  const added = await prisma.workout.create({
    data: {
      name: "Prisma Legacy Pull",
      date: new Date("2025-12-03T17:45:30.250Z"),
      duration: 35,
      userId: u.id,
      exercises: {
        create: [
          { exerciseId: bench.id, sets: 2, reps: 5, weight: 70.25, order: 0 },
          { exerciseId: bare.id, sets: 0, reps: 3, order: 1, notes: "skipped: no sets" },
        ],
      },
    },
    include: { exercises: { orderBy: { order: "asc" } } },
  });
  await statusShows(c, prisma, "one Prisma-made legacy workout not migrated");
  if (CUTOVER) {
    // The old app is retired: its tables are in schema `legacy`, still
    // readable and writable through the cutover schema, and nothing carries
    // a write there any more; `migrate legacy` refuses (exit 2).
    const [where] = await prisma.$queryRaw<{ gone: boolean; n: number }[]>`
      SELECT to_regclass('public."Workout"') IS NULL AS gone,
             (SELECT count(*)::int FROM legacy."Workout" WHERE id = ${added.id}) AS n`;
    c.eq("cutover: Prisma's legacy workout is in schema legacy, none is in public", [where.gone, where.n], [true, 1]);
    c.eq("cutover: nothing carries a legacy write any more", await prisma.workoutSession.count({ where: { legacyWorkoutId: added.id } }), 0);
    const refused = runWorkout(["migrate", "legacy", "--dry-run", "--format", "json"]);
    c.eq("cutover: migrate legacy refuses (exit 2)", refused.status, 2);
    c.ok("cutover: ... saying how to go back", refused.stderr.includes("cutover --undo"), refused.stderr);
    return;
  }

  // A dry run reads Prisma's legacy rows and writes nothing.
  const runsBefore = await prisma.legacyMigrationRun.count();
  const doneBefore = await prisma.workoutSession.findUniqueOrThrow({ where: { legacyWorkoutId: world.legacyWorkout.id } });
  const dry = asRow(c, "migrate legacy --dry-run", workoutJson(["migrate", "legacy", "--dry-run", "--format", "json"]).json);
  const all = await legacyFacts(prisma);
  const carried = all.workouts.flatMap((w) => w.exercises).filter(carriedOver);
  c.eq("migrate legacy --dry-run: the legacy counts Prisma reads", dry.legacy, {
    users: new Set(all.workouts.map((w) => w.userId)).size,
    workouts: all.workouts.length,
    workoutExercises: all.workoutExercises,
    sets: carried.reduce((n, r) => n + r.sets, 0),
  });
  c.eq("migrate legacy --dry-run: no run id", [dry.runId, dry.mode], [null, "dry-run"]);
  const sessionsOf = (r: Row) => (asRows(c, "report tables", r.tables).find((t) => t.table === "WorkoutSession") ?? {}) as Row;
  c.eq("migrate legacy --dry-run: one new session (the added workout)", sessionsOf(dry).inserted, 1);
  c.eq(
    "migrate legacy --dry-run: the skipped row Prisma wrote (sets 0)",
    asRows(c, "skipped", dry.skipped).filter((s) => s.workoutId === added.id),
    [{ table: "WorkoutExercise", id: added.exercises[1].id, workoutId: added.id, user: u.email, reason: "sets < 1" }],
  );
  // Prisma's session of its legacy workout carries a made-up checksum and was
  // written natively: the legacy workout counts as changed, and a native edit
  // is never overwritten, so it is a conflict.
  const conflicts = asRows(c, "conflicts", dry.conflicts);
  c.eq(
    "migrate legacy --dry-run: Prisma's session of its legacy workout is a conflict, not overwritten",
    conflicts.map((x) => [x.table, x.id, x.legacyId, x.user]),
    [["WorkoutSession", doneBefore.id, world.legacyWorkout.id, u.email]],
  );
  c.eq("migrate legacy --dry-run wrote no LegacyMigrationRun", await prisma.legacyMigrationRun.count(), runsBefore);

  // The run: the added workout becomes a session Prisma reads, linked both ways.
  const applied = asRow(c, "migrate legacy", workoutJson(["migrate", "legacy", "--format", "json"]).json);
  for (const k of ["legacy", "tables", "skipped", "conflicts"]) {
    c.eq(`migrate legacy: the same ${k} as its dry run`, applied[k], dry[k]);
  }
  const s = await prisma.workoutSession.findUnique({
    where: { legacyWorkoutId: added.id },
    include: { logs: { include: { legacyWorkoutExercise: true }, orderBy: { setNumber: "asc" } }, legacyWorkout: true },
  });
  if (c.ok("migrate legacy: a session for the Prisma-made legacy workout", !!s)) {
    c.eq(
      "migrate legacy: the session as the mapping says",
      [s!.userId, s!.name, s!.status, s!.scheduledAt, s!.startedAt, s!.completedAt, s!.durationMinutes, s!.trainingPlanId],
      [u.id, added.name, "COMPLETED", added.date, added.date, new Date(added.date.getTime() + 35 * 60_000), 35, null],
    );
    c.ok("migrate legacy: legacyChecksum is an md5", MD5.test(s!.legacyChecksum ?? ""), s!.legacyChecksum);
    c.eq(
      "migrate legacy: 2 sets from the 2 x 5 @ 70.25 row, setNumber 1..2, legacyWorkoutExerciseId",
      s!.logs.map((l) => [l.setNumber, l.reps, l.weight, l.date, l.legacyWorkoutExerciseId, l.legacyWorkoutExercise?.workoutId]),
      [1, 2].map((n) => [n, 5, 70.25, added.date, added.exercises[0].id, added.id]),
    );
    const run = await prisma.legacyMigrationRun.findUnique({ where: { id: String(applied.runId) } });
    c.eq("migrate legacy: its LegacyMigrationRun, the report as Json", [run?.mode, run?.status, run?.report], [
      "apply",
      "succeeded",
      applied,
    ]);
    c.eq("migrate legacy: every row it wrote has the run's start as createdAt/updatedAt", [s!.createdAt, s!.updatedAt, ...s!.logs.map((l) => l.createdAt)], Array(2 + s!.logs.length).fill(run?.startedAt));
    // workout shows the session it made from Prisma's rows.
    const shown = asRow(c, "session show", workoutJson(["--user", u.email, "session", "show", s!.id, "--format", "json"]).json);
    const top = asRow(c, "session show .session", shown.session);
    shownAs(c, "session show (migrated from Prisma's legacy workout)", top, {
      name: added.name,
      status: "COMPLETED",
      scheduledAt: added.date,
      completedAt: s!.completedAt,
      durationMinutes: 35,
      sets: 2,
    });
  }
  const doneAfter = await prisma.workoutSession.findUniqueOrThrow({ where: { id: doneBefore.id } });
  c.eq("migrate legacy left Prisma's conflicting session as it was", doneAfter, doneBefore);
  await statusShows(c, prisma, "after migrate legacy");

  // No command prints a run's report or finishedAt, nor a legacy row's own
  // columns (only counts, and the sessions made of them).
  c.note(
    "LegacyMigrationRun.report/finishedAt and Workout/WorkoutExercise columns: no workout command prints them " +
      "(migrate status shows counts and the newest run's mode, status, startedAt; migrate legacy prints its own report)",
  );
}

/** `migrate dual-write status --format json`, parsed. */
function dualWriteStatus(c: Checks, name: string): Row {
  return asRow(c, name, workoutJson(["migrate", "dual-write", "status", "--format", "json"]).json);
}

/** While dual-writing: `workout` finds both models in step after Prisma's
 * writes (verify exits 0, status shows nothing not in step), and what Prisma
 * writes to the old models now (as the old app writes them) is carried at
 * once: `migrate legacy` has nothing left to do, `session show` shows it, an
 * edit and a delete on the old side follow, and the skipped row is reported. */
async function readbackLegacyDualWrite(c: Checks, prisma: PrismaClient, world: World): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: world.user.id } });
  const prismaRun = world.migrationRuns[0];
  const newest = await prisma.legacyMigrationRun.findFirst({ orderBy: [{ startedAt: "desc" }, { id: "desc" }] });
  c.eq("the newest LegacyMigrationRun is the one Prisma wrote", newest?.id, prismaRun.id);
  await statusShows(c, prisma, "while dual-writing (mirrors left out)");
  const verifyPasses = (name: string) => {
    const v = runWorkout(["migrate", "verify", "--format", "json"]);
    c.eq(`${name}: migrate verify exits 0`, v.status, 0);
    c.eq(`${name}: migrate verify lists no mismatch`, v.stdout.trim() === "" ? [] : JSON.parse(v.stdout), []);
  };
  verifyPasses("dual-write, after Prisma's writes");
  const st = dualWriteStatus(c, "dual-write status");
  c.eq("dual-write status: the phase", st.phase, "dual-write");
  c.ok("dual-write status: its triggers", Array.isArray(st.triggers) && st.triggers.length > 0, st.triggers);
  c.eq("dual-write status: nothing not in step", st.notInStep, []);

  // The old app adds a workout: carried at commit, stamped with the
  // dual-write run's start.
  const [bench, bare] = world.exercises;
  const added = await prisma.workout.create({
    data: {
      name: "Prisma Legacy Pull",
      date: new Date("2025-12-03T17:45:30.250Z"),
      duration: 35,
      userId: u.id,
      exercises: {
        create: [
          { exerciseId: bench.id, sets: 2, reps: 5, weight: 70.25, order: 0 },
          { exerciseId: bare.id, sets: 0, reps: 3, order: 1, notes: "skipped: no sets" },
        ],
      },
    },
    include: { exercises: { orderBy: { order: "asc" } } },
  });
  const s = await prisma.workoutSession.findUnique({
    where: { legacyWorkoutId: added.id },
    include: { logs: { orderBy: { setNumber: "asc" } } },
  });
  if (!c.ok("dual-write: the Prisma-made legacy workout has its session at once", !!s)) return;
  c.eq(
    "dual-write: the session as the mapping says",
    [s!.userId, s!.name, s!.status, s!.scheduledAt, s!.startedAt, s!.completedAt, s!.durationMinutes],
    [u.id, added.name, "COMPLETED", added.date, added.date, new Date(added.date.getTime() + 35 * 60_000), 35],
  );
  c.eq(
    "dual-write: 2 sets from the 2 x 5 @ 70.25 row, none from the sets-0 row",
    s!.logs.map((l) => [l.setNumber, l.reps, l.weight, l.date, l.legacyWorkoutExerciseId]),
    [1, 2].map((n) => [n, 5, 70.25, added.date, added.exercises[0].id]),
  );
  const dw = await prisma.legacyMigrationRun.findFirst({ where: { mode: "dual-write", status: "active" } });
  c.eq("dual-write: the carried rows bear the active dual-write run's start", [s!.createdAt, ...s!.logs.map((l) => l.createdAt)], Array(1 + s!.logs.length).fill(dw?.startedAt));
  await statusShows(c, prisma, "one Prisma-made legacy workout, carried at once");
  const st2 = dualWriteStatus(c, "dual-write status after the old app's write");
  c.eq(
    "dual-write status: the skipped row Prisma wrote (sets 0)",
    asRows(c, "skipped", st2.skipped).filter((x) => x.workoutId === added.id),
    [{ table: "WorkoutExercise", id: added.exercises[1].id, workoutId: added.id, user: u.email, reason: "sets < 1" }],
  );
  const dry = asRow(c, "migrate legacy --dry-run", workoutJson(["migrate", "legacy", "--dry-run", "--format", "json"]).json);
  const sessionsOf = (r: Row) => (asRows(c, "report tables", r.tables).find((t) => t.table === "WorkoutSession") ?? {}) as Row;
  c.eq("dual-write: migrate legacy --dry-run has nothing left to carry", [sessionsOf(dry).inserted, sessionsOf(dry).updated], [0, 0]);
  c.eq("dual-write: migrate legacy --dry-run: no conflict", dry.conflicts, []);

  // An edit on the old side: the session's sets follow; workout shows them.
  await prisma.workoutExercise.update({ where: { id: added.exercises[0].id }, data: { reps: 6, sets: 3 } });
  const shown = asRow(c, "session show", workoutJson(["--user", u.email, "session", "show", s!.id, "--format", "json"]).json);
  const shownSets = (Array.isArray(shown.exercises) ? (shown.exercises as Row[]) : []).flatMap((e) => (Array.isArray(e.sets) ? (e.sets as Row[]) : []));
  c.eq("dual-write: an old-side edit (3 x 6) is what session show shows", shownSets.map((x) => [x.setNumber, x.reps, x.weightKg]), [1, 2, 3].map((n) => [n, 6, 70.25]));
  // An edit on the native side: workout adds a set to Prisma's native
  // session; its mirror gets the row (the whole mirror: inStep, after C).
  const nativeDone = world.sessions.find((x) => x.legacyWorkoutId === null && x.status === "COMPLETED")!;
  workoutOk(["--user", u.email, "log", "add", bench.name, "1x4@50kg", "--session", nativeDone.id]);
  const mirror = await prisma.workout.findUnique({ where: { id: nativeDone.id }, include: { exercises: true } });
  c.ok(
    "dual-write: a native edit (log add --session) reaches the legacy mirror",
    !!mirror?.exercises.some((r) => r.exerciseId === bench.id && r.sets === 1 && r.reps === 4 && r.weight === 50),
    mirror,
  );
  // A delete on the old side: the session goes with it.
  await prisma.workout.delete({ where: { id: added.id } });
  c.eq("dual-write: an old-side delete takes the session along", await prisma.workoutSession.count({ where: { id: s!.id } }), 0);
  verifyPasses("dual-write, after the edits and the delete");
}

export const readbacks: Record<string, Readback> = {
  User: readbackUser,
  Exercise: readbackExercise,
  TrainingPlan: readbackTrainingPlan,
  WorkoutSession: readbackWorkoutSession,
  WorkoutLog: readbackWorkoutLog,
  Reminder: readbackReminder,
  ReminderDelivery: readbackReminderDelivery,
  // Last: it adds a legacy workout and runs the migration.
  Legacy: readbackLegacy,
};
