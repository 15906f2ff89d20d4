// The browser client: `/?code=CODE` joins that role's console (the director's link adds
// `#admin=TOKEN`); `/?offline=SCENARIO&role=ROLE` runs a practice alone in the browser;
// `/?replay=ID#admin=TOKEN` replays an exercise; `/?report=ID#admin=TOKEN` shows its report;
// `/` is the start page (type a code, start a practice, open a replay).
import './style.css';
import { h, render } from './ui/dom.ts';
import { currentLang, setLang, t, tx } from './i18n.ts';
import { Store } from './session/store.ts';
import { fetchReportHtml, joinExercise, JoinError, OnlineSession } from './session/online.ts';
import { forgetJoin, rememberedJoin, rememberJoin } from './session/joinMemory.ts';
import { LocalSession, parseLogText } from './session/local.ts';
import { folderForScenarioId, loadPlan } from './scenario/catalog.ts';
import { preloadScenario, scenarioFor } from './scenario/preload.ts';
import { Console } from './ui/console.ts';
import { setLogReplay, startPage } from './ui/startPage.ts';
import { applyFontScale } from './ui/topbar.ts';
import { rejectionName } from '../presentation/text/names.ts';
import type { Session } from './session/session.ts';
import type { LogEntry } from '../sim-core/log.ts';
import type { Annotation } from './session/store.ts';

const app = document.getElementById('app')!;
applyFontScale();
setLang(currentLang());

