import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
    include: ["tests/**/*.test.ts"],
    pool: "forks",
    // The commands the tests run keep their layout cache here, not in the user's ~/.cache.
    env: { RBDOC_CACHE_DIR: mkdtempSync(join(tmpdir(), "rbdoc-test-cache-")) },
  },
});
