import { execFileSync } from "node:child_process";
import { describe } from "vitest";

/**
 * Tests that open our files in a real reader (LibreOffice) run when `soffice` is installed and are
 * skipped otherwise, unless RBDOC_READER_TESTS=wajib (as CI sets it), where a missing reader fails.
 */
export function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const required = process.env.RBDOC_READER_TESTS === "wajib";
const available = hasSoffice();
if (!available && !required) {
  process.stderr.write("rbdoc: tes pembaca LibreOffice dilewati (soffice tidak ada); pasang dengan: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui\n");
}

/** `describe` for tests that need LibreOffice. */
export const describeWithReader: typeof describe | typeof describe.skip = available || required ? describe : describe.skip;
