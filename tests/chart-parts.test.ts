import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { drawCharts } from "../src/charts/draw.js";
import { validateDataDir } from "../src/data/validate.js";
import type { Document } from "../src/model/document.js";
import { forEachBlock } from "../src/model/walk.js";
import { documentFromTemplate } from "../src/pipeline/render.js";
import { loadTemplates } from "../src/templates/engine.js";
import { buildEvaluasiContext } from "../src/templates/evaluasi-context.js";
import { pt } from "../src/typography/measure.js";
import { writeDocx } from "../src/writers/docx/index.js";
import { writePdf } from "../src/writers/pdf/index.js";
import { SHIPPED } from "./helpers/fixture.js";
import { pdfTextBoxes, type TextBox } from "./helpers/pdf.js";

const CAPTION = "Target dan Realisasi Indikator per Tahun, dengan Target dan Proyeksi 2024";

/**
 * The shipped evaluation with twice its chart's indicators (44 panels, about 15 rows): Gambar 2.1
 * is then far taller than a page's text area.
 */
async function evaluationWithManyIndicators(): Promise<Document> {
  const v = validateDataDir(SHIPPED);
  const templates = loadTemplates();
  const context = buildEvaluasiContext(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, templates.terms);
  const rows = context.grafik.indikator as { no: number; panel: string }[];
  const more = rows.map((r) => ({ ...r, no: r.no + 100, panel: r.panel.replace(/^\d+\./, `${r.no + 100}.`) }));
  context.grafik.indikator = [...rows, ...more];
  expect(new Set(context.grafik.indikator.map((r) => (r as { no: number }).no)).size).toBeGreaterThanOrEqual(30);
  const doc = documentFromTemplate(templates, "evaluasi", context);
  await drawCharts(doc, (name) => templates.render(name, context));
  return doc;
}

describe("a chart taller than the text area", () => {
  let doc: Document;
  let pages: TextBox[][];
  let docx: Uint8Array;
  beforeAll(async () => {
    doc = await evaluationWithManyIndicators();
    const pdf = await writePdf(doc);
    pages = await pdfTextBoxes(pdf.bytes);
    docx = await writeDocx(pdf.document);
  });

  it("is split into figures of whole rows of panels, each with the caption and its part number", () => {
    const captions: string[] = [];
    forEachBlock(doc, (b) => b.type === "caption" && b.label === "Gambar 2.1" && captions.push(b.content.map((i) => (i.type === "text" ? i.text : "")).join("")));
    expect(captions.length).toBeGreaterThanOrEqual(2);
    captions.forEach((c, k) => expect(c).toBe(`${CAPTION} (${k + 1} dari ${captions.length})`));
    // The list of figures names the figure once.
    const toc: string[] = [];
    forEachBlock(doc, (b) => b.type === "toc" && b.kind === "figures" && toc.push(...b.entries.map((e) => e.text)));
    expect(toc.filter((t) => t.startsWith("Gambar 2.1"))).toEqual([`Gambar 2.1 ${CAPTION}`]);
  });

  it("puts each part on one page with its caption, and no part runs into the footer", () => {
    const section = doc.sections.find((s) => s.blocks.some((b) => b.type === "chart"))!;
    const bottom = pt(section.page.margins.bottom);
    // The legend ends each part: a page with a part's panels has its legend and its caption.
    const chartPages = pages.map((boxes, i) => ({ boxes, i })).filter(({ boxes }) => boxes.some((b) => /^1?\d{1,2}\. /.test(b.str) && b.x0 > 0) && boxes.some((b) => b.str === "Realisasi"));
    expect(chartPages.length).toBeGreaterThanOrEqual(2);
    for (const { boxes, i } of chartPages) {
      const text = boxes.map((b) => b.str).join(" ");
      expect(text, `halaman ${i + 1}`).toMatch(new RegExp(`Gambar 2\\.1 ${CAPTION} \\(\\d dari \\d\\)`));
      expect(boxes.filter((b) => b.str === "Realisasi").length, `halaman ${i + 1}`).toBe(1);
      // Everything but the page number stands above the bottom margin.
      const numberBox = boxes.reduce((a, b) => (b.y0 < a.y0 ? b : a));
      expect(boxes.filter((b) => b !== numberBox && b.y0 < bottom - 1).map((b) => b.str), `halaman ${i + 1}`).toEqual([]);
    }
  });

  it("writes the same parts to the DOCX, each caption before its drawing, only the first in the caption style the Daftar Gambar lists", () => {
    const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
    const at = [...xml.matchAll(/dari \d\)/g)].map((m) => m.index!);
    expect(at.length).toBeGreaterThanOrEqual(2);
    at.forEach((pos, k) => {
      const next = at[k + 1] ?? xml.length;
      expect(xml.slice(pos, next)).toContain("<w:drawing>");
      const style = [...xml.slice(0, pos).matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].pop()?.[1];
      expect(style).toBe(k === 0 ? "KeteranganGambar" : "KeteranganGambarLanjutan");
    });
    const styles = strFromU8(unzipSync(docx)["word/styles.xml"]);
    expect(styles).toMatch(/w:styleId="KeteranganGambarLanjutan"[\s\S]*?<w:basedOn w:val="KeteranganGambar"\/>/);
  });
});
