import { drawCharts } from "../charts/draw.js";
import type { EvaluasiYear } from "../data/evaluasi.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import type { Document } from "../model/document.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { TemplateSet } from "../templates/engine.js";
import { buildEvaluasiContext, type EvaluasiContext } from "../templates/evaluasi-context.js";
import { documentFromTemplate } from "./render.js";

/** Road map, monitoring and evaluation scores → figures → templates → document model with charts. */
export async function evaluasiDocument(rm: RoadMap, dataDir: string, monitoring: readonly MonitoringPeriod[], evaluasi: readonly EvaluasiYear[], sampai: number, templates: TemplateSet): Promise<{ doc: Document; context: EvaluasiContext }> {
  const context = buildEvaluasiContext(rm, dataDir, monitoring, evaluasi, sampai, templates.terms);
  const doc = documentFromTemplate(templates, "evaluasi", context);
  await drawCharts(doc, (name) => templates.render(name, context));
  return { doc, context };
}
