import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { capaianPersen, hitungCapaian } from "../src/domain/capaian.js";
import { indexIndicators } from "../src/domain/rencana-aksi.js";
import { parsePeriode } from "../src/domain/periode.js";
import { indicatorIdsFor } from "../src/forms/build.js";
import { evaluasiDocument } from "../src/pipeline/evaluasi.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { laporanDocument } from "../src/pipeline/laporan.js";
import { loadTemplates } from "../src/templates/engine.js";
import { buildContext } from "../src/templates/context.js";
import { buildEvaluasiContext } from "../src/templates/evaluasi-context.js";
import { buildLaporanContext, type Figures } from "../src/templates/laporan-context.js";
import { copyOfShipped, replaceInFile, SHIPPED } from "./helpers/fixture.js";
import { pdfText } from "./helpers/pdf.js";

/**
 * The Tim Pelaksana's documents on a grouped 2025-2029 road map (RB General and RB Tematik), the
 * fictional Kabupaten Sukamaju with its own monitoring and evaluation, beside the shipped
 * Probolinggo data. Figures are recounted from the YAML files without the domain code.
 */
const KAB = "tests/data/kabupaten-sukamaju-2025-2029";

function load(dir: string) {
  const v = validateDataDir(dir);
  if (!v.roadmap || !v.monitoring || !v.evaluasi) throw new Error(`data not valid: ${JSON.stringify(v.diagnostics.filter((d) => d.severity === "error"))}`);
  return { rm: v.roadmap, monitoring: v.monitoring, evaluasi: v.evaluasi.years };
}

interface RawAction {
  kode: string;
  area: string;
  kelompok?: string;
  pengampu: string[];
  tahun: number[] | "n.a";
}

/** Every rencana aksi, read from the area files as written. */
function rawActions(dir: string): RawAction[] {
  const out: RawAction[] = [];
  for (const f of readdirSync(join(dir, "areas")).sort()) {
    const area = parse(readFileSync(join(dir, "areas", f), "utf8"));
    for (const ind of area.indikator) for (const k of ind.kegiatan ?? []) for (const ra of k.rencana_aksi) out.push({ kode: ra.kode, area: area.id, kelompok: area.kelompok, pengampu: typeof ra.pengampu === "string" ? [ra.pengampu] : ra.pengampu, tahun: ra.tahun });
  }
  return out;
}

/** Scheduled, selesai and unreported per key, counted straight from the YAML files. */
function recount(dir: string, periode: string, tahun: number, key: (a: RawAction) => string, pd?: string) {
  const mon = parse(readFileSync(join(dir, "monitoring", `${periode}.yaml`), "utf8"));
  const counts = new Map<string, { terjadwal: number; selesai: number; belum: number }>();
  for (const a of rawActions(dir)) {
    if (a.tahun === "n.a" || !a.tahun.includes(tahun)) continue;
    for (const p of a.pengampu) {
      if (pd && p !== pd) continue;
      const c = counts.get(key(a)) ?? { terjadwal: 0, selesai: 0, belum: 0 };
      c.terjadwal++;
      const status = mon.laporan?.[p]?.rencana_aksi?.[a.kode]?.status;
      if (status === "selesai") c.selesai++;
      if (status === undefined) c.belum++;
      counts.set(key(a), c);
    }
  }
  return counts;
}

const asCount = (f: Figures) => ({ terjadwal: Number(f.terjadwal), selesai: Number(f.selesai), belum: Number(f.belumDilaporkan) });

