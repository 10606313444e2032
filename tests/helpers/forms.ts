import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { validateDataDir } from "../../src/data/validate.js";
import { parsePeriode } from "../../src/domain/periode.js";
import { aksiFormSpec, indikatorFormSpec, type FormOptions } from "../../src/forms/build.js";
import { writeFormWorkbook } from "../../src/forms/write.js";
import { writeFilesAtomic } from "../../src/output/atomic-write.js";
import { planImport, type ImportResult } from "../../src/pipeline/impor.js";
import { loadTemplates } from "../../src/templates/engine.js";

/** Every form of a period, as `rbdoc formulir` makes them, written to a temp folder; returns their paths by name. */
export async function makeForms(dataDir: string, periodeId: string, pds?: string[], options: FormOptions = { batas: "2022-01-15" }): Promise<Map<string, string>> {
  const v = validateDataDir(dataDir);
  if (!v.roadmap || !v.monitoring) throw new Error("test data is not valid");
  const periode = parsePeriode(periodeId)!;
  const templates = loadTemplates();
  const out = mkdtempSync(join(tmpdir(), "rbdoc-forms-"));
  const files = new Map<string, string>();
  for (const pd of pds ?? v.roadmap.perangkat_daerah.map((p) => p.id)) {
    const spec = aksiFormSpec(v.roadmap, v.monitoring, periode, pd, templates, options);
    if (!spec) continue;
    const path = join(out, `${pd}-${periodeId}.xlsx`);
    writeFileSync(path, await writeFormWorkbook(spec));
    files.set(pd, path);
  }
  if (!pds) {
    const path = join(out, `indikator-${periodeId}.xlsx`);
    writeFileSync(path, await writeFormWorkbook(indikatorFormSpec(v.roadmap, v.monitoring, periode, templates, {})));
    files.set("indikator", path);
  }
  return files;
}

/** Opens a form, lets `edit` change it as a PD would, and saves it under a new name. */
export async function editForm(path: string, edit: (wb: ExcelJS.Workbook) => void, name = "diisi.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  edit(wb);
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-filled-"));
  mkdirSync(dir, { recursive: true });
  const out = join(dir, name);
  await wb.xlsx.writeFile(out);
  return out;
}

/** What `rbdoc impor` does, in process: plan, then write when allowed. */
export async function importForms(dataDir: string, paths: string[], partial = false): Promise<ImportResult> {
  const v = validateDataDir(dataDir);
  if (!v.roadmap || !v.monitoring) throw new Error("test data is not valid");
  const result = await planImport(dataDir, v.roadmap, v.monitoring, paths, partial);
  writeFilesAtomic(result.writes.map((w) => ({ path: join(dataDir, w.relPath), data: w.content })));
  return result;
}

/** The row of a code in a form's "Rencana Aksi" sheet. */
export function rowOf(wb: ExcelJS.Workbook, kode: string, sheet = "Rencana Aksi"): ExcelJS.Row {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === kode) return ws.getRow(r);
  throw new Error(`no row for ${kode}`);
}

/** The XML of a sheet as written in the file, found by its name through the workbook's relationships. */
export function sheetXml(path: string, name: string): string {
  const entries = unzipSync(readFileSync(path));
  const part = (n: string) => strFromU8(entries[n]);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(part("xl/workbook.xml"))?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(part("xl/_rels/workbook.xml.rels"))?.[1];
  if (!id || !target) throw new Error(`no sheet ${name} in ${path}`);
  return part(`xl/${target.replace(/^\/?xl\//, "")}`);
}

/** Every cell a sheet's data validations cover, with how many rules cover it. */
export function validatedCells(xml: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, sqref] of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) {
    for (const ref of sqref.split(/\s+/)) {
      const [a, b = a] = ref.split(":");
      const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
      const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
      for (let c = colNumber(c1); c <= colNumber(c2); c++) {
        for (let r = Number(r1); r <= Number(r2); r++) {
          const cell = `${colName(c)}${r}`;
          counts.set(cell, (counts.get(cell) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

const colNumber = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colName = (n: number): string => (n > 26 ? colName(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
