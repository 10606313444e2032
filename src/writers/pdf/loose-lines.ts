import { breakPoints } from "../../typography/hyphenate.js";
import { textWidthOf } from "../../typography/measure.js";
import { SOFT_HYPHEN } from "./justify.js";
import type { PdfNode } from "./node.js";

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

/** A place a word may be broken with a hyphen: after `length` characters of its one segment. */
interface Cut {
  length: number;
  /** Width of the part before the hyphen, hyphen included. */
  head: number;
  /** Width of the part after it, its trailing space included. */
  tail: number;
  /** What the break costs beyond an ordinary hyphen: a capitalised word inside a sentence is broken only to spare a loose line. */
  penalty: number;
  /** The line ends after a hyphen or slash the word is written with ("Perundang-|Undangan"): none is added. */
  written?: boolean;
}

/** Where a line ends: after unit `unit`, or inside it at `cut`. */
interface Break {
  unit: number;
  cut?: Cut;
}

/** Words shorter than this are never broken. */
export const MIN_HYPHENATED = 7;

/**
 * What a line costs, as TeX counts it: its badness (how far its word spaces stretch, cubed) and a
 * penalty for a hyphen, squared together. A hyphen costs as much as spaces stretched to about
 * twice their width; two in a row cost more, and a fourth in a row is not allowed.
 */
const HYPHEN = 6000;
const HYPHENS_IN_A_ROW = 4000;
const LADDER = 3;
/** A justified line of one word cannot stretch: it is set flush left, a hole at its right. Only a last resort. */
const LONE_WORD = 1e15;
/**
 * A line whose word gaps open wider than an em (12 pt in 12 pt type) reads as a hole: it costs more
 * than any number of lines within that (and more the wider it is), so the breaker avoids one
 * wherever it can.
 */
const LOOSE = 1e12;
const LOOSE_GAP = 1;
/**
 * A capitalised word inside a sentence (a name, a title: "Pendayagunaan", "Pemerintah") is broken
 * only where that spares a loose line: the cost is above what a paragraph's lines within an em's
 * gap add up to, and below one loose line.
 */
const CAPITALISED = 1e10;

/**
 * Justified prose broken into lines the way TeX breaks a paragraph: of all the ways to break it,
 * the one whose lines together stretch their word spaces least, counting a hyphen as a cost. A
 * line may end early, so that a word moves down and fills a loose line below it, and a word may
 * be broken at an Indonesian syllable with a soft hyphen (justify.ts prints it). Hyphenated are
 * only words of at least seven letters, not in italics (a foreign term), not in capitals (an
 * abbreviation), nor one of `names` ("Probolinggo"); a word capitalised inside a sentence (a name,
 * a title: "Pendayagunaan", "Peraturan") only where that spares a loose line. A word written with a
 * hyphen or slash ("Perundang-Undangan", "hasil/monitoring") may end a line after it, as written. pdfmake breaks a line only where it is full, so each break
 * chosen here is given to it as a forced line end (`justifyBreak`) that justify.ts still justifies.
 * Returns the pieces and how many lines the paragraph takes.
 */
export function hyphenateLooseLines(
  nodes: readonly (PdfNode | string)[],
  box: { width: number; firstLine: number; fontSize: number; names?: ReadonlySet<string> },
): { nodes: (PdfNode | string)[]; lines: number } {
  const pieces = nodes.map((n) => (typeof n === "string" ? ({ text: n } as Piece) : ({ ...n } as Piece)));
  if (pieces.some((p) => typeof p.text !== "string")) return { nodes: [...nodes], lines: 1 };
  const size = box.fontSize;
  const measure = (text: string, piece: Piece) => textWidthOf(text, size, piece.italics === true, piece.bold === true);
  const space = textWidthOf(" ", size);
  const units = unitsOf(pieces, measure);
  // Runs between forced line ends ("\n") are set one by one.
  const breaks: Break[] = [];
  let lines = 0;
  let from = 0;
  for (let u = 0; u <= units.length; u++) {
    if (u < units.length && units[u].segments[0].text !== "\n") continue;
    const run = units.slice(from, u);
    const chosen = run.length > 0 ? bestBreaks(run, units[from - 1], lines === 0 ? box.width - box.firstLine : box.width, box.width, space, size, measure, box.names) : [];
    breaks.push(...chosen.map((b) => ({ ...b, unit: b.unit + from })));
    lines += chosen.length + 1;
    from = u + 1;
  }
  return { nodes: withBreaks(pieces, nodes, units, breaks), lines: Math.max(1, lines) };
}

