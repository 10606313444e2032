import { patchPdfmake } from "./patch.js";

interface PdfkitDocument {
  subset?: number;
  options: { lang?: string };
  info: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string; Producer?: string; CreationDate?: Date; ModDate?: Date };
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

/**
 * The XMP packet of a PDF/A. pdfkit (subset "PDF/A-2b") adds the pdfaid part and conformance and
 * an sRGB OutputIntent itself, and writes the rest of the XMP from the document information; but
 * it writes the values unescaped (a title with "&" would break the packet), leaves out
 * xmp:ModifyDate though the information dictionary has ModDate (PDF/A asks the two to agree), and
 * writes no dc:language. For a PDF/A this writes that part whole instead; any other PDF keeps
 * pdfkit's, and has no XMP anyway below PDF 1.4.
 */
export function writeArchivalXmp(): void {
  patchPdfmake<PdfkitDocument>(
    "PDFDocument",
    (proto) => {
      const original = proto._addInfo;
      proto._addInfo = function (this: PdfkitDocument) {
        if (!this.subset) return original.call(this);
        this.appendXML(archivalXmp(this.info, this.options.lang));
      };
    },
    "PDFDocument:pdfa",
  );
}

export function archivalXmp(info: PdfkitDocument["info"], lang: string | undefined): string {
  const date = (d: Date | undefined) => (d ? `${d.toISOString().split(".")[0]}Z` : undefined);
  const xmp = [
    ["xmp:CreateDate", date(info.CreationDate)],
    ["xmp:ModifyDate", date(info.ModDate)],
    ["xmp:CreatorTool", info.Creator],
  ];
  const pdf = [
    ["pdf:Producer", info.Producer],
    ["pdf:Keywords", info.Keywords],
  ];
  const simple = (entries: (string | undefined)[][]) =>
    entries
      .filter(([, v]) => v)
      .map(([k, v]) => `<${k}>${escapeXml(v!)}</${k}>`)
      .join("\n");
  const alt = (key: string, v: string | undefined) => (v ? `<${key}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(v)}</rdf:li></rdf:Alt></${key}>` : "");
  const dc = [
    alt("dc:title", info.Title),
    info.Author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : "",
    alt("dc:description", info.Subject),
    info.Subject ? `<dc:subject><rdf:Bag><rdf:li>${escapeXml(info.Subject)}</rdf:li></rdf:Bag></dc:subject>` : "",
    lang ? `<dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>` : "",
    "<dc:format>application/pdf</dc:format>",
  ].filter(Boolean);
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n${simple(xmp)}\n</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n${dc.join("\n")}\n</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n${simple(pdf)}\n</rdf:Description>`,
  ].join("\n");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
