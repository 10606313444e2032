import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadEvaluasi } from "../src/data/evaluasi.js";
import { validateDataDir } from "../src/data/validate.js";
import { komponenOf, predikatRb, scoreInstrument } from "../src/domain/evaluasi-rb.js";
import { linearAt, proyeksiTarget } from "../src/domain/proyeksi.js";
import { evaluasiDocument } from "../src/pipeline/evaluasi.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { loadTemplates } from "../src/templates/engine.js";
import { writeTablesWorkbook } from "../src/writers/xlsx/tables.js";
import { drawChart } from "../src/charts/draw.js";
import { forEachBlock } from "../src/model/walk.js";
import { copyOfShipped, replaceInFile, SHIPPED } from "./helpers/fixture.js";
import { pdfText } from "./helpers/pdf.js";
import { convertWithLibreOffice, describeWithReader } from "./helpers/readers.js";

const instruments = loadEvaluasi(SHIPPED, undefined).instruments;
const pmprb = instruments.get("pmprb-2020")!;
const rb2023 = instruments.get("rb-2023")!;
const leavesOf = (inst: typeof pmprb) => komponenOf(inst).filter((k) => k.leaf).map((k) => k.id);
const errors = (dir: string) => validateDataDir(dir).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");

describe("RB evaluation scores", () => {
  it("weigh the PMPRB 2020 leaves as a hand-worked example does", () => {
    // Every leaf at 80% of its range: each node scores 0.8 × its weight, the index 80.
    const all80 = Object.fromEntries(leavesOf(pmprb).map((id) => [id, 80]));
    const [index] = scoreInstrument(pmprb, all80, {});
    expect(index.mandiri).toBeCloseTo(80, 10);
    expect(index.nodes.find((n) => n.id === "pengungkit")!.mandiri).toBeCloseTo(48, 10);
    expect(index.nodes.find((n) => n.id === "reform")!.mandiri).toBeCloseTo(24, 10);
    // 80 is not above 80: BB, not A.
    expect(index.predikatMandiri).toBe("BB");
    // One area's pemenuhan (Manajemen Perubahan, weight 2) at 100, everything else at 50: 50 + 0.5 × 2 = 51, CC.
    const mixed = Object.fromEntries(leavesOf(pmprb).map((id) => [id, id === "pemenuhan-manajemen-perubahan" ? 100 : 50]));
    const [m] = scoreInstrument(pmprb, mixed, { "indeks-rb": 49.5, hasil: 21 });
    expect(m.mandiri).toBeCloseTo(51, 10);
    expect(m.predikatMandiri).toBe("CC");
    expect(m.predikatResmi).toBe("C");
    expect(m.selisih).toBeCloseTo(49.5 - 51, 10);
    expect(m.nodes.find((n) => n.id === "hasil")!.selisih).toBeCloseTo(1, 10);
  });

  it("weigh Pemenuhan by the LKE's area weights (2, 1, 2, 2, 5, 2, 4, 2), worked by hand", () => {
    // LKE PMPRB 2020, A.I Pemenuhan (weights as a secondary source reproduces the Lampiran):
    //   Manajemen Perubahan      2 × 80/100  = 1.6
    //   Deregulasi Kebijakan     1 × 60/100  = 0.6
    //   Penataan Organisasi      2 × 50/100  = 1.0
    //   Penataan Tatalaksana     2 × 75/100  = 1.5
    //   Penataan SDM Aparatur    5 × 90/100  = 4.5
    //   Penguatan Akuntabilitas  2 × 70/100  = 1.4
    //   Penguatan Pengawasan     4 × 40/100  = 1.6
    //   Pelayanan Publik         2 × 100/100 = 2.0
    //                                   total 14.2 of 20 (an even split, 2.5 each, gives 14.125)
    const scores = {
      "pemenuhan-manajemen-perubahan": 80,
      "pemenuhan-deregulasi-kebijakan": 60,
      "pemenuhan-penataan-organisasi": 50,
      "pemenuhan-penataan-tatalaksana": 75,
      "pemenuhan-penataan-sdm": 90,
      "pemenuhan-akuntabilitas": 70,
      "pemenuhan-pengawasan": 40,
      "pemenuhan-pelayanan-publik": 100,
    };
    const [index] = scoreInstrument(pmprb, scores, {});
    const pemenuhan = index.nodes.find((n) => n.id === "pemenuhan")!;
    expect(pemenuhan.mandiri).toBeCloseTo(14.2, 10);
    expect(index.nodes.find((n) => n.id === "pemenuhan-penataan-sdm")!.mandiri).toBeCloseTo(4.5, 10);
    // The rest unscored: the index stays open, not a total of the pemenuhan alone.
    expect(index.mandiri).toBeUndefined();
    // Published weights are not marked; the levels no source publishes are, and named for the note.
    expect(pemenuhan.bobotAsumsi).toBe(false);
    expect(index.asumsi).toEqual(["Hasil Antara Area Perubahan", "Reform", "Komponen Hasil"]);
    expect(index.nodes.filter((n) => n.bobotDiasumsikan).map((n) => n.id)).toEqual([
      ...leavesOf(pmprb).filter((id) => id.startsWith("hasil-antara-") || id.startsWith("reform-")),
      "hasil-bersih-akuntabel",
      "hasil-kapabel",
      "hasil-pelayanan-prima",
    ]);
  });

  it("weigh RB General by hand, and leave an unscored RB Tematik open instead of zero", () => {
    const scores = {
      "general-rencana-aksi": 100, // 3
      "general-implementasi": 50, // 3.5
      "general-hard-element": 60, // 19.8
      "general-soft-element": 100, // 7
      "general-bersih-akuntabel": 70, // 14
      "general-kapabel": 80, // 12
      "general-pelayanan-prima": 90, // 13.5
    };
    const [general, tematik] = scoreInstrument(rb2023, scores, {});
    expect(general.mandiri).toBeCloseTo(72.8, 10);
    expect(general.predikatMandiri).toBe("BB");
    expect(tematik.mandiri).toBeUndefined();
    expect([tematik.dinilai, tematik.daun]).toEqual([0, 7]);
  });

  it("give predikat by strict bounds: AA > 90, … D ≤ 30", () => {
    const p = (x: number) => predikatRb(pmprb.predikat, x);
    expect([p(95), p(90), p(80.01), p(70), p(60.5), p(50), p(31), p(30), p(0)]).toEqual(["AA", "A", "A", "B", "B", "C", "C", "D", "D"]);
  });
});