/** The breaks (not the run's end) that set a run of units at least cost. */
function bestBreaks(run: Unit[], before: Unit | undefined, first: number, width: number, space: number, em: number, measure: (text: string, piece: Piece) => number, names?: ReadonlySet<string>): Break[] {
  const cuts = run.map((unit, i) => hyphenationCuts(unit, i === 0 ? before : run[i - 1], i === 0, measure, names));
  // A node: a line starts after break `b` (-1: the run's start), with `row` hyphenated lines above it.
  interface Node {
    cost: number;
    from?: string;
    brk?: Break;
  }
  const key = (unit: number, cut: number, row: number) => `${unit}|${cut}|${row}`;
  const best = new Map<string, Node>([[key(-1, -1, 0), { cost: 0 }]]);
  // Start points in order: before unit 0, then after each unit (whole), and inside each at its cuts.
  const starts: { unit: number; cut: number }[] = [{ unit: -1, cut: -1 }];
  run.forEach((_, i) => {
    cuts[i].forEach((_, c) => starts.push({ unit: i, cut: c }));
    starts.push({ unit: i, cut: -1 });
  });
  // The order above is the text's order: inside unit i comes before after unit i.
  let end: Node | undefined;
  for (const s of starts) {
    for (let row = 0; row <= LADDER; row++) {
      const node = best.get(key(s.unit, s.cut, row));
      if (!node) continue;
      const available = s.unit === -1 ? first : width;
      // The line's natural width so far: the rest of a broken word, then whole units.
      let used = s.cut >= 0 ? cuts[s.unit][s.cut].tail : 0;
      let words = s.cut >= 0 ? 1 : 0;
      // The rest of a word broken in the run's last unit is the last line.
      if (s.cut >= 0 && s.unit === run.length - 1 && (!end || node.cost < end.cost)) end = { cost: node.cost, from: key(s.unit, s.cut, row) };
      for (let j = s.unit + 1; j < run.length; j++) {
        const unit = run[j];
        // Ending inside unit j, at one of its cuts.
        for (const [c, cut] of cuts[j].entries()) {
          const natural = used + cut.head;
          if (natural > available + 0.01 || row >= LADDER) continue;
          const cost = node.cost + demerits(available - natural, words, space, em) + HYPHEN + cut.penalty + (row > 0 ? HYPHENS_IN_A_ROW : 0);
          relax(best, key(j, c, row + 1), { cost, from: key(s.unit, s.cut, row), brk: { unit: j, cut } });
        }
        const natural = used + unit.width - unit.trailing;
        // A line holds at least one word, even one wider than the line.
        if (natural > available + 0.01 && words > 0) break;
        used += unit.width;
        words += 1;
        if (j === run.length - 1) {
          const cost = node.cost;
          if (!end || cost < end.cost) end = { cost, from: key(s.unit, s.cut, row) };
        } else {
          const cost = node.cost + demerits(available - natural, words - 1, space, em);
          relax(best, key(j, -1, 0), { cost, from: key(s.unit, s.cut, row), brk: { unit: j } });
        }
      }
    }
  }
  const out: Break[] = [];
  for (let at = end?.from; at !== undefined; ) {
    const node = best.get(at)!;
    if (node.brk) out.push(node.brk);
    at = node.from;
  }
  return out.reverse();
}

function relax(best: Map<string, { cost: number }>, k: string, node: { cost: number; from?: string; brk?: Break }): void {
  const known = best.get(k);
  if (!known || node.cost < known.cost) best.set(k, node);
}

/**
 * A justified line's cost: its word spaces' stretch over a space's width, cubed, as TeX's badness,
 * and more for a loose line, one whose gaps open wider than an em.
 */
function demerits(spare: number, spaces: number, space: number, em: number): number {
  if (spaces === 0) return LONE_WORD;
  const cost = (stretch: number) => (10 + 100 * stretch ** 3) ** 2;
  const stretch = Math.max(0, spare) / spaces / space;
  // A loose line costs LOOSE, and more the wider its gaps open: one of 16 pt as two of 12 pt.
  const loose = (LOOSE_GAP * em) / space - 1;
  return stretch > loose + 0.01 / space ? LOOSE * (1 + cost(stretch) / cost(loose) / 10) : cost(stretch);
}

