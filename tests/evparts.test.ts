import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { lewatBatasWaktu } from "../src/domain/tindak-lanjut.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { evaluasiDocument } from "../src/pipeline/evaluasi.js";
import { laporanDocument } from "../src/pipeline/laporan.js";
import { loadTemplates } from "../src/templates/engine.js";
import { buildLaporanContext } from "../src/templates/laporan-context.js";
import { writeTablesWorkbook } from "../src/writers/xlsx/tables.js";
import { copyOfShipped, replaceInFile, SAMPLE_PNG, SHIPPED } from "./helpers/fixture.js";
import { pdfPages } from "./helpers/pdf.js";

const KAB = "tests/data/kabupaten-sukamaju-2025-2029";

function load(dir: string) {
  const v = validateDataDir(dir);
  if (!v.roadmap || !v.monitoring || !v.evaluasi) throw new Error(`${dir}: data not valid`);
  return { rm: v.roadmap, monitoring: v.monitoring, years: v.evaluasi.years };
}

async function evaluasiPdf(dir: string, sampai: number) {
  const { rm, monitoring, years } = load(dir);
  const { doc, context } = await evaluasiDocument(rm, dir, monitoring, years, sampai, loadTemplates());
  const pages = await pdfPages((await renderFormats(doc, ["pdf"])).files[0].bytes);
  return { doc, context, pages, text: flat(pages.join(" ")) };
}

async function laporanPdf(dir: string, periode: string) {
  const { rm, monitoring } = load(dir);
  const doc = await laporanDocument(rm, dir, monitoring.find((m) => m.periode.id === periode)!, loadTemplates(), { tahunan: true });
  return flat((await pdfPages((await renderFormats(doc, ["pdf"])).files[0].bytes)).join(" "));
}

/** The text with words broken at a line's end joined again. */
function flat(text: string): string {
  return text.replace(/(\p{Ll})- (\p{Ll})/gu, "$1$2");
}

describe("Dasar Hukum", () => {
  it("is by default the regulation's RB mengingat entries, then the road map regulation itself, in both documents", async () => {
    const { rm, monitoring } = load(SHIPPED);
    const ctx = buildLaporanContext(rm, SHIPPED, monitoring.find((m) => m.periode.id === "2021-S2")!, { tahunan: true });
    // Of 22 mengingat entries, six are about Reformasi Birokrasi by their title; the Undang-Undang are not.
    expect(ctx.dasarHukum.filter((d) => d.teks).map((d) => d.teks!.match(/Nomor \d+ Tahun \d{4}/)![0])).toEqual([
      "Nomor 81 Tahun 2010",
      "Nomor 9 Tahun 2011",
      "Nomor 30 Tahun 2012",
      "Nomor 37 Tahun 2013",
      "Nomor 11 Tahun 2015",
      "Nomor 25 Tahun 2020",
    ]);
    expect(ctx.dasarHukum.at(-1)!.regulasi).toMatchObject({ jenis: "Peraturan Walikota Probolinggo", nomor: 166, tahun: 2020 });
    const laporan = await laporanPdf(SHIPPED, "2021-S2");
    expect(laporan).toContain("1.4 Dasar Hukum");
    expect(laporan).toMatch(/Peraturan Walikota Probolinggo Nomor 166 Tahun 2020 tentang Road Map Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2020-2024 \(Berita Daerah Kota Probolinggo Tahun 2020 Nomor \d+/);
    // The evaluation adds the instrument's basis unless a listed citation has its number: PMPRB's
    // 26/2020 is added for Probolinggo; Sukamaju's mengingat already cites 9/2023, once.
    const ev = await evaluasiPdf(SHIPPED, 2021);
    expect(ev.text).toContain("1.2 Dasar Hukum");
    expect(ev.text).toContain("Peraturan Menteri PANRB Nomor 26 Tahun 2020 tentang Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi;");
    const kab = await evaluasiPdf(KAB, 2026);
    expect(kab.context.dasarHukum.filter((d) => /Nomor 9 Tahun 2023/.test(d.teks ?? ""))).toHaveLength(1);
    expect(kab.text).toMatch(/Peraturan Bupati Sukamaju Nomor 27 Tahun 2025 .*Seri E\)\./);
  });

  it("is the data's own list when laporan.yaml states one", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "laporan.yaml"), "  rumus_turun: 2t-r", '  rumus_turun: 2t-r\n  dasar_hukum:\n    - "Peraturan Presiden Nomor 81 Tahun 2010 tentang *Grand Design* Reformasi Birokrasi 2010-2025;"\n    - Peraturan Walikota Probolinggo Nomor 166 Tahun 2020');
    const { rm, monitoring } = load(dir);
    const ctx = buildLaporanContext(rm, dir, monitoring.find((m) => m.periode.id === "2021-S2")!, { tahunan: true });
    expect(ctx.dasarHukum).toEqual([{ teks: "Peraturan Presiden Nomor 81 Tahun 2010 tentang *Grand Design* Reformasi Birokrasi 2010-2025" }, { teks: "Peraturan Walikota Probolinggo Nomor 166 Tahun 2020" }]);
  });
});

