import type { Document } from "../model/document.js";
import type { RoadMap } from "../schema/roadmap.js";
import { buildContext, type RenderOptions } from "../templates/context.js";
import type { TemplateSet } from "../templates/engine.js";
import { documentFromTemplate } from "./render.js";

/** Road-map data → templates → markup → document model. No file is written here. */
export function perwaliDocument(rm: RoadMap, dataDir: string, templates: TemplateSet, options: RenderOptions): Document {
  const doc = documentFromTemplate(templates, "perwali", buildContext(rm, dataDir, options));
  // The salinan is what a JDIH publishes and keeps: its PDF is written as PDF/A-2b.
  return options.edition === "salinan" ? { ...doc, meta: { ...doc.meta, archival: true } } : { ...doc, meta: { ...doc.meta, watermarkAsShape: true } };
}
