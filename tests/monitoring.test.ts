import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { aksiStatuses, BELUM_DILAPORKAN, countByStatus } from "../src/domain/monitoring.js";
import { comparePeriode, latestOfYear, parsePeriode, periodeLabel } from "../src/domain/periode.js";
import { copyOfShipped, replaceInFile, SHIPPED } from "./helpers/fixture.js";

const problems = (dir: string) => validateDataDir(dir).diagnostics.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message.id}`).join("\n");

/** A copy of the shipped data whose 2021-S2 file is replaced by `yaml`. */
function withMonitoring(yaml: string, name = "2021-S2.yaml"): string {
  const dir = copyOfShipped();
  writeFileSync(join(dir, "monitoring", name), yaml);
  return dir;
}

describe("reporting periods", () => {
  it("reads years, semesters and quarters with their first and last day", () => {
    expect(parsePeriode("2021-S2")).toMatchObject({ tahun: 2021, jenis: "semester", ke: 2, mulai: "2021-07-01", selesai: "2021-12-31" });
    expect(parsePeriode("2024-TW1")).toMatchObject({ mulai: "2024-01-01", selesai: "2024-03-31" });
    expect(parsePeriode(2020)).toMatchObject({ id: "2020", mulai: "2020-01-01", selesai: "2020-12-31" });
    expect(parsePeriode("2021-S3")).toBeUndefined();
    expect(periodeLabel(parsePeriode("2021-TW3")!)).toBe("Triwulan III 2021");
  });
  it("lets the period that ends last stand for its year", () => {
    const items = ["2021-S1", "2021-TW3", "2021-S2", "2020"].map((id) => ({ periode: parsePeriode(id)! }));
    expect(latestOfYear(items, 2021)?.periode.id).toBe("2021-S2");
    expect(comparePeriode(parsePeriode("2021-TW3")!, parsePeriode("2021-S1")!)).toBeGreaterThan(0);
    expect(comparePeriode(parsePeriode("2020-S2")!, parsePeriode("2021-TW1")!)).toBeLessThan(0);
  });
});

describe("shipped monitoring data", () => {
  const result = validateDataDir(SHIPPED);
  it("is valid, marked as an example, and keeps 'not reported' apart from 'not started'", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.monitoring?.map((m) => m.periode.id)).toEqual(["2020", "2021-S1", "2021-S2"]);
    expect(result.monitoring?.every((m) => m.data.contoh)).toBe(true);
    const s1 = result.monitoring!.find((m) => m.periode.id === "2021-S1")!;
    const counts = countByStatus(aksiStatuses(result.roadmap!, s1.data, 2021));
    // disperpusip did not report in semester 1: its actions are not reported, not "belum dimulai".
    const disperpusip = aksiStatuses(result.roadmap!, s1.data, 2021).filter((r) => r.pd === "disperpusip");
    expect(disperpusip.length).toBeGreaterThan(0);
    expect(disperpusip.every((r) => r.status === BELUM_DILAPORKAN)).toBe(true);
    expect(counts[BELUM_DILAPORKAN]).toBe(disperpusip.length);
    expect(counts["belum dimulai"]).toBeGreaterThan(0);
  });
});

describe("monitoring rules", () => {
  const header = 'periode: "2021-S2"\nlaporan:\n';
  it("reports each broken rule at its line", () => {
    const dir = withMonitoring(`${header}  diskominfo:
    tanggal: 2021-06-01
    rencana_aksi:
      "4.2.01": {status: selesai, progres: 90}
      "4.2.02": {status: dalam proses, progres: 100}
      "9.9.99": {status: selesai, progres: 100}
      "1.1.01": {status: selesai, progres: 100}
      "4.1.01":
        status: selesai
        progres: 100
        bukti: [{jenis: Laporan, tanggal: 2020-12-31, berkas: ../../etc/passwd}, {jenis: SK, berkas: bukti/tidak-ada.pdf}]
        anggaran: {pagu: 1000000, realisasi: 2000000}
      "4.3.01": {status: ditunda, progres: 0}
indikator:
  sasaran-opini-bpk: {nilai: WTTP}
  sasaran-rad-ppk: {nilai: "61.5"}
  indikator-tak-ada: {nilai: 3}
