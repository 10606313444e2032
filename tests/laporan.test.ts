import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync, unzlibSync } from "fflate";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import type { Document } from "../src/model/document.js";
import { forEachBlock } from "../src/model/walk.js";
import { indexIndicators } from "../src/domain/rencana-aksi.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { laporanDocument } from "../src/pipeline/laporan.js";
import { loadTemplates } from "../src/templates/engine.js";
import { buildLaporanContext } from "../src/templates/laporan-context.js";
import { copyOfShipped, replaceInFile, SHIPPED } from "./helpers/fixture.js";
import { overlappingText, pdfPages, pdfText, pdfTextBoxes } from "./helpers/pdf.js";
import { convertWithLibreOffice, describeWithTools } from "./helpers/readers.js";



function shipped(dataDir = SHIPPED) {
  const v = validateDataDir(dataDir);
  if (!v.roadmap || !v.monitoring) throw new Error("data not valid");
  return { rm: v.roadmap, monitoring: v.monitoring, s2: v.monitoring.find((m) => m.periode.id === "2021-S2")! };
}

/** Counts straight from the monitoring file and the area files, without the domain code. */
function handCount() {
  const s2 = parse(readFileSync(join(SHIPPED, "monitoring/2021-S2.yaml"), "utf8"));
  const { rm } = shipped();
  let scheduled = 0;
  let done = 0;
  for (const a of rm.area_perubahan)
    for (const i of a.indikator)
      for (const k of i.kegiatan)
        for (const ra of k.rencana_aksi) {
          if (ra.tahun === "n.a" || !ra.tahun.includes(2021)) continue;
          for (const pd of ra.pengampu) {
            scheduled++;
            if (s2.laporan[pd]?.rencana_aksi?.[ra.kode]?.status === "selesai") done++;
          }
        }
  return { scheduled, done, s2 };
}

describe("the annual report's figures", () => {
  const { rm, s2 } = shipped();
  const ctx = buildLaporanContext(rm, SHIPPED, s2, { tahunan: true });
  const { scheduled, done, s2: raw } = handCount();

  it("agree with a count made straight from the data", () => {
    expect(ctx.angka.terjadwal).toBe(String(scheduled));
    expect(ctx.angka.selesai).toBe(String(done));
    expect(ctx.angka.persenSelesai).toBe(((done / scheduled) * 100).toFixed(1).replace(".", ","));
    expect(ctx.periode.label).toBe("Tahun 2021");
  });

  it("compute capaian and predikat as a hand calculation does, for five indicators", () => {
    const entries = indexIndicators(rm);
    const row = (id: string) => ctx.indikator.find((r) => r.nama === entries.get(id)!.indikator.nama && r.kelompok.startsWith(entries.get(id)!.kelompok))!;
    const pct = (x: number) => `${x.toFixed(2).replace(".", ",")}%`;
    // naik: realisasi ÷ target × 100, targets from sasaran.yaml and the areas for 2021.
    for (const [id, target] of [["sasaran-rad-ppk", 62], ["sasaran-pd-sakip-bb", 74], ["sasaran-indeks-spbe", 3.4], ["nilai-sakip", 82]] as const) {
      const r = raw.indikator[id].nilai as number;
      expect(row(id).capaian, id).toBe(pct((r / target) * 100));
    }
    // kategori: Opini BPK, WTP reached against a WTP target.
    expect(raw.indikator["sasaran-opini-bpk"].nilai).toBe("WTP");
    expect(row("sasaran-opini-bpk").capaian).toBe("tercapai");
    expect(row("sasaran-opini-bpk").predikat).toBe("tercapai");
    // n.a is not a number and not a missing report.
    expect(ctx.indikator.filter((r) => r.target === "n.a").every((r) => r.capaian === "target n.a")).toBe(true);
    expect(ctx.indikator.some((r) => r.realisasi === "belum dilaporkan")).toBe(true);
  });

  it("uses the lower-is-better formula the data chooses", () => {
    const dir = copyOfShipped();
    // Make the SAKIP score a lower-is-better indicator, as an error rate would be.
    replaceInFile(join(dir, "areas/06-penguatan-akuntabilitas.yaml"), /(id: nilai-sakip[\s\S]*?arah: )naik/, "$1turun");
    const a = shipped(dir);
    const r = parse(readFileSync(join(dir, "monitoring/2021-S2.yaml"), "utf8")).indikator["nilai-sakip"].nilai as number;
    const find = (c: ReturnType<typeof buildLaporanContext>) => c.indikator.find((x) => x.nama === "Nilai SAKIP")!;
    expect(find(buildLaporanContext(a.rm, dir, a.s2, {})).capaian).toBe(`${(((2 * 82 - r) / 82) * 100).toFixed(2).replace(".", ",")}%`);
    writeFileSync(join(dir, "laporan.yaml"), "laporan_pelaksanaan:\n  rumus_turun: t/r\n");
    const b = shipped(dir);
    expect(find(buildLaporanContext(b.rm, dir, b.s2, {})).capaian).toBe(`${((82 / r) * 100).toFixed(2).replace(".", ",")}%`);
  });
});

