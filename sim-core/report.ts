// 信息报送: what a report passed between roles carries. A leaf type (sending is reports.ts).
import type { LocalText } from './world/localText.ts';

/** 报送数字: the situation figures a report can carry (信息报送 content, DOMAIN.md). */
export const REPORT_FIGURES = ['dead', 'injured', 'missing', 'trapped', 'evacuated', 'affected'] as const;
export type ReportFigures = Partial<Record<typeof REPORT_FIGURES[number], number>>;

export interface Report {
  seq: number;
  t: number;
  from: string;
  to: string;
  /** 初报 / 续报 / 终报 go up; 请示 asks for help or a decision; 指示 is an order or notice down. */
  kind: 'initial' | 'update' | 'final' | 'request' | 'instruction';
  text: LocalText;
  /** Figures the sender gives (伤亡、被困、转移 …): the chief's picture is built from these. */
  figures?: ReportFigures;
}
