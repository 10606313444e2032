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
 * DOCX writing that starts beside the PDF's rendering pass. Each call to `start` replaces the
 * one before it (a pass that turned out not to be the last); `bytesFor` gives the DOCX of the
 * document the PDF writer settled on, from the worker when it was given that very document.
 */
export class DocxBeside {
  #doc: Document | undefined;
  #job: Promise<Uint8Array> | undefined;
  #worker: Worker | undefined;

  /**
   * Also false when the process is told it has one core to itself (RBDOC_THREADS=1): a batch that
   * already runs a job on every core sets that, since a thread more per job only makes the jobs
   * take turns, and adds the DOCX's memory to each (FINDINGS.md).
   */
  static available(env: NodeJS.ProcessEnv = process.env): boolean {
    return haveWorker && env.RBDOC_THREADS !== "1";
  }

  start(doc: Document): void {
    void this.#worker?.terminate();
    this.#doc = doc;
    const worker = new Worker(WORKER, { workerData: doc });
    this.#worker = worker;
    this.#job = new Promise((resolve, reject) => {
      worker.once("message", (bytes: Uint8Array) => resolve(bytes));
      worker.once("error", reject);
      worker.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`penulis DOCX berhenti dengan kode ${code}`))));
    });
    // A speculative job that is replaced is never awaited; its rejection must not surface.
    this.#job.catch(() => undefined);
  }

  /** The DOCX of `doc`, or undefined when no worker was given that document. */
  async bytesFor(doc: Document): Promise<Uint8Array | undefined> {
    if (this.#doc !== doc || !this.#job) {
      this.stop();
      return undefined;
    }
    return this.#job;
  }

  stop(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
    this.#job = undefined;
  }
}
