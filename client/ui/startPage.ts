// The start page: join with a code; practise alone offline; open a replay by exercise id or
// from a log file.
import { h, render } from './dom.ts';
import { currentLang, lt, onLangChange, setLang, t, tx } from '../i18n.ts';
import { folderForScenarioId, scenarioList, townshipsOf } from '../scenario/catalog.ts';
import { parseLogText } from '../session/local.ts';

type ReplaySource = { folder: string; seed: number; entries: import('../../sim-core/log.ts').LogEntry[]; until: number; auth?: string };
/** Set by main.ts: opens the replay console of a log file. */
export let openLogReplay: (src: ReplaySource, title: string) => Promise<void> = async () => {};
export function setLogReplay(f: typeof openLogReplay): void { openLogReplay = f; }

export function startPage(o: { error?: string; code?: string }): HTMLElement {
  const el = h('div', { class: 'start' });
  const paint = () => render(el, ...content(o, paint));
  paint();
  const off = onLangChange(() => { if (el.isConnected) paint(); else off(); });
  return el;
}

function content(o: { error?: string; code?: string }, repaint: () => void): HTMLElement[] {
  const code = h('input', { type: 'text', name: 'code', value: o.code ?? '', placeholder: 'ABCDE-FGHJK', autocomplete: 'off', autofocus: true, 'data-testid': 'code-input', maxlength: 16 });
  const name = h('input', { type: 'text', name: 'name', value: sessionStorage.getItem('tuiyan.name') ?? '', maxlength: 60 });
  const join = h('form', { class: 'card', 'data-testid': 'join-form' },
    h('h2', {}, t('joinTitle')), h('p', { class: 'hint' }, t('joinHint')),
    h('label', {}, h('span', {}, t('joinCode')), code), h('label', {}, h('span', {}, t('yourName')), name),
    h('button', { class: 'primary', type: 'submit' }, t('joinButton')));
  join.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!code.value.trim()) return;
    sessionStorage.setItem('tuiyan.name', name.value.trim());
    location.href = `/?code=${encodeURIComponent(code.value.trim().toUpperCase())}${location.hash}`;
  });

  const scenario = h('select', { name: 'scenario', 'data-testid': 'offline-scenario' });
  const role = h('select', { name: 'role', 'data-testid': 'offline-role' });
  const fillRoles = async () => {
    const townships = await townshipsOf(scenario.value).catch(() => []);
    render(role, h('option', { value: 'chief' }, tx('区指挥部（指挥长）', 'District HQ (chief)')), townships.map((x) => h('option', { value: `township:${x.id}` }, lt(x.name))));
  };
  void scenarioList().then((list) => {
    render(scenario, list.map((s) => h('option', { value: s.folder }, lt(s.name))));
    void fillRoles();
  }).catch(() => { /* no server to list them: the practice card stays empty */ });
  scenario.addEventListener('change', () => void fillRoles());
  const seed = h('input', { type: 'number', name: 'seed', value: 1, min: 0, step: 1 });
  const drill = h('input', { type: 'checkbox', name: 'drill' });
  const practise = h('form', { class: 'card', 'data-testid': 'offline-form' },
    h('h2', {}, t('offlineTitle')), h('p', { class: 'hint' }, t('offlineHint')),
    h('label', {}, h('span', {}, t('scenario')), scenario), h('label', {}, h('span', {}, t('role')), role), h('label', {}, h('span', {}, t('seed')), seed),
    h('label', { class: 'check' }, drill, t('drillMode')),
    h('button', { class: 'primary', type: 'submit', 'data-testid': 'offline-start' }, t('offlineStart')));
  practise.addEventListener('submit', (e) => {
    e.preventDefault();
    location.href = `/?offline=${encodeURIComponent(scenario.value)}&role=${encodeURIComponent(role.value || 'chief')}&seed=${Number(seed.value) || 1}${drill.checked ? '&drill=1' : ''}`;
  });

  const exId = h('input', { type: 'text', name: 'exercise', maxlength: 40 });
  const token = h('input', { type: 'password', name: 'token', maxlength: 200, value: /admin=([^&]+)/.exec(location.hash)?.[1] ?? '' });
  const file = h('input', { type: 'file', accept: '.jsonl,.json,application/x-ndjson' });
  const replayForm = h('form', { class: 'card' },
    h('h2', {}, t('replayTitle')), h('p', { class: 'hint' }, t('replayHint')),
    h('label', {}, h('span', {}, t('exerciseId')), exId), h('label', {}, h('span', {}, t('adminToken')), token),
    h('button', { class: 'primary', type: 'submit' }, t('openReplay')),
    h('label', {}, h('span', {}, t('openLogFile')), file));
  replayForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (exId.value.trim()) location.href = `/?replay=${encodeURIComponent(exId.value.trim())}#admin=${encodeURIComponent(token.value.trim())}`;
  });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const { header, entries } = parseLogText(await f.text());
    const folder = await folderForScenarioId(String(header.scenario ?? 'demo-district'));
    if (!folder) return;
    // The admin token (if given) fetches the script, so the replay fires the same injects.
    await openLogReplay({ folder, seed: Number(header.seed ?? 1), entries, until: Number(header.until ?? entries.at(-1)?.t ?? 86_400), auth: token.value.trim() || undefined }, f.name);
  });

  return [
    h('header', { class: 'start-head' }, h('h1', {}, '推演 ', h('small', { lang: 'en', class: 'en-only' }, 'tuiyan')), h('p', {}, t('tagline')),
      h('button', { class: 'ghost', onclick: () => { setLang(currentLang() === 'zh' ? 'en' : 'zh'); repaint(); } }, t('language'))),
    o.error ? h('div', { class: 'error', 'data-testid': 'start-error' }, o.error) : null,
    h('div', { class: 'cards' }, join, practise, replayForm),
  ].filter(Boolean) as HTMLElement[];
}
