import { strFromU8, strToU8 } from "fflate";
import { reproducibleZip, stampCoreProperties } from "../../output/zip.js";

/**
 * docx stamps "now" into docProps/core.xml and the zip entries; rewriting both from the document's
 * own date makes the same input give the same bytes.
 */
export function reproducibleDocx(docx: Uint8Array, created: string): Uint8Array {
  return reproducibleZip(docx, created, (entries) => {
    stampCoreProperties(entries, created);
    // docx numbers bookmarks and drawings with counters that live as long as the process.
    const body = entries["word/document.xml"];
    if (body) {
      let xml = strFromU8(body);
      for (const pattern of [/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)(")/g, /(<wp:docPr\b[^>]*?id=")(\d+)(")/g]) {
        const ids = new Map<string, number>();
        xml = xml.replace(pattern, (_, pre: string, id: string, post: string) => {
          if (!ids.has(id)) ids.set(id, ids.size + 1);
          return `${pre}${ids.get(id)}${post}`;
        });
      }
      entries["word/document.xml"] = strToU8(xml);
    }
  });
}