/**
 * Where the unit's one word may be broken: at syllables, at least two letters before and three
 * after. An opening bracket or quote may precede the word. A word is left whole if it has fewer
 * than seven letters, is in capitals (an abbreviation) or in italics (a foreign term, which
 * Indonesian syllables would break wrongly), or is one of `names`. A word capitalised anywhere but
 * at a sentence's start (a name or a title) is broken at a cost (CAPITALISED).
 */
function hyphenationCuts(unit: Unit, before: Unit | undefined, opens: boolean, measure: (text: string, piece: Piece) => number, names?: ReadonlySet<string>): Cut[] {
  if (unit.segments.length !== 1) return [];
  const [segment] = unit.segments;
  // A word written with a hyphen or slash between words may end a line after it, as it is.
  const written = [...segment.text.matchAll(/(?<=\p{L}{2}[-/])(?=\p{L}{2})/gu)].map((m): Cut => {
    const head = measure(segment.text.slice(0, m.index), segment.piece);
    return { length: m.index, head, tail: unit.width - head, penalty: 0, written: true };
  });
  if (written.length > 0) return written;
  if (segment.piece.noWrap || segment.piece.italics) return [];
  const [, lead, word] = /^([(“"‘']?)(\p{L}+)/u.exec(segment.text) ?? [];
  if (!word || word.length < MIN_HYPHENATED || word === word.toUpperCase()) return [];
  if (names?.has(word.toLowerCase())) return [];
  const previous = before ? before.segments.map((s) => s.text).join("").trimEnd() : "";
  const sentenceStart = opens && !before ? true : previous === "" || /[.!?]["”’)]*$/u.test(previous);
  const penalty = /^\p{Lu}/u.test(word) && !sentenceStart ? CAPITALISED : 0;
  const hyphen = measure("-", segment.piece);
  const out: Cut[] = [];
  let length = lead.length;
  for (const syllable of breakPoints(word).slice(0, -1)) {
    length += syllable.length;
    if (length - lead.length < 2 || lead.length + word.length - length < 3) continue;
    const head = measure(segment.text.slice(0, length), segment.piece);
    out.push({ length, head: head + hyphen, tail: unit.width - head, penalty });
  }
  return out;
}

/**
 * The pieces with the chosen line ends: a piece is split after each, the part before ending in a
 * forced line end (and a soft hyphen, where a word is broken) marked `justifyBreak`.
 */
function withBreaks(pieces: Piece[], nodes: readonly (PdfNode | string)[], units: Unit[], breaks: Break[]): (PdfNode | string)[] {
  const at = new Map<Piece, { offset: number; hyphen: boolean }[]>();
  for (const b of breaks) {
    const unit = units[b.unit];
    const segment = b.cut ? unit.segments[0] : unit.segments[unit.segments.length - 1];
    const offset = segment.at + (b.cut ? b.cut.length : segment.text.length);
    at.set(segment.piece, [...(at.get(segment.piece) ?? []), { offset, hyphen: b.cut !== undefined && !b.cut.written }]);
  }
  return pieces.flatMap((piece, i) => {
    const ends = at.get(piece);
    if (!ends) return [nodes[i]];
    const out: PdfNode[] = [];
    let last = 0;
    for (const end of [...ends].sort((a, b) => a.offset - b.offset)) {
      const text = piece.text.slice(last, end.offset);
      if (piece.noWrap) {
        // pdfmake sees no line end inside a piece it may not break: it follows the piece, with the
        // piece's space, which the line then drops at its end as any other.
        const core = text.trimEnd();
        const { noWrap: _, ...style } = piece;
        out.push({ ...piece, text: core }, { ...style, text: `${text.slice(core.length) || " "}\n`, justifyBreak: true });
      } else out.push({ ...piece, text: `${text}${end.hyphen ? SOFT_HYPHEN : ""}\n`, justifyBreak: true });
      last = end.offset;
    }
    if (last < piece.text.length) out.push({ ...piece, text: piece.text.slice(last) });
    return out;
  });
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
