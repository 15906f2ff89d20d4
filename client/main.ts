// The browser client (Phaser map + DOM consoles) is built in its own issue; until then the page
// says what tuiyan is and how to run it headless.
import { formatClock } from '../sim-core/time/duration.ts';

const app = document.getElementById('app');
if (app) {
  app.innerHTML = `<h1>推演 tuiyan</h1>
<p>区级应急演练与灾害情景推演平台。浏览器端（态势图、角色控制台、导调台）正在建设中。</p>
<p>现在可以在命令行运行：<code>npx tuiyan run scenarios/demo-district --until 24h</code>（模拟时钟从 ${formatClock(0)} 开始）。</p>`;
}
