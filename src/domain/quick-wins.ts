import type { LaporanAksi, MonitoringFile } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { BELUM_DILAPORKAN, type StatusLaporan } from "./monitoring.js";

/**
 * A quick win of Tabel 4.3 that is monitored: it has a code in the data. Who reports it is written
 * in the data too: a PD's own quick win (`mandiri`) by that PD; a mandatory one by its `pengampu`.
 * A quick win with no code, or a mandatory one with no pengampu, is nobody's to report and is left
 * out of forms and reports (validate warns).
 */
export interface QuickWinEntry {
  kode: string;
  jenis: "mandatory" | "mandiri";
  /** Its line in Tabel 4.3 (rich text). */
  uraian: string;
  /** The innovation's name, for a PD's own quick win. */
  nama?: string;
  pengampu: string[];
  /** Position in the data, for paths in messages. */
  path: (string | number)[];
}

/** Every monitored quick win, mandatory first, in the data's order, keyed by its code. */
export function indexQuickWins(rm: Pick<RoadMap, "quick_wins">): Map<string, QuickWinEntry> {
  const out = new Map<string, QuickWinEntry>();
  const qw = rm.quick_wins;
  if (!qw) return out;
  qw.mandatory.forEach((q, i) => {
    if (typeof q === "string" || q.kode === undefined || !q.pengampu || out.has(q.kode)) return;
    out.set(q.kode, { kode: q.kode, jenis: "mandatory", uraian: q.uraian, pengampu: q.pengampu, path: ["quick_wins", "mandatory", i] });
  });
  qw.mandiri.forEach((q, i) => {
    if (q.kode === undefined || out.has(q.kode)) return;
    out.set(q.kode, { kode: q.kode, jenis: "mandiri", uraian: q.uraian, nama: q.nama, pengampu: [q.pd], path: ["quick_wins", "mandiri", i] });
  });
  return out;
}

/** The quick wins a PD reports. They run through the whole road map period, so every year. */
export function quickWinsOfPd(index: ReadonlyMap<string, QuickWinEntry>, pd: string): QuickWinEntry[] {
  return [...index.values()].filter((q) => q.pengampu.includes(pd));
}

/** One quick win as one of its pengampu answered it (or did not) in a period. */
export interface QuickWinStatus {
  entry: QuickWinEntry;
  pd: string;
  status: StatusLaporan;
  laporan?: LaporanAksi;
}

export function quickWinStatuses(rm: Pick<RoadMap, "quick_wins">, data: MonitoringFile): QuickWinStatus[] {
  const rows: QuickWinStatus[] = [];
  for (const entry of indexQuickWins(rm).values())
    for (const pd of entry.pengampu) {
      const laporan = data.laporan[pd]?.quick_wins[entry.kode];
      rows.push({ entry, pd, status: laporan?.status ?? BELUM_DILAPORKAN, laporan });
    }
  return rows;
}
