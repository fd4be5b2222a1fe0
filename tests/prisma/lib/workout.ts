// Runs the `workout` binary the way the Rust harness set it up: WORKOUT_BIN
// is its path, and the environment already holds WORKOUT_DATABASE_URL and a
// temporary HOME for it, so it is spawned with process.env as it is.

import { spawnSync } from "node:child_process";

export type Run = { status: number | null; stdout: string; stderr: string; cmd: string };

export function workoutBin(): string | undefined {
  return process.env.WORKOUT_BIN || undefined;
}

export function runWorkout(args: string[], extraEnv: Record<string, string> = {}): Run {
  const bin = workoutBin();
  if (!bin) throw new Error("WORKOUT_BIN is not set: the path of the workout binary to read back with");
  const r = spawnSync(bin, args, {
    env: { ...process.env, ...extraEnv },
    encoding: "utf8",
    timeout: 60_000,
  });
  const cmd = `workout ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}`;
  if (r.error) throw new Error(`${cmd}: cannot run ${bin}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", cmd };
}

/** Runs workout, requires exit 0 and parses stdout as JSON. */
export function workoutJson(args: string[], extraEnv: Record<string, string> = {}): { run: Run; json: unknown } {
  const run = runWorkout(args, extraEnv);
  if (run.status !== 0) {
    throw new Error(`${run.cmd} exited ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`);
  }
  try {
    return { run, json: JSON.parse(run.stdout) };
  } catch (e) {
    throw new Error(`${run.cmd} did not print JSON (${(e as Error).message}):\n${run.stdout}`);
  }
}

/** Runs workout and requires exit 0. */
export function workoutOk(args: string[], extraEnv: Record<string, string> = {}): Run {
  const run = runWorkout(args, extraEnv);
  if (run.status !== 0) {
    throw new Error(`${run.cmd} exited ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`);
  }
  return run;
}
