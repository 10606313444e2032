import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

/**
 * Collects garbage now. Between the PDF layout and the DOCX the layout's garbage (hundreds of MB for
 * a large road map) would otherwise still be on the heap while the DOCX grows it, and V8 prefers to
 * grow the process over collecting (FINDINGS.md). Only called between whole stages.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
