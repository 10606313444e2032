import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { perwaliDocument } from "../src/pipeline/perwali.js";
import type { RoadMap } from "../src/schema/roadmap.js";
import { loadTemplates } from "../src/templates/engine.js";
import { writeDocx } from "../src/writers/docx/index.js";
import { writePdf } from "../src/writers/pdf/index.js";
import { pdfPages, pdfTextBoxes, type TextBox } from "./helpers/pdf.js";

/**
 * A second, fictional road map: Kabupaten Sukamaju 2025-2029, a kabupaten with RB General and RB
 * Tematik, signed by the Wakil Bupati as Plt. Bupati. Everything the shipped Probolinggo example
 * (a kota, 2020-2024, no groups) cannot show is checked here on real output.
 */
const DATA = "tests/data/kabupaten-sukamaju-2025-2029";
const PLT = "Plt. BUPATI SUKAMAJU,";
const WAKIL = "WAKIL BUPATI SUKAMAJU,";

interface Rendered {
  pages: string[];
  text: string;
  boxes: TextBox[][];
  pageCount: number;
  docx: Uint8Array;
  /** DOCX body text, one line per paragraph. */
  docxParagraphs: string[];
}

const decodeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The visible text of word/document.xml, one entry per paragraph (field codes are not w:t). */
function docxParagraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
  return xml
    .split("</w:p>")
    .map((p) => decodeXml([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).trim())
    .filter(Boolean);
}

async function render(rm: RoadMap, edition: "salinan" | "konsep"): Promise<Rendered> {
  const model = perwaliDocument(rm, DATA, loadTemplates(), { edition, lampiranOnly: false });
  const pdf = await writePdf(model);
  const pages = await pdfPages(pdf.bytes);
  const docx = await writeDocx(pdf.document);
  return {
    pages,
    text: pages.join(" "),
    boxes: await pdfTextBoxes(pdf.bytes),
    pageCount: pdf.pagination.pageCount,
    docx,
    docxParagraphs: docxParagraphs(docx),
  };
}

/** Every file of the data folder, for checks on the data as written. */
function dataFiles(dir = DATA): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? dataFiles(path) : [path];
  });
}

const count = (text: string, s: string) => text.split(s).length - 1;
const compact = (s: string) => s.replace(/\s+/g, "");