describe("a PD's report whose PD sent no form", () => {
  it("does not claim in its Kata Pengantar that the PD filled one", async () => {
    const { rm, monitoring } = shipped();
    const s1 = monitoring.find((m) => m.periode.id === "2021-S1")!;
    // The example data leaves Dinas Perpustakaan dan Kearsipan unreported in Semester I.
    expect(s1.data.laporan.disperpusip).toBeUndefined();
    const doc = await laporanDocument(rm, SHIPPED, s1, loadTemplates(), { pd: "disperpusip" });
    const flat = (await pdfText((await renderFormats(doc, ["pdf"])).files[0].bytes)).replace(/\s+/g, " ").replace(/- /g, "");
    expect(flat).toContain("Dinas Perpustakaan dan Kearsipan belum menyampaikan formulir monitoring untuk periode ini");
    expect(flat).not.toContain("Data dihimpun dari formulir monitoring yang diisi oleh Dinas Perpustakaan");
  });
});

describe("the semester report", () => {
  const { rm, monitoring } = shipped();
  const s1 = monitoring.find((m) => m.periode.id === "2021-S1")!;
  const ctx = buildLaporanContext(rm, SHIPPED, s1, {});

  it("shows a PD that sent no report as not reported, not as 0% finished", () => {
    // The example data leaves Dinas Perpustakaan dan Kearsipan unreported in Semester I.
    const silent = ctx.pds.find((p) => p.singkatan === "Dinas Perpustakaan dan Kearsipan")!;
    expect([silent.belumAdaLaporan, silent.adaLaporan, silent.persenSelesai]).toEqual([true, false, "–"]);
    expect((ctx.grafik.penyelesaianPd as { pd: string }[]).find((p) => p.pd === silent.singkatan)).toMatchObject({ dilaporkan: false });
    // A PD that reported and finished nothing is a real 0.
    const zero = ctx.pds.find((p) => p.selesai === "0" && !p.belumAdaLaporan)!;
    expect([zero.adaLaporan, zero.persenSelesai]).toEqual([true, "0,0"]);
    expect((ctx.grafik.penyelesaianPd as { pd: string }[]).find((p) => p.pd === zero.singkatan)).toMatchObject({ dilaporkan: true, label: "0,0%" });
  });

  it("says in one line that the indicators are measured at year end, instead of a table of unreported rows", async () => {
    // Nothing was measured in Semester I: no Tabel 2.1 of "belum dilaporkan" rows.
    expect(ctx.indikator).toEqual([]);
    expect(ctx.diukurAkhirTahun).toBe(indexIndicators(rm).size);
    const text = (await pdfText((await renderFormats(await laporanDocument(rm, SHIPPED, s1, loadTemplates(), {}), ["pdf"])).files[0].bytes)).replace(/\s+/g, " ").replace(/- /g, "");
    expect(text).toContain(`Indikator road map (${indexIndicators(rm).size} indikator) diukur pada akhir tahun; realisasi dan capaiannya dimuat dalam laporan Tahun 2021.`);
    expect(text).not.toContain("Tabel 2.1");
    // An indicator someone did measure in Semester I is listed, the others said in one line.
    const withOne = { ...s1, data: { ...s1.data, indikator: { "nilai-sakip": { nilai: 78 } } } };
    const one = buildLaporanContext(rm, SHIPPED, withOne, {});
    expect(one.indikator.map((r) => r.nama)).toEqual(["Nilai SAKIP"]);
    expect(one.diukurAkhirTahun).toBe(indexIndicators(rm).size - 1);
  });

  it("says why no indicator's capaian can be computed, one reason each, and which rows the chart leaves out", () => {
    const { s2 } = shipped();
    const year = buildLaporanContext(rm, SHIPPED, s2, { tahunan: true });
    const { dihitung, jumlah, tanpaCapaian } = year.indikatorAngka;
    expect(tanpaCapaian.targetNa + tanpaCapaian.belumDilaporkan + tanpaCapaian.realisasiNa).toBe(jumlah - dihitung);
    expect(tanpaCapaian.targetNa).toBe(year.indikator.filter((r) => r.target === "n.a").length);
    // Gambar 2.1 draws percentages; the note lists every other row of Tabel 2.1, by reason.
    const drawn = (year.grafik.indikator as { indikator: string }[]).map((b) => Number(b.indikator.split(".")[0]));
    const left = year.grafik.tanpaGrafik.flatMap((g) => g.nomor.split(", ").map(Number));
    expect([...drawn, ...left].sort((a, b) => a - b)).toEqual(year.indikator.map((r) => r.no));
    expect(year.grafik.tanpaGrafik.map((g) => g.alasan)).toEqual(["kategori", "target-na"]);
  });

  it("names every unfinished status an area has, so the sentence adds up", () => {
    for (const a of ctx.areas) {
      const n = (x: string) => Number(x.replace(/\./g, ""));
      const sum = n(a.rekap.selesai) + n(a.rekap.belumDilaporkan) + a.rekap.belumSelesai.reduce((t, x) => t + n(x.jumlah), 0);
      expect(sum, a.nama).toBe(n(a.rekap.terjadwal));
    }
  });
});