describe("the Tim RB's profile", () => {
  it("names the SK, the membership, the monitoring schedule and the meetings of the report's period", async () => {
    const { rm, monitoring } = load(SHIPPED);
    const ctx = buildLaporanContext(rm, SHIPPED, monitoring.find((m) => m.periode.id === "2021-S2")!, { tahunan: true });
    expect(ctx.tim.sk).toMatchObject({ nomor: "188.45/CONTOH/425.012/2020", tanggal: "28 Desember 2020" });
    expect(ctx.tim.pelaksana).toEqual({ ketua: "Sekretaris Daerah Kota Probolinggo", jumlah: 12 });
    expect(ctx.tim.pokja).toHaveLength(8);
    // Five meetings in the data, three of them in 2021.
    expect(ctx.tim.rapat.map((r) => r.tanggal)).toEqual(["10 Februari 2021", "21 Juli 2021", "17 November 2021"]);
    const laporan = await laporanPdf(SHIPPED, "2021-S2");
    expect(laporan).toContain("dibentuk dengan Keputusan Walikota Probolinggo Nomor 188.45/CONTOH/425.012/2020 tanggal 28 Desember 2020");
    expect(laporan).toContain("Selama tahun 2021 Tim mengadakan 3 rapat");
    const kab = await evaluasiPdf(KAB, 2026);
    expect(kab.text).toContain("Selama tahun 2025 sampai dengan 2026 Tim mengadakan 4 rapat");
    expect(kab.text).toContain("Tabel 1.1 Kelompok Kerja Tim Reformasi Birokrasi");
  });
});

describe("the RATL", () => {
  it("marks a plan overdue when its deadline passed before the document's date and it is not finished", () => {
    expect(lewatBatasWaktu("2021-12-31", "dalam proses", "2022-01-31")).toBe(true);
    expect(lewatBatasWaktu("2021-12-31", "selesai", "2022-01-31")).toBe(false);
    expect(lewatBatasWaktu("2022-01-31", "belum ditindaklanjuti", "2022-01-31")).toBe(false);
    expect(lewatBatasWaktu(undefined, "belum ditindaklanjuti", "2022-01-31")).toBe(false);
  });

  it("lists each recommendation once with its plan, PD, deadline and status, as Tabel 6.1 and the sheet 'RATL'", async () => {
    const { context, text } = await evaluasiPdf(SHIPPED, 2021);
    // Five recommendations, two of 2020 repeated in 2021: five rows, the repeated ones by their 2021 entry.
    expect(context.ratl.baris.map((r) => [r.tahun, r.batasWaktu, r.status, r.lewatBatas])).toEqual([
      [2020, "31 Maret 2021", "selesai", false],
      [2021, "31 Desember 2021", "selesai", false],
      [2021, "30 Juni 2022", "dalam proses", false],
      [2021, "31 Desember 2021", "belum ditindaklanjuti", true],
      [2021, "30 September 2022", "dalam proses", false],
    ]);
    expect(text).toContain("Tabel 6.1 Rencana Aksi Tindak Lanjut Rekomendasi Hasil Evaluasi");
    expect(text).toContain("lewat batas waktu");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeTablesWorkbook(context.tabelData, { title: "uji", created: context.created, contoh: true })) as unknown as ExcelJS.Buffer);
    const ratl = wb.getWorksheet("RATL")!;
    const rows = ratl.getRows(4, ratl.rowCount - 3)!.map((r) => [r.getCell(1).value, r.getCell(5).value, r.getCell(7).value]);
    expect(rows).toContainEqual([2021, "2021-12-31", "lewat batas waktu"]);
    expect(rows.filter((r) => r[2] === "lewat batas waktu")).toHaveLength(1);
    const kab = await evaluasiPdf(KAB, 2026);
    // On 31 January 2027 three plans are past their deadline unfinished, one of them from 2025.
    expect(kab.context.ratl.baris.filter((r) => r.lewatBatas).map((r) => [r.tahun, r.batasWaktu])).toEqual([[2025, "31 Maret 2026"], [2026, "31 Desember 2026"], [2026, "31 Oktober 2026"]]);
  });
});

