// Runs the Prisma CLI offline: `node scripts/prisma-offline.mjs validate|generate|format ...`.
//
// The CLI downloads a native schema-engine binary at start-up, which fails
// here (no internet). With PRISMA_SCHEMA_ENGINE_BINARY naming a stand-in that
// only answers --version, and the engines checksum check off, `validate`,
// `format` and `generate` work: they run on Prisma's WebAssembly modules.
// Refuses the commands that need the real engine (they would answer at random).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const projectDir = join(here, "..");
const standin = join(here, "schema-engine-standin");
const prismaBin = join(projectDir, "node_modules", "prisma", "build", "index.js");

const args = process.argv.slice(2);
const allowed = new Set(["validate", "format", "generate", "version", "--version", "-v"]);
if (args.length === 0 || !allowed.has(args[0])) {
  console.error(
    `prisma-offline: "${args.join(" ")}" is not supported offline; use validate, format or generate ` +
      "(the drift check is `npm run drift`)",
  );
  process.exit(2);
}
if (!existsSync(prismaBin)) {
  console.error(`prisma-offline: ${prismaBin} is missing: run \`npm ci --ignore-scripts\` in ${projectDir}`);
  process.exit(2);
}
// A checkout or an archive may lose the executable bit.
try {
  chmodSync(standin, 0o755);
} catch {
  /* read-only checkout: it must already be executable */
}

const result = spawnSync(process.execPath, [prismaBin, ...args], {
  cwd: projectDir,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: standin,
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.error) {
  console.error(`prisma-offline: cannot run prisma: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status ?? 1);
