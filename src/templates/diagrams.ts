import { areaNumbers } from "../domain/groups.js";
import type { RoadMap } from "../schema/roadmap.js";

/** Figures drawn from the data, laid out as grids of boxes the templates can place. */
export interface Diagrams {
  columns: number;
  /** The areas in rows of boxes, one block per group (a single unnamed block without groups). */
  areaGroups: { nama?: string; rows: { nomor?: number; nama?: string }[][] }[];
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
    areaGroups: areaGroups(rm),
    team: {
      pengarah: { ketua: firstOf(rm.tim.pengarah) },
      pelaksana: { ketua: firstOf(rm.tim.pelaksana) },
      pokjaRows: inRows(rm.tim.pokja.map((p) => ({ nama: p.nama })), COLUMNS),
      monev: rm.tim.monev.length > 0 ? { ketua: firstOf(rm.tim.monev) } : undefined,
    },
  };
}

function areaGroups(rm: RoadMap): Diagrams["areaGroups"] {
  const numbers = areaNumbers(rm);
  const keys = [...new Set(rm.area_perubahan.map((a) => a.kelompok))];
  return keys.map((key) => {
    const areas = rm.area_perubahan.filter((a) => a.kelompok === key);
    return {
      nama: key === undefined ? undefined : rm.kelompok.find((g) => g.id === key)?.nama,
      rows: inRows(areas.map((a) => ({ nomor: numbers.get(a.id)?.nomor, nama: a.nama })), COLUMNS),
    };
  });
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
