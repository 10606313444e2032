// A worker thread that drafts one DOCX (page numbers left as marks), so that it is written on the
// second core while the PDF is laid out on the first (see docx-beside.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { Document } from "../model/document.js";
import { draftDocx } from "../writers/docx/index.js";

const draft = await draftDocx(workerData as Document);
parentPort?.postMessage(draft, [draft.buffer as ArrayBuffer]);
