import { patchPdfmake } from "./patch.js";

/**
 * pdfmake moves to the next page when a node's bottom margin does not fit on the current one
 * (LayoutBuilder.processNode, "necessary for nodes inside tables"). A paragraph that ends exactly
 * at a page's foot therefore leaves the writer at the top of a new, empty page, and a chapter
 * heading after it that starts a page (`pageBreak: "before"`) moves on once more: a blank page
 * (FINDINGS.md). A forced break at the top of a page that holds nothing yet has nothing to break
 * from, so here it is skipped. Headers, footers and watermarks are added after layout, so an
 * empty page's item list is empty.
 */
interface LayoutBuilder {
  writer: { context(): { getCurrentPage(): { items: unknown[] } | null } };
  processNode(node: { pageBreak?: string }, ...rest: unknown[]): unknown;
}

export function skipBreaksOnEmptyPages(): void {
  patchPdfmake<LayoutBuilder>("LayoutBuilder", (builder) => {
    const processNode = builder.processNode;
    builder.processNode = function (this: LayoutBuilder, node: { pageBreak?: string }, ...rest: unknown[]) {
      const page = this.writer.context().getCurrentPage();
      if (node.pageBreak !== "before" || !page || page.items.length > 0) return processNode.call(this, node, ...rest);
      node.pageBreak = undefined;
      try {
        return processNode.call(this, node, ...rest);
      } finally {
        node.pageBreak = "before";
      }
    };
  });
}
