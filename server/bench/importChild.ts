// Runs one `tuiyan import` in a process of its own, so the benchmark reads the import's own peak
// resident set (getrusage's maxRSS), not the bench process's. Prints one JSON line.
import { importScenario } from '../gis/importScenario.ts';

const [config, out] = process.argv.slice(2);
const start = performance.now();
const counts = await importScenario(config, out);
const seconds = (performance.now() - start) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, counts })}\n`);
