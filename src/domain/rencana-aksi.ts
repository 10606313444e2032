import type { Area, AreaIndicator, Kegiatan, RencanaAksi, RoadMap, SasaranIndicator } from "../schema/roadmap.js";

/** A rencana aksi with the area, indicator and kegiatan it sits under. */
export interface AksiEntry {
  kode: string;
  area: Area;
  indikator: AreaIndicator;
  kegiatan: Kegiatan;
  aksi: RencanaAksi;
}

/** Every rencana aksi of the road map, in document order, keyed by its code. */
export function indexRencanaAksi(rm: RoadMap): Map<string, AksiEntry> {
  const index = new Map<string, AksiEntry>();
  for (const area of rm.area_perubahan)
    for (const indikator of area.indikator)
      for (const kegiatan of indikator.kegiatan)
        for (const aksi of kegiatan.rencana_aksi) {
          if (!index.has(aksi.kode)) index.set(aksi.kode, { kode: aksi.kode, area, indikator, kegiatan, aksi });
        }
  return index;
}

export function scheduledIn(aksi: RencanaAksi, tahun: number): boolean {
  return aksi.tahun !== "n.a" && aksi.tahun.includes(tahun);
}

/** The actions a PD answers for in a year: it is (one of) the pengampu and the action is scheduled. */
export function aksiOfPd(index: ReadonlyMap<string, AksiEntry>, pd: string, tahun: number): AksiEntry[] {
  return [...index.values()].filter((e) => e.aksi.pengampu.includes(pd) && scheduledIn(e.aksi, tahun));
}

/** An indicator of a sasaran or of an area, with the heading it is listed under. */
export interface IndicatorEntry {
  indikator: SasaranIndicator | AreaIndicator;
  /** "Sasaran: Birokrasi yang bersih dan akuntabel" or "Area: Manajemen Perubahan" */
  kelompok: string;
}

export function indexIndicators(rm: RoadMap): Map<string, IndicatorEntry> {
  const index = new Map<string, IndicatorEntry>();
  for (const s of rm.sasaran) for (const ind of s.indikator) index.set(ind.id, { indikator: ind, kelompok: `Sasaran: ${s.nama}` });
  for (const a of rm.area_perubahan) for (const ind of a.indikator) if (!index.has(ind.id)) index.set(ind.id, { indikator: ind, kelompok: `Area: ${a.nama}` });
  return index;
}
