// The form for a new exercise, or for a course of N groups of one: scenario, plan, seed or 随机,
// speed, the roles people will play (the autopilot plays the others by the plan). Every field is
// checked as it is typed; the server's answer goes to `done`.
import { h, render } from '../ui/dom.ts';
import { lt, tx } from '../i18n.ts';
import { call, errorText } from './api.ts';
import { checkAll, field, wholeNumber, type Field } from './fields.ts';
import { roleChoices, scenarioChoices } from './scenarios.ts';

const SPEEDS: [string, string, string][] = [['paused', '暂停（按简报开始）', 'paused (start on the briefing)'], ['1x', '1 倍', '1×'], ['10x', '10 倍', '10×'], ['60x', '60 倍', '60×']];

export function exerciseForm(kind: 'exercise' | 'course', done: (answer: any) => void): HTMLElement {
  const course = kind === 'course';
  const form = h('form', { class: 'card', 'data-testid': `${kind}-form`, novalidate: true });
  const status = h('div', { class: 'status', role: 'status' });

  const name = field(tx('培训班名称', 'Course name'), h('input', { name: 'name', maxlength: 80, placeholder: tx('如：2026 年防汛培训班第一期', 'e.g. Flood course, class 1') }),
    (v) => (!v.trim() ? tx('请填写培训班名称', 'Give the course a name') : v.trim().length > 60 ? tx('名称至多 60 字', 'At most 60 characters') : null));
  const groups = field(tx('组数', 'Groups'), h('input', { name: 'groups', inputmode: 'numeric', value: '3', maxlength: 3 }),
    (v) => wholeNumber(v, 2, 12, '组数', 'The number of groups', tx));
  const scenario = field(tx('想定', 'Scenario'), h('select', { name: 'scenario' }), (v) => (v ? null : tx('请选择想定', 'Choose a scenario')));
  const plan = field(tx('预案', 'Plan'), h('select', { name: 'plan' },
    h('option', { value: 'auto' }, tx('按想定预案评估，无人扮演的角色由系统按预案代演', "the scenario's plan (the autopilot plays roles nobody plays)")),
    h('option', { value: 'none' }, tx('无预案', 'no plan'))));
  const random = h('input', { type: 'checkbox', name: 'random', checked: true });
  const seed = field(tx('随机种子', 'Seed'), h('input', { name: 'seed', inputmode: 'numeric', placeholder: tx('随机', 'random'), maxlength: 12, disabled: true }),
    (v) => (random.checked ? null : wholeNumber(v, 0, 2 ** 31 - 1, '随机种子', 'The seed', tx)),
    tx('同一种子同一想定，各组面对同样的天气和险情', 'The same seed gives every group the same weather and hazards'));
  random.addEventListener('change', () => { seed.input.disabled = random.checked; if (random.checked) seed.input.value = ''; seed.check(); });
  const speed = field(tx('开始速度', 'Starting speed'), h('select', { name: 'speed' }, SPEEDS.map(([v, zh, en]) => h('option', { value: v }, tx(zh, en)))));
  const roles = h('fieldset', { class: 'roles', 'data-testid': 'roles' }, h('legend', {}, tx('由人扮演的角色', 'Roles people will play')));
  const rolesProblem = h('div', { class: 'problem', role: 'alert' });

  const fillRoles = async () => {
    render(roles, h('legend', {}, tx('由人扮演的角色', 'Roles people will play')), h('span', { class: 'hint' }, tx('读取中…', 'loading…')));
    try {
      const choices = await roleChoices(scenario.input.value);
      render(roles, h('legend', {}, tx('由人扮演的角色（未勾选的由系统代演）', 'Roles people will play (the autopilot plays the rest)')),
        choices.map((c) => h('label', { class: `role ${c.group}` }, h('input', { type: 'checkbox', name: 'role', value: c.role, checked: c.group === 'lead' && c.role !== 'observer' }), c.label)));
    } catch (err) {
      render(roles, h('legend', {}, tx('由人扮演的角色', 'Roles people will play')), h('span', { class: 'problem' }, errorText(err)));
    }
  };
  scenario.input.addEventListener('change', () => void fillRoles());
  void (async () => {
    try {
      const list = await scenarioChoices();
      render(scenario.input, list.map((s) => h('option', { value: s.folder }, lt(s.name))));
      await fillRoles();
    } catch (err) {
      status.textContent = errorText(err);
    }
  })();

  const fields: Field[] = [...(course ? [name, groups] : []), scenario, plan, seed, speed];
  form.append(
    h('h2', {}, course ? tx('新建培训班（多组同一想定）', 'New course (groups on one scenario)') : tx('新建演练', 'New exercise')),
    ...fields.map((f) => (f === seed ? h('div', { class: 'seed' }, f.el, h('label', { class: 'check' }, random, tx('随机', 'random'))) : f.el)),
    roles, rolesProblem,
    h('button', { class: 'primary', type: 'submit', 'data-testid': `${kind}-create` }, course ? tx('创建各组', 'Create the groups') : tx('创建演练', 'Create')),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = [...roles.querySelectorAll<HTMLInputElement>('input[name=role]:checked')].map((x) => x.value);
    rolesProblem.textContent = chosen.length ? '' : tx('至少选一个由人扮演的角色', 'Choose at least one role people will play');
    if (!checkAll(fields) || !chosen.length) { status.textContent = tx('请先改正标红的项。', 'Correct the fields marked in red first.'); return; }
    const body: Record<string, unknown> = {
      scenario: scenario.input.value, plan: plan.input.value, speed: speed.input.value, roles: chosen,
      seed: random.checked ? 'random' : Number(seed.input.value.trim()),
      ...(course ? { name: name.input.value.trim(), groups: Number(groups.input.value.trim()) } : {}),
    };
    status.textContent = tx('创建中…', 'creating…');
    call('POST', course ? '/api/admin/courses' : '/api/admin/exercises', body)
      .then((answer) => { status.textContent = ''; done(answer); })
      .catch((err) => { status.textContent = errorText(err); });
  });
  return form;
}
