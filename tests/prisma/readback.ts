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
  sessions: WorkoutSession[]; // one SCHEDULED in the plan, one COMPLETED from the legacy workout
  logs: WorkoutLog[]; // three sets of the completed session, one cardio set without a session
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
  // Records from Prisma's sets: 10 x 60, 10 x 60, 8 x 62.5 (kg).
  const bench = world.exercises[0];
  const prs = workoutJson([...as, "log", "prs", "--exercise", bench.name, "--format", "json"]);
  const pr = asRows(c, "log prs", prs.json).find((r) => r.exercise === bench.name);
  if (c.ok("log prs: the bench press", !!pr, prs.json)) {
    shownAs(c, "log prs (Prisma-made sets)", pr!, { heaviestKg: 62.5, bestE1rmKg: 80, mostReps: 10, mostRepsWeightKg: 60 });
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

async function readbackLegacy(c: Checks): Promise<void> {
  // world.legacyWorkout (+ its WorkoutExercise rows) and world.migrationRuns
  // (a succeeded dry-run with a JSON report).
  c.note("Workout/WorkoutExercise/LegacyMigrationRun: no workout command reads them yet (migrate legacy)");
}

export const readbacks: Record<string, Readback> = {
  User: readbackUser,
  Exercise: readbackExercise,
  TrainingPlan: readbackTrainingPlan,
  WorkoutSession: readbackWorkoutSession,
  WorkoutLog: readbackWorkoutLog,
  Reminder: readbackReminder,
  ReminderDelivery: readbackReminderDelivery,
  Legacy: readbackLegacy,
};
