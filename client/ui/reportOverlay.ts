// The after-action report inside the app: the same HTML as `tuiyan run --out` writes
// (server/report/reportHtml.ts), built in the browser from the log, in a frame over the console.
import { h } from './dom.ts';
import { t } from '../i18n.ts';

export function showReport(html: Promise<string>): void {
  const frame = h('iframe', { class: 'report-frame', title: t('report'), 'data-testid': 'report-frame' }) as HTMLIFrameElement;
  const wait = h('p', { class: 'report-wait' }, t('reportBuilding'));
  const openTab = h('button', { class: 'small', disabled: true }, t('openInNewTab'));
  const overlay = h('div', { class: 'overlay', 'data-testid': 'report' },
    h('div', { class: 'overlay-head' }, h('b', {}, t('report')), h('span', { class: 'spacer' }), openTab,
      h('button', { class: 'small', onclick: () => overlay.remove() }, t('close'))),
    wait, frame);
  document.body.append(overlay);
  html.then((text) => {
    wait.remove();
    frame.srcdoc = text;
    openTab.disabled = false;
    openTab.addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
      window.open(url, '_blank');
    });
  }).catch((err) => { wait.textContent = String((err as Error)?.message ?? err); });
}
