/**
 * A reporting period: a whole year ("2021"), a semester ("2021-S1") or a quarter ("2021-TW3").
 * Several periods may fall in one year; the one that ends last stands for the year.
 */
export interface Periode {
  /** As written in the data and in file names: "2021-S2". */
  id: string;
  tahun: number;
  jenis: "tahun" | "semester" | "triwulan";
  /** 1-2 for a semester, 1-4 for a quarter, 1 for a year. */
  ke: number;
  /** First and last day, YYYY-MM-DD. */
  mulai: string;
  selesai: string;
}

const PATTERN = /^(\d{4})(?:-(S[12]|TW[1-4]))?$/;
const ROMAN = ["I", "II", "III", "IV"];

export function parsePeriode(value: string | number): Periode | undefined {
  const m = PATTERN.exec(String(value).trim().toUpperCase());
  if (!m) return undefined;
  const tahun = Number(m[1]);
  const part = m[2];
  const jenis = part === undefined ? "tahun" : part.startsWith("S") ? "semester" : "triwulan";
  const ke = part === undefined ? 1 : Number(part.replace(/\D/g, ""));
  const months = jenis === "tahun" ? 12 : jenis === "semester" ? 6 : 3;
  const firstMonth = (ke - 1) * months + 1;
  const lastMonth = ke * months;
  const lastDay = new Date(Date.UTC(tahun, lastMonth, 0)).getUTCDate();
  return {
    id: part === undefined ? String(tahun) : `${tahun}-${part}`,
    tahun,
    jenis,
    ke,
    mulai: `${tahun}-${pad(firstMonth)}-01`,
    selesai: `${tahun}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

/** "Tahun 2021", "Semester II 2021", "Triwulan III 2021". */
export function periodeLabel(p: Periode): string {
  if (p.jenis === "tahun") return `Tahun ${p.tahun}`;
  return `${p.jenis === "semester" ? "Semester" : "Triwulan"} ${ROMAN[p.ke - 1]} ${p.tahun}`;
}

/** Earlier periods first, by the day they end; of two ending the same day, the longer one last. */
export function comparePeriode(a: Periode, b: Periode): number {
  return a.selesai.localeCompare(b.selesai) || b.mulai.localeCompare(a.mulai);
}

/** The period that stands for its year: the one ending last. */
export function latestOfYear<T extends { periode: Periode }>(items: readonly T[], tahun: number): T | undefined {
  return items.filter((i) => i.periode.tahun === tahun).sort((a, b) => comparePeriode(a.periode, b.periode)).at(-1);
}

/**
 * The days evidence for a period may bear: from 1 January of its year to the period's end, since
 * evidence for a semester-2 report may date from semester 1. The form's date check and the import's
 * rule both take it from here.
 */
export function evidenceDates(p: Periode): { from: string; to: string } {
  return { from: `${p.tahun}-01-01`, to: p.selesai };
}

export function withinYearToDate(date: string, p: Periode): boolean {
  const { from, to } = evidenceDates(p);
  return date >= from && date <= to;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
