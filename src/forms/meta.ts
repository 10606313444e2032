import { createHash } from "node:crypto";
import type { RoadMap } from "../schema/roadmap.js";
import { FORM_FORMAT, FORM_VERSION } from "./layout.js";

export type FormKind = "rencana-aksi" | "indikator";

/** What the hidden sheet records, so a form finds its way back to the right data. */
export interface FormMeta {
  format: string;
  versi: number;
  jenis: FormKind;
  /** "kota Probolinggo" */
  pemda: string;
  /** "2020-2024" */
  road_map: string;
  periode: string;
  /** The PD the form was made for; empty for the Tim Pelaksana's indicator form. */
  pd: string;
  /** Fingerprint of the rows the form was made with: their codes (or indicator ids), in order. */
  checksum: string;
  jumlah_baris: number;
}

export const META_KEYS = ["format", "versi", "jenis", "pemda", "road_map", "periode", "pd", "checksum", "jumlah_baris"] as const;

export function formMeta(rm: RoadMap, jenis: FormKind, periode: string, pd: string, keys: readonly string[]): FormMeta {
  return {
    format: FORM_FORMAT,
    versi: FORM_VERSION,
    jenis,
    pemda: pemdaKey(rm),
    road_map: roadMapKey(rm),
    periode,
    pd,
    checksum: checksumOf(keys),
    jumlah_baris: keys.length,
  };
}

export function pemdaKey(rm: RoadMap): string {
  return `${rm.pemda.jenis} ${rm.pemda.nama}`;
}

export function roadMapKey(rm: RoadMap): string {
  return `${rm.periode.mulai}-${rm.periode.selesai}`;
}

export function checksumOf(keys: readonly string[]): string {
  return createHash("sha256").update(keys.join("\n")).digest("hex").slice(0, 16);
}
