import type { ProseRegistry } from "./node.js";

/** Where a paragraph's first line landed: its page, and how far down the text area (0-1) of how tall a one. */
export interface ParagraphStart {
  page: number;
  down: number;
  height: number;
}

/**
 * Prose paragraphs the last layout left with a line alone: its first line at the foot of a page
 * (an orphan, for a paragraph of six lines or fewer), or its last line at the head of the next (a
 * widow, for four lines or fewer). Each is kept whole in the following pass. pdfmake cannot move a
 * single line, so a longer paragraph keeps its lone line rather than leave much of a page empty.
 */
export function widowOrphanBreaks(prose: ProseRegistry, starts: ReadonlyMap<string, ParagraphStart>, lastPage: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const [id, start] of starts) {
    const end = lastPage.get(id);
    const lines = prose.lines.get(id);
    if (end === undefined || !lines || end === start.page || lines.count < 2) continue;
    // Lines that fit below the first line's top on its page; pdfmake sets only whole lines.
    const onFirst = Math.max(1, Math.floor(((1 - start.down) * start.height + 0.5) / lines.height));
    const onLast = lines.count - onFirst;
    if ((onFirst <= 1 && lines.count <= 6) || (onLast <= 1 && lines.count <= 4)) out.push(id);
  }
  return out;
}
