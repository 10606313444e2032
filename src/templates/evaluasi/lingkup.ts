import type { EvaluasiYear } from "../../data/evaluasi.js";
import type { MonitoringPeriod } from "../../data/monitoring.js";
import { formatNumber } from "../../domain/format.js";
import { areaLabels } from "../../domain/groups.js";
import { aksiStatuses, type AksiStatus } from "../../domain/monitoring.js";
import { latestOfYear } from "../../domain/periode.js";
import type { RoadMap } from "../../schema/roadmap.js";
import type { Terms } from "../istilah.js";

/** What every part of the evaluation reads: the years evaluated and the data that stands for each. */
export interface Lingkup {
  rm: RoadMap;
  terms: Terms;
  /** The years of the period up to `sampai` that have monitoring or evaluation data. */
  years: number[];
  akhirPeriode: number;
  /** The monitoring period that stands for each year: its latest. */
  perYear: Map<number, MonitoringPeriod | undefined>;
  /** Each year's rencana aksi with their status at that period. */
  statusByYear: Map<number, AksiStatus[]>;
  /** The evaluation years up to `sampai`. */
  ev: EvaluasiYear[];
  pdName: Map<string, RoadMap["perangkat_daerah"][number]>;
  groupName: Map<string, string>;
  labels: ReturnType<typeof areaLabels>;
  rumus: NonNullable<NonNullable<RoadMap["laporan_pelaksanaan"]>["rumus_turun"]>;
}

export function lingkup(rm: RoadMap, monitoring: readonly MonitoringPeriod[], evaluasi: readonly EvaluasiYear[], sampai: number, terms: Terms): Lingkup {
  const akhirPeriode = rm.periode.selesai;
  const dataYears = new Set([...monitoring.map((m) => m.periode.tahun), ...evaluasi.map((e) => e.data.tahun)]);
  const years: number[] = [];
  for (let y = rm.periode.mulai; y <= Math.min(sampai, akhirPeriode); y++) if (dataYears.has(y)) years.push(y);
  const perYear = new Map(years.map((y) => [y, latestOfYear(monitoring, y)]));
  return {
    rm,
    terms,
    years,
    akhirPeriode,
    perYear,
    statusByYear: new Map(years.map((y) => [y, perYear.get(y) ? aksiStatuses(rm, perYear.get(y)!.data, y) : []])),
    ev: evaluasi.filter((e) => e.data.tahun <= sampai),
    pdName: new Map(rm.perangkat_daerah.map((p) => [p.id, p])),
    groupName: new Map(rm.kelompok.map((g) => [g.id, g.nama])),
    labels: areaLabels(rm),
    rumus: rm.laporan_pelaksanaan?.rumus_turun ?? "2t-r",
  };
}

/** A PD by its short name, as tables name it. */
export function singkatan(s: Lingkup, id: string): string {
  return s.pdName.get(id)?.singkatan ?? id;
}

export const fmt1 = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, 1));
export const fmt2 = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, 2));

/** A difference with its sign: "+1,25", "−0,50", "0". */
export function signed(x: number): string {
  const s = formatNumber(Math.abs(x), 2);
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : "0";
}
