import { z } from "zod";
import { readAngka } from "../domain/angka.js";

/** The literal the data uses to say "this value is not available" (distinct from a missing key). */
export const NOT_AVAILABLE = "n.a";

export const Year = z.number().int().min(1900).max(2200);

/** A calendar date written as YYYY-MM-DD; kept as a string so YAML's own date handling cannot shift it. */
export const IsoDate = z.iso.date({ error: "tanggal berbentuk YYYY-MM-DD" });

/**
 * A measured or targeted value as written in the data. Its meaning (plain number, percentage or
 * category) comes from the indicator it belongs to, so the raw form stays small to type by hand.
 */
export const RawValue = z
  .union([z.number(), z.string().min(1)])
  // A number written as Indonesian text ("254,5", "1.480,5") is a number: YAML reads it as text,
  // and a comma in a block mapping is no mistake. "1.480", readable both ways, stays text so that
  // validate can say which reading it took. "4,00" stays text too: a number would lose the decimals
  // it was written with, and the documents print it as written (`numberOf` reads it for charts).
  .transform((v) => {
    if (typeof v === "number" || !/[.,]/.test(v)) return v;
    const n = readAngka(v);
    return n?.ok && !n.ambiguous && !/,\d*0$/.test(v.trim()) ? n.value : v;
  })
  .describe('angka, "n.a", atau kategori dari skala; target boleh juga ambang ("> 72", "minimal 80"), rentang ("80 - 90") atau skor/predikat ("57/CC", "> 70/BB")');
export type RawValue = z.infer<typeof RawValue>;

export const ValueKind = z.enum(["angka", "persen", "kategori"]);
export type ValueKind = z.infer<typeof ValueKind>;

/** Which way is better: higher, lower, or reaching a category. */
export const Direction = z.enum(["naik", "turun", "capai"]);

/** Targets keyed by year. YAML keys are strings, so the year is checked after parsing. */
export const YearlyTargets = z.record(z.string().regex(/^\d{4}$/, "kunci berupa tahun empat angka"), RawValue);

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id berupa huruf kecil, angka dan tanda hubung (contoh: bag-organisasi)");
