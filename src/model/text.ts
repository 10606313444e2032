import type { Block, Inline } from "./document.js";

/** The readable text of inline content: what a reader would copy, on one line (no-break spaces kept). */
export function plainText(content: readonly Inline[]): string {
  return content.map((x) => (x.type === "text" ? x.text : x.type === "break" ? " " : "✓")).join("").replace(/[ \t\n\r\f]+/g, " ").trim();
}

/** The readable text of blocks, for a label that repeats them in short. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b): string => {
      switch (b.type) {
        case "paragraph":
        case "heading":
          return plainText(b.content);
        case "keep":
          return blocksText(b.blocks);
        case "list":
          return b.items.map((item) => `${item.marker} ${blocksText(item.blocks)}`).join(" ");
        case "table":
          return b.rows.map((row) => row.cells.map((c) => blocksText(c.blocks)).join(" ")).join(" ");
        default:
          return "";
      }
    })
    .filter(Boolean)
    .join(" ");
}
