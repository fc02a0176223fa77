// Messages between the page and the worker.
import type { Bilingual, IssueRow } from "./engine/view-model.js";

/** A request to the worker. */
export type Request = { readonly id: number } & (
  | { readonly type: "example" }
  | { readonly type: "file"; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly type: "compute"; readonly asOf?: string }
  | { readonly type: "explain"; readonly unit: string }
  | { readonly type: "workbook"; readonly lang: "zh" | "en" }
  | { readonly type: "report"; readonly lang: "zh" | "en" }
);

/** A failed request: the message in both languages and any validation issues. */
export interface WorkerError extends Bilingual {
  readonly issues: readonly IssueRow[];
}

/** The worker's answer. */
export type Response =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WorkerError };

type Body<T> = T extends unknown ? Omit<T, "id"> : never;
/** A request without its id. */
export type RequestBody = Body<Request>;

/** Thrown on the page when the worker reports an error. */
export class WorkerRequestError extends Error {
  readonly detail: WorkerError;
  constructor(detail: WorkerError) {
    super(detail.en);
    this.detail = detail;
  }
}

/** A promise-based client for the worker. */
export class WorkerClient {
  private next = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  constructor(private readonly worker: Worker) {
    worker.addEventListener("message", (event: MessageEvent<Response>) => {
      const r = event.data;
      const p = this.pending.get(r.id);
      if (p === undefined) return;
      this.pending.delete(r.id);
      if (r.ok) p.resolve(r.value);
      else p.reject(new WorkerRequestError(r.error));
    });
    // A worker that fails to load or crashes fails every pending request instead of leaving it hanging.
    worker.addEventListener("error", (event: ErrorEvent) => {
      const message = event.message || "the worker failed";
      for (const p of this.pending.values()) p.reject(new WorkerRequestError({ zh: message, en: message, issues: [] }));
      this.pending.clear();
    });
  }

  /** Sends a request; resolves with the worker's value. */
  request<T>(body: RequestBody, transfer: Transferable[] = []): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...body, id }, transfer);
    });
  }
}
