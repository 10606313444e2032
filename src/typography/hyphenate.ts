import { createRequire } from "node:module";
import type { Inline } from "../model/document.js";
import { textWidthOf } from "./measure.js";

const require = createRequire(import.meta.url);
let syllables: ((word: string) => string[]) | undefined;

/**
 * Where an Indonesian word may break: its syllables, from the hyph-utf8 "id" patterns (package
 * hyphen), corrected where those patterns go against the spelling rules (PUEBI) and KBBI's
 * syllables:
 * - they split the suffix -an off a -kan word ("berdasark-an"): -kan stays whole ("berdasar-kan");
 * - they split a diphthong ai, au, oi, ei ("perba-ikan"), which is one syllable ("perbai-kan");
 * - they start a syllable with consonants no Indonesian syllable starts with ("terja-dwal",
 *   "Bappedali-tbang", "standa-rdisasi", "pertanggu-ngjawaban"), or leave one with no vowel at all
 *   ("ter-s-truktur"): consonants go back to the syllable before until the onset is one consonant
 *   (ng, ny, kh, sy count as one) or a loan cluster such as pr, kl, str ("terjad-wal");
 * - they keep a prefix's consonant before a vowel ("per-angkat", "per-encanaan"), where the
 *   syllable takes it ("pe-rangkat", "pe-rencanaan"); a suffix -an or -i keeps its own boundary
 *   ("pencatat-an", as KBBI);
 * - a few words the patterns get wrong are listed with their syllables in EXCEPTIONS, as TeX's
 *   \hyphenation list does.
 */
export function breakPoints(word: string): string[] {
  if (!syllables) {
    const { hyphenateSync } = require("hyphen/id") as { hyphenateSync(text: string, options: { hyphenChar: string }): string };
    syllables = (w) => hyphenateSync(w, { hyphenChar: "\u00ad" }).split("\u00ad");
  }
  const breaks = breaksOf(syllables(word));
  const lower = word.toLowerCase();
  if (lower.endsWith("kan") && breaks.delete(word.length - 2) && word.length > 5) breaks.add(word.length - 3);
  for (const b of breaks) if (/^(ai|au|oi|ei)$/.test(lower.slice(b - 1, b + 1))) breaks.delete(b);
  // The exceptions have the last word, after the onset rules.
  const final = breaksOf(syllableOnsets(cut(word, breaks)));
  for (const [compound, inner] of EXCEPTIONS) {
    for (let i = lower.indexOf(compound); i >= 0; i = lower.indexOf(compound, i + 1)) {
      // Its last syllable may still lend a consonant to a suffix ("ditindaklanju-ti").
      for (let k = i + 1; k <= i + Math.max(...inner); k++) final.delete(k);
      for (const k of inner) final.add(i + k);
    }
  }
  return cut(word, final);
}

/** Where a word's parts meet, as offsets: the inverse of `cut`. */
function breaksOf(parts: readonly string[]): Set<number> {
  const breaks = new Set<number>();
  let at = 0;
  for (const part of parts.slice(0, -1)) breaks.add((at += part.length));
  return breaks;
}

function cut(word: string, breaks: ReadonlySet<number>): string[] {
  const cuts = [0, ...[...breaks].sort((a, b) => a - b), word.length];
  return cuts.slice(1).map((end, i) => word.slice(cuts[i], end));
}

/**
 * Words, or parts of words, and the offsets of their breaks: a compound the patterns cannot see
 * into ("tindaklanjut": tin-dak-lan-jut, not tinda-klan-jut), a prefix KBBI keeps apart before a
 * vowel ("terakhir": ter-a-khir), and the loan cluster of the one word every RB document prints
 * most (bi-ro-kra-si, PUEBI; the patterns give bi-rok-ra-si).
 */
const EXCEPTIONS: [string, number[]][] = [
  ["tindaklanjut", [3, 6, 9]],
  // KBBI: ter·a·khir; the onset rule would give te-ra-khir.
  ["terakhir", [3]],
  ["birokrasi", [2, 4, 7]],
];

const VOWEL = /[aiueoéèêàâ]/i;

/** A run of consonants as its sounds: ng, ny, kh and sy are one each. */
function consonantUnits(run: string): string[] {
  return run.match(/ng|ny|kh|sy|./gi) ?? [];
}

/** Consonants an Indonesian syllable may start with: one, or a loan cluster (pr, kl, kw, sp, str …). */
function validOnset(units: readonly string[]): boolean {
  const u = units.map((x) => x.toLowerCase());
  if (u.length <= 1) return true;
  if (u.length === 2) return (/^[pbtdkgfs]$/.test(u[0]) && /^[rl]$/.test(u[1])) || /^(kw|sw)$/.test(u.join("")) || (u[0] === "s" && /^[ptk]$/.test(u[1]));
  return u.length === 3 && u[0] === "s" && /^[ptk]$/.test(u[1]) && /^[rl]$/.test(u[2]);
}

function syllableOnsets(input: string[]): string[] {
  // A piece with no vowel joins the syllable after it (or before it, at the end).
  const parts: string[] = [];
  for (const part of input) {
    if (parts.length > 0 && !VOWEL.test(parts[parts.length - 1])) parts[parts.length - 1] += part;
    else parts.push(part);
  }
  if (parts.length > 1 && !VOWEL.test(parts[parts.length - 1])) parts[parts.length - 2] += parts.pop();
  for (let i = 1; i < parts.length; i++) {
    const onset = consonantUnits(/^[^aiueoéèêàâ]*/i.exec(parts[i])![0]);
    // Consonants back to the syllable before until the onset is one a syllable can have.
    while (onset.length > 0 && !validOnset(onset)) {
      const unit = onset.shift()!;
      parts[i - 1] += unit;
      parts[i] = parts[i].slice(unit.length);
    }
    // A consonant before a vowel opens the syllable ("pe-rang"), except at a suffix -an or -i.
    if (onset.length === 0 && !/^(an|i)$/i.test(parts[i])) {
      const coda = /[^aiueoéèêàâ]+$/i.exec(parts[i - 1])?.[0];
      const last = coda ? consonantUnits(coda).at(-1)! : undefined;
      if (last && VOWEL.test(parts[i - 1].slice(0, -last.length))) {
        parts[i - 1] = parts[i - 1].slice(0, -last.length);
        parts[i] = last + parts[i];
      }
    }
  }
  return parts;
}

/**
 * A word wider than its column would be cut by the writer between any two letters, with no hyphen
 * ("akuntabe|l"). Such a word is broken here instead, at syllables, with a hyphen at each line's
 * end: each piece is the longest run of syllables that fits the width. Only words that cannot fit
 * a line are touched, so a visible hyphen always ends a line; the pieces stay in one text run,
 * and both writers break after a hyphen. The DOCX joins them with soft hyphens (`joiner`
 * U+00AD) instead: Word and LibreOffice break there and print the hyphen only at a line's end,
 * the word stays whole for search, and a clerk's edit that reflows the cell shows no stray hyphen.
 */
export function hyphenateLongWords(content: readonly Inline[], width: number, fontSize: number, joiner = "-"): Inline[] {
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
      return pieces.map((p) => p.join("")).join(joiner);
    });
    return text === x.text ? x : { ...x, text };
  });
}