`);
    const text = problems(dir);
    expect(text).toMatch(/error \S+2021-S2\.yaml:4 tanggal laporan 2021-06-01 sebelum periode 2021-S2 dimulai/);
    expect(text).toMatch(/error \S+:6 status selesai berarti progres 100%, ditemukan 90%/);
    expect(text).toMatch(/error \S+:7 progres 100% berarti status selesai, ditemukan 'dalam proses'/);
    expect(text).toMatch(/error \S+:8 kode rencana aksi '9\.9\.99' tidak ada/);
    expect(text).toMatch(/error \S+:9 rencana aksi 1\.1\.01 diampu oleh bag-organisasi, bukan diskominfo/);
    expect(text).toMatch(/error \S+:13 tanggal bukti 2020-12-31 di luar periode/);
    expect(text).toMatch(/error \S+:13 berkas bukti '\.\.\/\.\.\/etc\/passwd' berada di luar folder data/);
    expect(text).toMatch(/error \S+:13 berkas bukti 'bukti\/tidak-ada\.pdf' tidak ditemukan/);
    expect(text).toMatch(/warning \S+:14 realisasi anggaran \(2000000\) melebihi pagu \(1000000\)/);
    expect(text).toMatch(/warning \S+:15 status ditunda: sebutkan kendalanya/);
    expect(text).toMatch(/error \S+:17 diharapkan kategori WTP, WDP, TW, TMP atau "n\.a", ditemukan "WTTP"/);
    // A decimal point in text asks for the decimal comma ("61,5" is the number it says).
    expect(text).toMatch(/error \S+:18 .*'61\.5' memakai titik sebagai desimal; tulis koma untuk desimal: 61,5/);
    expect(text).toMatch(/error \S+:19 indikator 'indikator-tak-ada' tidak ada/);
    expect(validateDataDir(dir).roadmap).toBeUndefined();
  });

  it("warns about a report on an action not scheduled that year", () => {
    // 4.2.01 (Membuat arsitektur SPBE) is scheduled in 2021 only.
    const dir = withMonitoring(`periode: 2022\nlaporan:\n  diskominfo:\n    rencana_aksi:\n      "4.2.01": {status: selesai, progres: 100}\n`, "2022.yaml");
    expect(problems(dir)).toMatch(/warning \S+2022\.yaml:5 rencana aksi 4\.2\.01 tidak dijadwalkan pada tahun 2022/);
  });

  it("requires the file name to be the period, and one period per end date", () => {
    const dir = withMonitoring(`${header}  {}\n`, "2021-S1.yaml");
    writeFileSync(join(dir, "monitoring", "2021.yaml"), "periode: 2021\n");
    const text = problems(dir);
    expect(text).toMatch(/periode '2021-S2' tidak sama dengan nama berkas '2021-S1\.yaml'/);
    expect(text).toMatch(/periode 2021-S2 dan 2021 berakhir pada hari yang sama|periode 2021 dan 2021-S2 berakhir pada hari yang sama/);
  });

  it("checks the schema with positions: an unknown status, rupiah with cents, a progress above 100", () => {
    const dir = withMonitoring(`${header}  diskominfo:\n    rencana_aksi:\n      "4.2.01": {status: slesai, progres: 120, anggaran: {pagu: 1500000.5}}\n`);
    const text = problems(dir);
    expect(text).toMatch(/2021-S2\.yaml:5 diharapkan salah satu dari "belum dimulai", "dalam proses", "selesai"/);
    expect(text).toMatch(/2021-S2\.yaml:5 diharapkan paling besar 100, ditemukan angka 120/);
    expect(text).toMatch(/2021-S2\.yaml:5 .*bilangan bulat/);
  });

  it("does not let a bad monitoring file stop the Perwali, which does not read it", () => {
    const dir = withMonitoring("periode: [\n");
    expect(validateDataDir(dir).roadmap).toBeUndefined();
    expect(validateDataDir(dir, { monitoring: false }).roadmap).toBeDefined();
  });

  it("keeps the shipped data's own text intact when another period breaks", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "monitoring/2020.yaml"), /status: selesai\n(\s+)progres: 100/, "status: selesai\n$1progres: 99");
    expect(problems(dir)).toMatch(/2020\.yaml:\d+ status selesai berarti progres 100%, ditemukan 99%/);
    expect(readFileSync(join(dir, "monitoring/2021-S2.yaml"), "utf8")).toContain("contoh: true");
  });
});
