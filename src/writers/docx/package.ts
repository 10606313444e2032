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
  const mtime = new Date(`${created}T00:00:00Z`);
  // [Content_Types].xml first, as Word writes it; then a fixed name order.
  const names = Object.keys(entries).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a.localeCompare(b)));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [entries[name], { mtime, level: 6 }];
  return zipSync(ordered, { mtime });
}
