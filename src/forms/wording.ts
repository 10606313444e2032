import { inlines } from "../markup/build.js";
import { plainText } from "../model/text.js";
import { parseMarkup, type Element } from "../markup/parse.js";
import type { TemplateSet } from "../templates/engine.js";
import type { PetunjukLine } from "./write.js";

export interface FormWording {
  title: string[];
  petunjuk: PetunjukLine[];
  /** What a quick win's row shows in the area column, by the kind of quick win. */
  quickWin: { mandatory: string; mandiri: string };
}

/**
 * The forms' wording lives in `templates/formulir/formulir.hbs`, like every document's; it renders
 * to the same markup, read here into title lines and instruction lines.
 */
export function renderFormWording(templates: TemplateSet, context: unknown): FormWording {
  const root = parseMarkup(templates.render("formulir/formulir", context));
  const title: string[] = [];
  const petunjuk: PetunjukLine[] = [];
  const quickWin = { mandatory: "", mandiri: "" };
  let item = 0;
  for (const child of root.children) {
    if (typeof child === "string") continue;
    if (child.name === "judul") title.push(textOf(child));
    if (child.name === "quick-win-wajib") quickWin.mandatory = textOf(child);
    if (child.name === "quick-win-mandiri") quickWin.mandiri = textOf(child);
    if (child.name !== "petunjuk") continue;
    for (const el of child.children) {
      if (typeof el === "string") continue;
      if (el.name === "h") {
        petunjuk.push({ text: textOf(el), style: "judul" });
        item = 0;
      } else if (el.name === "item") petunjuk.push({ text: `${++item}. ${textOf(el)}`, style: "butir" });
      else petunjuk.push({ text: textOf(el), style: "teks" });
    }
  }
  return { title, petunjuk, quickWin };
}

function textOf(el: Element): string {
  return plainText(inlines(el.children)).replace(/\s+/g, " ").trim();
}
