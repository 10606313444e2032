/** Escapes text for the markup, so data containing `<`, `&` or `{{` is printed exactly as written. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Data text may mark **bold** and *italic*; `\*` is a literal asterisk. The result is markup with
 * everything else escaped.
 */
export function richTextToMarkup(text: string): string {
  const LITERAL_STAR = "\u0000";
  const escaped = escapeMarkup(text.replace(/\\\*/g, LITERAL_STAR));
  return escaped
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/\*(.+?)\*/g, "<i>$1</i>")
    .replace(new RegExp(LITERAL_STAR, "g"), "*");
}

/** The same text with its emphasis marks removed, for places that print plain text. */
export function richTextToPlain(text: string): string {
  return text.replace(/\\\*/g, "\u0000").replace(/\*\*(.+?)\*\*/g, "$1").replace(/\*(.+?)\*/g, "$1").replace(/\u0000/g, "*");
}
