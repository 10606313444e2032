import { format as formatDateFns } from "date-fns/format";
import { id as indonesian } from "date-fns/locale/id";
import { parseISO } from "date-fns/parseISO";
import { NOT_AVAILABLE, type RawValue, type ValueKind } from "../schema/values.js";
import type { Value } from "./values.js";

/** "82,25", "1.250", "43,84": Indonesian digit grouping with a decimal comma. */
export function formatNumber(value: number, decimals?: number): string {
  return new Intl.NumberFormat("id-ID", {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 4,
    useGrouping: true,
  }).format(value);
}

export function formatValue(value: Value, decimals?: number): string {
  switch (value.kind) {
    case "na":
      return "n.a";
    case "kategori":
      return value.value;
    case "persen":
      return `${formatNumber(value.value, decimals)}%`;
    case "angka":
      return formatNumber(value.value, decimals);
  }
}

/**
 * A value as the data writes it, in its indicator's terms: "43,84", "65%", "WTP", "n.a". A number
 * keeps the decimals it was written with ("3,8", "3,0375", "4"; a text "4,00" stays as written),
 * unless the indicator's `desimal` asks for a fixed number of them.
 */
export function formatRawValue(raw: RawValue, ind: { jenis: ValueKind; desimal?: number }): string {
  if (raw === NOT_AVAILABLE) return formatValue({ kind: "na" });
  if (typeof raw === "string") return raw;
  return formatValue({ kind: ind.jenis === "persen" ? "persen" : "angka", value: raw }, ind.desimal ?? writtenDecimals(raw));
}

/** How many decimals a number read from the data has, as its shortest form writes it (3.8 → 1). */
function writtenDecimals(n: number): number {
  const [digits, exponent] = String(Math.abs(n)).split("e");
  const fraction = digits.split(".")[1]?.length ?? 0;
  return Math.min(20, Math.max(0, fraction - Number(exponent ?? 0)));
}

/** "23 Desember 2020". */
export function formatDate(isoDate: string): string {
  return formatDateFns(parseISO(isoDate), "d MMMM yyyy", { locale: indonesian });
}

export { toRoman } from "../util/roman.js";
