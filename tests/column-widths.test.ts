import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import type { Table } from "../src/model/document.js";
import { fittedColumnWidths, numberFloors } from "../src/model/table-grid.js";
import { perwaliDocument } from "../src/pipeline/perwali.js";
import { loadTemplates } from "../src/templates/engine.js";
import { pt, textWidthOf } from "../src/typography/measure.js";
import { writePdf } from "../src/writers/pdf/index.js";
import { pdfTextBoxes } from "./helpers/pdf.js";

/** The Sukamaju road map with a text target ("minimal 1.480", "≥ 3,5") in every year of every area indicator. */
function longTargets(): string {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-kab-long-"));
  cpSync("tests/data/kabupaten-sukamaju-2025-2029", dir, { recursive: true });
  // The regulation only: the monitoring and evaluation years would no longer fit the changed indicators.
  for (const part of ["monitoring", "evaluasi"]) rmSync(join(dir, part), { recursive: true, force: true });
  for (const name of readdirSync(join(dir, "areas"))) {
    const path = join(dir, "areas", name);
    const area = parse(readFileSync(path, "utf8"));
    area.indikator.forEach((ind: Record<string, unknown>, i: number) => {
      // Text targets rise, so every indicator is 'naik' and a number; no counterpart to equal.
      Object.assign(ind, { arah: "naik", ...(ind.jenis === "kategori" ? { jenis: "angka" } : {}) });
      for (const key of ["skala", "sama_dengan", "rentang"]) delete ind[key];
      const target = ind.target as Record<string, unknown>;
      for (const year of Object.keys(target)) target[year] = i % 2 ? "≥ 3,5" : "minimal 1.480";
    });
    writeFileSync(path, stringify(area));
  }
  return dir;
}

describe("a number is never split across lines in a table", () => {
  it("Tabel 4.4 and 4.5 print every year head whole, however wide the text targets make the target columns", async () => {
    const dir = longTargets();
    const v = validateDataDir(dir);
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const pdf = await writePdf(perwaliDocument(v.roadmap!, dir, loadTemplates(), { edition: "salinan", lampiranOnly: false }));
    const pages = (await pdfTextBoxes(pdf.bytes)).filter((boxes) => boxes.some((b) => b.str.includes("Rencana Aksi Tahun")));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const boxes of pages) {
      // Each year twice in the head: over the targets and over the schedule.
      for (const year of ["2025", "2026", "2027", "2028", "2029"]) expect(boxes.filter((b) => b.str === year).length).toBeGreaterThanOrEqual(2);
      expect(boxes.filter((b) => /^20\d$/.test(b.str)).map((b) => b.str)).toEqual([]);
      // The targets' numbers stay whole too.
      expect(boxes.filter((b) => /^(1\.4|1\.48|480|3,)$/.test(b.str)).map((b) => b.str)).toEqual([]);
    }
  });
});

describe("fittedColumnWidths", () => {
  const cell = (text: string, bold = false) => ({
    blocks: [{ type: "paragraph" as const, id: "p", content: [{ type: "text" as const, text, bold }], style: { align: "center", indent: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, keepWithNext: false } }],
    colSpan: 1,
    rowSpan: 1,
    align: "center" as const,
    valign: "top" as const,
  });
  const table = (columns: number[], texts: string[]): Table =>
    ({ type: "table", id: "t", columns, headerRows: 1, rows: [{ cells: texts.map((t) => cell(t, true)) }], borders: "all", width: 100, cellPadding: 1, note: [] }) as unknown as Table;

  it("keeps the columns' proportions when every number fits", () => {
    const widths = fittedColumnWidths(table([1, 3], ["2025", "Kegiatan"]), 400, 7);
    expect(widths[0]).toBeCloseTo(100);
    expect(widths[1]).toBeCloseTo(300);
  });

  it("widens a column to its widest number and takes the room from the others in their proportions", () => {
    const year = textWidthOf("2025", 7, false, true);
    const widths = fittedColumnWidths(table([1, 10, 30], ["2025", "teks panjang", "teks lebih panjang"]), 100, 7);
    expect(widths[0]).toBeGreaterThanOrEqual(year);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100);
    expect(widths[2] / widths[1]).toBeCloseTo(3);
    // A word of letters is not a floor: it may be hyphenated.
    expect(fittedColumnWidths(table([1, 30], ["Perangkat", "x"]), 62, 7)[0]).toBeCloseTo(2);
  });

  it("counts a number in a list item, beside its marker", () => {
    const t = table([1, 1], ["x", "y"]);
    const item = cell("Rp 1.250.000.000").blocks;
    t.rows[0].cells[1].blocks = [{ type: "list", items: [{ blocks: item }], style: "angka", start: 1, markerWidth: 4, indent: 0, spaceAfter: 0 } as never];
    expect(numberFloors(t, 7)[1]).toBeCloseTo(textWidthOf("1.250.000.000", 7) + pt(4));
  });
});
