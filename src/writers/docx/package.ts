import { strFromU8, strToU8 } from "fflate";
import { reproducibleZip, stampCoreProperties } from "../../output/zip.js";

/**
 * docx stamps "now" into docProps/core.xml and the zip entries; rewriting both from the document's
 * own date makes the same input give the same bytes.
 */
export function reproducibleDocx(docx: Uint8Array, created: string): Uint8Array {
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
