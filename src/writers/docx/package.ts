import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/**
 * docx stamps "now" into docProps/core.xml and the zip entries; rewriting both from the document's
 * own date makes the same input give the same bytes.
 */
export function reproducibleZip(docx: Uint8Array, created: string): Uint8Array {
  const entries = unzipSync(docx);
  const stamp = `${created}T00:00:00Z`;
  const core = entries["docProps/core.xml"];
  if (core) {
    entries["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
    );
  }
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
  const mtime = new Date(`${created}T00:00:00Z`);
  // [Content_Types].xml first, as Word writes it; then a fixed name order.
  const names = Object.keys(entries).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a.localeCompare(b)));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [entries[name], { mtime, level: 6 }];
  return zipSync(ordered, { mtime });
}
