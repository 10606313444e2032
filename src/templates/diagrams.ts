import type { RoadMap } from "../schema/roadmap.js";

/** Figures drawn from the data, laid out as grids of boxes the templates can place. */
export interface Diagrams {
  columns: number;
  areaRows: { nomor?: number; nama?: string }[][];
  /** Who leads each team; the teams' names are wording, so they are in the template. */
  team: {
    pengarah: { ketua?: string };
    pelaksana: { ketua?: string };
    pokjaRows: { nama?: string }[][];
    monev?: { ketua?: string };
  };
}

const COLUMNS = 4;

export function buildDiagrams(rm: RoadMap): Diagrams {
  const firstOf = (rows: RoadMap["tim"]["pengarah"]) => {
    const k = rows[0]?.jabatan_kedinasan;
    return Array.isArray(k) ? k[0] : k;
  };
  return {
    columns: COLUMNS,
    areaRows: inRows(rm.area_perubahan.map((a, i) => ({ nomor: i + 1, nama: a.nama })), COLUMNS),
    team: {
      pengarah: { ketua: firstOf(rm.tim.pengarah) },
      pelaksana: { ketua: firstOf(rm.tim.pelaksana) },
      pokjaRows: inRows(rm.tim.pokja.map((p) => ({ nama: p.nama })), COLUMNS),
      monev: rm.tim.monev.length > 0 ? { ketua: firstOf(rm.tim.monev) } : undefined,
    },
  };
}

/** Splits items into rows of `n`, padding the last row so every row has `n` cells. */
function inRows<T extends object>(items: T[], n: number): Partial<T>[][] {
  const rows: Partial<T>[][] = [];
  for (let i = 0; i < items.length; i += n) {
    const row: Partial<T>[] = items.slice(i, i + n);
    while (row.length < n) row.push({});
    rows.push(row);
  }
  return rows;
}
