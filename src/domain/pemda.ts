import type { RoadMap } from "../schema/roadmap.js";

type Pemda = RoadMap["pemda"];
type RegulationKind = RoadMap["regulasi"]["jenis"];

/** Titles follow from the kind of local government; data never has to spell them twice. */
const HEAD_OF_REGION: Record<Pemda["jenis"], string> = { kota: "Walikota", kabupaten: "Bupati", provinsi: "Gubernur" };
const REGION_WORD: Record<Pemda["jenis"], string> = { kota: "Kota", kabupaten: "Kabupaten", provinsi: "Provinsi" };
const REGULATION_FOR: Record<Pemda["jenis"], RegulationKind> = { kota: "perwali", kabupaten: "perbup", provinsi: "pergub" };
export const REGULATION_TITLE: Record<RegulationKind, string> = {
  perwali: "Peraturan Walikota",
  perbup: "Peraturan Bupati",
  pergub: "Peraturan Gubernur",
};

export interface PemdaNames {
  /** "Walikota Probolinggo" */
  kepalaDaerah: string;
  /** "Kota Probolinggo" */
  daerah: string;
  /** "Peraturan Walikota Probolinggo" */
  regulasi: string;
  /** "Peraturan Walikota" */
  jenisRegulasi: string;
  /** "Walikota" */
  jabatanKepala: string;
}

export function pemdaNames(pemda: Pemda, jenis: RegulationKind): PemdaNames {
  const jabatanKepala = HEAD_OF_REGION[pemda.jenis];
  return {
    kepalaDaerah: `${jabatanKepala} ${pemda.nama}`,
    daerah: `${REGION_WORD[pemda.jenis]} ${pemda.nama}`,
    regulasi: `${REGULATION_TITLE[jenis]} ${pemda.nama}`,
    jenisRegulasi: REGULATION_TITLE[jenis],
    jabatanKepala,
  };
}

export function expectedRegulationKind(pemda: Pemda): RegulationKind {
  return REGULATION_FOR[pemda.jenis];
}

export function periodYears(periode: RoadMap["periode"]): number[] {
  const years: number[] = [];
  for (let y = periode.mulai; y <= periode.selesai; y++) years.push(y);
  return years;
}
