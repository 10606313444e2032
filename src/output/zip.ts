import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from "fflate";

/**
 * Office files are zip packages whose libraries stamp "now" on every entry and order entries as
 * they were added. Repacking with one fixed time and a fixed order makes the same input give the
 * same bytes. `edit` may rewrite entries (a creation date inside XML, say) before repacking.
 */
export function reproducibleZip(bytes: Uint8Array, created: string, edit?: (entries: Unzipped) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit?.(entries);
  const mtime = new Date(`${created}T00:00:00Z`);
  // [Content_Types].xml first, as Office writes it; then a fixed name order.
  const names = Object.keys(entries).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a.localeCompare(b)));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [entries[name], { mtime, level: 6 }];
  return zipSync(ordered, { mtime });
}

/** Rewrites the dcterms:created/modified stamps of docProps/core.xml to the document's own date. */
export function stampCoreProperties(entries: Unzipped, created: string): void {
  const core = entries["docProps/core.xml"];
  if (!core) return;
  const stamp = `${created}T00:00:00Z`;
  entries["docProps/core.xml"] = strToU8(
    strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
  );
}
