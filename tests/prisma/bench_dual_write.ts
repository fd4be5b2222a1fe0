// The write-cost benchmark of dual-write (benches/dual_write.sh runs it):
// the old app's write as the old app makes it, through the real generated
// Prisma Client: `workout.create` of a workout with its exercises (a nested
// create, one transaction), on two copies of one database, one without and
// one with dual-write's triggers, interleaved in rounds so both see the same
// machine load. Prints the mean milliseconds per workout of each and the ratio.
// PLAIN_URL, if set, is a third copy without the index `enable` adds (the
// legacy schema as it is), timed in the same rounds.
//
//   OFF_URL=... ON_URL=... [PLAIN_URL=...] USER_ID=... EXERCISE_IDS=a,b,c WORKOUTS=500 tsx bench_dual_write.ts
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

function env(name: string): string {
  const v = process.env[name];
  if (!v) {
    console.error(`bench_dual_write: ${name} is not set`);
    process.exit(2);
  }
  return v;
}

const off = new PrismaClient({ adapter: new PrismaPg({ connectionString: env("OFF_URL") }) });
const on = new PrismaClient({ adapter: new PrismaPg({ connectionString: env("ON_URL") }) });
const plain = process.env.PLAIN_URL
  ? new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.PLAIN_URL }) })
  : null;
const userId = env("USER_ID");
const exerciseIds = env("EXERCISE_IDS").split(",");
const total = Number(process.env.WORKOUTS ?? "500");
const rounds = 10;

// One workout of the old app: 5 exercises of 3-5 sets, one body-weight.
async function oneWorkout(prisma: PrismaClient, i: number): Promise<void> {
  await prisma.workout.create({
    data: {
      name: `Bench ${i % 7}`,
      date: new Date(Date.UTC(2025, 0, 1 + (i % 300), 18)),
      notes: i % 3 === 0 ? "from the old app" : null,
      duration: 45 + (i % 30),
      userId,
      exercises: {
        create: [0, 1, 2, 3, 4].map((k) => ({
          exerciseId: exerciseIds[(i + k) % exerciseIds.length],
          sets: 3 + ((i + k) % 3),
          reps: 5 + k,
          weight: k === 4 ? null : 40 + ((i * 5 + k) % 60),
          order: k,
        })),
      },
    },
    include: { exercises: true },
  });
}

async function timed(prisma: PrismaClient, from: number, n: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = from; i < from + n; i++) await oneWorkout(prisma, i);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  // Warm-up: connections, prepared statements, caches.
  await timed(off, 0, 20);
  await timed(on, 0, 20);
  if (plain) await timed(plain, 0, 20);
  const per = Math.max(1, Math.floor(total / rounds));
  let offMs = 0;
  let onMs = 0;
  let plainMs = 0;
  for (let r = 0; r < rounds; r++) {
    if (plain) plainMs += await timed(plain, 1000 + r * per, per);
    // Alternate which copy goes first, so neither always follows the other.
    if (r % 2 === 0) {
      offMs += await timed(off, 1000 + r * per, per);
      onMs += await timed(on, 1000 + r * per, per);
    } else {
      onMs += await timed(on, 1000 + r * per, per);
      offMs += await timed(off, 1000 + r * per, per);
    }
  }
  const n = per * rounds;
  const plainPart = plain ? ` plain_ms=${(plainMs / n).toFixed(3)} plain_ratio=${(onMs / plainMs).toFixed(2)}` : "";
  console.log(`workouts=${n} off_ms=${(offMs / n).toFixed(3)} on_ms=${(onMs / n).toFixed(3)} ratio=${(onMs / offMs).toFixed(2)}${plainPart}`);
  await off.$disconnect();
  if (plain) await plain.$disconnect();
  await on.$disconnect();
}

main().catch((e) => {
  console.error(`bench_dual_write: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
