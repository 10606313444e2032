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

/**
 * How an area is named where its number appears: "3. Penataan Organisasi", numbered within its
 * group; `withGroup` adds the group's name ("RB Tematik 3. Digitalisasi …") for text that stands
 * outside a group heading.
 */
export function areaLabels(rm: Pick<RoadMap, "kelompok" | "area_perubahan">): { label: (id: string) => string; withGroup: (id: string) => string } {
  const numbers = areaNumbers(rm);
  const names = new Map(rm.area_perubahan.map((a) => [a.id, a.nama]));
  const label = (id: string) => `${numbers.get(id)?.nomor ?? ""}. ${names.get(id) ?? id}`;
  return { label, withGroup: (id) => [numbers.get(id)?.kelompok?.nama, label(id)].filter(Boolean).join(" ") };
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

/** A run of areas under one group heading; `kelompok` is absent for a road map without groups. */
export interface AreaGroup<T> {
  kelompok?: { id: string; nama: string };
  items: T[];
}

/**
 * Items that belong to areas, gathered under their area's group in the road map's group order
 * (RB General, then RB Tematik). A road map without groups gives one group without a heading, so
 * its tables and charts stay as they were.
 */
export function groupByArea<T>(rm: Pick<RoadMap, "kelompok" | "area_perubahan">, items: readonly T[], areaOf: (item: T) => string): AreaGroup<T>[] {
  const numbers = areaNumbers(rm);
  if (rm.kelompok.length === 0) return items.length > 0 ? [{ items: [...items] }] : [];
  return rm.kelompok
    .map((g) => ({ kelompok: { id: g.id, nama: g.nama }, items: items.filter((i) => numbers.get(areaOf(i))?.kelompok?.id === g.id) }))
    .filter((g) => g.items.length > 0);
}

/**
 * Rows under their RB General / RB Tematik heading, in the road map's group order; rows of no
 * group come first, without a heading. A road map without groups gives one unnamed group (none
 * when there are no rows), so its tables stay as they were.
 */
export function groupRows<T>(rm: Pick<RoadMap, "kelompok">, rows: readonly T[], groupOf: (row: T) => string | undefined): { nama?: string; rows: T[] }[] {
  if (rm.kelompok.length === 0) return rows.length > 0 ? [{ rows: [...rows] }] : [];
  return [undefined, ...rm.kelompok]
    .map((g) => ({ nama: g?.nama, rows: rows.filter((r) => groupOf(r) === g?.id) }))
    .filter((g) => g.rows.length > 0);
}
