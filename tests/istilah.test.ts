import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { evaluasiDocument } from "../src/pipeline/evaluasi.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { loadTemplates } from "../src/templates/engine.js";
import { loadTerms } from "../src/templates/istilah.js";
import { writeTablesWorkbook } from "../src/writers/xlsx/tables.js";
import { SHIPPED } from "./helpers/fixture.js";
import { pdfText } from "./helpers/pdf.js";

const BASE = { path: "dasar/istilah.yaml", source: 'a:\n  b: "{n} dari {m}"\n  c: tetap\nd: satu\n' };
const user = (source: string) => ({ path: "saya/istilah.yaml", source });
/** A --templates folder holding only an istilah.yaml. */
function termsFolder(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-istilah-"));
  writeFileSync(join(dir, "istilah.yaml"), source);
  return dir;
}

describe("the terms file", () => {
  it("fills placeholders, and a user's file replaces only the keys it gives", () => {
    const terms = loadTerms(BASE, user("a:\n  b: '{m}: {n}'\n"));
    expect(terms.text("a.b", { n: 3, m: 5 })).toBe("5: 3");
    expect(terms.text("a.c")).toBe("tetap");
    expect(terms.text("d")).toBe("satu");
    // Dotted keys written flat are the same keys.
    expect(loadTerms(BASE, user("a.c: berubah\n")).text("a.c")).toBe("berubah");
  });

  it("refuses an unknown key, a placeholder the key does not give or leaves out, and a value that is not text, at file:line:column", () => {
    expect(() => loadTerms(BASE, user("d: dua\na:\n  x: baru\n"))).toThrow(/^saya\/istilah\.yaml:3:6: istilah 'a\.x' tidak dikenal/);
    expect(() => loadTerms(BASE, user("a:\n  b: '{n} dari {total}'\n"))).toThrow(/^saya\/istilah\.yaml:2:6: istilah 'a\.b' tidak mengenal \{total\}; yang tersedia: \{n\}, \{m\}/);
    expect(() => loadTerms(BASE, user("a:\n  b: '{n} saja'\n"))).toThrow(/^saya\/istilah\.yaml:2:6: istilah 'a\.b' harus memuat \{m\}/);
    expect(() => loadTerms(BASE, user("d: 2\n"))).toThrow(/^saya\/istilah\.yaml:1:4: istilah 'd' berupa teks/);
    expect(() => loadTerms(BASE, user("d: [x]\n"))).toThrow(/^saya\/istilah\.yaml:1:4:/);
    expect(() => loadTerms(BASE, user("d: x\nd: y\n"))).toThrow(/^saya\/istilah\.yaml:2:1:/);
    // A value left out by the code is a plain error too, naming the key.
    expect(() => loadTerms(BASE).text("a.b", { n: 1 })).toThrow(/istilah 'a\.b' memerlukan nilai \{m\}/);
  });

  it("gives every key the shipped templates and code use, and the templates reach them with {{istilah}}", () => {
    const templates = loadTemplates();
    for (const key of ["evaluasi.jalur.sesuai", "evaluasi.jalur.tidak-sesuai", "evaluasi.jalur.data-belum-cukup", "evaluasi.kolom.jalur"]) expect(templates.terms.has(key)).toBe(true);
    expect(templates.terms.text("evaluasi.komponen_belum_lengkap", { dinilai: 3, daun: 5 })).toBe("belum lengkap (3 dari 5 komponen)");
  });
});

describe("a --templates folder holding only an istilah.yaml", () => {
  const v = validateDataDir(SHIPPED);

  it("changes the Jalur header and the wording of a finding, in the evaluation's PDF and its workbook", async () => {
    const dir = termsFolder('evaluasi:\n  kolom:\n    jalur: "Lintasan"\n  jalur:\n    tidak-sesuai: "menyimpang dari jalur"\n');
    const { doc, context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates(dir));
    const text = (await pdfText((await renderFormats(doc, ["pdf"])).files[0].bytes)).replace(/\s+/g, " ");
    expect(text).toMatch(/\d+ indikator menyimpang dari jalur menuju target 2024 \(Bab II\)/);
    expect(text).toContain("Lintasan: sesuai bila");
    expect(text).not.toContain("tidak sesuai jalur");
    // The other terms stay the shipped ones.
    expect(text).toContain("sesuai jalur");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeTablesWorkbook(context.tabelData, { title: doc.meta.title, created: context.created, contoh: context.contoh })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Indikator")!;
    const headerRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === "No (Tabel 2.1)")!;
    expect(headerRow.getCell(12).value).toBe("Lintasan");
    const courses = new Set(sheet.getColumn(12).values.slice(headerRow.number + 1));
    expect(courses).toContain("menyimpang dari jalur");
    expect(courses).not.toContain("tidak sesuai jalur");
  }, 120_000);

  it("is refused with its file and line when it names a key rbdoc does not know", () => {
    const dir = termsFolder("evaluasi:\n  jalur:\n    sesuai: on track\n  kolom:\n    jalr: Jalur\n");
    const out = mkdtempSync(join(tmpdir(), "rbdoc-istilah-out-"));
    const r = spawnSync(process.execPath, ["bin/rbdoc.js", "evaluasi", SHIPPED, "--format", "xlsx", "--out", out, "--templates", dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "istilah.yaml")}:5:11: istilah 'evaluasi.kolom.jalr' tidak dikenal`);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it("is what the shipped evaluation templates word the course and its column with", () => {
    const sources = [readFileSync("templates/partials/evaluasi/bab-2.hbs", "utf8"), readFileSync("templates/partials/evaluasi/bab-6.hbs", "utf8")].join("\n");
    expect(sources).toContain('{{istilah "evaluasi.kolom.jalur"}}');
    expect(sources).toContain('{{istilah "evaluasi.jalur.tidak-sesuai"}}');
  });
});
