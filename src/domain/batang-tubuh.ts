import type { Block } from "../schema/prose.js";
import type { RoadMap } from "../schema/roadmap.js";
import { toRoman } from "../util/roman.js";

type Regulation = RoadMap["regulasi"];
type PasalInput = NonNullable<Regulation["pasal"]>[number];

/** One printed part of the batang tubuh, in order: a BAB heading, a Bagian heading or a Pasal. */
export type BatangTubuhItem =
  | { bab: { nomor: string; judul: string } }
  | { bagian: { urutan: string; judul: string } }
  | { pasal: { nomor: number; isi?: Block[]; ayat?: Block[][] } };

/**
 * The regulation's body as UU 12/2011 Lampiran II lays it out: BAB I, II … with their titles,
 * Bagian Kesatu, Kedua … inside a BAB, and Pasal numbered on through the whole body.
 */
export function batangTubuh(reg: Regulation): BatangTubuhItem[] {
  const out: BatangTubuhItem[] = [];
  let nomor = 0;
  const pasal = (p: PasalInput) => {
    nomor += 1;
    out.push({ pasal: { nomor, ...(p.isi ? { isi: p.isi } : {}), ...(p.ayat ? { ayat: p.ayat.map((a) => (typeof a === "string" ? [{ p: a }] : a)) } : {}) } });
  };
  if (reg.pasal) reg.pasal.forEach(pasal);
  reg.bab?.forEach((bab, i) => {
    out.push({ bab: { nomor: toRoman(i + 1), judul: bab.judul } });
    bab.pasal?.forEach(pasal);
    bab.bagian?.forEach((bagian, k) => {
      out.push({ bagian: { urutan: ordinalWord(k + 1), judul: bagian.judul } });
      bagian.pasal.forEach(pasal);
    });
  });
  return out;
}

export function pasalCount(reg: Regulation): number {
  return batangTubuh(reg).filter((item) => "pasal" in item).length;
}

const UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

/** "Kesatu", "Kedua", … "Kesebelas", "Kedua Belas", … "Kedua Puluh Satu": the ordinal of a Bagian. */
export function ordinalWord(n: number): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (n === 1) return "Kesatu";
  if (n < 10) return `Ke${UNITS[n]}`;
  if (n === 10) return "Kesepuluh";
  if (n === 11) return "Kesebelas";
  if (n < 20) return `Ke${UNITS[n - 10]} Belas`;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const unit = n % 10;
    return `Ke${UNITS[tens]} Puluh${unit ? ` ${cap(UNITS[unit])}` : ""}`;
  }
  return `Ke-${n}`;
}
