import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { hitungCapaian, predikatOf, tercapai, type Capaian, type IndicatorTerms } from "../src/domain/capaian.js";
import { parseTarget } from "../src/domain/target.js";
import { perwaliDocument } from "../src/pipeline/perwali.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { loadTemplates } from "../src/templates/engine.js";
import { writeKabupatenFixture } from "./helpers/fixture.js";
import { pdfText } from "./helpers/pdf.js";
import { strFromU8, unzipSync } from "fflate";

const SAKIP = ["AA", "A", "BB", "B", "CC", "C", "D"];
const naik: IndicatorTerms = { jenis: "angka", arah: "naik" };
const turun: IndicatorTerms = { jenis: "persen", arah: "turun" };
const sakip: IndicatorTerms = { jenis: "angka", arah: "naik", scale: SAKIP };
const pct = (c: Capaian) => ("value" in c ? Math.round(c.value * 100) / 100 : undefined);

describe("target kinds as road maps write them", () => {
  it("reads thresholds, ranges and scores with grades, with a decimal comma", () => {
    expect(parseTarget("> 72", naik)).toEqual({ ok: true, target: { kind: "ambang", op: ">", bound: 72 } });
    expect(parseTarget("≥ 3", naik)).toEqual({ ok: true, target: { kind: "ambang", op: "≥", bound: 3 } });
    expect(parseTarget(">= 3,5", naik)).toEqual({ ok: true, target: { kind: "ambang", op: "≥", bound: 3.5 } });
    expect(parseTarget("minimal 80", naik)).toEqual({ ok: true, target: { kind: "ambang", op: "≥", bound: 80 } });
    expect(parseTarget("maksimal 5", turun)).toEqual({ ok: true, target: { kind: "ambang", op: "≤", bound: 5 } });
    expect(parseTarget("80 - 90", naik)).toEqual({ ok: true, target: { kind: "rentang", min: 80, max: 90 } });
    expect(parseTarget("57/CC", sakip)).toEqual({ ok: true, target: { kind: "skor-predikat", skor: 57, predikat: "CC" } });
    expect(parseTarget("> 70/BB", sakip)).toEqual({ ok: true, target: { kind: "skor-predikat", skor: { op: ">", bound: 70 }, predikat: "BB" } });
    expect(parseTarget(61.5, naik)).toEqual({ ok: true, target: { kind: "nilai", value: { kind: "angka", value: 61.5 } } });
  });
  it("refuses a range written backwards and a grade off its scale, saying what was expected", () => {
    const back = parseTarget("90 - 80", naik);
    expect(back.ok || back.expected.id).toBe("rentang dari kecil ke besar (ditulis 90 - 80)");
    const grade = parseTarget("57/ZZ", sakip);
    expect(grade.ok || grade.expected.id).toBe("predikat dari skala AA, A, BB, B, CC, C, D");
    const noScale = parseTarget("57/CC", naik);
    expect(noScale.ok || noScale.expected.id).toMatch(/skala predikat pada indikator/);
  });
});

