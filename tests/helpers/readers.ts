import { execFileSync } from "node:child_process";
import { describe, it } from "vitest";

/**
 * Tests that open our files in a real reader (LibreOffice, and pdftoppm to look at its pages) run
 * when the tools are installed and are skipped otherwise, with one line saying what was skipped and
 * how to install it. With RBDOC_READER_TESTS=wajib (as CI sets it) a missing tool fails the run
 * with that same explanation.
 */
const INSTALL: Record<string, string> = {
  soffice: "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui",
  pdftoppm: "apt-get install poppler-utils",
};
const found = new Map<string, boolean>();

function has(tool: string): boolean {
  if (!found.has(tool)) {
    let ok = false;
    try {
      execFileSync(tool, tool === "soffice" ? ["--version"] : ["-v"], { stdio: "ignore", timeout: 60_000 });
      ok = true;
    } catch (error) {
      // pdftoppm -v exits non-zero on some versions but runs: only a missing binary counts.
      ok = (error as NodeJS.ErrnoException).code !== "ENOENT" && tool !== "soffice";
    }
    found.set(tool, ok);
  }
  return found.get(tool)!;
}

export function describeWithTools(tools: readonly string[], name: string, body: () => void): void {
  const missing = tools.filter((t) => !has(t));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const how = missing.map((t) => INSTALL[t] ?? t).join("; ");
  if (process.env.RBDOC_READER_TESTS === "wajib") {
    describe(name, () => {
      it(`needs ${missing.join(", ")}`, () => {
        throw new Error(`RBDOC_READER_TESTS=wajib, tetapi ${missing.join(", ")} tidak ditemukan. Pasang dengan: ${how}`);
      });
    });
    return;
  }
  process.stderr.write(`rbdoc: tes pembaca dilewati ("${name}"): ${missing.join(", ")} tidak ditemukan; pasang dengan: ${how}\n`);
  describe.skip(name, body);
}

/** `describe` for tests that open our files in LibreOffice. */
export function describeWithReader(name: string, body: () => void): void {
  describeWithTools(["soffice"], name, body);
}
