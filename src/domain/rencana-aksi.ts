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
  /** The RB General / RB Tematik group of its sasaran or area, when the road map has groups. */
  grup?: string;
  /** The sasaran or area it is listed under. */
  induk: { jenis: "sasaran" | "area"; id: string };
  /**
   * The areas that list the same measurement again (`sama_dengan`): one measurement is one
   * indicator, reported and counted once, under the sasaran's id.
   */
  jugaDi: { id: string; nama: string }[];
}

/**
 * Every distinct measurement of the road map, in document order (sasaran first, then areas), keyed
 * by the id its realisasi is reported under. An area indicator that names a sasaran indicator in
 * `sama_dengan` is that indicator listed a second time, not a second measurement: it is not a key
 * here, and its area is in the sasaran indicator's `jugaDi`.
 */
export function indexIndicators(rm: RoadMap): Map<string, IndicatorEntry> {
  const index = new Map<string, IndicatorEntry>();
  for (const s of rm.sasaran)
    for (const ind of s.indikator) index.set(ind.id, { indikator: ind, kelompok: `Sasaran: ${s.nama}`, grup: s.kelompok, induk: { jenis: "sasaran", id: s.id }, jugaDi: [] });
  for (const a of rm.area_perubahan)
    for (const ind of a.indikator) {
      const same = ind.sama_dengan === undefined ? undefined : index.get(ind.sama_dengan);
      if (same) same.jugaDi.push({ id: a.id, nama: a.nama });
      else if (!index.has(ind.id)) index.set(ind.id, { indikator: ind, kelompok: `Area: ${a.nama}`, grup: a.kelompok, induk: { jenis: "area", id: a.id }, jugaDi: [] });
    }
  return index;
}

/** Area indicators that are another listing of a sasaran indicator: their id → the id reported under. */
export function sharedIndicatorIds(rm: RoadMap): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of rm.area_perubahan) for (const ind of a.indikator) if (ind.sama_dengan !== undefined) out.set(ind.id, ind.sama_dengan);
  return out;
}
