// The after-action report prints (Chromium's print to PDF, A4) to pages whose text holds every
// section heading of the bureau's report structure (issue 14). Reads the PDF's text with
// pdftotext (poppler-utils; .ci/run installs it) and saves the PDF under test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { haveChromium, launch, RESULTS, ROOT } from './helpers.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { renderSituationMap } from '../../server/render/situationMap.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { worldMeasures } from '../../sim-core/score/worldMeasures.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { renderReportHtml } from '../../presentation/report/reportHtml.ts';
import { REPORT_SECTIONS } from '../../presentation/report/reportSections.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('report printed to PDF', () => {
  it('has Chromium and pdftotext', () => {
    expect(haveChromium(), 'no /usr/bin/chromium').toBe(true);
    expect(() => execFileSync('pdftotext', ['-v'], { stdio: 'pipe' }), 'pdftotext missing: apt-get install poppler-utils').not.toThrow();
  });

  it('prints to A4 pages whose text contains every section heading', async () => {
    const scenario = loadScenario(join(ROOT, 'scenarios/demo-district'));
    const plan = loadPlan(join(ROOT, 'scenarios/demo-district/plan.json'), scenario);
    const { sim } = runHeadless(scenario, 1, 6 * 3600, [], { plan, autopilotPlays: (r) => r !== 'director' });
    const report = scoreLog(plan, scenario, sim.state.log, sim.state.t, worldMeasures(scenario, sim.state));
    const html = renderReportHtml({
      report, plan, scenario, seed: 1, series: sim.state.series, log: sim.state.log,
      maps: [{ t: sim.state.t, png: renderSituationMap(sim) }], kpis: computeKpis(sim.state, scenario.injects.length, 0),
    });
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim()).length;
    expect(pages).toBeGreaterThan(1);
    for (const h of REPORT_SECTIONS) expect(text.replace(/\s+/g, ''), h).toContain(h.replace(/\s+/g, ''));
    expect(text).toContain('纠正行动');
    // A4 portrait: 595 × 842 pt.
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
  }, 120_000);
});
