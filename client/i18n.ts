// UI text, zh-CN first, English switchable (DESIGN.md "The client"). `t(key)` looks a key up
// in the current language; `lt(localText)` picks a scenario's LocalText.
import type { LocalText } from '../sim-core/world/localText.ts';
import type { Lang } from '../presentation/text/lang.ts';
import type { TaskKind } from '../sim-core/forces/taskKinds.ts';
import { taskKindLabel, taskWithLabel } from '../presentation/text/names.ts';

export type { Lang };

const STORE_KEY = 'tuiyan.lang';

function initialLang(): Lang {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  try { const s = localStorage.getItem(STORE_KEY); if (s === 'en' || s === 'zh') return s; } catch { /* private mode */ }
  return 'zh';
}

let lang: Lang = typeof location === 'undefined' ? 'zh' : initialLang();
const listeners = new Set<() => void>();

export function currentLang(): Lang { return lang; }

export function setLang(l: Lang): void {
  lang = l;
  try { localStorage.setItem(STORE_KEY, l); } catch { /* private mode */ }
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  for (const f of listeners) f();
}

export function onLangChange(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function lt(t: LocalText | undefined | null): string {
  if (!t) return '';
  return lang === 'en' ? t.en ?? t.zh : t.zh;
}

/** A pair of texts inline: `tx('撤离', 'Evacuate')`. */
export function tx(zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

const DICT = {
  appName: ['推演', 'tuiyan'],
  tagline: ['区级应急演练与灾害情景推演平台', 'Emergency exercise and disaster scenario simulator'],
  joinTitle: ['加入演练', 'Join an exercise'],
  joinCode: ['参演码', 'Join code'],
  joinButton: ['进入', 'Join'],
  joinHint: ['输入导调组发给您的参演码，或打开带参演码的链接。', 'Type the join code the exercise director gave you, or open the link with the code.'],
  yourName: ['姓名（可选）', 'Your name (optional)'],
  offlineTitle: ['单机练习', 'Offline practice'],
  offlineHint: ['无需服务器：在浏览器中独自推演，其余角色由自动推演按预案扮演。', 'No server needed: play a scenario alone in the browser; the autopilot plays the other roles by the plan.'],
  offlineStart: ['开始练习', 'Start practice'],
  scenario: ['情景', 'Scenario'],
  role: ['角色', 'Role'],
  seed: ['随机种子', 'Seed'],
  drillMode: ['无脚本模式（隐藏预案清单）', 'No-script drill (hide the plan checklist)'],
  replayTitle: ['复盘回放', 'Replay'],
  replayHint: ['按演练编号回放（需管理令牌），或打开 tuiyan run --out 生成的 log.jsonl。', 'Replay an exercise by id (needs the admin token), or open a log.jsonl written by tuiyan run --out.'],
  exerciseId: ['演练编号', 'Exercise id'],
  adminToken: ['管理令牌', 'Admin token'],
  openReplay: ['打开回放', 'Open replay'],
  openLogFile: ['打开日志文件', 'Open a log file'],
  loading: ['正在加载…', 'Loading…'],
  loadingScenario: ['正在生成地形与路网…', 'Building terrain and roads…'],
  connecting: ['正在连接…', 'Connecting…'],
  online: ['在线', 'Online'],
  offlineConn: ['连接中断，正在重连…', 'Offline — reconnecting…'],
  resyncing: ['正在同步…', 'Resynchronising…'],
  cutConn: ['操作过于频繁，连接已被断开', 'Cut off: too many messages'],
  local: ['单机', 'Local'],
  replayConn: ['回放', 'Replay'],
  paused: ['暂停', 'Paused'],
  finished: ['已结束', 'Finished'],
  speed: ['速度', 'Speed'],
  max: ['最快', 'Max'],
  simClock: ['推演时间', 'Sim time'],
  inbox: ['收件箱', 'Inbox'],
  orders: ['指令', 'Orders'],
  units: ['队伍', 'Units'],
  plan: ['预案', 'Plan'],
  director: ['导调', 'Director'],
  evaluate: ['评估', 'Evaluate'],
  report: ['报告', 'Report'],
  situation: ['态势', 'Situation'],
  details: ['详情', 'Details'],
  noneYet: ['暂无', 'None yet'],
  markRead: ['全部已读', 'Mark all read'],
  newItem: ['新', 'new'],
  send: ['下达', 'Send'],
  rejected: ['指令被拒绝', 'Order rejected'],
  accepted: ['指令已下达', 'Order accepted'],
  sending: ['正在下达…', 'Sending…'],
  pickOnMap: ['在地图上点选', 'Pick on the map'],
  responseLevel: ['响应级别', 'Response level'],
  raiseLevel: ['启动/调整应急响应', 'Set the response level'],
  issueWarning: ['发布预警', 'Issue a warning'],
  orderEvacuation: ['组织转移避险', 'Order an evacuation'],
  openShelter: ['启用避难场所', 'Open shelters'],
  dispatch: ['调派队伍', 'Dispatch a team'],
  recall: ['召回队伍', 'Recall a team'],
  allocateSupplies: ['调拨物资', 'Allocate supplies'],
  sendReport: ['信息报送', 'Send a report'],
  requestSupport: ['请求支援', 'Request support'],
  releaseReservoir: ['水库调度（开闸泄洪）', 'Reservoir release'],
  declineTask: ['拒绝任务', 'Decline the task'],
  level: ['级别', 'Level'],
  townships: ['乡镇（街道）', 'Townships'],
  township: ['乡镇（街道）', 'Township'],
  villages: ['村（社区）', 'Villages'],
  shelters: ['避难场所', 'Shelters'],
  channels: ['传播渠道', 'Channels'],
  team: ['队伍', 'Team'],
  task: ['任务', 'Task'],
  destination: ['目的地', 'Destination'],
  depot: ['储备库', 'Depot'],
  to: ['送往', 'To'],
  items: ['物资', 'Items'],
  recipient: ['报送对象', 'To'],
  kind: ['类型', 'Kind'],
  text: ['内容', 'Text'],
  figures: ['灾情数字', 'Figures'],
  reason: ['理由', 'Reason'],
  rate: ['泄量 m³/s', 'Release m³/s'],
  reservoir: ['水库', 'Reservoir'],
  selectAll: ['全选', 'All'],
  selectNone: ['清空', 'None'],
  filter: ['筛选…', 'Filter…'],
  status: ['状态', 'Status'],
  eta: ['预计到达', 'ETA'],
  noUnits: ['本角色没有可见的队伍。', 'This role sees no units.'],
  planChecklist: ['预案要求清单', 'Plan checklist'],
  planHidden: ['无脚本演练：导调组已隐藏预案清单。', 'No-script drill: the director has hidden the plan checklist.'],
  noPlan: ['本情景没有预案。', 'This scenario has no plan.'],
  within: ['时限', 'Within'],
  triggered: ['已触发', 'Triggered'],
  done: ['已完成', 'Done'],
  overdue: ['已超时', 'Overdue'],
  waiting: ['待触发', 'Not triggered'],
  due: ['截止', 'Due'],
  msel: ['注入事件清单', 'Injects (MSEL)'],
  inject: ['注入事件', 'Inject'],
  fireNow: ['立即注入', 'Fire now'],
  fired: ['已注入', 'Fired'],
  scheduled: ['计划', 'Scheduled'],
  adHoc: ['临时注入', 'Ad-hoc inject'],
  adHocMessage: ['发送信息（扮演外部来源）', 'Send a message (as an outside party)'],
  from: ['来源', 'From'],
  closeRoads: ['封闭所选道路', 'Close the picked roads'],
  openRoads: ['开放所选道路', 'Open the picked roads'],
  pickRoads: ['在地图上点选道路', 'Click road segments on the map'],
  clock: ['时钟', 'Clock'],
  pause: ['暂停', 'Pause'],
  resume: ['继续', 'Resume'],
  fork: ['从当前时刻分叉', 'Fork from now'],
  forked: ['已分叉出新演练', 'Forked a new exercise'],
  viewAs: ['查看视角', 'View as'],
  truthView: ['真实态势（全知）', 'Truth'],
  connected: ['在线角色', 'Connected'],
  joinCodes: ['各角色参演码', 'Join codes'],
  annotation: ['评估记录', 'Annotation'],
  annotate: ['记录', 'Note'],
  annotationHint: ['记录此刻观察到的情况（自动附上推演时间）', 'What you observe now (stamped with the sim time)'],
  timeline: ['要求时间线', 'Requirement timeline'],
  openReport: ['生成评估报告', 'Build the after-action report'],
  reportBuilding: ['正在重演并评分…', 'Replaying and scoring…'],
  play: ['播放', 'Play'],
  eventLog: ['事件记录', 'Event log'],
  language: ['English', '中文'],
  fontBigger: ['放大字号', 'Larger text'],
  fontSmaller: ['缩小字号', 'Smaller text'],
  layers: ['图层', 'Layers'],
  legend: ['图例', 'Legend'],
  fitMap: ['全图', 'Fit'],
  people: ['人', 'people'],
  capacity: ['容量', 'capacity'],
  population: ['人口', 'population'],
  atRisk: ['险户人口', 'at risk'],
  stocks: ['库存', 'stocks'],
  warned: ['已预警', 'warned'],
  evacuating: ['转移中', 'evacuating'],
  evacuated: ['已转移', 'evacuated'],
  inDanger: ['危险', 'in danger'],
  flooded: ['受淹', 'flooded'],
  close: ['关闭', 'Close'],
  useAsDestination: ['设为调派目的地', 'Use as destination'],
  useForEvacuation: ['加入转移村庄', 'Add to evacuation'],
  useForShelter: ['加入避难场所', 'Add to shelters'],
  useForSupplies: ['设为物资送往地', 'Use as supply destination'],
  badCode: ['参演码无效', 'Unknown join code'],
  observerNote: ['观摩角色只能看到公开信息。', 'Observers see only public information.'],
  truthNote: ['全知视角：可看到所有角色看不到的真实情况。', 'Truth view: what no player can see.'],
  figuresSource: ['灾情来源', 'Figures from'],
  dead: ['死亡', 'dead'],
  injured: ['受伤', 'injured'],
  missing: ['失踪', 'missing'],
  trapped: ['被困', 'trapped'],
  affected: ['受灾', 'affected'],
  monitoring: ['水雨情监测', 'Monitoring'],
  gauges: ['水位站', 'Gauges'],
  reservoirs: ['水库', 'Reservoirs'],
  fires: ['火情', 'Fires'],
  supplies: ['物资', 'Supplies'],
  convoys: ['运输车队', 'Convoys'],
  exerciseFinished: ['演练已结束', 'The exercise has ended'],
  back: ['返回', 'Back'],
  openInNewTab: ['在新窗口打开', 'Open in a new window'],
  home: ['首页', 'Home'],
  offlineReport: ['练习报告', 'Practice report'],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof DICT;

export function t(key: TextKey): string {
  return DICT[key][lang === 'en' ? 1 : 0];
}

/** A task kind's name in the current language (the one table is presentation/text/names.ts). */
export function taskKindName(kind: TaskKind): string {
  return taskKindLabel(kind, lang);
}

/** What a unit is doing, for people: the kind's name, and the order's own words when it gave any. */
export function taskText(kind: TaskKind | null, label: string | null): string {
  return taskWithLabel(kind, label, lang);
}
