import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { FONTS_DIR } from "../../src/assets.js";
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

/**
 * Converts a file with LibreOffice headless, as a reader of our files would open it, into `outDir`
 * (`target` as soffice takes it: "pdf", "xlsx:Calc MS Excel 2007 XML"); returns the output path.
 * The DOCX names Bookman Old Style, as Word users have it; fontconfig maps that name to TeX Gyre
 * Bonum (its metric alias) when Bonum is installed, so the conversion is given rbdoc's own fonts
 * folder, and paginates as on a reader's machine with the document's face rather than a fallback.
 */
export function convertWithLibreOffice(input: string, outDir: string, target: string): string {
  mkdirSync(outDir, { recursive: true });
  const fontsConf = join(outDir, "fonts.conf");
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${FONTS_DIR}</dir>\n  <cachedir>${join(outDir, "fontcache")}</cachedir>\n</fontconfig>\n`,
  );
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${outDir}/profile`, "--convert-to", target, "--outdir", outDir, input], {
    stdio: "ignore",
    timeout: 170_000,
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
  });
  return join(outDir, `${basename(input).replace(/\.[^.]+$/, "")}.${target.split(":")[0]}`);
}
