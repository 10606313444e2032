import { BELUM_DILAPORKAN, STATUS_LAPORAN, type AksiStatus, type StatusLaporan } from "./monitoring.js";

/** The rencana aksi figures of a group (an area, a PD, the pemda) for a period. */
export interface RekapAksi {
  terjadwal: number;
  dilaporkan: number;
  status: Record<StatusLaporan, number>;
  /**
   * selesai ÷ terjadwal × 100; undefined when nothing was scheduled, or when nothing of it was
   * reported: a group that sent no report has not finished 0%, its figure is unknown.
   */
  persenSelesai?: number;
  anggaran: {
    /** Rows that state a pagu. */
    baris: number;
    pagu: number;
    realisasi: number;
    /** realisasi ÷ pagu × 100 over the rows that state a pagu; undefined when none does. */
    persen?: number;
  };
}

export function rekapAksi(rows: readonly AksiStatus[]): RekapAksi {
  const status = Object.fromEntries(STATUS_LAPORAN.map((s) => [s, 0])) as Record<StatusLaporan, number>;
  let baris = 0;
  let pagu = 0;
  let realisasi = 0;
  for (const r of rows) {
    status[r.status]++;
    const a = r.laporan?.anggaran;
    if (a?.pagu !== undefined) {
      baris++;
      pagu += a.pagu;
      realisasi += a.realisasi ?? 0;
    }
  }
  const terjadwal = rows.length;
  return {
    terjadwal,
    dilaporkan: terjadwal - status[BELUM_DILAPORKAN],
    status,
    persenSelesai: terjadwal > 0 && terjadwal > status[BELUM_DILAPORKAN] ? (status.selesai / terjadwal) * 100 : undefined,
    anggaran: { baris, pagu, realisasi, persen: pagu > 0 ? (realisasi / pagu) * 100 : undefined },
  };
}

/** Actions were scheduled and none of them reported: the group's figures are unknown, not 0. */
export function tanpaLaporan(r: RekapAksi): boolean {
  return r.terjadwal > 0 && r.dilaporkan === 0;
}

/** Figures per group, in the order groups first appear. */
export function rekapPer<K>(rows: readonly AksiStatus[], key: (r: AksiStatus) => K): Map<K, RekapAksi> {
  const groups = new Map<K, AksiStatus[]>();
  for (const r of rows) {
    const k = key(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return new Map([...groups].map(([k, list]) => [k, rekapAksi(list)]));
}
