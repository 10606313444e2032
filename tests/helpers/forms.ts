import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { validateDataDir } from "../../src/data/validate.js";
import { parsePeriode } from "../../src/domain/periode.js";
import { aksiFormSpec, indikatorFormSpec } from "../../src/forms/build.js";
import { writeFormWorkbook } from "../../src/forms/write.js";
import { writeFilesAtomic } from "../../src/output/atomic-write.js";
import { planImport, type ImportResult } from "../../src/pipeline/impor.js";
import { loadTemplates } from "../../src/templates/engine.js";

/** Every form of a period, as `rbdoc formulir` makes them, written to a temp folder; returns their paths by name. */
export async function makeForms(dataDir: string, periodeId: string, pds?: string[]): Promise<Map<string, string>> {
  const v = validateDataDir(dataDir);
  if (!v.roadmap || !v.monitoring) throw new Error("test data is not valid");
  const periode = parsePeriode(periodeId)!;
  const templates = loadTemplates();
  const out = mkdtempSync(join(tmpdir(), "rbdoc-forms-"));
  const files = new Map<string, string>();
  for (const pd of pds ?? v.roadmap.perangkat_daerah.map((p) => p.id)) {
    const spec = aksiFormSpec(v.roadmap, v.monitoring, periode, pd, templates, { batas: "2022-01-15" });
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