describe("Bab VI of the evaluation", () => {
  it("names each finding in words, with no row citations, and ends with the follow-up each implies", async () => {
    const { text } = await evaluasiPdf(SHIPPED, 2021);
    const bab6 = text.slice(text.lastIndexOf("BAB VI TEMUAN"));
    expect(bab6).not.toMatch(/\(baris \d+\)/);
    expect(bab6).not.toContain("Temuan berikut disusun dari data dengan aturan yang tertulis");
    expect(bab6).toContain("Indeks SPBE (Sasaran: Birokrasi yang kapabel; juga indikator Area 4. Penataan Tatalaksana; dinilai menurut target 2021)");
    expect(bab6).toContain("Area 3. Penataan Organisasi (68,8% selesai)");
    // The follow-up: the Tim's decision where the data gives one, the stated default elsewhere.
    const tindakLanjut = bab6.slice(bab6.indexOf("6.3 Tindak Lanjut Temuan"));
    expect(tindakLanjut).toContain("Indeks SPBE: Diskominfo menyusun rencana aksi peningkatan domain layanan SPBE");
    expect(tindakLanjut).toContain("Rencana aksi 7.2.03 (Inspektorat): Inspektorat menetapkan Unit Pengendali Gratifikasi");
    expect(tindakLanjut).toContain("Kelompok Kerja Area Penataan Organisasi meninjau rencana aksi yang belum selesai");
    expect(tindakLanjut).toContain("(bawaan)");
    expect(tindakLanjut).toContain("Sekretaris Tim Pelaksana memantau RATL setiap bulan");
  });
});

describe("the evaluation's formal elements", () => {
  it("prints the lambang on the cover, the period and its last year as the Laporan does, and a signed Kata Pengantar", async () => {
    const dir = copyOfShipped();
    copyFileSync(SAMPLE_PNG, join(dir, "lambang.png"));
    replaceInFile(join(dir, "roadmap.yaml"), "  ibu_kota: Probolinggo\n", "  ibu_kota: Probolinggo\n  lambang: lambang.png\n");
    const { doc, pages } = await evaluasiPdf(dir, 2021);
    const cover = doc.sections.find((s) => s.id === "sampul")!;
    expect(cover.blocks.some((b) => b.type === "image" && b.src.endsWith("lambang.png"))).toBe(true);
    expect(pages[0]).toMatch(/RINGKASAN EVALUASI PELAKSANAAN ROAD MAP REFORMASI BIROKRASI TAHUN 2020-2021 .*PEMERINTAH KOTA PROBOLINGGO 2021/);
    expect(pages[0]).not.toContain("2022");
    expect(pages[1]).toMatch(/^KATA PENGANTAR .*Probolinggo, 31 Januari 2022 Sekretaris Daerah selaku Ketua Tim Pelaksana Reformasi Birokrasi NAMA PEJABAT \(CONTOH\) NIP\. \.+/);
    const kab = await evaluasiPdf(KAB, 2026);
    expect(kab.pages[1]).toContain("Dr. RATNA KUSUMAWARDANI, S.Sos., M.Si. Pembina Utama Muda (IV/c) NIP. 19700312 199603 1 004");
  });
});
