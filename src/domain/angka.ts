import { text, type LocalizedText } from "../diagnostics/diagnostic.js";

/**
 * A number written as text, the Indonesian way the documents print it ("1.480,5"). One rule for
 * every number read from text: targets, thresholds, ranges, score/grade, realised values written
 * as text, and form cells typed as text.
 *
 * - a comma is the decimal separator: 72,5;
 * - a dot followed by exactly three digits, in groups, separates thousands: 1.480, 1.480.000, 1.480,5;
 * - any other dot (1.48, 3.5, 12.3456) is refused, asking for a decimal comma.
 *
 * "1.480" can be read both ways; it is read as thousands, and `ambiguous` says so, for validate to
 * state which reading it took. Numbers YAML has parsed itself (`nilai: 9.5`) never come here.
 */
export type BacaAngka = { ok: true; value: number; ambiguous?: true } | { ok: false; message: LocalizedText };

/** What looks like a number in text (digits with dots and commas), for patterns that find one; `readAngka` decides. */
export const ANGKA = String.raw`-?\d+(?:[.,]\d+)*`;

const PLAIN = /^-?\d+(?:,\d+)?$/;
const GROUPED = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const ONE_GROUP = /^-?[1-9]\d{0,2}\.\d{3}$/;
const DOT_DECIMAL = /^-?\d+\.\d+$/;
const CANDIDATE = new RegExp(`^${ANGKA}$`);

/** The number a text states, an error for a number written wrong, or undefined for text that is no number. */
export function readAngka(written: string): BacaAngka | undefined {
  const s = written.trim();
  if (PLAIN.test(s)) return { ok: true, value: Number(s.replace(",", ".")) };
  if (GROUPED.test(s)) {
    const value = Number(s.replace(/\./g, "").replace(",", "."));
    return ONE_GROUP.test(s) ? { ok: true, value, ambiguous: true } : { ok: true, value };
  }
  if (DOT_DECIMAL.test(s)) {
    const comma = s.replace(".", ",");
    return {
      ok: false,
      message: text(
        `angka '${s}' memakai titik sebagai desimal; tulis koma untuk desimal: ${comma} (titik hanya pemisah ribuan, seperti 1.480)`,
        `the number '${s}' uses a decimal point; write a decimal comma: ${comma} (a dot only separates thousands, as in 1.480)`,
      ),
    };
  }
  if (CANDIDATE.test(s)) {
    return {
      ok: false,
      message: text(
        `angka '${s}' tidak dapat dibaca; tulis koma untuk desimal dan titik untuk ribuan per tiga angka, seperti 1.480,5`,
        `the number '${s}' cannot be read; write a decimal comma and a thousands dot every three digits, as in 1.480,5`,
      ),
    };
  }
  return undefined;
}

/**
 * The numbers in a text that were read as thousands though they could be decimals ("1.480"), each
 * with a note saying which reading was taken.
 */
export function thousandsNotes(written: string): LocalizedText[] {
  const notes: LocalizedText[] = [];
  for (const m of written.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const r = readAngka(m[0]);
    if (!r?.ok || !r.ambiguous) continue;
    const decimal = m[0].replace(".", ",").replace(/0+$/, "").replace(/,$/, "");
    const whole = written.trim();
    notes.push(
      text(
        `'${whole}' dibaca ${m[0]} (${terbilang(r.value)}; titik pemisah ribuan); bila maksudnya desimal tulis ${decimal}`,
        `'${whole}' is read as ${r.value} (the dot separates thousands); if a decimal is meant write ${decimal}`,
      ),
    );
  }
  return notes;
}

const SATUAN = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

/** A whole number in Indonesian words: 1480 → "seribu empat ratus delapan puluh". */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  if (n < 0) return `minus ${terbilang(-n)}`;
  const rest = (r: number) => (r === 0 ? "" : ` ${terbilang(r)}`);
  if (n < 12) return SATUAN[n];
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) return `${SATUAN[Math.floor(n / 10)]} puluh${rest(n % 10)}`;
  if (n < 200) return `seratus${rest(n - 100)}`;
  if (n < 1000) return `${SATUAN[Math.floor(n / 100)]} ratus${rest(n % 100)}`;
  if (n < 2000) return `seribu${rest(n - 1000)}`;
  const scales: [number, string][] = [
    [1e12, "triliun"],
    [1e9, "miliar"],
    [1e6, "juta"],
    [1e3, "ribu"],
  ];
  for (const [size, name] of scales) {
    if (n >= size) return `${terbilang(Math.floor(n / size))} ${name}${rest(n % size)}`;
  }
  return String(n);
}
