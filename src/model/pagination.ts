import { toRoman } from "../util/roman.js";
import type { Block, Document, NumberFormat, Section } from "./document.js";

/** What laying out the pages found: where things landed. Physical pages count from 1. */
export interface Pagination {
  pageCount: number;
  /** Physical page of each anchor: section starts, headings, captions. */
  anchors: Map<string, number>;
  /** For each table with merged body cells, the physical page of each body row. */
  tableRowPages: Map<string, number[]>;
}

export interface PageLabel {
  /** As printed, pattern included: "- 2 -". */
  text: string;
  /** The number alone, as the table of contents shows it: "2", "iii". */
  number: string;
  visible: boolean;
}

export function sectionAnchor(section: Section): string {
  return `section:${section.id}`;
}

/**
 * The number printed on each physical page, following each section's format and restarts. Used
 * for the page headers/footers and for the table of contents, so both always agree.
 */
export function pageLabels(doc: Document, pagination: Pagination): PageLabel[] {
  const labels: PageLabel[] = [];
  let counter = 0;
  doc.sections.forEach((section, i) => {
    const first = pagination.anchors.get(sectionAnchor(section));
    if (first === undefined) return;
    const next = doc.sections.slice(i + 1).map((s) => pagination.anchors.get(sectionAnchor(s))).find((p) => p !== undefined);
    const last = (next ?? pagination.pageCount + 1) - 1;
    if (section.numbering.start !== undefined) counter = section.numbering.start - 1;
    for (let page = first; page <= last; page++) {
      counter += 1;
      const visible = section.numbering.format !== "none" && !(section.numbering.hideOnFirstPage && page === first);
      const number = formatPageNumber(counter, section.numbering.format);
      labels[page - 1] = { text: section.numbering.pattern.replace("{n}", number), number, visible };
    }
  });
  return labels;
}

export function formatPageNumber(n: number, format: NumberFormat): string {
  switch (format) {
    case "lower-roman":
      return toRoman(n).toLowerCase();
    case "upper-roman":
      return toRoman(n);
    default:
      return String(n);
  }
}

/** The number (without pattern) printed on the page an anchor landed on; the TOC shows this. */
export function withPageLabels(doc: Document, pagination: Pagination): Document {
  const labels = pageLabels(doc, pagination);
  const numberOnPage = (page: number | undefined) => (page === undefined ? undefined : labels[page - 1]?.number);
  const fill = (b: Block): Block =>
    b.type === "toc" ? { ...b, entries: b.entries.map((e) => ({ ...e, pageLabel: numberOnPage(pagination.anchors.get(e.target)) })) } : b;
  return { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.map(fill) })) };
}
