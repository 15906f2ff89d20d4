// A course: its groups (switch between them: each group's state, code sheet and director
// console) and the comparison of the groups for the debrief, drawn by the shared course table.
import { h, render } from '../ui/dom.ts';
import { currentLang, tx } from '../i18n.ts';
import { courseTableHtml, gradeName, type CourseComparison } from '../../presentation/report/courseTable.ts';
import { call, errorText } from './api.ts';
import { directorLink, simTime, stateText, type Listed } from './exerciseList.ts';

export function coursePage(id: string, group: number | null): HTMLElement {
  const el = h('section', { class: 'course', 'data-testid': 'course-page' }, h('p', {}, tx('读取中…', 'loading…')));
  const load = async () => {
    try {
      const [cmp, all] = await Promise.all([
        call<CourseComparison>('GET', `/api/admin/courses/${encodeURIComponent(id)}/compare`),
        call<{ exercises: Listed[] }>('GET', '/api/admin/exercises'),
      ]);
      const byId = new Map(all.exercises.map((x) => [x.id, x]));
      const current = cmp.groups.find((g) => g.group === group) ?? null;
      const tabs = h('nav', { class: 'tabs', 'data-testid': 'group-tabs' },
        h('a', { href: `#course=${id}`, class: current ? '' : 'on' }, tx('对比', 'Compare')),
        cmp.groups.map((g) => h('a', { href: `#course=${id}&group=${g.group}`, class: current?.group === g.group ? 'on' : '', 'data-group': g.group }, tx(`第 ${g.group} 组`, `Group ${g.group}`))));
      let body: HTMLElement;
      if (current) {
        const x = byId.get(current.exercise);
        const dl = x ? directorLink(x) : null;
        body = h('div', { class: 'card', 'data-testid': 'group-view' },
          h('h3', {}, tx(`第 ${current.group} 组`, `Group ${current.group}`), ' ', h('code', {}, current.exercise)),
          x ? h('p', {}, stateText(x), ' · ', simTime(x.t), ' · ', tx('在线：', 'connected: '), Object.keys(x.connected).join('，') || tx('无', 'nobody')) : null,
          h('p', {}, tx('得分：', 'Score: '), current.score === null ? '—' : String(current.score), current.grade ? ` ${gradeName(current.grade, currentLang())}` : ''),
          h('p', {}, h('a', { href: `#sheet=${current.exercise}` }, tx('加入码单', 'Code sheet')), ' ',
            dl ? h('a', { href: dl, target: '_blank', rel: 'noopener' }, tx('打开本组导调台', "Open this group's director console")) : null));
      } else {
        body = h('div', { class: 'compare', 'data-testid': 'course-compare', html: courseTableHtml(cmp, currentLang()) });
      }
      render(el,
        h('p', { class: 'no-print' }, h('a', { href: '#' }, tx('← 返回演练列表', '← Back to the exercises')), ' ',
          h('button', { type: 'button', onclick: () => void load(), 'data-testid': 'refresh-compare' }, tx('刷新', 'Refresh'))),
        h('h2', {}, cmp.course.name),
        h('p', { class: 'meta' }, tx(`想定 ${cmp.course.scenario}，种子 ${cmp.course.seed}，${cmp.groups.length} 个组`, `Scenario ${cmp.course.scenario}, seed ${cmp.course.seed}, ${cmp.groups.length} groups`)),
        tabs, body);
    } catch (err) {
      render(el, h('p', { class: 'problem' }, errorText(err)), h('a', { href: '#' }, tx('← 返回', '← Back')));
    }
  };
  void load();
  return el;
}
