// The director's admin page (admin.html): the admin token once per tab, then the exercises
// (create, list, code sheets, resume/pause/archive/rewind/delete) and the courses (N groups of
// one scenario and seed, switched between and compared). Routes are in the fragment:
// `#sheet=ID`, `#course=ID[&group=N]`, `#script=FOLDER` (a scenario's script); the home page has the rest.
import { h, render } from '../ui/dom.ts';
import { currentLang, onLangChange, setLang, tx } from '../i18n.ts';
import { adminToken, call, errorText, setAdminToken, ApiError } from './api.ts';
import { exerciseForm } from './exerciseForm.ts';
import { exerciseTable, namesFrom, type Listed } from './exerciseList.ts';
import { codeSheet } from './codeSheet.ts';
import { coursePage } from './coursePage.ts';
import { scenarioForm } from './scenarioForm.ts';
import { refreshScenarioChoices, scenarioChoices } from './scenarios.ts';
import { scriptChooser, scriptPage } from './scriptPage.ts';

const app = document.getElementById('admin')!;

function header(): HTMLElement {
  return h('header', { class: 'no-print' },
    h('h1', {}, tx('推演 · 导调管理', 'tuiyan · exercise admin')),
    h('nav', {},
      h('a', { href: '#' }, tx('演练', 'Exercises')),
      h('a', { href: '/' }, tx('首页', 'Start page')),
      h('button', { type: 'button', onclick: () => setLang(currentLang() === 'zh' ? 'en' : 'zh') }, currentLang() === 'zh' ? 'English' : '中文'),
      adminToken() ? h('button', { type: 'button', onclick: () => { setAdminToken(null); show(); } }, tx('退出', 'Sign out')) : null));
}

function tokenGate(problem?: string): HTMLElement {
  const input = h('input', { type: 'password', name: 'adminToken', autocomplete: 'off', maxlength: 200, autofocus: true, 'data-testid': 'admin-token' });
  const msg = h('div', { class: 'problem', role: 'alert' }, problem ?? '');
  const form = h('form', { class: 'card gate' },
    h('h2', {}, tx('输入管理口令', 'Enter the admin token')),
    h('p', { class: 'hint' }, tx('服务器启动时打印的管理口令（TUIYAN_ADMIN_TOKEN）。本标签页内只需输入一次。', 'The admin token the server printed at start (TUIYAN_ADMIN_TOKEN). Once per browser tab.')),
    input, msg, h('button', { class: 'primary', type: 'submit' }, tx('进入', 'Enter')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = input.value.trim();
    if (!v) { msg.textContent = tx('请输入管理口令', 'Enter the admin token'); return; }
    setAdminToken(v);
    call('GET', '/api/admin/exercises').then(() => show()).catch((err) => {
      if (err instanceof ApiError && err.status === 401) setAdminToken(null);
      msg.textContent = errorText(err);
    });
  });
  return form;
}

function home(): HTMLElement {
  const el = h('div', { class: 'home' });
  const status = h('div', { class: 'status', role: 'status', 'data-testid': 'list-status' });
  const list = h('div', {}, tx('读取中…', 'loading…'));
  const courses = h('div', { 'data-testid': 'course-list' });
  let showArchived = false;
  const refresh = async () => {
    try {
      const [all, cs, choices] = await Promise.all([call<{ exercises: Listed[] }>('GET', '/api/admin/exercises'), call<{ courses: { id: string; name: string; groups: number; seed: number }[] }>('GET', '/api/admin/courses'),
        scenarioChoices().catch(() => [])]);
      const shown = all.exercises.filter((x) => showArchived || !x.archived).reverse();
      render(list, exerciseTable(shown, () => void refresh(), status, namesFrom(choices)),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: showArchived, onchange: (e: Event) => { showArchived = (e.target as HTMLInputElement).checked; void refresh(); } }), tx('显示已归档', 'Show archived')));
      render(courses, cs.courses.length ? h('ul', {}, cs.courses.map((c) => h('li', {}, h('a', { href: `#course=${c.id}` }, c.name), ' ', tx(`${c.groups} 个组，种子 ${c.seed}`, `${c.groups} groups, seed ${c.seed}`)))) : h('p', { class: 'hint' }, tx('还没有培训班。', 'No courses yet.')));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) { setAdminToken(null); show(); return; }
      status.textContent = errorText(err);
    }
  };
  void refresh();
  const timer = setInterval(() => { if (!el.isConnected) clearInterval(timer); else if (!el.contains(document.activeElement)) void refresh(); }, 5000);
  render(el,
    h('section', {}, h('h2', {}, tx('演练', 'Exercises')), status, list),
    h('div', { class: 'forms' },
      exerciseForm('exercise', (a) => { location.hash = `sheet=${a.id}`; }),
      exerciseForm('course', (a) => { location.hash = `course=${a.id}`; })),
    h('section', {}, h('h2', {}, tx('培训班', 'Courses')), courses),
    h('section', {}, h('h2', {}, tx('想定', 'Scenarios')), scriptChooser(), scenarioForm(() => { refreshScenarioChoices(); setTimeout(show, 1500); })));
  return el;
}

function show(): void {
  const hash = new URLSearchParams(location.hash.slice(1));
  let page: HTMLElement;
  if (!adminToken()) page = tokenGate();
  else if (hash.get('sheet')) page = codeSheet(hash.get('sheet')!);
  else if (hash.get('script')) page = scriptPage(hash.get('script')!);
  else if (hash.get('course')) page = coursePage(hash.get('course')!, hash.get('group') ? Number(hash.get('group')) : null);
  else page = home();
  render(app, header(), page);
}

window.addEventListener('hashchange', show);
onLangChange(show);
document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
show();
