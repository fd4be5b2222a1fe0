// Prisma 7 reads its settings from here, not from schema.prisma.
import { defineConfig } from "prisma/config";

export default defineConfig({
  // The contract lives at the repo's top, beside the migrations it mirrors.
  schema: "../../prisma/schema.prisma",
  datasource: {
    // Only the contract and drift checks connect, and they take DATABASE_URL
    // themselves; `validate` and `generate` need no database, so a missing
    // variable must not stop them (prisma/config's env() would throw).
    url: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
  },
});
