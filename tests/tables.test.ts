import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { buildTables } from "../src/templates/tables.js";
import { textWidthOf } from "../src/typography/measure.js";
import { areaNumbers } from "../src/domain/groups.js";

describe("Tabel 4.4's target column", () => {
  it("holds a target of several words on one line, measured whole", () => {
    const rm = validateDataDir("data/probolinggo-2020-2024", { monitoring: false }).roadmap!;
    rm.area_perubahan[0].indikator[0].target["2020"] = "minimal tiga dokumen";
    const width = buildTables(rm)["rencana-aksi"].lebar.target;
    // Units of about 5.6 pt for 7 pt text; the whole target, not its longest word.
    expect(width * 5.6).toBeGreaterThan(textWidthOf("minimal tiga dokumen", 7));
  });
});

describe("tables of a road map with RB General and RB Tematik", () => {
  const load = () => validateDataDir("tests/data/kabupaten-sukamaju-2025-2029", { monitoring: false }).roadmap!;

  it("open each group with its name, group by group even when the data interleaves them, numbering areas as areaNumbers does", () => {
    const rm = load();
    // A tematik area and a tematik sasaran listed first, among the general ones.
    rm.area_perubahan.unshift(rm.area_perubahan.splice(7, 1)[0]);
    rm.sasaran.unshift(rm.sasaran.pop()!);
    const numbers = areaNumbers(rm);
    const t = buildTables(rm);
    const heads = <R extends { kelompok?: string }>(rows: R[]) => rows.flatMap((r, i) => (r.kelompok ? [[i, r.kelompok]] : []));
    expect(heads(t.sasaran.rows)).toEqual([[0, "RB General"], [5, "RB Tematik"]]);
    expect(t.sasaran.rows[5].sasaran?.nama).toBe("Reformasi Birokrasi yang Berdampak bagi Kesejahteraan Masyarakat");
    const mikro = t["program-mikro"].rows;
    expect(heads(mikro)).toEqual([[0, "RB General"], [6, "RB Tematik"]]);
    expect(mikro.slice(6).map((r) => r.nama)).toEqual(rm.area_perubahan.filter((a) => a.kelompok === "tematik").map((a) => a.nama_program ?? a.nama));
    // One rencana aksi table of both groups: a group row before each group, areas 1-6 then 1-4.
    const aksi = t["rencana-aksi"].rows;
    expect(aksi.filter((r) => r.kelompok).map((r) => r.kelompok)).toEqual(["RB General", "RB Tematik"]);
    const areaRows = aksi.filter((r) => r.area).map((r) => r.area!);
    expect(areaRows.map((a) => a.nomor)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4]);
    for (const a of rm.area_perubahan) expect(areaRows.find((r) => r.nama === a.nama)?.nomor).toBe(numbers.get(a.id)?.nomor);
    // A table limited to one group has no group row.
    for (const g of ["general", "tematik"]) {
      const sub = t.kelompok[g];
      expect([...sub.sasaran.rows, ...sub["program-mikro"].rows, ...sub["rencana-aksi"].rows].some((r) => r.kelompok)).toBe(false);
    }
  });

  it("have no group rows for a road map without groups", () => {
    const t = buildTables(validateDataDir("data/probolinggo-2020-2024", { monitoring: false }).roadmap!);
    expect([...t.sasaran.rows, ...t["program-mikro"].rows, ...t["rencana-aksi"].rows].some((r) => r.kelompok)).toBe(false);
  });
});

describe("Tabel 4.1 as the original prints it", () => {
  const rm = () => validateDataDir("data/probolinggo-2020-2024", { monitoring: false }).roadmap!;

  it("names the baseline year all indicators share, and leaves out a satuan column no indicator fills", () => {
    const t = buildTables(rm()).sasaran;
    expect(t.tahunBaseline).toBe(2018);
    expect(t.adaSatuan).toBe(false);
    expect(t.rows[0].baseline).toBe("n.a");
  });

  it("prints each value with the decimals it was written with, unless the indicator sets `desimal`", () => {
    const t = buildTables(rm()).sasaran;
    const ipp = t.rows.find((r) => r.nama.startsWith("Indeks Pelayanan Publik"))!;
    expect(ipp.targets).toEqual(["3,51", "3,8", "4,00", "4,01", "4,03"]);
    const kelembagaan = t.rows.find((r) => r.nama === "Indeks Kelembagaan baik")!;
    expect(kelembagaan.targets).toEqual(["43,84", "43,85", "43,86", "43,87", "43,88"]);
  });

  it("keeps a satuan column that some indicator fills (Tabel 2.1), and drops it when none does", () => {
    const r = rm();
    expect(buildTables(r)["evaluasi-sebelumnya"]?.adaSatuan).toBe(true);
    for (const s of r.evaluasi_sebelumnya!.sasaran) for (const ind of s.indikator) delete ind.satuan;
    expect(buildTables(r)["evaluasi-sebelumnya"]?.adaSatuan).toBe(false);
  });
});
