// The transition phase (issue 17) the database is in while the contract runs:
// CONTRACT_PHASE = expand (the default) | dual-write | cutover. What Prisma
// reads and writes is the same in every phase; what differs is what the
// database does with it (dual-write mirrors and carries, cutover moves the
// legacy tables into schema `legacy`), and the contract checks each phase's
// own behaviour. See docs/design/legacy-migration.md, "The Prisma contract
// in each phase".

export type Phase = "expand" | "dual-write" | "cutover";

const PHASES: readonly Phase[] = ["expand", "dual-write", "cutover"];

function read(): Phase {
  const v = process.env.CONTRACT_PHASE ?? "expand";
  if (!(PHASES as readonly string[]).includes(v)) {
    throw new Error(`CONTRACT_PHASE must be one of ${PHASES.join(", ")}, not ${JSON.stringify(v)}`);
  }
  return v as Phase;
}

export const PHASE: Phase = read();
export const DUAL_WRITE = PHASE === "dual-write";
export const CUTOVER = PHASE === "cutover";
