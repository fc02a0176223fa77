// The Web Worker that validates, imports, scores and monitors, so the page stays responsive with
// thousands of units. Requests are `{ id, type, … }`; each gets one `{ id, ok, value | error }`.
import example from "../../eco-civilization-city/project.json";
import { ReadDataError } from "./engine/read-data.js";
import { InvalidProjectError, Session } from "./engine/session.js";
import type { Request } from "./protocol.js";

const session = new Session();
const post = (message: unknown, transfer: Transferable[] = []) =>
  (globalThis as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(message, transfer);

async function handle(request: Request): Promise<{ value: unknown; transfer?: Transferable[] }> {
  switch (request.type) {
    case "example":
      return { value: session.loadProject(example) };
    case "file":
      return { value: await session.importFile(request.name, new Uint8Array(request.bytes)) };
    case "compute": {
      const vm = session.compute(request.asOf);
      return { value: vm, transfer: [vm.progress.itemsJson, vm.itemsJson, vm.actionsJson] };
    }
    case "explain":
      return { value: session.explain(request.unit) };
    case "workbook": {
      const bytes = await session.workbook(request.lang);
      const copy = bytes.slice().buffer;
      return { value: copy, transfer: [copy] };
    }
    case "report":
      return { value: session.report(request.lang) };
  }
}

globalThis.addEventListener("message", (event: Event) => {
  const request = (event as MessageEvent<Request>).data;
  handle(request).then(
    ({ value, transfer }) => post({ id: request.id, ok: true, value }, transfer),
    (error: unknown) =>
      post({
        id: request.id,
        ok: false,
        error: {
          en: error instanceof Error ? error.message : String(error),
          zh: error instanceof ReadDataError ? error.zh : error instanceof Error ? error.message : String(error),
          issues: error instanceof InvalidProjectError ? error.issues : [],
        },
      }),
  );
});