function adminFromHash(): string | null {
  const m = /(?:^#|&)admin=([^&]+)/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

function loading(text: string): void {
  render(app, h('div', { class: 'loading-screen', 'data-testid': 'loading' }, h('div', { class: 'spinner' }), h('p', {}, text)));
}

function goHome(): void {
  location.href = '/';
}

/** Loads the scenario (and plan) of a session, then shows the console. */
async function openConsole(store: Store, session: Session, folder: string, auth?: string): Promise<void> {
  loading(t('loadingScenario'));
  // The server gives the script only when `auth` may read it (director, evaluator, admin).
  const scenario = await scenarioFor(folder, auth);
  store.scenario = scenario;
  store.scenarioFolder = folder;
  store.plan = await loadPlan(folder, scenario, auth).catch(() => null);
  const c = new Console(store, session, goHome);
  render(app, c.el);
  store.emit('scenario');
  store.emit('view');
  (window as unknown as { tuiyan: unknown }).tuiyan = { store, session, console: c, map: c.map };
}

async function online(code: string, fresh = false): Promise<void> {
  loading(t('connecting'));
  const admin = adminFromHash();
  const name = sessionStorage.getItem('tuiyan.name') ?? undefined;
  // A reload or a second tab reuses the token this code gave before: every join spends one of
  // the code's tokens (issue 15).
  let joined = fresh ? null : rememberedJoin(code);
  const reused = joined !== null;
  if (!joined) {
    try {
      joined = await joinExercise(code, name || undefined, admin);
      rememberJoin(code, joined);
    } catch (err) {
      // The server's message is English; a Chinese screen shows the code's own wording only.
      const why = err instanceof JoinError ? (err.code === 'unknownCode' ? t('badCode') : rejectionName(err.code, currentLang())) : String(err);
      const msg = err instanceof JoinError && currentLang() === 'en' ? `${why}: ${err.message}` : why;
      render(app, startPage({ error: msg, code }));
      return;
    }
  }
  const store = new Store();
  store.playerName = name ?? null;
  let opened = false;
  store.on('extra', () => {
    const refused = store.extra.refused as string | undefined;
    if (!refused || opened) return;
    // A kept token the server no longer knows (the exercise was deleted or restored elsewhere): join anew once.
    if (refused === 'unauthorized' && reused) { forgetJoin(code); session.close(); void online(code, true); return; }
    render(app, startPage({ error: String(store.extra.fatal), code }));
  });
  const session = new OnlineSession(store, joined, admin, (w) => {
    store.playerName = w.name;
    if (opened) return;
    opened = true;
    void (w.folder ? Promise.resolve(w.folder) : folderForScenarioId(w.scenario)).then((folder) => {
      if (!folder) { render(app, startPage({ error: tx('服务器上没有本演练的情景', 'The server has no scenario for this exercise') })); return; }
      return openConsole(store, session, folder, joined.role === 'director' || joined.role === 'evaluator' ? joined.token : undefined);
    }).catch((err) => render(app, startPage({ error: String((err as Error).message ?? err) })));
  });
}

async function offline(params: URLSearchParams): Promise<void> {
  const folder = params.get('offline') || 'demo-district';
  const role = params.get('role') || 'chief';
  const seed = Number(params.get('seed') ?? '1') || 1;
  const store = new Store();
  store.role = role;
  store.viewRole = role;
  store.hidePlan = params.get('drill') === '1';
  loading(t('loadingScenario'));
  const session = new LocalSession('offline', store, { type: 'practice', folder, seed, role, speed: (params.get('speed') as never) || 'paused', until: 86_400 });
  try {
    await Promise.all([session.ready, openConsole(store, session, folder)]);
  } catch (err) {
    render(app, startPage({ error: String((err as Error).message ?? err) }));
  }
}

interface ReplaySource { folder: string; seed: number; entries: LogEntry[]; until: number; annotations?: Annotation[]; auth?: string }

async function replayFromServer(id: string, admin: string | null): Promise<ReplaySource> {
  if (!admin) throw new Error(tx('回放需要管理令牌（链接中的 #admin=…）。', 'A replay needs the admin token (#admin=… in the link).'));
  const auth = { authorization: `Bearer ${admin}` };
  const failed = (what: string) => (r: Response) => Promise.reject(new Error(`${what}: ${r.status} ${r.statusText}`));
  const [info, logText, report] = await Promise.all([
    fetch(`/api/exercises/${encodeURIComponent(id)}`, { headers: auth }).then((r) => (r.ok ? r.json() : failed(tx('读取演练', 'exercise'))(r))),
    fetch(`/api/exercises/${encodeURIComponent(id)}/log.jsonl`, { headers: auth }).then((r) => (r.ok ? r.text() : failed(tx('读取日志', 'log'))(r))),
    fetch(`/api/exercises/${encodeURIComponent(id)}/report`, { headers: auth }).then((r) => (r.ok ? r.json() : null)).catch(() => null),
  ]);
  const { header, entries } = parseLogText(logText);
  const folder = info.scenario ?? (await folderForScenarioId(String(header.scenario)));
  return { folder, seed: Number(info.seed ?? header.seed ?? 1), entries, until: Number(info.t ?? header.until ?? 86_400), annotations: report?.annotations ?? [], auth: admin };
}

async function replay(source: ReplaySource, title: string): Promise<void> {
  const store = new Store();
  store.annotations = source.annotations ?? [];
  store.extra.replayEntries = source.entries;
  store.role = 'director';
  store.viewRole = 'director';
  store.exerciseName = title;
  const session = new LocalSession('replay', store, { type: 'replay', folder: source.folder, seed: source.seed, entries: source.entries, until: Math.max(60, source.until), auth: source.auth });
  try {
    await Promise.all([session.ready, openConsole(store, session, source.folder, source.auth)]);
  } catch (err) {
    render(app, startPage({ error: String((err as Error).message ?? err) }));
  }
}

async function route(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (code) { preloadScenario(); return online(code); }
  if (params.has('offline')) { preloadScenario(params.get('offline') || 'demo-district'); return offline(params); }
  const replayId = params.get('replay');
  if (replayId) {
    loading(t('loading'));
    try { await replay(await replayFromServer(replayId, adminFromHash()), replayId); } catch (err) { render(app, startPage({ error: String((err as Error).message ?? err) })); }
    return;
  }
  const reportId = params.get('report');
  if (reportId) {
    loading(t('reportBuilding'));
    try {
      const html = await fetchReportHtml(reportId, adminFromHash());
      const frame = h('iframe', { class: 'report-page', title: t('report'), 'data-testid': 'report-frame' }) as HTMLIFrameElement;
      frame.srcdoc = html;
      render(app, frame);
    } catch (err) { render(app, startPage({ error: String((err as Error).message ?? err) })); }
    return;
  }
  render(app, startPage({}));
}

setLogReplay(replay);
void route();
