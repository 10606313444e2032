import { format as formatDateFns, parseISO } from "date-fns";
import { id as indonesian } from "date-fns/locale";
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

/** "23 Desember 2020". */
export function formatDate(isoDate: string): string {
  return formatDateFns(parseISO(isoDate), "d MMMM yyyy", { locale: indonesian });
}

export { toRoman } from "../util/roman.js";