describe("on course for the final target", () => {
  const naik = { jenis: "angka" as const, arah: "naik" as const };
  const y = (tahun: number, nilai: number | string | undefined, target?: number | string) => ({ tahun, nilai, target });
  it("judges the latest realised year against that year's target, the road map's path to the final one", () => {
    // Met this year's target, though below the final one: on course.
    expect(proyeksiTarget(naik, [y(2020, 60, 58), y(2021, 62, 61)], 70, 2024)).toMatchObject({ status: "sesuai", dasar: "target-tahun", tahun: 2021 });
    // Below this year's target: off course, whatever the earlier year did.
    expect(proyeksiTarget(naik, [y(2020, 60, 58), y(2021, 62, 63)], 68, 2024)).toMatchObject({ status: "tidak-sesuai", dasar: "target-tahun", tahun: 2021 });
    // Lower is better.
    expect(proyeksiTarget({ jenis: "angka", arah: "turun" }, [y(2020, 10, 10), y(2021, 9, 9.5)], 6, 2024).status).toBe("sesuai");
  });
  it("judges a category by the latest year's target, not the final one (Predikat BB = BB in 2025 is on course for A in 2029)", () => {
    const sakip = { jenis: "kategori" as const, arah: "capai" as const, scale: ["AA", "A", "BB", "B", "CC", "C", "D"] };
    expect(proyeksiTarget(sakip, [y(2025, "BB", "BB")], "A", 2029)).toMatchObject({ status: "sesuai", dasar: "target-tahun", tahun: 2025 });
    expect(proyeksiTarget(sakip, [y(2025, "A", "B")], "AA", 2029).status).toBe("sesuai");
    expect(proyeksiTarget(sakip, [y(2025, "B", "BB")], "A", 2029).status).toBe("tidak-sesuai");
  });
  it("falls back to a least-squares line to the final target where the latest year's target is n.a", () => {
    expect(linearAt([[2020, 60], [2021, 62]], 2024)).toBeCloseTo(68, 10);
    expect(proyeksiTarget(naik, [y(2020, 60, 50), y(2021, 62, "n.a")], 68, 2024)).toMatchObject({ status: "sesuai", dasar: "proyeksi", proyeksi: 68 });
    expect(proyeksiTarget(naik, [y(2020, 60, 50), y(2021, 62, "n.a")], 70, 2024)).toMatchObject({ status: "tidak-sesuai", dasar: "proyeksi" });
    expect(proyeksiTarget(naik, [y(2020, 60, "n.a")], 68, 2024)).toMatchObject({ status: "data-belum-cukup", alasan: "realisasi-kurang" });
    expect(proyeksiTarget(naik, [y(2020, "n.a", 60), y(2021, undefined, 62)], 68, 2024)).toMatchObject({ status: "data-belum-cukup", alasan: "belum-ada-realisasi" });
    // n.a and unreported years are skipped: the latest realised year is 2020.
    expect(proyeksiTarget(naik, [y(2020, 60, 59), y(2021, "n.a", 61)], 68, 2024)).toMatchObject({ status: "sesuai", tahun: 2020 });
  });
  it("keeps a projection within what the measure can be: its 'rentang', else 0-100 for a percentage, else 0 upwards", () => {
    expect(proyeksiTarget({ jenis: "persen", arah: "naik" }, [y(2020, 95, 90), y(2021, 98, 95)], 100, 2024).proyeksi).toBe(100);
    expect(proyeksiTarget({ jenis: "angka", arah: "turun" }, [y(2020, 4, 4), y(2021, 2, 3)], 1, 2024).proyeksi).toBe(0);
    // The Indeks Pelayanan Publik is on a 0-5 scale: never projected at 5,33.
    const ipp = proyeksiTarget({ jenis: "angka", arah: "naik", rentang: [0, 5] }, [y(2020, 3.83, 3.6), y(2021, 4.13, 3.8)], 4.03, 2024);
    expect(ipp.proyeksi).toBe(5);
    expect(proyeksiTarget(naik, [y(2020, 60, 60), y(2021, 62, 62)], 68, 2024).proyeksi).toBeCloseTo(68, 10);
  });
});

