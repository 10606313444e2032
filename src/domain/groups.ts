import type { RoadMap } from "../schema/roadmap.js";

/** An area's printed number and the group it is numbered in. */
export interface AreaNumber {
  nomor: number;
  kelompok?: { id: string; nama: string };
}

/**
 * Areas are numbered within their group (RB General 1-6, RB Tematik 1-4), in the order the data
 * gives them; a road map without groups numbers them 1..n. Every table, diagram and heading that
 * prints an area's number takes it from here, so they always agree.
 */
export function areaNumbers(rm: Pick<RoadMap, "kelompok" | "area_perubahan">): Map<string, AreaNumber> {
  const groups = new Map(rm.kelompok.map((g) => [g.id, g]));
  const counters = new Map<string, number>();
  const out = new Map<string, AreaNumber>();
  for (const area of rm.area_perubahan) {
    const key = area.kelompok ?? "";
    const nomor = (counters.get(key) ?? 0) + 1;
    counters.set(key, nomor);
    const group = area.kelompok === undefined ? undefined : groups.get(area.kelompok);
    out.set(area.id, { nomor, ...(group ? { kelompok: { id: group.id, nama: group.nama } } : {}) });
  }
  return out;
}

/** The road map seen through one group: only its areas, and its sasaran when sasaran are grouped. */
export function groupView(rm: RoadMap, kelompok: string): RoadMap {
  const sasaranGrouped = rm.sasaran.some((s) => s.kelompok !== undefined);
  return {
    ...rm,
    area_perubahan: rm.area_perubahan.filter((a) => a.kelompok === kelompok),
    sasaran: sasaranGrouped ? rm.sasaran.filter((s) => s.kelompok === kelompok) : rm.sasaran,
  };
}
