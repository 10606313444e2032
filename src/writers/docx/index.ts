import {
  AlignmentType,
  LineRuleType,
  Document as DocxDocument,
  Footer,
  Header,
  NumberFormat as DocxNumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Document, NumberFormat, Section } from "../../model/document.js";
import { blocksToDocx, CAPTION_STYLE, CAPTION_STYLE_NAME, CONTINUED_CAPTION_STYLE, CONTINUED_CAPTION_STYLE_NAME, listCounter, newFlow, TOC_ROW_PADDING, type DocxContext } from "./blocks.js";
import { cutLine } from "../../typography/measure.js";
import { DEFAULT_LINE_HEIGHT } from "../../assets.js";
import { reproducibleDocx } from "./package.js";
import { forEachBlock } from "../../model/walk.js";
import { StyleRegistry } from "./styles.js";
import { watermarkParagraph } from "./watermark.js";
import { collectGarbage } from "../../util/gc.js";
import { DOCX_FONT, halfPoints, twip } from "./units.js";

const PAGE_FORMAT: Record<NumberFormat, (typeof DocxNumberFormat)[keyof typeof DocxNumberFormat]> = {
  none: DocxNumberFormat.DECIMAL,
  decimal: DocxNumberFormat.DECIMAL,
  "lower-roman": DocxNumberFormat.LOWER_ROMAN,
  "upper-roman": DocxNumberFormat.UPPER_ROMAN,
};

/** The document as a .docx file, its table of contents showing the page labels its entries carry. */
export async function writeDocx(doc: Document): Promise<Uint8Array> {
  // Drafted in its own function so the docx object tree is garbage before the repack: at 2,000
  // rencana aksi the two together pushed the process past 1 GB (FINDINGS.md).
  const draft = await draftDocx(doc);
  collectGarbage();
  return finishDocx(draft, doc);
}

/** The draft made a reproducible .docx, with the page labels of `doc`'s table-of-contents entries. */
export function finishDocx(draft: Uint8Array, doc: Document): Uint8Array {
  const labels = new Map<string, string | undefined>();
  forEachBlock(doc, (b) => b.type === "toc" && b.entries.forEach((e) => labels.set(e.target, e.pageLabel)));
  return reproducibleDocx(draft, doc.meta.created, labels);
}

/**
 * The DOCX written with page marks where its table of contents has page numbers (`pageMark`): it
 * does not depend on the PDF's layout, so it can be drafted beside it, from the model.
 */
export async function draftDocx(doc: Document): Promise<Uint8Array> {
  // The sections are written twice: the first time only surveys what each kind of paragraph
  // looks like, so its named style can hold the kind's most common settings.
  const survey = StyleRegistry.survey();
  const surveyLists = listCounter();
  doc.sections.forEach((s) => sectionOptions(s, doc.watermark, { lists: surveyLists, styles: survey }));
  const styles = survey.settle();
  // The survey's tables are garbage: collected before the document is built, not on top of it.
  collectGarbage();
  const lists = listCounter();
  const sections = doc.sections.map((s) => sectionOptions(s, doc.watermark, { lists, styles }));
  const file = new DocxDocument({
    creator: doc.meta.author,
    title: doc.meta.title,
    description: doc.meta.subject,
    lastModifiedBy: "rbdoc",
    // The TOC entries carry our PDF's page numbers; Word paginates on its own, so it is asked to
    // refresh the fields when it opens the file. Readers that do not update show the entries as written.
    features: { updateFields: true },
    styles: {
      default: {
        // Indonesian for spelling and hyphenation in Word and LibreOffice.
        document: { run: { font: DOCX_FONT, size: halfPoints(12), language: { value: "id-ID" } }, paragraph: { spacing: { line: 252, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: DOCX_FONT, size: halfPoints(12), bold: true, color: "000000" }, paragraph: { alignment: AlignmentType.CENTER } },
        heading2: { run: { font: DOCX_FONT, size: halfPoints(12), bold: true, color: "000000" } },
        heading3: { run: { font: DOCX_FONT, size: halfPoints(12), bold: true, color: "000000" } },
      },
      paragraphStyles: [
        { id: CAPTION_STYLE.table, name: CAPTION_STYLE_NAME.table, basedOn: "Normal", run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
        { id: CAPTION_STYLE.figure, name: CAPTION_STYLE_NAME.figure, basedOn: "Normal", run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
        ...(["table", "figure"] as const).map((kind) => ({ id: CONTINUED_CAPTION_STYLE[kind], name: CONTINUED_CAPTION_STYLE_NAME[kind], basedOn: CAPTION_STYLE[kind] })),
        // Entries Word writes when it updates the field are spaced as the PDF's: 4 pt between lines.
        ...[1, 2, 3].map((level) => ({
          id: `TOC${level}`,
          name: `toc ${level}`,
          basedOn: "Normal",
          paragraph: { indent: { left: twip(6 * (level - 1)) }, spacing: { before: 0, after: 2 * 20 * TOC_ROW_PADDING, line: Math.round(20 * cutLine(false, false) * DEFAULT_LINE_HEIGHT * 12), lineRule: LineRuleType.EXACT } },
        })),
        ...styles.definitions(),
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

function sectionOptions(section: Section, watermark: string | undefined, shared: Pick<DocxContext, "lists" | "styles">): ISectionOptions {
  const { page, numbering } = section;
  const m = page.margins;
  const textWidth = (page.orientation === "landscape" ? page.height : page.width) - m.left - m.right;
  const numberParagraph = () => {
    const [before, after] = numbering.pattern.split("{n}");
    return new Paragraph({
      alignment: numbering.align === "left" ? AlignmentType.LEFT : numbering.align === "right" ? AlignmentType.RIGHT : AlignmentType.CENTER,
      children: [new TextRun({ children: [before ?? "", PageNumber.CURRENT, after ?? ""], size: halfPoints(section.fontSize - 1) })],
    });
  };
  const landscape = page.orientation === "landscape";
  const mark = watermark ? [watermarkParagraph(watermark, landscape ? page.height : page.width, landscape ? page.width : page.height)] : [];
  const shows = numbering.format !== "none";
  const header = (withNumber: boolean) => new Header({ children: [...mark, ...(withNumber && numbering.position === "header" ? [numberParagraph()] : [])] });
  const footer = (withNumber: boolean) => new Footer({ children: withNumber && numbering.position === "footer" ? [numberParagraph()] : [] });
  return {
    properties: {
      titlePage: numbering.hideOnFirstPage,
      page: {
        // docx turns the sheet itself for landscape: it wants the portrait size here.
        size: { width: twip(page.width), height: twip(page.height), orientation: page.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: twip(m.top), right: twip(m.right), bottom: twip(m.bottom), left: twip(m.left), header: twip(Math.max(6, m.top / 2 - 2)), footer: twip(Math.max(6, m.bottom / 2 - 3)) },
        pageNumbers: { start: numbering.start, formatType: PAGE_FORMAT[numbering.format] },
      },
    },
    headers: { default: header(shows), first: header(false) },
    footers: { default: footer(shows), first: footer(false) },
    children: blocksToDocx(section.blocks, { textWidth, pageHeight: (page.orientation === "landscape" ? page.width : page.height) - m.top - m.bottom, fontSize: section.fontSize, flow: newFlow(), ...shared }),
  };
}