describe("the annual report as a document", () => {
  let doc: Document;
  let pdf: Uint8Array;
  let docx: Uint8Array;
  let text: string;
  beforeAll(async () => {
    const { rm, s2 } = shipped();
    doc = await laporanDocument(rm, SHIPPED, s2, loadTemplates(), { tahunan: true });
    const out = await renderFormats(doc, ["pdf", "docx"]);
    pdf = out.files[0].bytes;
    docx = out.files[1].bytes;
    text = await pdfText(pdf);
  });

  it("prints the Tim's analysis of an indicator and an area where it wrote one, and one neutral sentence of figures where not", () => {
    const flat = text.replace(/\s+/g, " ").replace(/- /g, "");
    const raw = parse(readFileSync(join(SHIPPED, "monitoring/2021-S2.yaml"), "utf8"));
    expect(flat).toContain(`Nilai SAKIP. ${raw.indikator["nilai-sakip"].analisis}`);
    expect(flat).toContain(raw.analisis_area["penataan-organisasi"]);
    // RAD-PPK has no analysis: its figures, as Tabel 2.1 prints them.
    expect(raw.indikator["sasaran-rad-ppk"].analisis).toBeUndefined();
    expect(flat).toContain("dari KPK. Realisasinya 64 terhadap target 62, capaian 103,23% (sangat tinggi).");
    // A category reads as met or not, once.
    expect(flat).toContain("Opini BPK minimal WTP. Realisasinya WTP terhadap target WTP: tercapai.");
  });

  it("captions BAB IV's tables and lists them in the Daftar Tabel, and writes no zero counts or meta-sentences in prose", () => {
    const flat = text.replace(/\s+/g, " ").replace(/- /g, "");
    const from = flat.indexOf("DAFTAR TABEL Tabel");
    const daftar = flat.slice(from, flat.indexOf("DAFTAR GAMBAR Gambar", from));
    expect(daftar).toMatch(/Tabel 4\.1 Kendala dan Tindak Lanjut Area 3\. Penataan Organisasi \d+/);
    expect(flat.match(/Tabel 4\.\d+ Kendala dan Tindak Lanjut Area/g)!.length).toBe(2 * 6);
    // The year has 0 belum dimulai: the Ringkasan does not say "0 belum dimulai", nor explain itself.
    const ringkasan = flat.slice(flat.indexOf("RINGKASAN Dari"), flat.indexOf("Uraian Jumlah"));
    expect(ringkasan).not.toMatch(/\b0 (belum dimulai|ditunda|tidak dilaksanakan|dalam proses)/);
    expect(flat).not.toContain("tidak dihitung sebagai belum dimulai");
  });

  it("states the computed figures in its sentences, with a decimal comma", () => {
    const { scheduled, done } = handCount();
    const pct = ((done / scheduled) * 100).toFixed(1).replace(".", ",");
    expect(text).toContain(`Dari ${scheduled} rencana aksi yang dijadwalkan pada tahun 2021, ${done} (${pct}%) telah selesai`);
    expect(text).toMatch(/LAPORAN PELAKSANAAN REFORMASI BIROKRASI.{0,12}TAHUN 2021/);
    expect(text).toContain("PEMERINTAH KOTA PROBOLINGGO");
    expect(text).toContain("Walikota Probolinggo");
    expect(text).toMatch(/Probolinggo, \d{1,2} Januari 2022/);
  });

  it("has no page with nothing on it but its number and the CONTOH mark", async () => {
    const pages = await pdfPages(pdf);
    const bare = pages.map((p, i) => ({ page: i + 1, text: p.replace(/CONTOH – DATA ILUSTRASI/g, "").replace(/[\u0000\u200b]/g, "").replace(/^\s*[\divxlc]+\s*$/, "").trim() })).filter((p) => p.text === "");
    expect(bare).toEqual([]);
  });

  it("draws no text over other text, chart labels included, and numbers the chart's bars as the table", async () => {
    expect(overlappingText(await pdfTextBoxes(pdf))).toEqual([]);
    // The Indeks SPBE the seed lists under a sasaran and again under an area is one measurement:
    // one row, one bar, numbered as in the table.
    // (The chart's bar and the analysis list of BAB II both number it as Tabel 2.1 does.)
    expect([...new Set(text.match(/\d+\. Indeks SPBE\b/g))]).toEqual(["5. Indeks SPBE"]);
  });

  it("marks every page of a report from example data", async () => {
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((p) => !p.includes("CONTOH – DATA ILUSTRASI")).length).toBe(0);
    // The DOCX puts the mark in the headers of every section, first pages included.
    const parts = unzipSync(docx);
    const headers = Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThanOrEqual(4);
    for (const h of headers) expect(strFromU8(parts[h]), h).toContain("CONTOH – DATA ILUSTRASI");
  });

  it("draws three charts, as SVG in both formats and a PNG fallback in the DOCX", () => {
    const charts: string[] = [];
    forEachBlock(doc, (b) => b.type === "chart" && charts.push(b.spec));
    expect(charts).toEqual(["grafik/capaian-indikator", "grafik/status-per-area", "grafik/penyelesaian-pd"]);
    const docxText = Buffer.from(docx).toString("latin1");
    expect(docxText.match(/word\/media\/[^"]+\.svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(docxText.match(/word\/media\/[^"]+\.png/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("draws its charts on no background, so the DOCX's watermark behind the text shows through", () => {
    forEachBlock(doc, (b) => {
      if (b.type !== "chart") return;
      const { svg, png } = b.drawing!;
      expect(svg, b.spec).not.toMatch(/<rect width="[\d.]+" height="[\d.]+" fill=/);
      // The PNG has an alpha channel (colour type 6), and its top-left pixel, in the chart's margin,
      // is fully transparent. Row 0's first pixel is stored as is whatever the row's filter.
      const buf = Buffer.from(png);
      expect(buf[25], b.spec).toBe(6);
      const idat: Uint8Array[] = [];
      for (let at = 8; at < buf.length; at += 12 + buf.readUInt32BE(at)) if (buf.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(buf.subarray(at + 8, at + 8 + buf.readUInt32BE(at)));
      const raw = unzlibSync(Buffer.concat(idat));
      expect(raw[1 + 3], b.spec).toBe(0);
    });
  });

  it("sets chart labels whole where they fit, measured in the body face", () => {
    let pd = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/penyelesaian-pd" && (pd = b.drawing!.svg));
    // 38 characters under a 260 px label limit: Vega's own guess (0.8 em a character) cut it.
    expect(pd).toContain(">Bagian Pengadaan Barang dan Jasa Setda<");
  });

  it("writes Gambar 2.1's values where the 100% rule does not cross them, beside whole indicator names in up to two lines", () => {
    let svg = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/capaian-indikator" && (svg = b.drawing!.svg));
    const rule = Number(/aria-roledescription="rule mark" transform="translate\(([\d.]+),/.exec(svg)![1]);
    const values = [...svg.matchAll(/aria-roledescription="text mark" text-anchor="start" transform="translate\(([\d.]+),[^>]*>([^<]*)</g)];
    expect(values.length).toBeGreaterThan(10);
    for (const [, x, label] of values) expect(Number(x), label).toBeGreaterThan(rule + 20);
    // The longest name, whole, in two lines beside its bar.
    expect(svg).toContain("<tspan>1. Nilai Rencana Aksi Daerah Pencegahan</tspan><tspan x=\"0\" dy=\"11.5\">Pemberantasan korupsi (RAD-PPK) dari KPK</tspan>");
  });

  it("keeps '(target = 100%)' of Gambar 2.1's caption on one line, in the caption and in Daftar Gambar, in both formats", async () => {
    // The template joins it with no-break spaces; a line broke before "100%)" in both places.
    const boxes = (await pdfTextBoxes(pdf)).flat();
    const opens = boxes.filter((b) => b.str.includes("(target"));
    expect(opens.length).toBe(2);
    for (const o of opens) expect(boxes.some((b) => b.str.includes("100%)") && Math.abs(b.y0 - o.y0) < 1)).toBe(true);
    const body = strFromU8(unzipSync(docx)["word/document.xml"]);
    expect(body.match(/\(target\u00a0=\u00a0100%\)/g)?.length).toBe(2);
  });

  it("is byte-identical when made again", async () => {
    const { rm, s2 } = shipped();
    const again = await renderFormats(await laporanDocument(rm, SHIPPED, s2, loadTemplates(), { tahunan: true }), ["pdf", "docx"]);
    expect(Buffer.compare(Buffer.from(again.files[0].bytes), Buffer.from(pdf))).toBe(0);
    expect(Buffer.compare(Buffer.from(again.files[1].bytes), Buffer.from(docx))).toBe(0);
  });
});

/** CIE lightness of a #rrggbb colour, 0 (black) to 100 (white): what is left of it in greyscale. */
function lightness(hex: string): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 116 * Math.cbrt(y) - 16;
}

describe("Gambar 3.1 of the semester report", () => {
  it("names each area whole and gives statuses colours that stay apart, in greyscale too", async () => {
    const { rm, monitoring } = shipped();
    const s1 = monitoring.find((m) => m.periode.id === "2021-S1")!;
    const doc = await laporanDocument(rm, SHIPPED, s1, loadTemplates(), {});
    const ctx = buildLaporanContext(rm, SHIPPED, s1, {});
    let svg = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/status-per-area" && (svg = b.drawing!.svg));
    const labels = [...svg.matchAll(/role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((m) => [...m[1].matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => t[1].replace(/<\/tspan><tspan[^>]*>/g, " ").replace(/<[^>]+>/g, "")));
    expect(labels).toEqual(expect.arrayContaining(ctx.areas.map((a) => `${a.nomor}. ${a.nama}`)));
    const fill = new Map([...svg.matchAll(/role-legend-symbol"[^>]*><path[^>]*fill="(#[0-9a-f]{6})"[\s\S]*?role-legend-label"[^>]*><text[^>]*>([^<]+)</g)].map((m) => [m[2], m[1]]));
    expect([...fill.keys()]).toEqual(["selesai", "dalam proses", "belum dimulai", "ditunda", "tidak dilaksanakan", "belum dilaporkan"]);
    // The semester has many "belum dimulai": it was a pale tint (L* 86) beside the white of "belum dilaporkan".
    expect(100 - lightness(fill.get("belum dimulai")!)).toBeGreaterThan(15);
    const order = [...fill.values()];
    for (let i = 1; i < order.length; i++) expect(Math.abs(lightness(order[i]) - lightness(order[i - 1])), `${order[i - 1]} ${order[i]}`).toBeGreaterThan(19);
  });
});

describe("a PD's report", () => {
  it("covers that PD's actions only", async () => {
    const { rm, s2 } = shipped();
    const ctx = buildLaporanContext(rm, SHIPPED, s2, { pd: "diskominfo", tahunan: true });
    expect(ctx.angka.terjadwal).toBe("10");
    expect(ctx.areas.flatMap((a) => a.aksi.map((x) => x.pd))).toEqual(Array(10).fill("Diskominfo"));
  });
  it("says plainly that a PD has no actions that year, and does not crash", async () => {
    // A PD of the registry with no rencana aksi, no quick win and no indicator to report.
    const dir = copyOfShipped();
    appendFileSync(join(dir, "perangkat-daerah.yaml"), "  - id: dinas-contoh\n    nama: Dinas Contoh Tanpa Tugas\n    singkatan: Dinas Contoh\n");
    const { rm, s2 } = shipped(dir);
    const doc = await laporanDocument(rm, dir, s2, loadTemplates(), { pd: "dinas-contoh", tahunan: true });
    const pdf = (await renderFormats(doc, ["pdf"])).files[0].bytes;
    const text = await pdfText(pdf);
    // Nothing scheduled and no indicator to report: one page that says so, not a report of empty chapters.
    expect(text.replace(/\s+/g, " ").replace(/- /g, "")).toContain("tidak ada rencana aksi yang dijadwalkan untuk Dinas Contoh Tanpa Tugas pada tahun 2021");
    expect(await pdfPages(pdf)).toHaveLength(1);
    expect(text).not.toContain("DAFTAR");
  });
});

// Pixels of LibreOffice's page: a picture clipped to a strip is drawn in a PDF all the same, so only
// the rendered page shows whether the chart can be seen. pdftoppm renders it.
describeWithTools(["soffice", "pdftoppm"], "the report's DOCX in LibreOffice", () => {
  it("shows the charts: the status chart's darkest blue is on the page", async () => {
    const { rm, s2 } = shipped();
    const doc = await laporanDocument(rm, SHIPPED, s2, loadTemplates(), { pd: "diskominfo", tahunan: true });
    const docx = (await renderFormats(doc, ["docx"])).files[0].bytes;
    const dir = mkdtempSync(join(tmpdir(), "rbdoc-lap-lo-"));
    writeFileSync(join(dir, "l.docx"), docx);
    convertWithLibreOffice(join(dir, "l.docx"), dir, "pdf");
    const pages = await pdfPages(readFileSync(join(dir, "l.pdf")));
    const page = pages.findIndex((p) => p.includes("Gambar 3.1") && !p.includes("DAFTAR GAMBAR")) + 1;
    expect(page).toBeGreaterThan(0);
    execFileSync("pdftoppm", ["-r", "40", "-f", String(page), "-l", String(page), join(dir, "l.pdf"), join(dir, "page")]);
    const ppm = readFileSync(join(dir, execFileSync("ls", [dir]).toString().split("\n").find((f) => f.startsWith("page") && f.endsWith(".ppm"))!));
    // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes. #08306b (selesai) appears only in the chart.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
    let navy = 0;
    for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
      if (Math.abs(ppm[i] - 8) < 30 && Math.abs(ppm[i + 1] - 48) < 30 && Math.abs(ppm[i + 2] - 107) < 30) navy++;
    }
    expect(navy).toBeGreaterThan(200);
  });
});

describe("quick wins", () => {
  it("a PD whose only duty is a quick win gets a report with its quick win, not the 'nothing scheduled' page", () => {
    const v = validateDataDir(SHIPPED);
    const s2 = v.monitoring!.find((m) => m.periode.id === "2021-S2")!;
    const ctx = buildLaporanContext(v.roadmap!, SHIPPED, s2, { tahunan: true, pd: "dispendukcapil" });
    expect(ctx.kosong).toBe(false);
    expect(ctx.quickWins.rows.map((q) => [q.kode, q.pd, q.status])).toEqual([["QW.2", "Dispendukcapil", "selesai"]]);
    expect(ctx.quickWins).toMatchObject({ subbab: 1, tabel: 1 });
    // The pemda's report lists every quick win with its reporter, after the areas' sub-chapters.
    const all = buildLaporanContext(v.roadmap!, SHIPPED, s2, { tahunan: true });
    expect(all.quickWins.rows.map((q) => [q.kode, q.wajib, q.pd])).toEqual([["QW.1", true, "Bagian Organisasi Setda"], ["QW.2", false, "Dispendukcapil"]]);
    expect(all.quickWins.subbab).toBe(all.areas.length + 1);
    expect(all.dataDukung.quickWins.map((q) => q.kode)).toEqual(["QW.1", "QW.2"]);
  });

  it("says in its Ringkasan what such a PD did: its quick win, beside having no rencana aksi", async () => {
    const v = validateDataDir(SHIPPED);
    const s2 = v.monitoring!.find((m) => m.periode.id === "2021-S2")!;
    const doc = await laporanDocument(v.roadmap!, SHIPPED, s2, loadTemplates(), { tahunan: true, pd: "dispendukcapil" });
    const flat = (await pdfText((await renderFormats(doc, ["pdf"])).files[0].bytes)).replace(/\s+/g, " ").replace(/- /g, "");
    expect(flat).toContain("Tidak ada rencana aksi yang dijadwalkan pada tahun 2021 untuk Dinas Kependudukan dan Pencatatan Sipil; Dinas Kependudukan dan Pencatatan Sipil melaporkan 1 quick win, 1 di antaranya selesai (Subbab 3.1).");
  });
});
