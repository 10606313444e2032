import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hitungCapaian, predikatOf, type Capaian, type IndicatorTerms } from "../src/domain/capaian.js";
import { aksiStatuses, countByStatus, STATUS_LAPORAN } from "../src/domain/monitoring.js";
import { rekapAksi } from "../src/domain/rekap.js";
import { validateDataDir } from "../src/data/validate.js";
import { SHIPPED } from "./helpers/fixture.js";

const naik: IndicatorTerms = { jenis: "angka", arah: "naik" };
const turun: IndicatorTerms = { jenis: "angka", arah: "turun" };
const opini: IndicatorTerms = { jenis: "kategori", arah: "capai", scale: ["WTP", "WDP", "TW", "TMP"] };
const value = (c: Capaian) => (c.kind === "persen" ? Math.round(c.value * 100) / 100 : c);

describe("capaian", () => {
  it("is realisasi ÷ target for higher-is-better", () => {
    expect(value(hitungCapaian(naik, 80, 82))).toBe(102.5);
    expect(value(hitungCapaian({ jenis: "persen", arah: "naik" }, 74, 70.3))).toBe(95);
  });
  it("is (2 × target − realisasi) ÷ target for lower-is-better, or target ÷ realisasi when the data says so", () => {
    // Target 10% error rate, 12% reached: 80%. With t/r: 83.33%.
    expect(value(hitungCapaian(turun, 10, 12))).toBe(80);
    expect(value(hitungCapaian(turun, 10, 8))).toBe(120);
    expect(value(hitungCapaian(turun, 10, 12, "t/r"))).toBe(83.33);
  });
  it("judges a category on its scale, with the number of steps", () => {
    expect(hitungCapaian(opini, "WTP", "WTP")).toEqual({ kind: "kategori", met: true, steps: 0 });
    expect(hitungCapaian(opini, "WDP", "WTP")).toEqual({ kind: "kategori", met: true, steps: 1 });
    expect(hitungCapaian(opini, "WTP", "TW")).toEqual({ kind: "kategori", met: false, steps: -2 });
  });
  it("states why it cannot be computed: zero target, n.a on either side, no report, no target", () => {
    expect(hitungCapaian(naik, 0, 5)).toEqual({ kind: "tidak-dihitung", reason: "target-nol" });
    expect(hitungCapaian(turun, 5, 0, "t/r")).toEqual({ kind: "tidak-dihitung", reason: "realisasi-nol" });
    expect(hitungCapaian(naik, "n.a", 5)).toEqual({ kind: "tidak-dihitung", reason: "target-na" });
    expect(hitungCapaian(naik, 5, "n.a")).toEqual({ kind: "tidak-dihitung", reason: "realisasi-na" });
    expect(hitungCapaian(naik, 5, undefined)).toEqual({ kind: "tidak-dihitung", reason: "belum-dilaporkan" });
    expect(hitungCapaian(naik, undefined, 5)).toEqual({ kind: "tidak-dihitung", reason: "tanpa-target" });
    // A real zero is a result, not a missing value.
    expect(hitungCapaian(naik, 40, 0)).toEqual({ kind: "persen", value: 0 });
  });
  it("is finite or explicitly not computed, for any values", () => {
    const raw = fc.oneof(fc.double(), fc.integer(), fc.constantFrom("n.a", "WTP", "TMP", "x"), fc.constant(undefined));
    fc.assert(
      fc.property(fc.constantFrom(naik, turun, opini, { jenis: "persen", arah: "capai" } as IndicatorTerms), raw, raw, fc.constantFrom("2t-r", "t/r") as fc.Arbitrary<"2t-r" | "t/r">, (ind, t, r, rumus) => {
        const c = hitungCapaian(ind, t, r, rumus);
        if (c.kind === "kategori") expect(Number.isInteger(c.steps)).toBe(true);
        else if (c.kind === "tidak-dihitung") expect(c.reason).toBeTruthy();
        else expect(Number.isFinite(c.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("predikat", () => {
  it("follows Permendagri 86/2017 by default, at the band edges too", () => {
    const p = (v: number) => predikatOf({ kind: "persen", value: v });
    expect([p(120), p(91), p(90.99), p(76), p(75.5), p(66), p(65), p(51), p(50), p(-10)]).toEqual(["sangat tinggi", "sangat tinggi", "tinggi", "tinggi", "sedang", "sedang", "rendah", "rendah", "sangat rendah", "sangat rendah"]);
    expect(predikatOf({ kind: "tidak-dihitung", reason: "target-nol" })).toBeUndefined();
    expect(predikatOf({ kind: "kategori", met: false, steps: -1 })).toBe("belum tercapai");
  });
  it("takes a pemda's own scale", () => {
    const own = [{ min: 100, predikat: "memenuhi" }, { min: 0, predikat: "tidak memenuhi" }];
    expect(predikatOf({ kind: "persen", value: 99 }, own)).toBe("tidak memenuhi");
  });
});

describe("rencana aksi figures", () => {
  const v = validateDataDir(SHIPPED);
  const s2 = v.monitoring!.find((m) => m.periode.id === "2021-S2")!;
  const rows = aksiStatuses(v.roadmap!, s2.data, 2021);
  it("count every scheduled action once per pengampu, statuses summing to the scheduled count", () => {
    const r = rekapAksi(rows);
    expect(Object.values(r.status).reduce((a, b) => a + b, 0)).toBe(r.terjadwal);
    expect(r.status).toEqual(countByStatus(rows));
    expect(r.dilaporkan).toBe(r.terjadwal - r.status["belum dilaporkan"]);
    expect(r.persenSelesai).toBeCloseTo((r.status.selesai / r.terjadwal) * 100, 10);
  });
  it("sum budget only over rows that state a pagu", () => {
    const withBudget = rows.filter((x) => x.laporan?.anggaran?.pagu !== undefined);
    const r = rekapAksi(rows);
    expect(r.anggaran.baris).toBe(withBudget.length);
    expect(r.anggaran.pagu).toBe(withBudget.reduce((n, x) => n + x.laporan!.anggaran!.pagu!, 0));
    expect(rekapAksi([]).anggaran.persen).toBeUndefined();
    expect(rekapAksi([]).persenSelesai).toBeUndefined();
  });
  it("keep status counts summing to the scheduled count for any mix of reports", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUS_LAPORAN), { maxLength: 60 }), (statuses) => {
        const r = rekapAksi(statuses.map((status) => ({ ...rows[0], status })));
        expect(Object.values(r.status).reduce((a, b) => a + b, 0)).toBe(statuses.length);
      }),
    );
  });
});
