// The engines test page: runs each requested replay in a Web Worker (as offline replay does) and
// leaves the results on window.engineResults for the test to read.
const params = new URLSearchParams(location.search);
const folders = (params.get('folders') ?? '').split(',').filter(Boolean);
const seed = Number(params.get('seed') ?? 1);
const until = Number(params.get('until') ?? 21_600);
const results: unknown[] = [];
(window as unknown as { engineResults?: unknown[] }).engineResults = undefined;

async function run(folder: string): Promise<unknown> {
  const worker = new Worker(new URL('./replayWorker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (e) => { worker.terminate(); resolve(e.data); };
    worker.onerror = (e) => { worker.terminate(); resolve({ folder, error: e.message }); };
    worker.postMessage({ folder, seed, until });
  });
}

for (const folder of folders) results.push(await run(folder));
(window as unknown as { engineResults?: unknown[] }).engineResults = results;
document.body.textContent = JSON.stringify(results);
