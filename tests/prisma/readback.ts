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
import { type Run, workoutJson, workoutOk } from "./lib/workout.ts";

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
  reminders: Reminder[]; // one RECURRING on the plan, one SESSION on the scheduled session
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

// ---- Models no workout command reads yet. Each issue that adds one replaces
// its note with checks against world.<model> (see readbackUser).

async function readbackExercise(c: Checks): Promise<void> {
  // world.exercises[0]: primaryMuscleGroup CHEST, secondaryMuscleGroups
  // [TRICEPS, SHOULDERS, FOREARMS], INTERMEDIATE->EXPERT, COMPOUND, PUSH.
  c.note("Exercise: no workout command reads exercises yet (exercise list/show)");
}

async function readbackTrainingPlan(c: Checks): Promise<void> {
  // world.plan (ACTIVE), world.planDays (weekdays [1,3,5] and [2,5]) with
  // their PlanExercise targets (62.5 kg, RPE 8.5, 120 s rest, +2.5 kg).
  c.note("TrainingPlan/PlanDay/PlanExercise: no workout command reads plans yet (plan show)");
}

async function readbackWorkoutSession(c: Checks): Promise<void> {
  // world.sessions: SCHEDULED at 2026-02-02T07:30Z; COMPLETED with 45 min,
  // from world.legacyWorkout.
  c.note("WorkoutSession: no workout command reads sessions yet (session list/show)");
}

async function readbackWorkoutLog(c: Checks): Promise<void> {
  // world.logs: 3 x 10 @ 60 kg (the third 8 @ 62.5), RPE 7.5/8/8.5, and a
  // 5000.5 m / 1800 s cardio set without a session.
  c.note("WorkoutLog: no workout command reads logged sets yet (log history)");
}

async function readbackReminder(c: Checks): Promise<void> {
  // world.reminders: RECURRING Mon/Wed/Fri 07:30 America/New_York on the
  // plan; SESSION 30 min before, fired once (world.deliveries).
  c.note("Reminder/ReminderDelivery: no workout command reads reminders yet (reminder list)");
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
  Legacy: readbackLegacy,
};
