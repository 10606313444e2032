// A worker thread that writes one DOCX, so that it is packed on the second core while the PDF's
// final pass renders on the first (see docx-beside.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { Document } from "../model/document.js";
import { writeDocx } from "../writers/docx/index.js";

const bytes = await writeDocx(workerData as Document);
parentPort?.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