describe("the Laporan on a grouped road map", () => {
  const { rm, monitoring } = load(KAB);
  const y2025 = monitoring.find((m) => m.periode.id === "2025-S2")!;

  it("builds every PD's report, and each one's figures per area and per group sum to Tabel 3.1 as recounted from the YAML", () => {
    // An area's number within its group was used as its index in the list of all areas: most PDs crashed.
    for (const pd of rm.perangkat_daerah) {
      const ctx = buildLaporanContext(rm, KAB, y2025, { pd: pd.id, tahunan: true });
      const byArea = recount(KAB, "2025-S2", 2025, (a) => a.area, pd.id);
      const byGroup = recount(KAB, "2025-S2", 2025, (a) => a.kelompok ?? "", pd.id);
      expect(Object.fromEntries(ctx.areas.map((a) => [a.id, asCount(a.rekap)])), pd.id).toEqual(Object.fromEntries(byArea));
      for (const g of ctx.kelompokAreas) {
        const id = rm.kelompok.find((k) => k.nama === g.nama)!.id;
        expect(asCount(g.subtotal!), `${pd.id} ${g.nama}`).toEqual(byGroup.get(id));
      }
      const total = [...byArea.values()].reduce((t, c) => ({ terjadwal: t.terjadwal + c.terjadwal, selesai: t.selesai + c.selesai, belum: t.belum + c.belum }), { terjadwal: 0, selesai: 0, belum: 0 });
      expect(asCount(ctx.angka), pd.id).toEqual(total);
    }
  });

  it("lists each area's kendala under that area, in its group, and draws each area's bars from its own actions", () => {
    const ctx = buildLaporanContext(rm, KAB, y2025, { tahunan: true });
    const areaOf = new Map(rawActions(KAB).map((a) => [a.kode, a]));
    const tematik = ctx.kendala.find((g) => g.nama === "RB Tematik")!;
    // The Tematik themes' own kendala appear (their codes start with T), none of the General areas'.
    expect(tematik.areas.length).toBeGreaterThanOrEqual(3);
    for (const g of ctx.kendala)
      for (const a of g.areas) {
        const area = ctx.areas.find((x) => x.label === a.area && x.kelompok === g.nama)!;
        for (const row of a.rows) expect(areaOf.get(row.kode)!.area, `${g.nama} ${a.area} ${row.kode}`).toBe(area.id);
      }
    // Gambar 3.1: each area's bars sum to its row of Tabel 3.1, under its own group's panel.
    for (const a of ctx.areas) {
      const bars = (ctx.grafik.statusArea as { area: string; kelompok?: string; jumlah: number }[]).filter((b) => b.area === a.label && b.kelompok === a.kelompok);
      expect(bars.reduce((n, b) => n + b.jumlah, 0), a.label).toBe(Number(a.rekap.terjadwal));
    }
  });

  it("counts a measurement listed under a sasaran and again under an area once", () => {
    const ctx = buildLaporanContext(rm, KAB, y2025, { tahunan: true });
    const sasaranIds = new Set(rm.sasaran.flatMap((s) => s.indikator.map((i) => i.id)));
    const shared = rm.area_perubahan.flatMap((a) => a.indikator.filter((i) => i.sama_dengan !== undefined));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(shared.every((i) => sasaranIds.has(i.sama_dengan!))).toBe(true);
    const rows = rm.sasaran.flatMap((s) => s.indikator).length + rm.area_perubahan.flatMap((a) => a.indikator).length;
    expect(ctx.indikator.length).toBe(rows - shared.length);
    expect(ctx.indikator.length).toBeGreaterThan(25);
    expect(new Set(ctx.indikator.map((r) => `${r.nama}|${r.kelompok}`)).size).toBe(ctx.indikator.length);
    // The monitoring form asks for each measurement's realisasi once, under the sasaran's id.
    const asked = indicatorIdsFor(rm, parsePeriode("2026-S2")!);
    expect(asked).toHaveLength(ctx.indikator.length);
    expect(asked.filter((id) => shared.some((i) => i.id === id))).toEqual([]);
    // The shared row names the area that lists it again.
    const poverty = ctx.indikator.find((r) => r.nama === "Persentase Penduduk Miskin")!;
    expect(poverty.kelompok).toMatch(/juga indikator Area RB Tematik 1\. Pengentasan Kemiskinan/);
  });

  it("shows RB General and RB Tematik as headed groups in Tabel 2.1 and Tabel 3.1, with subtotals that sum to the Jumlah", () => {
    const ctx = buildLaporanContext(rm, KAB, y2025, { tahunan: true });
    expect(ctx.indikatorKelompok.map((g) => g.nama)).toEqual(["RB General", "RB Tematik"]);
    expect(ctx.kelompokAreas.map((g) => [g.nama, g.areas.map((a) => a.nomor)])).toEqual([
      ["RB General", [1, 2, 3, 4, 5, 6]],
      ["RB Tematik", [1, 2, 3, 4]],
    ]);
    const sum = (k: keyof ReturnType<typeof asCount>) => ctx.kelompokAreas.reduce((n, g) => n + asCount(g.subtotal!)[k], 0);
    expect([sum("terjadwal"), sum("selesai"), sum("belum")]).toEqual([Number(ctx.angka.terjadwal), Number(ctx.angka.selesai), Number(ctx.angka.belumDilaporkan)]);
  });

  it("holds in a PD's report the indicators it reports ('pelapor'), not every indicator of its areas", () => {
    const pelapor = (id: string) => [...indexIndicators(rm).values()].filter((e) => e.indikator.pelapor?.includes(id)).map((e) => e.indikator.nama).sort();
    for (const pd of rm.perangkat_daerah) {
      const ctx = buildLaporanContext(rm, KAB, y2025, { pd: pd.id, tahunan: true });
      expect(ctx.indikator.map((r) => r.nama).sort(), pd.id).toEqual(pelapor(pd.id));
    }
    // Diskominfo reports the SPBE index, not the finance indices of its areas.
    const kominfo = buildLaporanContext(rm, KAB, y2025, { pd: "diskominfo", tahunan: true });
    expect(kominfo.indikator.map((r) => r.nama)).toContain("Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)");
    expect(kominfo.indikator.some((r) => /Opini BPK|Investasi/.test(r.nama))).toBe(false);
  });

  it("reads 'minimal 1.480' (Rp miliar) as one thousand four hundred and eighty", () => {
    const ctx = buildLaporanContext(rm, KAB, y2025, { tahunan: true });
    const kur = ctx.indikator.find((r) => r.target === "minimal 1.480")!;
    // 1.512 ÷ 1.480 = 102,16%, met; read as 1,48 it was 102.162,16%.
    expect(kur.capaian).toBe("102,16% (ambang tercapai)");
  });

  it("writes a report for every PD that has actions scheduled or indicators to report, with --pd semua", () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-kab-pd-"));
    const r = spawnSync(process.execPath, ["bin/rbdoc.js", "laporan", KAB, "--tahun", "2025", "--pd", "semua", "--format", "pdf", "--out", out, "--no-cache"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const scheduledOrReporting = new Set([...rawActions(KAB).filter((a) => a.tahun !== "n.a" && a.tahun.includes(2025)).flatMap((a) => a.pengampu), ...[...indexIndicators(rm).values()].flatMap((e) => e.indikator.pelapor ?? [])]);
    const written = readdirSync(out).filter((f) => f.endsWith(".pdf"));
    // One report per PD of the registry; those with nothing scheduled and nothing to report are one page.
    expect(written.length).toBe(rm.perangkat_daerah.length);
    expect(scheduledOrReporting.size).toBeGreaterThan(0);
  }, 120_000);
});

describe("every figure lies within what its indicator can be, on both data sets", () => {
  for (const [name, dir, sampai] of [["Probolinggo", SHIPPED, 2021], ["Sukamaju", KAB, 2026]] as const) {
    it(`${name}: projections within 'rentang', realisasi within it, no capaian above 1000%`, async () => {
      const { rm, monitoring, evaluasi } = load(dir);
      const index = indexIndicators(rm);
      const ctx = buildEvaluasiContext(rm, dir, monitoring, evaluasi, sampai, loadTemplates().terms);
      const num = (s: string) => Number(s.replace(/%$/, "").replace(/\./g, "").replace(",", "."));
      const ids = [...index.keys()];
      ctx.indikator.forEach((row, i) => {
        const ind = index.get(ids[i])!.indikator;
        expect(row.nama).toBe(ind.nama);
        const [min, max] = ind.rentang ?? (ind.jenis === "persen" ? [0, 100] : [0, Infinity]);
        if (row.proyeksi !== "–") {
          expect(num(row.proyeksi), `${ind.id} ${row.proyeksi}`).toBeGreaterThanOrEqual(min);
          expect(num(row.proyeksi), `${ind.id} ${row.proyeksi}`).toBeLessThanOrEqual(max);
        }
      });
      for (const m of monitoring)
        for (const [id, r] of Object.entries(m.data.indikator)) {
          const e = index.get(id)!;
          const c = capaianPersen(hitungCapaian({ ...e.indikator, scale: undefined }, e.indikator.target[String(m.periode.tahun)], r.nilai));
          if (c !== undefined) expect(c, `${m.periode.id} ${id}`).toBeLessThan(1000);
        }
      // And in print: no percentage of four digits or more anywhere in the evaluation or the year's report.
      const year = monitoring.filter((m) => m.periode.tahun === sampai - (name === "Sukamaju" ? 1 : 0)).at(-1)!;
      const texts = [
        await pdfText((await renderFormats((await evaluasiDocument(rm, dir, monitoring, evaluasi, sampai, loadTemplates())).doc, ["pdf"])).files[0].bytes),
        await pdfText((await renderFormats(await laporanDocument(rm, dir, year, loadTemplates(), { tahunan: true }), ["pdf"])).files[0].bytes),
      ];
      for (const t of texts) expect(t.match(/\b\d{1,3}(\.\d{3})+(,\d+)?%/g) ?? []).toEqual([]);
    }, 120_000);
  }
});

describe("the evaluation on a grouped road map", () => {
  const { rm, monitoring, evaluasi } = load(KAB);
  const ctx = buildEvaluasiContext(rm, KAB, monitoring, evaluasi, 2026, loadTemplates().terms);

  it("judges a category on course when it meets the latest realised year's target, and states the basis", () => {
    // Predikat SAKIP: B in 2025 (target B), BB in 2026 (target BB); the 2029 target is A.
    const sakip = ctx.indikator.find((i) => i.nama === "Predikat SAKIP Pemerintah Daerah")!;
    expect(sakip.targetAkhir).toBe("A");
    expect([sakip.jalur, sakip.dasar]).toEqual(["sesuai", { jenis: "target-tahun", tahun: 2026 }]);
  });

  it("numbers areas within their group under group headings, as the road map and the report do", () => {
    expect(ctx.areaKelompok.map((g) => [g.nama, g.rows.map((r) => r.nama.split(".")[0])])).toEqual([
      ["RB General", ["1", "2", "3", "4", "5", "6"]],
      ["RB Tematik", ["1", "2", "3", "4"]],
    ]);
    expect(ctx.indikatorKelompok.map((g) => g.nama)).toEqual(["RB General", "RB Tematik"]);
  });

  it("lists the previous period's indicators that match none of this period's", () => {
    expect(ctx.perbandingan.tanpaPadanan.length).toBeGreaterThan(0);
    const prev = rm.evaluasi_sebelumnya!.sasaran.flatMap((s) => s.indikator);
    expect(ctx.perbandingan.baris.length + ctx.perbandingan.tanpaPadanan.length).toBe(prev.length);
  });

  it("puts text targets in the workbook's Target column as printed", () => {
    const sheet = ctx.tabelData.find((t) => t.sheet === "Indikator")!;
    const col = sheet.columns.findIndex((c) => c.header === "Target");
    const year = sheet.columns.findIndex((c) => c.header === "Tahun");
    expect(sheet.rows.find((r) => r[year] === 2025 && r[col] === "minimal 1.480"), "the KUR row holds its text target").toBeDefined();
    expect(sheet.rows.find((r) => r[year] === 2025 && r[col] === "1,5 - 3,5"), "the inflation range").toBeDefined();
    // Every indicator has a target every year (a number, a text, or n.a): no empty Target cell.
    expect(sheet.rows.filter((r) => r[col] === null)).toEqual([]);
  });
});

describe("validate on shared indicators and ranges", () => {
  const errors = (dir: string) => validateDataDir(dir).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file?.split("/").pop()}:${d.line}: ${d.message.id}`);

  it("refuses a realisasi reported under a shared area indicator's id, naming the id to use", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "monitoring/2021-S2.yaml"), "\nindikator:\n", "\nindikator:\n  indeks-kelembagaan:\n    nilai: 40\n");
    expect(errors(dir)).toEqual([expect.stringMatching(/^2021-S2\.yaml:\d+: indikator 'indeks-kelembagaan' adalah pengukuran yang sama dengan 'sasaran-indeks-kelembagaan'.*laporkan realisasinya sekali, di bawah 'sasaran-indeks-kelembagaan'/)]);
  });

  it("refuses a shared indicator whose targets differ from its sasaran's, and a value outside the range", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "areas/03-penataan-organisasi.yaml"), `target: {"2020": 43.84, "2021": 43.85`, `target: {"2020": 43.84, "2021": 44`);
    replaceInFile(join(dir, "monitoring/2021-S2.yaml"), /(sasaran-indeks-spbe:\n\s+nilai: )3\.37/, "$15.4");
    const e = errors(dir);
    expect(e).toContainEqual(expect.stringMatching(/^03-penataan-organisasi\.yaml:\d+: target 2021 \(44\) berbeda dari target indikator sasaran 'sasaran-indeks-kelembagaan' \(43\.85\)/));
    expect(e).toContainEqual(expect.stringMatching(/^2021-S2\.yaml:\d+: nilai 5,40 di luar rentang indikator 0,00-5,00/));
    expect(e).toHaveLength(2);
  });
});

describe("validate on the previous period's counterparts", () => {
  it("refuses a 'padanan' that names no indicator of this road map", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "sasaran.yaml"), "padanan: sasaran-indeks-spbe", "padanan: sasaran-indeks-spb");
    const e = validateDataDir(dir).diagnostics.filter((d) => d.severity === "error");
    expect(e.map((d) => d.message.id)).toEqual([expect.stringMatching(/indikator road map ini 'sasaran-indeks-spb' tidak ada \(maksudnya 'sasaran-indeks-spbe'\?\)/)]);
  });
});

describe("the regulation's hambatan list on a grouped road map", () => {
  it("is under each group's name, numbered within the group", () => {
    const { rm } = load(KAB);
    const ctx = buildContext(rm, KAB, { edition: "salinan", lampiranOnly: false });
    expect(ctx.hambatanKelompok.map((g) => g.nama)).toEqual(["RB General", "RB Tematik"]);
    expect(ctx.hambatanKelompok.map((g) => g.areas.map((a) => a.nomor))).toEqual(ctx.hambatanKelompok.map((g) => g.areas.map((_, i) => i + 1)));
  });
});