describe("a kabupaten road map 2025-2029 with RB General and RB Tematik (Sukamaju, fictional)", () => {
  let rm: RoadMap;
  let salinan: Rendered;
  let konsep: Rendered;

  beforeAll(async () => {
    const result = validateDataDir(DATA);
    rm = result.roadmap!;
    if (!rm) throw new Error(`data tidak sah: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    salinan = await render(rm, "salinan");
    konsep = await render(rm, "konsep");
  });

  it("validates with no errors, and warns only of what the folder shows on purpose", () => {
    const { diagnostics, roadmap } = validateDataDir(DATA);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // Every PD is pengampu, every figure is drawn, every target fits its direction. The warnings are
    // the ones the folder is meant to show: no image files, so no lambang; the KUR thresholds
    // written with a thousands dot ("minimal 1.480"), each said how it was read; and the RB 2023
    // instrument's themes against the road map's, once per evaluated year.
    const warnings = diagnostics.filter((d) => d.severity === "warning").map((d) => d.message.id);
    const expected = [/^pemda\.lambang tidak diisi/, /^'minimal 1\.\d{3}' dibaca 1\.\d{3} \(seribu/, /^area RB Tematik road map tanpa komponen di instrumen rb-2023: 'Percepatan Prioritas Aktual Presiden'/, /^tema RB Tematik instrumen rb-2023 tanpa area di road map/];
    expect(warnings.filter((w) => !expected.some((e) => e.test(w)))).toEqual([]);
    expect(warnings.filter((w) => expected[1].test(w))).toHaveLength(5);
    expect(warnings).toHaveLength(1 + 5 + 2 * 2);
    expect(rm.pemda.lambang).toBeUndefined();
    expect(roadmap).toBeDefined();
    // What the folder is meant to exercise, so that a later edit does not quietly drop it.
    expect(rm.pemda.jenis).toBe("kabupaten");
    expect(rm.regulasi.jenis).toBe("perbup");
    expect(rm.periode).toEqual({ mulai: 2025, selesai: 2029 });
    expect(rm.kelompok.map((g) => g.id)).toEqual(["general", "tematik"]);
    expect(rm.perangkat_daerah).toHaveLength(25);
    const byGroup = (g: string) => rm.area_perubahan.filter((a) => a.kelompok === g).length;
    expect([byGroup("general"), byGroup("tematik")]).toEqual([6, 4]);
    const aksi = rm.area_perubahan.flatMap((a) => a.indikator.flatMap((i) => i.kegiatan.flatMap((k) => k.rencana_aksi)));
    expect(aksi).toHaveLength(66);
    expect(aksi.some((r) => r.tahun === "n.a")).toBe(true);
    expect(aksi.filter((r) => r.koordinator !== undefined).length).toBeGreaterThanOrEqual(5);
    expect(aksi.some((r) => typeof r.anggaran === "number")).toBe(true);
    expect(aksi.some((r) => typeof r.anggaran === "string")).toBe(true);
    expect(rm.tim.pokja.some((p) => p.area.length === 2)).toBe(true);
  });

  it("keeps the first-line indent of a list item's later paragraphs in the DOCX, as in the PDF", () => {
    const xml = strFromU8(unzipSync(salinan.docx)["word/document.xml"]);
    const p = xml.split("</w:p>").find((x) => x.includes("Komitmen pimpinan Perangkat Daerah"));
    expect(p).toMatch(/<w:ind w:left="\d+"[^>]* w:firstLine="\d+"/);
    // In the PDF the paragraph's first line starts further right than its second.
    const page = salinan.boxes.find((boxes) => boxes.some((b) => b.str.startsWith("Komitmen pimpinan")))!;
    const first = page.find((b) => b.str.startsWith("Komitmen pimpinan"))!;
    // The paragraph's second line (PDF y runs upwards): the text one line below the first, leftmost first.
    const size = first.y1 - first.y0;
    const next = page.filter((b) => b.y1 < first.y0 + 1 && b.y1 > first.y0 - size && b.str.trim() !== "").sort((a, b) => a.x0 - b.x0);
    expect(next.length).toBeGreaterThan(0);
    expect(first.x0 - next[0].x0).toBeGreaterThan(10);
  });

  it("names no Walikota and no Kota anywhere in the data files", () => {
    for (const file of dataFiles()) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/walikota/i);
      expect(text, file).not.toMatch(/\bKota\b/);
    }
  });

  it("renders the salinan and the konsep as PDF and DOCX, with a plausible number of pages", () => {
    for (const r of [salinan, konsep]) {
      // Regulation (5 pages), front matter, BAB I-V and two landscape rencana aksi tables.
      expect(r.pageCount).toBeGreaterThanOrEqual(20);
      expect(r.pageCount).toBeLessThanOrEqual(40);
      expect(r.pages).toHaveLength(r.pageCount);
      expect(strFromU8(r.docx.subarray(0, 2))).toBe("PK");
      expect(r.docxParagraphs.length).toBeGreaterThan(200);
    }
    expect(konsep.text).toContain("NOMOR .......... TAHUN 2025");
    expect(salinan.text).not.toContain("..........");
  });

  it("speaks of a Bupati and a Kabupaten, never of a Walikota or a Kota, in both editions and formats", () => {
    for (const [name, text] of [
      ["salinan PDF", salinan.text],
      ["konsep PDF", konsep.text],
      ["salinan DOCX", salinan.docxParagraphs.join("\n")],
      ["konsep DOCX", konsep.docxParagraphs.join("\n")],
    ] as const) {
      expect(text, name).not.toMatch(/walikota/i);
      expect(text, name).not.toMatch(/\bKota\b/);
      expect(text, name).toContain("PERATURAN BUPATI SUKAMAJU");
      expect(text, name).toContain("BERITA DAERAH KABUPATEN SUKAMAJU TAHUN 2025 NOMOR");
      expect(text, name).toContain("PROVINSI JAWA TENGAH");
      expect(text, name).toContain("Ditetapkan di Mekarsari");
    }
    expect(salinan.pages[0]).toMatch(/^BUPATI SUKAMAJU PROVINSI JAWA TENGAH SALINAN PERATURAN BUPATI SUKAMAJU NOMOR 27 TAHUN 2025 TENTANG ROAD MAP REFORMASI BIROKRASI PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025-2029/);
    expect(salinan.text).toContain("BERITA DAERAH KABUPATEN SUKAMAJU TAHUN 2025 NOMOR 27 SERI E");
  });

  it("signs as Plt. Bupati on one line above Wakil Bupati, keeping 'Plt.' as written", () => {
    for (const r of [salinan, konsep]) {
      // The regulation, the Kata Pengantar and the end of the Lampiran are signed.
      expect(count(r.text, PLT)).toBe(3);
      expect(count(r.text, `${PLT} ${WAKIL}`)).toBe(3);
      expect(r.text).not.toContain("PLT.");
      const signed = r.boxes.filter((page) => page.some((b) => b.str === PLT));
      expect(signed).toHaveLength(3);
      for (const page of signed) {
        const plt = page.find((b) => b.str === PLT)!;
        const wakil = page.find((b) => b.str === WAKIL)!;
        expect(wakil).toBeDefined();
        // Its own line, directly below and flush left with the Plt. line (PDF y grows upwards).
        expect(plt.y0).toBeGreaterThan(wakil.y1);
        expect(plt.y0 - wakil.y0).toBeLessThan(40);
        expect(Math.abs(plt.x0 - wakil.x0)).toBeLessThan(0.5);
      }
      // The DOCX writes each line as a paragraph of its own, in the same order.
      const i = r.docxParagraphs.indexOf(PLT);
      expect(i).toBeGreaterThan(0);
      expect(r.docxParagraphs[i + 1]).toBe(WAKIL);
      expect(r.docxParagraphs.join("\n")).not.toContain("PLT.");
    }
    expect(salinan.text).toContain(`Ditetapkan di Mekarsari pada tanggal 16 Juni 2025 ${PLT} ${WAKIL} ttd BAGAS PRADIPTA ADINEGARA`);
  });

  it("Tabel 4.1: TARGET over 2025-2029, each baseline with its own year, ↓ on the indicator that should fall", () => {
    const from = salinan.text.indexOf("Tabel 4.1 Sasaran, Indikator dan Target Reformasi Birokrasi 2025-2029 SASARAN");
    expect(from).toBeGreaterThan(0);
    const table = salinan.text.slice(from, salinan.text.indexOf("4.3 Area Perubahan dan Tema", from));
    expect(table).toContain("SATUAN BASELINE TARGET 2025 2026 2027 2028 2029");
    // Baseline years differ (SPBE 2022, the rest 2023): no year in the head, each value names its own.
    expect(table).not.toMatch(/BASELINE 20\d\d/);
    expect(table).toMatch(/Indeks Sistem Pemerintahan Berbasis Elektronik \(SPBE\) Indeks 2,61 \(2022\) 2,85 3,05 3,25 3,45 3,60/);
    expect(table).toContain("Indeks Reformasi Birokrasi Nilai 64,12 (2023) 66,00 68,00 70,00 72,00 75,00");
    expect(table).toContain("Opini WTP (2023) WTP WTP WTP WTP WTP");
    expect(table).toContain("Predikat B (2023) B BB BB BB A");
    expect(table).toContain("Rp miliar 1.246 (2023) 1.350 1.460 1.580 1.710 1.850");
    expect(table).toContain("Persentase Penduduk Miskin ↓ % 10,85% (2023) 10,40% 9,95% 9,50% 9,05% 8,60%");
    expect(table).toContain("↓ Indikator yang makin baik bila nilainya makin kecil");
    // Only the indicator whose direction is 'turun' carries the mark.
    expect(count(table.replace("↓ Indikator yang makin baik", ""), "↓")).toBe(1);
  });

  it("Tabel 4.4 and 4.5: one rencana aksi table per group, each numbering its areas from 1", () => {
    const tablePages = salinan.pages.filter((p) => p.includes("Rencana Aksi Tahun"));
    const tematikStart = tablePages.findIndex((p) => p.includes("Tabel 4.5 Rencana Aksi RB Tematik Pemerintah Kabupaten Sukamaju Tahun 2025-2029"));
    expect(tablePages[0]).toContain("Tabel 4.4 Rencana Aksi RB General Pemerintah Kabupaten Sukamaju Tahun 2025-2029");
    expect(tematikStart).toBeGreaterThan(0);
    const general = compact(tablePages.slice(0, tematikStart).join(" "));
    const tematik = compact(tablePages.slice(tematikStart).join(" "));
    // Narrow cells may split a long word (at a syllable, with a hyphen), so compare with the spaces
    // and those hyphens taken out.
    const unbroken = (s: string) => s.replace(/(?<=[a-z])-(?=[a-z])/g, "");
    ["ManajemenPerubahan", "DeregulasiKebijakan", "PenataandanPenguatanOrganisasi", "PenataanTatalaksana", "PenataanSistemManajemen", "PenguatanAkuntabilitas"].forEach((nama, i) =>
      expect(unbroken(general)).toContain(`${i + 1}${nama}`),
    );
    ["PengentasanKemiskinan", "PeningkatanInvestasi", "DigitalisasiAdministrasiPemerintahan", "PercepatanPrioritasAktual"].forEach((nama, i) =>
      expect(unbroken(tematik)).toContain(`${i + 1}${nama}`),
    );
    // Neither table holds the other group's areas, nor numbers on after it.
    expect(general).not.toContain("Kemiskinan");
    expect(tematik).not.toContain("ManajemenPerubahan");
    expect(tematik).not.toMatch(/(7|8|9|10)(PengentasanKemiskinan|PeningkatanInvestasi)/);
    // A table of one group prints no group row of its own.
    expect(general).not.toContain("RBGeneral1");
    // Anggaran (rupiah or a source) and the koordinator beside the pengampu; ↓ and its note where due.
    expect(general).toContain("Rp75.000.000");
    expect(tematik).toContain("APBDdanDanaDesa");
    // Narrow columns may hyphenate a word ("Koordina-tor"): compare without the syllable hyphens.
    expect(tematik.replace(/-(?=[a-z])/g, "")).toContain("DinsosKoordinator:Bapperida");
    expect(tematik).toContain("PrevalensiStuntingpadaBalita↓");
    expect(tematik).toContain("↓Indikatoryangmakinbaikbilanilainyamakinkecil");
    // The action without a schedule says n.a in every year.
    expect(general).toMatch(/Menyusunkajianpembentukan.*?(n\.a){5}/);
  });

  it("Tabel 4.1 and 4.2: each group opens with a full-width RB GENERAL / RB TEMATIK row, in the PDF and the DOCX", () => {
    const from41 = salinan.text.indexOf("Tabel 4.1 Sasaran, Indikator dan Target Reformasi Birokrasi 2025-2029 SASARAN");
    const t41 = salinan.text.slice(from41, salinan.text.indexOf("4.3 Area Perubahan dan Tema", from41));
    // Narrow cells may split a long word, so compare with the spaces taken out.
    expect(compact(t41)).toContain("2029RBGENERALBirokrasiyangBersihdanAkuntabel1OpiniBPK");
    expect(compact(t41)).toMatch(/RBTEMATIKReformasiBirokrasiyangBerdampakbagiKesejah-?te-?raanMasyarakat1PersentasePendudukMiskin/);
    const from42 = salinan.text.indexOf("Tabel 4.2 Kegiatan Tingkat Mikro Reformasi Birokrasi 2025-2029 Program");
    const t42 = salinan.text.slice(from42, salinan.text.indexOf("4.5 Quick Wins", from42));
    expect(compact(t42)).toContain("MasyarakatRBGENERALManajemenPerubahan1.");
    expect(compact(t42)).toMatch(/RBTEMATIKPengen-?tasanKemiskinan\d+\./);
    // One group row per group in each table: Tabel 4.4 and 4.5 hold one group each, and print none.
    for (const g of ["RB GENERAL", "RB TEMATIK"]) {
      expect(count(salinan.text, g)).toBe(2);
      expect(salinan.docxParagraphs.filter((p) => p === g)).toHaveLength(2);
    }
    // Full width in the DOCX: the cell spans every column of its table.
    const xml = strFromU8(unzipSync(salinan.docx)["word/document.xml"]);
    const spans = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
      .filter((m) => m[1].includes(">RB GENERAL<"))
      .map((m) => [(m[1].match(/<w:gridCol /g) ?? []).length, Number(/<w:gridSpan w:val="(\d+)"\/>(?:(?!<w:tc>)[\s\S])*?>RB GENERAL</.exec(m[1])?.[1])]);
    expect(spans).toHaveLength(2);
    for (const [columns, span] of spans) expect(span).toBe(columns);
  });

  it("prints the pangkat between the name and the NIP in the salinan block, and no block in the konsep", () => {
    const block = "Salinan sesuai dengan aslinya, KEPALA BAGIAN HUKUM, YUDHA PRATAMA NUGRAHA, S.H., M.H. Pembina Tingkat I (IV/b) NIP. 19780512 200312 1 009";
    expect(salinan.text).toContain(block);
    const p = salinan.docxParagraphs;
    const name = p.indexOf("YUDHA PRATAMA NUGRAHA, S.H., M.H.");
    expect(p.slice(name, name + 3)).toEqual(["YUDHA PRATAMA NUGRAHA, S.H., M.H.", "Pembina Tingkat I (IV/b)", "NIP. 19780512 200312 1 009"]);
    expect(konsep.text).not.toContain("Salinan sesuai dengan aslinya");
    expect(konsep.text).not.toContain("Pembina Tingkat I (IV/b)");
    expect(konsep.text).toContain("Paraf Koordinasi");
  });
});

describe("a fictional road map", () => {
  it("carries the CONTOH mark on every page of its regulation, in both editions and both formats", async () => {
    const dir = "tests/data/kabupaten-sukamaju-2025-2029";
    const rm = validateDataDir(dir).roadmap!;
    expect(rm.contoh).toBe(true);
    for (const edition of ["salinan", "konsep"] as const) {
      const doc = perwaliDocument(rm, dir, loadTemplates(), { edition, lampiranOnly: false });
      expect(doc.watermark, edition).toMatch(/CONTOH – DATA ILUSTRASI/);
      const parts = unzipSync(await writeDocx(doc));
      const headers = Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
      expect(headers.length).toBeGreaterThan(0);
      for (const h of headers) expect(strFromU8(parts[h]), `${edition} ${h}`).toContain("CONTOH – DATA ILUSTRASI");
      if (edition === "salinan") {
        const pages = await pdfPages((await writePdf(doc)).bytes);
        expect(pages.filter((p) => !p.includes("CONTOH – DATA ILUSTRASI"))).toEqual([]);
      }
    }
  });
});
