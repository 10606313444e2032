import type { Block, Caption, Document, Heading } from "../../model/document.js";
import type { Pagination } from "../../model/pagination.js";

export function isKeptWithNext(block: Block): block is Heading | Caption {
  return (block.type === "heading" || block.type === "caption") && block.style.keepWithNext;
}

/** Anchor of the block that follows a heading or caption. */
export function followerAnchor(id: string): string {
  return `next:${id}`;
}

/** Anchor of the last page a node touches (the plain anchor holds the first). */
export function endAnchor(id: string): string {
  return `end:${id}`;
}

/** Headings and captions that the last layout left at the foot of a page, apart from their follower. */
export function keepWithNextBreaks(doc: Document, pagination: Pagination): string[] {
  const out: string[] = [];
  const visit = (blocks: readonly Block[]) => {
    blocks.forEach((b, i) => {
      if (!isKeptWithNext(b)) return;
      const own = pagination.anchors.get(b.id);
      const follower = blocks[i + 1];
      // A table's own position includes its header rows, which pdfmake lays out off-page.
      const next =
        follower?.type === "table"
          ? pagination.tableRowPages.get(follower.id)?.find((p, r) => r >= follower.headerRows && p > 0)
          : pagination.anchors.get(followerAnchor(b.id));
      if (own !== undefined && next !== undefined && next > own) out.push(b.id);
    });
  };
  doc.sections.forEach((s) => visit(s.blocks));
  return out;
}
