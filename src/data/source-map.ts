import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";

/** A parsed data file that can still answer "where was this value written?". */
export interface SourceFile {
  /** Path shown to the user. */
  displayPath: string;
  document: Document.Parsed;
  lines: LineCounter;
}

export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

/**
 * Where each part of the assembled road map came from. The road map is put together from several
 * files, so a path such as ["area_perubahan", 3, "indikator", 0] first selects a file and then a
 * path inside it.
 */
export class SourceMap {
  private readonly owners: { prefix: (string | number)[]; file: SourceFile; base: (string | number)[] }[] = [];

  /** Values under `prefix` in the assembled data live at `base` inside `file`. */
  add(prefix: (string | number)[], file: SourceFile, base: (string | number)[] = []): void {
    this.owners.push({ prefix, file, base });
  }

  locate(path: readonly (string | number)[]): SourcePosition | undefined {
    let best: (typeof this.owners)[number] | undefined;
    for (const owner of this.owners) {
      const matches = owner.prefix.every((p, i) => path[i] === p);
      if (matches && (!best || owner.prefix.length > best.prefix.length)) best = owner;
    }
    if (!best) return undefined;
    const inner = [...best.base, ...path.slice(best.prefix.length)];
    const offset = findOffset(best.file.document, inner);
    const pos = offset === undefined ? undefined : best.file.lines.linePos(offset);
    return { file: best.file.displayPath, line: pos?.line, column: pos?.col };
  }
}

/** Offset of the deepest node that exists along `path`; a missing key points at its parent. */
function findOffset(document: Document.Parsed, path: readonly (string | number)[]): number | undefined {
  let node: unknown = document.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    const next = childOf(node, key);
    if (next === undefined) break;
    node = next.value;
    offset = rangeStart(next.value) ?? next.keyOffset ?? offset;
  }
  return offset;
}

function childOf(node: unknown, key: string | number): { value: unknown; keyOffset?: number } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(key)) {
        return { value: pair.value ?? pair.key, keyOffset: rangeStart(pair.key) };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof key === "number") {
    const item = node.items[key];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
