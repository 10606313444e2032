import { buildDocument } from "../markup/build.js";
import { MarkupError, parseMarkup } from "../markup/parse.js";
import type { Document } from "../model/document.js";
import type { TemplateSet } from "../templates/engine.js";
import { TemplateError } from "../templates/errors.js";

/**
 * A template and its context → markup → the document model. Markup a (user's) template got wrong
 * is reported with its line in the template's output, as the user's error, not an internal one.
 */
export function documentFromTemplate(templates: TemplateSet, name: string, context: unknown): Document {
  const markup = templates.render(name, context);
  try {
    return buildDocument(parseMarkup(markup));
  } catch (error) {
    if (error instanceof MarkupError) {
      const where = error.line ? ` (baris ${error.line}, kolom ${error.column} hasil templat)` : "";
      const excerpt = error.line ? `\n${markup.split("\n")[error.line - 1]?.slice(0, 200) ?? ""}` : "";
      throw new TemplateError(`hasil templat ${templates.origin(name)} tidak sah${where}: ${error.message}${excerpt}`);
    }
    throw error;
  }
}
