import { createRequire } from "node:module";
import type { Inline } from "../model/document.js";
import { textWidthOf } from "./measure.js";

const require = createRequire(import.meta.url);
let syllables: ((word: string) => string[]) | undefined;

/**
 * Where an Indonesian word may break: its syllables, from the hyph-utf8 "id" patterns (package
 * hyphen), with two corrections to what those patterns give. They split the suffix -an off a
 * -kan word ("berdasark-an", "dibandingk-an"), where the spelling rules (PUEBI) keep -kan whole
 * ("berdasar-kan"), and they split a diphthong ai, au, oi, ei ("perba-ikan"), which stays one
 * syllable ("perbai-kan").
 */
export function breakPoints(word: string): string[] {
  if (!syllables) {
    const { hyphenateSync } = require("hyphen/id") as { hyphenateSync(text: string, options: { hyphenChar: string }): string };
    syllables = (w) => hyphenateSync(w, { hyphenChar: "\u00ad" }).split("\u00ad");
  }
  const breaks = new Set<number>();
  let at = 0;
  for (const part of syllables(word).slice(0, -1)) breaks.add((at += part.length));
  const lower = word.toLowerCase();
  if (lower.endsWith("kan") && breaks.delete(word.length - 2) && word.length > 5) breaks.add(word.length - 3);
  for (const b of breaks) if (/^(ai|au|oi|ei)$/.test(lower.slice(b - 1, b + 1))) breaks.delete(b);
  const cuts = [0, ...[...breaks].sort((a, b) => a - b), word.length];
  return cuts.slice(1).map((end, i) => word.slice(cuts[i], end));
}

/**
 * A word wider than its column would be cut by the writer between any two letters, with no hyphen
 * ("akuntabe|l"). Such a word is broken here instead, at syllables, with a hyphen at each line's
 * end: each piece is the longest run of syllables that fits the width. Only words that cannot fit
 * a line are touched, so a visible hyphen always ends a line; the pieces stay in one text run,
 * and both writers break after a hyphen.
 */
export function hyphenateLongWords(content: readonly Inline[], width: number, fontSize: number): Inline[] {
  return content.map((x) => {
    if (x.type !== "text") return x;
    const fits = (s: string) => textWidthOf(s, fontSize, x.italic === true, x.bold === true) <= width * 0.97;
    const text = x.text.replace(/\p{L}[\p{L}\p{M}]{5,}/gu, (word) => {
      if (fits(word)) return word;
      const parts = breakPoints(word);
      if (parts.length < 2) return word;
      const pieces: string[][] = [[parts[0]]];
      for (const part of parts.slice(1)) {
        const current = pieces[pieces.length - 1];
        if (fits(`${current.join("")}${part}-`)) current.push(part);
        else pieces.push([part]);
      }
      // A last line of one or two letters ("…tasik-|an") takes the syllable before it ("…ta-|sikan").
      const last = pieces[pieces.length - 1];
      const before = pieces[pieces.length - 2];
      if (before && before.length > 1 && last.join("").length < 3 && fits([before[before.length - 1], ...last].join(""))) last.unshift(before.pop()!);
      return pieces.map((p) => p.join("")).join("-");
    });
    return text === x.text ? x : { ...x, text };
  });
}
