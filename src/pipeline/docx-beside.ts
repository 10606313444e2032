import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Document } from "../model/document.js";

/**
 * The compiled worker, next to the compiled pipeline in dist/. Run from the TypeScript sources
 * (tests, a developer's edit) there is none, and the DOCX is written in the main thread, after
 * the PDF: the bytes are the same either way.
 */
const WORKER = new URL("./docx-worker.js", import.meta.url);
const haveWorker = existsSync(fileURLToPath(WORKER));

/**
 * A DOCX drafted on a second core while the PDF is laid out. The draft leaves the table of
 * contents' page numbers as marks (writers/docx/package.ts), the only part of a DOCX that depends
 * on the layout, so it starts from the model at once and is finished with the settled page labels.
 */
export class DocxBeside {
  readonly #worker: Worker;
  readonly #draft: Promise<Uint8Array>;

  /**
   * Also false when the process is told it has one core to itself (RBDOC_THREADS=1): a batch that
   * already runs a job on every core sets that, since a thread more per job only makes the jobs
   * take turns, and adds the DOCX's memory to each (FINDINGS.md).
   */
  static available(env: NodeJS.ProcessEnv = process.env): boolean {
    return haveWorker && env.RBDOC_THREADS !== "1";
  }

  constructor(model: Document) {
    const worker = new Worker(WORKER, { workerData: model });
    this.#worker = worker;
    this.#draft = new Promise((resolve, reject) => {
      worker.once("message", (bytes: Uint8Array) => resolve(bytes));
      worker.once("error", reject);
      worker.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`penulis DOCX berhenti dengan kode ${code}`))));
    });
    // Awaited only when the PDF succeeds; a failure then must not surface as unhandled.
    this.#draft.catch(() => undefined);
  }

  draft(): Promise<Uint8Array> {
    return this.#draft;
  }

  stop(): void {
    void this.#worker.terminate();
  }
}
