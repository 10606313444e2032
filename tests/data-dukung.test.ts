import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { countFlags, dataDukung } from "../src/domain/data-dukung.js";
import { parsePeriode } from "../src/domain/periode.js";
import { MonitoringFile } from "../src/schema/monitoring.js";

const { roadmap: rm } = validateDataDir("data/probolinggo-2020-2024", { monitoring: false });
const S2 = parsePeriode("2021-S2")!;
const S1 = parsePeriode("2021-S1")!;
const file = (periode: string, laporan: object) => MonitoringFile.parse({ periode, laporan });

describe("daftar data dukung", () => {
  it("flags a number reused with another date, an output copied from the plan, and dates out of order", () => {
    const data = file("2021-S2", {
      "bag-organisasi": {
        tanggal: "2022-01-10",
        rencana_aksi: {
          "1.1.01": { status: "selesai", progres: 100, output: "Tersusunnya SK Tim RB", bukti: [{ jenis: "Keputusan Walikota", nomor: "800/1/425.1/2021", tanggal: "2021-03-01" }] },
          "1.1.02": { status: "selesai", progres: 100, output: "Rapat berkala terlaksana", bukti: [{ jenis: "Keputusan  walikota", nomor: "800/1/425.1/2021 ", tanggal: "2021-04-01" }, { jenis: "Laporan", nomor: "9", tanggal: "2022-01-20" }] },
        },
        quick_wins: { "QW.1": { status: "dalam proses", progres: 50, bukti: [{ jenis: "Laporan", nomor: "10", tanggal: "2021-11-01" }] } },
      },
    });
    const planned = rm!.area_perubahan[0].indikator[0].kegiatan[0].rencana_aksi[0].output;
    data.laporan["bag-organisasi"].rencana_aksi["1.1.01"].output = `- ${planned} `;
    const rows = dataDukung({ rm: rm!, periode: S2, data });
    const of = (kode: string) => rows.filter((r) => r.kode === kode).map((r) => r.flags);
    expect(of("1.1.01")).toEqual([["nomor-ganda", "output-disalin"]]);
    expect(of("1.1.02")).toEqual([["nomor-ganda"], ["setelah-laporan", "setelah-periode"]]);
    expect(rows.find((r) => r.kode === "QW.1")).toMatchObject({ jenis: "quick-win", flags: [] });
    expect(countFlags(rows)).toEqual({ "nomor-ganda": 2, "output-disalin": 1, "setelah-laporan": 1, "setelah-periode": 1, "sebelum-mulai": 0 });
  });

  it("keeps one document cited for two actions with the same date and output unflagged", () => {
    const bukti = [{ jenis: "Laporan", nomor: "5", tanggal: "2021-09-01" }];
    const data = file("2021-S2", { "bag-organisasi": { rencana_aksi: { "1.1.01": { status: "selesai", progres: 100, output: "Hasil A", bukti }, "1.1.02": { status: "selesai", progres: 100, output: "Hasil A", bukti } } } });
    expect(dataDukung({ rm: rm!, periode: S2, data }).flatMap((r) => r.flags)).toEqual([]);
  });

  it("flags evidence dated while Semester I said the action had not started", () => {
    const s1 = file("2021-S1", { "bag-organisasi": { rencana_aksi: { "1.1.01": { status: "belum dimulai", progres: 0 } } } });
    const s2 = file("2021-S2", { "bag-organisasi": { rencana_aksi: { "1.1.01": { status: "selesai", progres: 100, output: "Hasil", bukti: [{ jenis: "Laporan", nomor: "1", tanggal: "2021-05-02" }, { jenis: "Laporan", nomor: "2", tanggal: "2021-07-01" }] } } } });
    const rows = dataDukung({ rm: rm!, periode: S2, data: s2, earlier: [{ periode: S1, data: s1 }] });
    expect(rows.map((r) => r.flags)).toEqual([["sebelum-mulai"], []]);
    // Without the earlier report nothing says the action had not started.
    expect(dataDukung({ rm: rm!, periode: S2, data: s2 }).flatMap((r) => r.flags)).toEqual([]);
  });

  it("finds nothing to flag in the shipped example data", () => {
    const v = validateDataDir("data/probolinggo-2020-2024");
    for (const m of v.monitoring!) expect(dataDukung({ rm: v.roadmap!, periode: m.periode, data: m.data, earlier: v.monitoring! }).flatMap((r) => r.flags), m.periode.id).toEqual([]);
  });
});
