import { STATUS_AKSI, type LaporanAksi, type MonitoringFile, type StatusAksi } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { indexRencanaAksi, scheduledIn, type AksiEntry } from "./rencana-aksi.js";

/**
 * An action with no report is "belum dilaporkan": nobody said anything. That is not "belum dimulai"
 * (a PD said it has not started), and every count and document keeps the two apart.
 */
export const BELUM_DILAPORKAN = "belum dilaporkan";
export type StatusLaporan = StatusAksi | typeof BELUM_DILAPORKAN;
export const STATUS_LAPORAN: readonly StatusLaporan[] = [...STATUS_AKSI, BELUM_DILAPORKAN];

/** One scheduled action as one of its pengampu answered it (or did not) in a period. */
export interface AksiStatus {
  entry: AksiEntry;
  pd: string;
  status: StatusLaporan;
  laporan?: LaporanAksi;
}

/** Every action scheduled in the period's year, once per pengampu, with what was reported. */
export function aksiStatuses(rm: RoadMap, data: MonitoringFile, tahun: number): AksiStatus[] {
  const rows: AksiStatus[] = [];
  for (const entry of indexRencanaAksi(rm).values()) {
    if (!scheduledIn(entry.aksi, tahun)) continue;
    for (const pd of entry.aksi.pengampu) {
      const laporan = data.laporan[pd]?.rencana_aksi[entry.kode];
      rows.push({ entry, pd, status: laporan?.status ?? BELUM_DILAPORKAN, laporan });
    }
  }
  return rows;
}

export function countByStatus(rows: readonly AksiStatus[]): Record<StatusLaporan, number> {
  const counts = Object.fromEntries(STATUS_LAPORAN.map((s) => [s, 0])) as Record<StatusLaporan, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}
