import { breakPoints } from "../../typography/hyphenate.js";
import { textWidthOf } from "../../typography/measure.js";
import { SOFT_HYPHEN } from "./justify.js";
import type { PdfNode } from "./node.js";

/** A justified line whose word spaces would grow past this many times a space takes a hyphen, if one helps. */
const LOOSE = 2;

/** A piece of text as pdfmake gets it for a justified paragraph (see inlineNodes). */
type Piece = PdfNode & { text: string; bold?: boolean; italics?: boolean; noWrap?: boolean };

interface Segment {
  piece: Piece;
  /** Where the segment starts in its piece's text. */
  at: number;
  text: string;
}

/** Segments no line may break between: a word, its trailing space, and any word glued to it. */
interface Unit {
  segments: Segment[];
  width: number;
  trailing: number;
}

/**
 * Justified prose set the way pdfmake sets it (greedy, breaking only after spaces), with one
 * addition: where a line would come out loose, the word that opens the next line is broken at an
 * Indonesian syllable with a soft hyphen, if a part of it fits. pdfmake then breaks there and
 * justify.ts prints the hyphen. A line is only hyphenated when it needs it, so most lines end on
 * whole words. Should pdfmake break elsewhere after all, a soft hyphen inside a line prints
 * nothing. Returns the pieces, soft hyphens inserted, and how many lines the paragraph takes.
 */
export function hyphenateLooseLines(nodes: readonly (PdfNode | string)[], box: { width: number; firstLine: number; fontSize: number }): { nodes: (PdfNode | string)[]; lines: number } {
  const pieces = nodes.map((n) => (typeof n === "string" ? ({ text: n } as Piece) : ({ ...n } as Piece)));
  if (pieces.some((p) => typeof p.text !== "string")) return { nodes: [...nodes], lines: 1 };
  const size = box.fontSize;
  const measure = (text: string, piece: Piece) => textWidthOf(text, size, piece.italics === true, piece.bold === true);
  const space = textWidthOf(" ", size);
  const cuts = new Map<Piece, number[]>();
  let lines = 1;
  let available = box.width - box.firstLine;
  let used = 0;
  let spaces = 0;
  let lastTrailing = 0;
  // Hyphens at the ends of more than three lines in a row make a ladder; the fourth stays loose.
  let ladder = 0;
  const units = unitsOf(pieces, measure);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (unit.segments[0].text === "\n") {
      [lines, available, used, spaces] = [lines + 1, box.width, 0, 0];
      continue;
    }
    if (used === 0 || used + unit.width - unit.trailing <= available) {
      if (used > 0) spaces += 1;
      used += unit.width;
      lastTrailing = unit.trailing;
      continue;
    }
    // The line is full. Loose? Then try a part of this unit's word on it.
    const spare = available - (used - lastTrailing);
    const part = spaces > 0 && ladder < 3 && spare / spaces > (LOOSE - 1) * space ? fittingPart(unit, available - used, measure) : undefined;
    ladder = part ? ladder + 1 : 0;
    if (part) {
      cuts.set(part.segment.piece, [...(cuts.get(part.segment.piece) ?? []), part.segment.at + part.length]);
      unit.width -= part.width;
      unit.segments = [{ ...part.segment, at: part.segment.at + part.length, text: part.segment.text.slice(part.length) }, ...unit.segments.slice(1)];
    }
    [lines, available, used, spaces] = [lines + 1, box.width, unit.width, 0];
    lastTrailing = unit.trailing;
  }
  const out = pieces.map((piece, i) => {
    const at = cuts.get(piece);
    if (!at) return nodes[i];
    let text = piece.text;
    for (const k of [...at].sort((a, b) => b - a)) text = `${text.slice(0, k)}${SOFT_HYPHEN}${text.slice(k)}`;
    return { ...piece, text };
  });
  return { nodes: out, lines };
}

/**
 * The longest syllables of the unit's one word that fit in `room` with a hyphen: at least two
 * letters before and three after. An opening bracket or quote may precede the word; a word in
 * capitals (an abbreviation, a name set in capitals) is left whole, and so is one in italics: a
 * foreign term (*stakeholder*, *mindset*), which Indonesian syllables would break wrongly.
 */
function fittingPart(unit: Unit, room: number, measure: (text: string, piece: Piece) => number): { segment: Segment; length: number; width: number } | undefined {
  if (unit.segments.length !== 1) return undefined;
  const [segment] = unit.segments;
  if (segment.piece.noWrap || segment.piece.italics) return undefined;
  const [, lead, word] = /^([(“"‘']?)(\p{L}{5,})/u.exec(segment.text) ?? [];
  if (!word || word === word.toUpperCase()) return undefined;
  const syllables = breakPoints(word);
  let best: { segment: Segment; length: number; width: number } | undefined;
  let length = lead.length;
  for (const syllable of syllables.slice(0, -1)) {
    length += syllable.length;
    if (length - lead.length < 2 || lead.length + word.length - length < 3) continue;
    const width = measure(segment.text.slice(0, length), segment.piece);
    if (width + measure("-", segment.piece) > room) break;
    best = { segment, length, width };
  }
  return best;
}

function unitsOf(pieces: readonly Piece[], measure: (text: string, piece: Piece) => number): Unit[] {
  const units: Unit[] = [];
  let gluable = false;
  for (const piece of pieces) {
    const parts = piece.noWrap ? [piece.text] : (piece.text.match(/\n|[^\S\n]+|[^\s]+[^\S\n]*/g) ?? []);
    let at = 0;
    for (const text of parts) {
      const segment = { piece, at, text };
      at += text.length;
      if (text === "\n") {
        units.push({ segments: [segment], width: 0, trailing: 0 });
        gluable = false;
        continue;
      }
      const width = measure(text, piece);
      const trailing = /\s$/.test(text) ? measure(/\s+$/.exec(text)![0], piece) : 0;
      const last = units[units.length - 1];
      // A piece that starts inside a word (a style change, glued punctuation) joins it, and so
      // does a space that comes as a piece of its own.
      const joins = last !== undefined && last.segments[0].text !== "\n" && ((gluable && !/^\s/.test(text)) || /^\s+$/.test(text));
      if (joins) {
        last.segments.push(segment);
        last.width += width;
        last.trailing = /^\s+$/.test(text) ? last.trailing + trailing : trailing;
      } else units.push({ segments: [segment], width, trailing });
      gluable = !/\s$/.test(text);
    }
  }
  return units;
}
