import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaOf, SCHEMA_FILES } from "../src/commands/schema.js";
import { copyOfShipped, replaceInFile, writeKabupatenFixture } from "./helpers/fixture.js";

const rbdoc = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/rbdoc.js", ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** A folder of user templates, as `--templates` takes it. */
function userTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-tpl-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("rbdoc validate", () => {
  it("exits 0 and prints counts per table for the shipped data", () => {
    const r = rbdoc("validate", "data/probolinggo-2020-2024");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Data sah/);
    expect(r.out).toMatch(/Tabel 4\.4 rencana aksi seluruhnya\s+288/);
  });

  it("exits 1 with file:line:column messages, in English on request", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "tim.yaml"), /area: manajemen-perubahan/, "area: manajemen-perubahn");
    const r = rbdoc("validate", dir, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/tim\.yaml:\d+:\d+: error: area perubahan 'manajemen-perubahn' does not exist \(did you mean 'manajemen-perubahan'\?\) \(field: tim\.pokja\[0\]\.area\)/);
  });

  it("exits 2 on a usage error", () => {
    expect(rbdoc("validate", "--bahasa", "jawa").code).toBe(2);
    expect(rbdoc("perwali", "--format", "odt").code).toBe(2);
  });

  it("has --help on every command", () => {
    for (const cmd of ["validate", "perwali", "schema"]) {
      const r = rbdoc(cmd, "--help");
      expect(r.code).toBe(0);
      expect(r.out).toContain(`rbdoc ${cmd}`);
    }
  });
});

describe("rbdoc schema", () => {
  it("the JSON Schemas shipped in data/schema match the zod schema", () => {
    for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
      expect(readFileSync(join("data/schema", name), "utf8"), name).toBe(jsonSchemaOf(schema));
    }
  });
});

describe("rbdoc perwali", () => {
  it("never replaces a good output with a failed run", () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const good = join(out, "perbup-contoh-makmur-12-2025.pdf");
    writeFileSync(good, "earlier good output");
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "roadmap.yaml"), /nomor: 12\n/, "nomor: -12\n");
    const r = rbdoc("perwali", dir, "--out", out, "--format", "pdf");
    expect(r.code).toBe(1);
    expect(readFileSync(good, "utf8")).toBe("earlier good output");
    expect(readdirSync(out)).toEqual(["perbup-contoh-makmur-12-2025.pdf"]);
  });

  it("reports a user template that writes broken markup, and writes nothing", () => {
    const dir = writeKabupatenFixture();
    const templates = userTemplates({ "partials/blok-lampiran.hbs": "<p>LAMPIRAN <b>{{regulasi.nomor}}</p>\n" });
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("perwali", dir, "--out", out, "--templates", templates);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hasil templat .*perwali\.hbs tidak sah \(baris \d+, kolom \d+ hasil templat\)/);
    expect(r.err).toContain("LAMPIRAN <b>12</p>");
    expect(readdirSync(out)).toEqual([]);
  });

  it("leaves nomor and dates blank in a konsep", () => {
    const dir = writeKabupatenFixture();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", dir, "--out", out, "--format", "pdf", "--edition", "konsep").code).toBe(0);
    const text = spawnSync("pdftotext", [join(out, "perbup-contoh-makmur-12-2025-konsep.pdf"), "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("NOMOR .......... TAHUN 2025");
    expect(text).toContain("pada tanggal ..........");
    expect(text).not.toContain("NOMOR 12 TAHUN");
  });

  it("takes a user's template over the built-in one, and can write the lampiran alone", () => {
    const dir = writeKabupatenFixture();
    const templates = userTemplates({ "partials/blok-lampiran.hbs": '<p align="right">LAMPIRAN KHUSUS {{regulasi.nomor}}</p>\n' });
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("perwali", dir, "--out", out, "--format", "pdf", "--lampiran-only", "--templates", templates);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const text = spawnSync("pdftotext", [join(out, "perbup-contoh-makmur-12-2025-lampiran.pdf"), "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("LAMPIRAN KHUSUS 12");
    // Data text reaches the page exactly as written, whatever markup characters it holds.
    expect(text).toContain("Aksi 1 <&> {{x}}");
    expect(text).not.toContain("Menimbang");
  });
});
