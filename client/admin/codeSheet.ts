// The printable join-code sheet of an exercise: per role its name, its code in large letters, a
// QR code of its join link and the link itself. Printing hides everything else on the page. The
// director's code needs the admin token as well, so the sheet says so instead of carrying it.
import QRCode from 'qrcode';
import { h, render } from '../ui/dom.ts';
import { lt, tx } from '../i18n.ts';
import { call, errorText } from './api.ts';
import { simTime, stateText, type Listed } from './exerciseList.ts';

interface Sheet {
  exercise: Listed;
  scenarioName: { zh: string; en?: string };
  roles: { role: string; zh: string; en: string; code: string }[];
}

export function joinUrl(code: string): string {
  return `${location.origin}/?code=${code}`;
}

export function codeSheet(id: string): HTMLElement {
  const el = h('section', { class: 'sheet', 'data-testid': 'code-sheet' }, h('p', {}, tx('读取中…', 'loading…')));
  void (async () => {
    try {
      const s = await call<Sheet>('GET', `/api/admin/exercises/${encodeURIComponent(id)}/sheet`);
      const cards = await Promise.all(s.roles.map(async (r) => {
        const url = joinUrl(r.code);
        const qr = await QRCode.toDataURL(url, { margin: 1, width: 168, errorCorrectionLevel: 'M' });
        return h('div', { class: 'code-card', 'data-role': r.role },
          h('div', { class: 'role' }, tx(r.zh, r.en)),
          h('div', { class: 'code', 'data-testid': 'join-code' }, r.code),
          h('img', { src: qr, alt: tx(`${r.zh}的加入二维码`, `QR code to join as ${r.en}`), width: 168, height: 168 }),
          h('a', { href: url, class: 'link', 'data-testid': 'join-link' }, url),
          r.role === 'director' ? h('div', { class: 'hint' }, tx('导调须同时输入管理口令', 'The director also needs the admin token')) : null);
      }));
      render(el,
        h('div', { class: 'no-print' }, h('a', { href: '#' }, tx('← 返回演练列表', '← Back to the exercises')), ' ',
          h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, tx('打印', 'Print'))),
        h('h2', {}, lt(s.scenarioName), ' — ', tx('加入码', 'join codes')),
        h('p', { class: 'meta' }, tx(`演练 ${s.exercise.id}，种子 ${s.exercise.seed}，${stateText(s.exercise)}，推演时间 ${simTime(s.exercise.t)}`,
          `Exercise ${s.exercise.id}, seed ${s.exercise.seed}, ${stateText(s.exercise)}, sim time ${simTime(s.exercise.t)}`)),
        h('p', { class: 'hint' }, tx('扫码或打开链接即进入该角色的席位；也可在首页输入加入码。', "Scan or open the link to take that role's seat, or type the code on the start page.")),
        h('div', { class: 'cards' }, cards));
    } catch (err) {
      render(el, h('p', { class: 'problem' }, errorText(err)), h('a', { href: '#' }, tx('← 返回', '← Back')));
    }
  })();
  return el;
}
