import { toRoman } from "../domain/format.js";

import type { MarkerStyle } from "../model/document.js";

export type { MarkerStyle };

/** The printed marker of the n-th item (n from 1), as Indonesian drafting writes them. */
export function listMarker(style: MarkerStyle, n: number): string {
  switch (style) {
    case "angka":
      return `${n}.`;
    case "angka-kurung":
      return `${n})`;
    case "ayat":
      return `(${n})`;
    case "huruf":
      return `${letters(n)}.`;
    case "huruf-kurung":
      return `${letters(n)})`;
    case "romawi":
      return `${toRoman(n)}.`;
    case "bullet":
      return "•";
    case "strip":
      return "-";
    case "none":
      return "";
  }
}

/** a, b, ..., z, aa, bb: the drafting convention after z repeats the letter. */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