describe("capaian of each kind, worked examples", () => {
  it("threshold: met or not, and realisasi against the bound by the direction", () => {
    // > 72, realised 75: met; 75 ÷ 72 = 104,17%.
    expect(hitungCapaian(naik, "> 72", 75)).toMatchObject({ kind: "ambang", met: true });
    expect(pct(hitungCapaian(naik, "> 72", 75))).toBe(104.17);
    // Exactly 72 does not exceed 72: not met, though 100%.
    expect(hitungCapaian(naik, "> 72", 72)).toEqual({ kind: "ambang", met: false, value: 100 });
    // Poverty below 10%, realised 9%: met; (2 × 10 − 9) ÷ 10 = 110%.
    expect(hitungCapaian(turun, "< 10", 9)).toMatchObject({ kind: "ambang", met: true });
    expect(pct(hitungCapaian(turun, "< 10", 9))).toBe(110);
  });
  it("range: 100% inside; above, against the upper bound; below, against the lower (PermenPAN-RB 6/2022)", () => {
    expect(hitungCapaian(naik, "80 - 90", 85)).toEqual({ kind: "rentang", within: true, value: 100 });
    expect(pct(hitungCapaian(naik, "80 - 90", 95))).toBe(105.56);
    expect(hitungCapaian(naik, "80 - 90", 72)).toEqual({ kind: "rentang", within: false, value: 90 });
    expect(tercapai(hitungCapaian(naik, "80 - 90", 72))).toBe(false);
  });
  it("range on a 'capai' indicator (inflation 1,5-3,5): outside on either side falls short, above included", () => {
    const capai = { jenis: "angka" as const, arah: "capai" as const };
    // 3,8 above "1,5 - 3,5": (2 × 3,5 − 3,8) ÷ 3,5 = 91,43%, not 108,57%.
    expect(pct(hitungCapaian(capai, "1,5 - 3,5", 3.8))).toBe(91.43);
    expect(tercapai(hitungCapaian(capai, "1,5 - 3,5", 3.8))).toBe(false);
    expect(pct(hitungCapaian(capai, "1,5 - 3,5", 1.2))).toBe(80);
    expect(tercapai(hitungCapaian(capai, "1,5 - 3,5", 2.6))).toBe(true);
    // Lower is better: below the range is over-achievement, above falls short.
    const turunRange = { jenis: "persen" as const, arah: "turun" as const };
    expect(tercapai(hitungCapaian(turunRange, "8 - 9", 7.5))).toBe(true);
    expect(tercapai(hitungCapaian(turunRange, "8 - 9", 9.5))).toBe(false);
  });
  it("score with grade: the score's capaian and whether the grade was reached", () => {
    // 57/CC, realised 60/B: 60 ÷ 57 = 105,26%; B is above CC.
    const a = hitungCapaian(sakip, "57/CC", "60/B");
    expect(a).toMatchObject({ kind: "skor-predikat", predikatTercapai: true });
    expect(pct(a)).toBe(105.26);
    expect(predikatOf(a)).toBe("sangat tinggi");
    // > 70/BB, realised 68/B: neither the score nor the grade.
    const b = hitungCapaian(sakip, "> 70/BB", "68/B");
    expect(b).toMatchObject({ kind: "skor-predikat", met: false, predikatTercapai: false });
    expect(pct(b)).toBe(97.14);
    expect(tercapai(b)).toBe(false);
    // A score without its grade: the grade is not judged.
    expect(hitungCapaian(sakip, "57/CC", 58)).not.toHaveProperty("predikatTercapai");
  });
  it("is finite or explicitly not computed, for any target text and value", () => {
    const num = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const target = fc.oneof(
      num,
      fc.tuple(fc.constantFrom(">", "≥", "<", "≤", "minimal", "maks"), num).map(([op, n]) => `${op} ${n}`),
      fc.tuple(num, num).map(([a, b]) => `${Math.min(a, b)} - ${Math.max(a, b)}`),
      fc.tuple(num, fc.constantFrom(...SAKIP)).map(([n, g]) => `${n}/${g}`),
      fc.string({ maxLength: 8 }),
    );
    const real = fc.oneof(num, fc.constant("n.a"), fc.tuple(num, fc.constantFrom(...SAKIP)).map(([n, g]) => `${n}/${g}`), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.constantFrom(naik, turun, sakip), target, real, fc.constantFrom("2t-r", "t/r") as fc.Arbitrary<"2t-r" | "t/r">, (ind, t, r, rumus) => {
        const c = hitungCapaian(ind, t, r, rumus);
        if (c.kind === "tidak-dihitung") expect(c.reason).toBeTruthy();
        else if (c.kind === "kategori") expect(Number.isInteger(c.steps)).toBe(true);
        else expect(Number.isFinite(c.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a three-year road map with every target kind", () => {
  const years = (v: unknown) => ({ "2022": v, "2023": v, "2024": v });
  const fixture = (extra: Record<string, unknown>[] = []) =>
    writeKabupatenFixture({
      mulai: 2022,
      selesai: 2024,
      skala: [{ id: "predikat-sakip", nama: "Predikat SAKIP", nilai: SAKIP }],
      tabelSasaran: true,
      indikator: [
        { id: "s-ikm", nama: "Indeks Kepuasan Masyarakat", jenis: "angka", arah: "naik", baseline: { tahun: 2021, nilai: 70 }, target: years("> 72") },
        { id: "s-apip", nama: "Level APIP", jenis: "angka", arah: "naik", baseline: { tahun: 2021, nilai: 2 }, target: years("≥ 3") },
        { id: "s-ipp", nama: "Indeks Pelayanan Publik", jenis: "angka", arah: "naik", baseline: { tahun: 2021, nilai: 78 }, target: years("80 - 90") },
        { id: "s-sakip", nama: "Nilai SAKIP", jenis: "angka", skala: "predikat-sakip", arah: "naik", baseline: { tahun: 2021, nilai: "55/CC" }, target: { "2022": "57/CC", "2023": "60/B", "2024": "> 70/BB" } },
        ...extra,
      ],
    });

  it("validates, and renders both formats printing each target as written", async () => {
    const dir = fixture();
    const v = validateDataDir(dir, { monitoring: false });
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const model = perwaliDocument(v.roadmap!, dir, loadTemplates(), { edition: "salinan", lampiranOnly: true });
    const { files } = await renderFormats(model, ["pdf", "docx"]);
    const text = await pdfText(files[0].bytes);
    const xml = strFromU8(unzipSync(files[1].bytes)["word/document.xml"]);
    for (const t of ["&gt; 72", "≥ 3", "80 - 90", "57/CC", "60/B", "&gt; 70/BB", "55/CC"]) expect(xml.includes(t), t).toBe(true);
    for (const t of ["> 72", "≥ 3", "80 - 90", "57/CC", "> 70/BB"]) expect(text).toContain(t);
  });

  it("reports a backwards range, a grade off its scale and a threshold against the direction, at their lines", () => {
    const dir = fixture([
      { id: "s-miskin", nama: "Persentase Penduduk Miskin", jenis: "persen", arah: "turun", baseline: { tahun: 2021, nilai: 9 }, target: years("> 8") },
      { id: "s-balik", nama: "Indeks Terbalik", jenis: "angka", arah: "naik", baseline: { tahun: 2021, nilai: 9 }, target: { "2022": "90 - 80", "2023": 80, "2024": 81 } },
      { id: "s-nilai", nama: "Nilai Lain", jenis: "angka", skala: "predikat-sakip", arah: "naik", baseline: { tahun: 2021, nilai: 50 }, target: { "2022": "57/ZZ", "2023": 58, "2024": 59 } },
    ]);
    const errors = validateDataDir(dir, { monitoring: false }).diagnostics.filter((d) => d.severity === "error");
    const text = errors.map((d) => `${d.file}:${d.line} ${d.message.id} | ${d.message.en}`).join("\n");
    expect(text).toMatch(/roadmap\.yaml:\d+ target "> 8" tidak sesuai arah indikator turun \(makin rendah makin baik\) \| target "> 8" does not fit the indicator's direction turun/);
    expect(text).toMatch(/roadmap\.yaml:\d+ diharapkan rentang dari kecil ke besar \(ditulis 90 - 80\), ditemukan "90 - 80"/);
    expect(text).toMatch(/roadmap\.yaml:\d+ diharapkan predikat dari skala AA, A, BB, B, CC, C, D, ditemukan "57\/ZZ" \| expected a grade on the scale/);
    expect(errors.every((d) => (d.line ?? 0) > 1)).toBe(true);
  });
});

describe("numbers written as text, the Indonesian way (readAngka)", () => {
  const rp: IndicatorTerms = { jenis: "angka", arah: "naik" };
  it("reads a thousands dot and a decimal comma in thresholds, values and ranges", () => {
    expect(parseTarget("minimal 1.480", rp)).toEqual({ ok: true, target: { kind: "ambang", op: "≥", bound: 1480 } });
    expect(parseTarget("1.480,5", rp)).toEqual({ ok: true, target: { kind: "nilai", value: { kind: "angka", value: 1480.5 } } });
    expect(parseTarget("1.480.000", rp)).toEqual({ ok: true, target: { kind: "nilai", value: { kind: "angka", value: 1480000 } } });
    expect(parseTarget("80 - 1.200", rp)).toEqual({ ok: true, target: { kind: "rentang", min: 80, max: 1200 } });
    expect(parseTarget("> 72,5", rp)).toEqual({ ok: true, target: { kind: "ambang", op: ">", bound: 72.5 } });
    expect(parseTarget("> 1.070/BB", sakip)).toEqual({ ok: true, target: { kind: "skor-predikat", skor: { op: ">", bound: 1070 }, predikat: "BB" } });
  });
  it("refuses a decimal point, asking for a decimal comma", () => {
    for (const [written, comma] of [["1.48", "1,48"], ["minimal 1.48", "1,48"], ["3.5 - 12.3456", "3,5"], ["57.5/CC", "57,5"]]) {
      const r = parseTarget(written, written.includes("/") ? sakip : rp);
      expect(r.ok, written).toBe(false);
      expect(!r.ok && r.angka?.id).toContain(`tulis koma untuk desimal: ${comma}`);
    }
  });
  it("measures a realisasi of 1512 against 'minimal 1.480' as about 102,2% met", () => {
    const c = hitungCapaian(rp, "minimal 1.480", 1512);
    expect(c).toMatchObject({ kind: "ambang", met: true });
    expect(pct(c)).toBe(102.16);
    expect(pct(hitungCapaian(rp, "minimal 1.480", "1.512,0"))).toBe(102.16);
  });
  it("validate says which reading it took for '1.480', at its line and column, and refuses '1.48' at its own", () => {
    const years = (v: unknown) => ({ "2022": v, "2023": v, "2024": v });
    const dir = writeKabupatenFixture({
      mulai: 2022,
      selesai: 2024,
      indikator: [
        { id: "s-pad", nama: "Pendapatan Asli Daerah (Rp miliar)", jenis: "angka", arah: "naik", baseline: { tahun: 2021, nilai: 1400 }, target: years("minimal 1.480") },
        { id: "s-titik", nama: "Indeks Titik", jenis: "angka", arah: "naik", baseline: { tahun: 2021, nilai: 1 }, target: { "2022": "minimal 1.48", "2023": 2, "2024": 3 } },
      ],
    });
    const d = validateDataDir(dir, { monitoring: false }).diagnostics;
    const shown = d.map((x) => `${x.severity} ${x.file}:${x.line}:${x.column} ${x.message.id}`).join("\n");
    const notes = d.filter((x) => x.severity === "warning" && x.message.id.includes("dibaca 1.480"));
    expect(notes.map((x) => x.message.id)).toEqual(Array(3).fill("'minimal 1.480' dibaca 1.480 (seribu empat ratus delapan puluh; titik pemisah ribuan); bila maksudnya desimal tulis 1,48"));
    expect(notes.every((x) => x.file?.endsWith("roadmap.yaml") && (x.line ?? 0) > 1 && (x.column ?? 0) > 1)).toBe(true);
    expect(shown).toMatch(/error \S*roadmap\.yaml:\d+:\d+ "minimal 1\.48": angka '1\.48' memakai titik sebagai desimal; tulis koma untuk desimal: 1,48/);
    expect(d.filter((x) => x.severity === "error")).toHaveLength(1);
  });
});
