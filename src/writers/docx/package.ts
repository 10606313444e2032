import { strFromU8, strToU8 } from "fflate";
import { reproducibleZip, stampCoreProperties } from "../../output/zip.js";

/**
 * A table-of-contents entry's page number as the DOCX is first written: a mark naming the entry's
 * target, filled in by `reproducibleDocx` once the PDF layout has settled. The page numbers are
 * the only part of a DOCX that depends on the layout, so the rest can be written before it ends.
 * U+E000 and U+E001 are private-use characters no text of ours holds.
 */
export function pageMark(target: string): string {
  return `\uE000${target}\uE001`;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/**
 * docx stamps "now" into docProps/core.xml and the zip entries; rewriting both from the document's
 * own date makes the same input give the same bytes. Each page mark becomes its page label
 * (`labels`, by target; none known, none written).
 */
export function reproducibleDocx(docx: Uint8Array, created: string, labels: ReadonlyMap<string, string | undefined>): Uint8Array {
  return reproducibleZip(docx, created, (entries) => {
    stampCoreProperties(entries, created);
    // docx numbers bookmarks and drawings with counters that live as long as the process. Drawings
    // are numbered on through the body, then the headers and footers (the watermark), so each
    // stays unique in the package.
    const parts = Object.keys(entries)
      .filter((name) => name === "word/document.xml" || /^word\/(header|footer)\d+\.xml$/.test(name))
      .sort((a, b) => (a === "word/document.xml" ? -1 : b === "word/document.xml" ? 1 : a.localeCompare(b, "en", { numeric: true })));
    let drawing = 0;
    for (const name of parts) {
      let xml = strFromU8(entries[name]);
      if (name === "word/document.xml") {
        // Targets are our own ids, written into the XML escaped as any text is.
        const byEscaped = new Map([...labels].map(([target, label]) => [escapeXml(target), label]));
        xml = xml.replace(/\uE000([^\uE001]*)\uE001/g, (_, target: string) => escapeXml(byEscaped.get(target) ?? ""));
        const ids = new Map<string, number>();
        xml = xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)(")/g, (_, pre: string, id: string, post: string) => {
          if (!ids.has(id)) ids.set(id, ids.size + 1);
          return `${pre}${ids.get(id)}${post}`;
        });
      }
      xml = xml.replace(/(<wp:docPr\b[^>]*?id=")(\d+)(")/g, (_, pre: string, _id: string, post: string) => `${pre}${++drawing}${post}`);
      entries[name] = strToU8(xml);
    }
  });
}
