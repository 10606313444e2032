import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * The markup templates write: a small XML vocabulary (see templates/README.md). Parsing it is the
 * line between the text world of Handlebars and the typed document model.
 */
export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: MarkupNode[];
}
export type MarkupNode = Element | string;

export class MarkupError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

type RawNode = Record<string, unknown> & { ":@"?: Record<string, string> };

export function parseMarkup(xml: string): Element {
  const check = XMLValidator.validate(xml);
  if (check !== true) throw new MarkupError(check.err.msg, check.err.line, check.err.col);
  const roots = (parser.parse(xml) as RawNode[]).map(convert).filter((n): n is Element => typeof n !== "string");
  if (roots.length !== 1) throw new MarkupError("markup harus berakar pada satu elemen <document>");
  return roots[0];
}

function convert(raw: RawNode): MarkupNode {
  if ("#text" in raw) return String(raw["#text"]);
  const name = Object.keys(raw).find((k) => k !== ":@");
  if (!name) return "";
  const children = (raw[name] as RawNode[]).map(convert);
  return { name, attrs: raw[":@"] ?? {}, children };
}
