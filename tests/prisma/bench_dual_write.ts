// The write-cost benchmark of dual-write (benches/dual_write.sh runs it):
// the old app's write as the old app makes it, through the real generated
// Prisma Client: `workout.create` of a workout with its exercises (a nested
// create, one transaction), on two copies of one database, one without and
// one with dual-write's triggers, interleaved in rounds so both see the same
// machine load. Prints the mean milliseconds per workout of each, the ratio
// of the means, and the median (lowest, highest) of the 10 rounds' ratios.
// PLAIN_URL, if set, is a third copy without the index `enable` adds (the
// legacy schema as it is), timed in the same rounds; FLOOR_URL, if set, a
// copy where a plain trigger writes v3's rows alone (benches/dual_write.sh
// --floor), too. PARTS, if set
// (`name=url,name=url`), are more copies with dual-write on and one part of
// its work switched off each (benches/dual_write.sh --parts), timed in the
// same rounds too: what dual-write costs without that part. DATES=recent:
// every workout dated after all the ones before it (the old app logging
// today's workout), so every timed write is the most recent of its name and
// rebuilds that day of the imported plan; by default (DATES=cycle) the dates
// cycle over 300 days, and about 40% of the writes are.
//
//   OFF_URL=... ON_URL=... [PLAIN_URL=...] [PARTS=...] [DATES=cycle|recent] USER_ID=... EXERCISE_IDS=a,b,c WORKOUTS=500 tsx bench_dual_write.ts
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

function client(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// The copies, timed in this order in round 0 and rotated by one each round
// (so none always follows another).
// `rounds`: each round's milliseconds.
const copies: { name: string; prisma: PrismaClient; rounds: number[] }[] = [
  { name: "off", prisma: client(env("OFF_URL")), rounds: [] },
  { name: "on", prisma: client(env("ON_URL")), rounds: [] },
];
if (process.env.PLAIN_URL) copies.push({ name: "plain", prisma: client(process.env.PLAIN_URL), rounds: [] });
if (process.env.FLOOR_URL) copies.push({ name: "floor", prisma: client(process.env.FLOOR_URL), rounds: [] });
for (const part of (process.env.PARTS ?? "").split(",").filter((p) => p !== "")) {
  const at = part.indexOf("=");
  if (at < 1) {
    console.error(`bench_dual_write: PARTS: expected name=url, got ${part}`);
    process.exit(2);
  }
  copies.push({ name: `part_${part.slice(0, at)}`, prisma: client(part.slice(at + 1)), rounds: [] });
}
const userId = env("USER_ID");
const exerciseIds = env("EXERCISE_IDS").split(",");
const total = Number(process.env.WORKOUTS ?? "500");
const rounds = 10;
const dates = process.env.DATES || "cycle";
if (dates !== "cycle" && dates !== "recent") {
  console.error(`bench_dual_write: DATES: expected cycle or recent, got ${dates}`);
  process.exit(2);
}
const recent = dates === "recent";

// One workout of the old app: 5 exercises of 3-5 sets, one body-weight.
async function oneWorkout(prisma: PrismaClient, i: number): Promise<void> {
  await prisma.workout.create({
    data: {
      name: `Bench ${i % 7}`,
      date: new Date(Date.UTC(2025, 0, 1 + (recent ? i : i % 300), 18)),
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
  for (const c of copies) await timed(c.prisma, 0, 20);
  const per = Math.max(1, Math.floor(total / rounds));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < copies.length; k++) {
      const c = copies[(k + r) % copies.length];
      c.rounds.push(await timed(c.prisma, 1000 + r * per, per));
    }
  }
  const n = per * rounds;
  const sumOf = (c: { rounds: number[] }) => c.rounds.reduce((a, b) => a + b, 0);
  const ms = (name: string) => sumOf(copies.find((c) => c.name === name)!);
  // The ratio in each round (the two copies timed back to back, so on the
  // machine as it was then): its median, and the lowest and highest.
  const off = copies.find((c) => c.name === "off")!.rounds;
  const byRound = (name: string) => copies.find((c) => c.name === name)!.rounds.map((x, r) => x / off[r]).sort((a, b) => a - b);
  const median = (xs: number[]) => {
    const mid = xs.length >> 1;
    return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  };
  const on = byRound("on");
  let line = `workouts=${n} off_ms=${(ms("off") / n).toFixed(3)} on_ms=${(ms("on") / n).toFixed(3)} ratio=${(ms("on") / ms("off")).toFixed(2)}`;
  line += ` rounds=${rounds} round_median=${median(on).toFixed(2)} round_min=${on[0].toFixed(2)} round_max=${on[on.length - 1].toFixed(2)}`;
  for (const c of copies.slice(2)) {
    line += ` ${c.name}_ms=${(sumOf(c) / n).toFixed(3)}`;
    if (c.name === "plain") line += ` plain_ratio=${(ms("on") / sumOf(c)).toFixed(2)}`;
    if (c.name === "floor") line += ` floor_ratio=${(sumOf(c) / ms("off")).toFixed(2)} floor_round_median=${median(byRound("floor")).toFixed(2)}`;
  }
  console.log(line);
  for (const c of copies) await c.prisma.$disconnect();
}

main().catch((e) => {
  console.error(`bench_dual_write: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