describe("validate on instruments and scores", () => {
  it("reports weights that do not add up, scores outside their range and unknown komponen, at their lines", () => {
    const dir = copyOfShipped();
    mkdirSync(join(dir, "instrumen"));
    writeFileSync(
      join(dir, "instrumen", "salah.yaml"),
      "id: salah\nnama: Salah\ndasar: uji\npredikat: [{predikat: A, lebih_dari: 50}, {predikat: B}]\nbagian:\n  - id: total\n    nama: Total\n    komponen:\n      - {id: a, nama: A, bobot: 60, komponen: [{id: a1, nama: A1, bobot: 30}, {id: a2, nama: A2, bobot: 20}]}\n      - {id: b, nama: B, bobot: 30, rentang: [5, 1]}\n",
    );
    replaceInFile(join(dir, "evaluasi/2021.yaml"), /pemenuhan-manajemen-perubahan: [\d.]+/, "pemenuhan-manajemen-perubahn: 120");
    replaceInFile(join(dir, "evaluasi/2021.yaml"), /indeks-rb: [\d.]+/, "indeks-rb: 140");
    const text = errors(dir);
    expect(text).toMatch(/salah\.yaml:9 bobot 60 tidak sama dengan jumlah bobot sub-komponennya \(50\)/);
    expect(text).toMatch(/salah\.yaml:6 bobot 100 tidak sama dengan jumlah bobot sub-komponennya \(90\)/);
    expect(text).toMatch(/salah\.yaml:10 rentang \[5, 1\] harus dari kecil ke besar/);
    expect(text).toMatch(/2021\.yaml:\d+ 'pemenuhan-manajemen-perubahn' bukan komponen daun instrumen pmprb-2020 \(maksudnya 'pemenuhan-manajemen-perubahan'\?\)/);
    expect(text).toMatch(/2021\.yaml:\d+ nilai resmi 140 di luar 0-100/);
  });

  it("reads 'bobot_asumsi' as said of a komponen's sub-komponen: on a leaf it is an error at its line", () => {
    const dir = copyOfShipped();
    mkdirSync(join(dir, "instrumen"));
    writeFileSync(
      join(dir, "instrumen", "asumsi.yaml"),
      "id: asumsi\nnama: Asumsi\ndasar: uji\npredikat: [{predikat: A, lebih_dari: 50}, {predikat: B}]\nbagian:\n  - id: total\n    nama: Total\n    komponen:\n      - {id: a, nama: A, bobot: 60, bobot_asumsi: true, komponen: [{id: a1, nama: A1, bobot: 30}, {id: a2, nama: A2, bobot: 30}]}\n      - {id: b, nama: B, bobot: 40, bobot_asumsi: true, sumber: uji}\n",
    );
    const text = errors(dir);
    expect(text).toMatch(/asumsi\.yaml:10 bobot_asumsi berlaku bagi bobot sub-komponen/);
    expect(text).not.toMatch(/asumsi\.yaml:9 /);
  });

  it("takes a third instrument from the data folder with no code: a file, and scores that use it", async () => {
    const dir = copyOfShipped();
    mkdirSync(join(dir, "instrumen"));
    writeFileSync(
      join(dir, "instrumen", "zi-2022.yaml"),
      "id: zi-2022\nnama: Evaluasi Zona Integritas\ndasar: contoh uji\npredikat: [{predikat: WBBM, lebih_dari: 85}, {predikat: WBK, lebih_dari: 75}, {predikat: belum}]\nbagian:\n  - id: zi\n    nama: Zona Integritas\n    komponen:\n      - {id: zi-pengungkit, nama: Pengungkit, bobot: 60, rentang: [0, 5]}\n      - {id: zi-hasil, nama: Hasil, bobot: 40}\n",
    );
    writeFileSync(join(dir, "evaluasi", "2022.yaml"), "tahun: 2022\ninstrumen: zi-2022\npenilaian_mandiri: {zi-pengungkit: 4.5, zi-hasil: 80}\nresmi: {zi: 81}\n");
    const v = validateDataDir(dir);
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const year = v.evaluasi!.years.find((y) => y.data.tahun === 2022)!;
    // 4.5 of 5 × 60 = 54, 80% × 40 = 32: 86, WBBM; official 81, WBK.
    const [zi] = scoreInstrument(year.instrumen, year.data.penilaian_mandiri, year.data.resmi);
    expect(zi.mandiri).toBeCloseTo(86, 10);
    expect([zi.predikatMandiri, zi.predikatResmi]).toEqual(["WBBM", "WBK"]);
    const { context, doc } = await evaluasiDocument(v.roadmap!, dir, v.monitoring!, v.evaluasi!.years, 2022, loadTemplates());
    expect(context.nilaiRb.map((n) => n.tahun)).toEqual([2020, 2021, 2022]);
    expect(context.nilaiRb[2].bagian[0]).toMatchObject({ nama: "Zona Integritas", mandiri: "86,00", predikatMandiri: "WBBM", resmi: "81,00", selisih: "−5,00" });
    // Gambar 4.1 gives each part its own panel: a Zona Integritas score is not a bar of the RB index.
    let svg = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/nilai-rb" && (svg = b.drawing!.svg));
    expect([...svg.matchAll(/role-title-text"[^>]*><text\b[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(["Indeks Reformasi Birokrasi", "Zona Integritas"]);
  });
});

describe("the evaluation summary", () => {
  const v = validateDataDir(SHIPPED);
  it("is built from the shipped example data, with findings by stated rules", async () => {
    const { context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    expect(context.tahun.daftar).toEqual([2020, 2021]);
    expect(context.contoh).toBe(true);
    // The previous period's Tabel 2.1 is matched by the key the data states ('padanan'), then id, then
    // name; eight of its eleven indicators have a counterpart, and the three without are listed.
    expect(context.perbandingan.baris.map((b) => [b.nama, b.padanan])).toEqual([
      ["Opini WTP atas Laporan Keuangan", "Opini BPK minimal WTP"],
      ["Tingkat Kapabilitas APIP", "Level Kapabilitas APIP"],
      ["Tingkat Kematangan Implementasi SPIP", "Maturitas SPIP"],
      ["Pemerintah daerah yang Akuntabel (Skor B atas SAKIP)", "Nilai SAKIP"],
      ["Indeks Profesionalitas ASN", "Nilai Indeks Profesionalitas ASN"],
      ["Indeks e-Government Nasional/SPBE", "Indeks SPBE"],
      ["Survei Kepuasan Masyarakat", "Hasil Survei Kepuasan Masyarakat"],
      ["Indeks Pelayanan Publik", "Indeks Pelayanan Publik dengan kategori baik (3,51 – 4,00)"],
    ]);
    expect(context.perbandingan.tanpaPadanan).toEqual(["Penggunaan e-Procurement terhadap Belanja Pengadaan", "Indeks Reformasi Birokrasi", "Indeks Integritas"]);
    expect(context.perbandingan.baris.length + context.perbandingan.tanpaPadanan.length).toBe(v.roadmap!.evaluasi_sebelumnya!.sasaran.flatMap((s) => s.indikator).length);
    // The total row weighs what its top-level komponen weigh together: 100 in PMPRB.
    expect(context.nilaiRb.map((n) => n.bagian[0].bobot)).toEqual(["100,00", "100,00"]);
    // Two 2020 recommendations are repeated in 2021: counted once each, by their 2021 status.
    expect(context.rekomendasi.filter((r) => r.lanjutan === 2021).map((r) => r.tahun)).toEqual([2020, 2020]);
    expect(context.rekomendasiJumlah).toBe(context.rekomendasi.length - 2);
    expect(context.rekomendasiTerbuka).toBe(context.rekomendasi.filter((r) => r.lanjutan === undefined && r.status !== "selesai").length);
    const repeated = context.rekomendasi.find((r) => r.tahun === 2020 && /penyetaraan jabatan/.test(r.uraian))!;
    expect([repeated.status, repeated.terbuka]).toEqual(["dalam proses", false]);
    // Two BKPSDM actions stayed unreported in 2021: shown beside the share, not hidden in it.
    expect(context.area.find((a) => /SDM/.test(a.nama))!.tahun[1]).toMatchObject({ belumDilaporkan: "2", belumAdaLaporan: false });
    expect(context.area.every((a) => a.tahun[0].belumDilaporkan === undefined)).toBe(true);
    const area2021 = context.area.map((a) => Number(a.tahun[1].persen.replace(",", ".")));
    expect(context.areaDiBawahAmbang.length).toBe(area2021.filter((x) => x < 80).length);
  });

  it("writes real numbers in its spreadsheet companion, and leaves missing values empty", async () => {
    const { context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const bytes = await writeTablesWorkbook(context.tabelData, { title: "uji", created: context.created, contoh: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Indikator", "Rencana Aksi per Area", "Rencana Aksi per PD", "Nilai RB", "Rekomendasi", "RATL"]);
    const nilai = wb.getWorksheet("Nilai RB")!;
    const total2021 = nilai.getRows(4, nilai.rowCount)!.find((r) => r.getCell(1).value === 2021 && String(r.getCell(4).value).startsWith("TOTAL"))!;
    expect(typeof total2021.getCell(7).value).toBe("number");
    expect(typeof total2021.getCell(8).value).toBe("number");
    // A weight no source publishes says so in its row: the reform areas' and the hasil sasaran's, not the pemenuhan areas'.
    const weightNote = (tahun: number, nama: string) => nilai.getRows(4, nilai.rowCount - 3)!.filter((r) => r.getCell(1).value === tahun && r.getCell(4).value === nama).map((r) => r.getCell(10).value);
    expect(weightNote(2021, "Birokrasi yang Kapabel")).toEqual(["asumsi"]);
    expect(weightNote(2021, "Penataan Sistem Manajemen SDM Aparatur")).toEqual([null, "asumsi", "asumsi"]);
    expect(weightNote(2021, "Pemenuhan")).toEqual([null]);
    const indikator = wb.getWorksheet("Indikator")!;
    const rows = indikator.getRows(4, indikator.rowCount - 3)!;
    const notReported = rows.find((r) => r.getCell(10).value === "belum dilaporkan")!;
    expect(notReported.getCell(8).value).toBeNull();
    // Each row names its Tabel 2.1 row, its sasaran or area, and the indicator's course.
    const first = context.indikator[0];
    const firstRows = rows.filter((r) => r.getCell(1).value === 1);
    expect(firstRows.map((r) => r.getCell(6).value)).toEqual([2020, 2021]);
    expect(firstRows[0].getCell(4).value).toBe(first.kelompok);
    expect(firstRows[0].getCell(12).value).toBe(loadTemplates().terms.text(`evaluasi.jalur.${first.jalur}`));
    const projected = context.indikator.find((i) => i.proyeksi !== "–")!;
    const cell = rows.find((r) => r.getCell(1).value === projected.no)!.getCell(13).value;
    expect(typeof cell).toBe("number");
    expect(String(cell).replace(".", ",")).toBe(projected.proyeksi.replace(/,?0+$/, ""));
    const again = await writeTablesWorkbook(context.tabelData, { title: "uji", created: context.created, contoh: true });
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it("says under each Nilai RB table which weights are assumed, and stars those it shows", async () => {
    const { context, doc } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const [index] = context.nilaiRb[0].bagian;
    expect(index.asumsi).toEqual(["Hasil Antara Area Perubahan", "Reform", "Komponen Hasil"]);
    expect(index.baris.filter((b) => b.bobotDiasumsikan).map((b) => b.nama)).toEqual(["Birokrasi yang Bersih dan Akuntabel", "Birokrasi yang Kapabel", "Pelayanan Publik yang Prima"]);
    const texts: string[] = [];
    forEachBlock(doc, (b) => b.type === "paragraph" && texts.push(b.content.map((i) => (i.type === "text" ? i.text : " ")).join("")));
    const notes = texts.filter((t) => t.includes("adalah asumsi, bukan bobot resmi"));
    // Once per table (two years), beside the general statement at the head of the chapter.
    expect(notes.filter((t) => t.startsWith("Bobot sub-komponen Hasil Antara Area Perubahan, Reform dan Komponen Hasil "))).toHaveLength(2);
    expect(texts.filter((t) => t === "15,00*")).toHaveLength(4);
    expect(texts).not.toContain("20,00*");
  });

  it("stores a share exactly and leaves the two decimals to the cell's format (11 of 15 is 73,33, not 73,30)", async () => {
    const { context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeTablesWorkbook(context.tabelData, { title: "uji", created: context.created, contoh: true })) as unknown as ExcelJS.Buffer);
    const area = wb.getWorksheet("Rencana Aksi per Area")!;
    // Manajemen Perubahan 2020: 11 of the 15 scheduled actions finished.
    const row = area.getRows(4, area.rowCount - 3)!.find((r) => String(r.getCell(1).value).endsWith("Manajemen Perubahan") && r.getCell(2).value === 2020)!;
    expect([row.getCell(3).value, row.getCell(4).value]).toEqual([15, 11]);
    expect(row.getCell(6).value).toBeCloseTo((11 / 15) * 100, 10);
    expect(row.getCell(6).numFmt).toBe("0.00");
  });

  it("marks every printed page of illustrative figures, and only those", async () => {
    const { context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    for (const contoh of [true, false]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await writeTablesWorkbook(context.tabelData, { title: "uji", created: context.created, contoh })) as unknown as ExcelJS.Buffer);
      for (const ws of wb.worksheets) {
        // The print header repeats on every page; row 2 is printed on the first only.
        const header = ws.headerFooter?.oddHeader ?? "";
        if (contoh) expect(header, ws.name).toContain("CONTOH – DATA ILUSTRASI");
        else expect(header, ws.name).toBe("");
        expect(ws.pageSetup.printTitlesRow).toBe("3:3");
      }
    }
  });

  it("shows ids, names and other text whole: a column wide enough for its text, or wrapped in a row tall enough", async () => {
    const { context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeTablesWorkbook(context.tabelData, { title: "uji", created: context.created, contoh: true })) as unknown as ExcelJS.Buffer);
    const cut: string[] = [];
    for (const ws of wb.worksheets) {
      for (let r = 4; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        row.eachCell((cell, c) => {
          if (typeof cell.value !== "string") return;
          // Measured at one character per width unit, which holds for wider faces than Calibri too.
          const width = ws.getColumn(c).width!;
          const lines = Math.ceil((cell.value.length + 1) / width);
          const shown = lines === 1 || (cell.alignment?.wrapText === true && (row.height ?? 15) >= 15 * lines);
          if (!shown) cut.push(`${ws.name}!${cell.address}: ${cell.value}`);
        });
      }
    }
    expect(cut).toEqual([]);
    // Ids sit on one line; the longest PD name and indicator name wrap into a taller row.
    const ind = wb.getWorksheet("Indikator")!;
    expect(ind.getColumn(2).width).toBeGreaterThanOrEqual("indeks-tata-kelola-pengadaan-barang-jasa".length + 1);
    const pd = wb.getWorksheet("Rencana Aksi per PD")!;
    const longest = pd.getRows(4, pd.rowCount - 3)!.find((r) => r.getCell(1).value === "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan")!;
    expect([longest.getCell(1).alignment?.wrapText, longest.height]).toEqual([true, 30]);
  });
});

/** The words of a chart's SVG, one per text mark or line of one. */
function chartTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].flatMap((m) => m[1].split(/<\/tspan>/)).map((t) => t.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").trim()).filter(Boolean);
}

describe("the evaluation summary's charts", () => {
  const v = validateDataDir(SHIPPED);
  const charts = async () => {
    const { doc } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const found = new Map<string, string>();
    forEachBlock(doc, (b) => b.type === "chart" && found.set(b.spec, b.drawing!.svg));
    return found;
  };

  it("write every number the Indonesian way, a flat series included", async () => {
    const all = await charts();
    const numbers = [...all.values()].flatMap(chartTexts).filter((t) => /^[\d.,]+%?$/.test(t) && !/^20\d\d$/.test(t));
    expect(numbers.length).toBeGreaterThan(30);
    // Decimal comma, thousands dot, and no run of padding zeros ("3.000000" for Level Kapabilitas APIP, 3 in both years).
    expect(numbers.filter((t) => !/^\d{1,3}(\.\d{3})*(,\d{1,2})?%?$/.test(t))).toEqual([]);
    expect(chartTexts(all.get("grafik/indikator-per-tahun")!)).toContain("3,2");
  });

  it("give each indicator of Gambar 2.1 a panel of its own, titled whole as in Tabel 2.1, with a legend for the dashed target", async () => {
    const { doc, context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    let svg = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/indikator-per-tahun" && (svg = b.drawing!.svg));
    const titles = [...svg.matchAll(/role-title-text"[^>]*>(<text\b[^>]*>[\s\S]*?<\/text>)/g)].map((m) => m[1].replace(/<\/tspan><tspan[^>]*>/g, " ").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"));
    // The Indeks SPBE listed under a sasaran and again under an area is one measurement: one panel.
    const charted = context.indikator.filter((i) => i.tahun.some((t) => /^\d/.test(t.realisasi) || /^\d/.test(t.target)));
    expect(titles).toEqual(charted.map((i) => `${i.no}. ${i.nama}`));
    expect(titles.filter((t) => / Indeks SPBE$/.test(t)).length).toBe(1);
    // Each panel holds a target and a realisasi line, and a projection line where the table gives
    // a projection; its points stand on the period's five years, the targets running on to 2024.
    const projected = context.indikator.filter((i) => i.proyeksi !== "–" && charted.includes(i));
    const realised = charted.filter((i) => i.tahun.some((t) => /^\d/.test(t.realisasi)));
    const targeted = charted.filter((i) => i.tahun.some((t) => /^\d/.test(t.target)));
    expect(svg.match(/aria-roledescription="line mark"/g)!.length).toBe(realised.length + targeted.length + projected.length);
    expect(projected.length).toBeGreaterThan(0);
    const xs = new Set([...svg.matchAll(/aria-roledescription="point" transform="translate\(([\d.]+),/g)].map((m) => m[1]));
    expect(xs.size).toBe(5);
    const legend = svg.slice(svg.indexOf("role-legend"));
    expect(legend).toMatch(/stroke-dasharray="4,2"[\s\S]*?>Target</);
    expect(legend).toMatch(/stroke-dasharray="1,0"[\s\S]*?>Realisasi</);
    expect(legend).toMatch(/stroke-dasharray="1.5,2"[\s\S]*?>Proyeksi</);
    // The IPP projection is drawn within its 0-5 range, at the value the table prints.
    const ipp = context.indikator.find((i) => i.nama.startsWith("Indeks Pelayanan Publik"))!;
    expect(ipp.proyeksi).toBe("5");
  });

  it("draw Gambar 3.1's cells with no gridline through their values, beside whole area names", async () => {
    const { doc, context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    let svg = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/penyelesaian-area-tahun" && (svg = b.drawing!.svg));
    expect(svg).not.toContain("role-axis-grid");
    const labels = [...svg.matchAll(/role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((m) => [...m[1].matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => t[1].replace(/<\/tspan><tspan[^>]*>/g, " ").replace(/<[^>]+>/g, "")));
    expect(labels).toEqual(expect.arrayContaining(context.area.map((a) => a.nama)));
  });

  it("write on each bar of Gambar 4.1 its value with a decimal comma, so the gap between self-assessment and official score reads", async () => {
    const { doc, context } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    let svg = "";
    forEachBlock(doc, (b) => b.type === "chart" && b.spec === "grafik/nilai-rb" && (svg = b.drawing!.svg));
    const values = [...svg.matchAll(/aria-roledescription="text mark"[^>]*>([^<]+)</g)].map((m) => m[1]);
    // As in Tabel 4.1 and 4.2: 2020 mandiri 78,67 and resmi 76,90; 2021 78,70 and 75,07 (with the LKE's pemenuhan weights).
    expect(values).toEqual(context.nilaiRb.flatMap((y) => y.bagian.flatMap((b) => [b.mandiri, b.resmi])));
    expect(values).toEqual(["78,67", "76,90", "78,70", "75,07"]);
  });

  it("label a number axis with thousands dots", async () => {
    const spec = { data: { values: [{ a: "x", b: 1200 }, { a: "y", b: 2500 }] }, mark: "bar", encoding: { y: { field: "a", type: "nominal" }, x: { field: "b", type: "quantitative" } } };
    expect(chartTexts((await drawChart("uji", JSON.stringify(spec))).svg)).toEqual(expect.arrayContaining(["1.000", "2.000"]));
  });
});

describeWithReader("the evaluation summary's DOCX in LibreOffice", () => {
  it("opens, with its chapters and charts' captions", async () => {
    const v = validateDataDir(SHIPPED);
    const { doc } = await evaluasiDocument(v.roadmap!, SHIPPED, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const docx = (await renderFormats(doc, ["docx"])).files[0].bytes;
    const dir = mkdtempSync(join(tmpdir(), "rbdoc-ev-lo-"));
    writeFileSync(join(dir, "e.docx"), docx);
    convertWithLibreOffice(join(dir, "e.docx"), dir, "pdf");
    const text = await pdfText(readFileSync(join(dir, "e.pdf")));
    for (const heading of ["CAPAIAN INDIKATOR DAN JALUR MENUJU TARGET", "HASIL EVALUASI REFORMASI BIROKRASI", "TEMUAN, TINDAK LANJUT DAN PENUTUP", "Gambar 4.1"]) expect(text).toContain(heading);
    expect(readFileSync(join(dir, "e.pdf")).length).toBeGreaterThan(50_000);
  });
});
