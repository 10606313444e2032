import type { AksiStatus } from "../../domain/monitoring.js";
import { richTextToPlain } from "../rich-text.js";
import { singkatan, type Lingkup } from "./lingkup.js";

const LATE: ReadonlySet<string> = new Set(["dalam proses", "belum dimulai", "ditunda", "tidak dilaksanakan"]);

export interface AksiTerlambat {
  kode: string;
  aksi: string;
  pd: string;
  /** Each year it was late, with its status then: "2020: dalam proses; 2021: ditunda". */
  riwayat: string;
}

/** Actions late or not carried out at the end of two or more years. */
export function aksiTerlambat(s: Lingkup): AksiTerlambat[] {
  const history = new Map<string, { row: AksiStatus; years: string[] }>();
  for (const y of s.years) {
    for (const r of s.statusByYear.get(y)!) {
      if (!LATE.has(r.status)) continue;
      const key = `${r.entry.kode}|${r.pd}`;
      const h = history.get(key) ?? { row: r, years: [] };
      h.years.push(`${y}: ${r.status}`);
      history.set(key, h);
    }
  }
  return [...history.values()]
    .filter((h) => h.years.length >= 2)
    .map((h) => ({ kode: h.row.entry.kode, aksi: richTextToPlain(h.row.entry.aksi.aksi), pd: singkatan(s, h.row.pd), riwayat: h.years.join("; ") }));
}
