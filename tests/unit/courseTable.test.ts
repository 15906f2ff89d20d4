// The course comparison table: one column per group, the score and grade, each requirement's
// verdict and time, the outcomes, in Chinese or English, with names escaped.
import { describe, expect, it } from 'vitest';
import { courseTableHtml, type CourseComparison } from '../../presentation/report/courseTable.ts';

const outcomes = { dead: 0, injured: 1, rescued: 8, evacuated: 120, stranded: 0 };
const cmp: CourseComparison = {
  course: { id: 'c-1', name: '第一期', scenario: 'demo-district', seed: 5 },
  groups: [
    { group: 1, exercise: 'a', t: 7200, score: 82, grade: '良好', outcomes,
      requirements: [{ id: 'r1', name: { zh: '启动Ⅳ级响应', en: 'Level IV response' }, verdict: 'onTime', doneAt: 1800 }, { id: 'r2', name: { zh: '<转移>', en: '<evacuate>' }, verdict: 'late', doneAt: 5400 }] },
    { group: 2, exercise: 'b', t: 7200, score: 40, grade: '不合格', outcomes: { ...outcomes, dead: 3 },
      requirements: [{ id: 'r1', name: { zh: '启动Ⅳ级响应', en: 'Level IV response' }, verdict: 'notDone', doneAt: null }] },
  ],
};

describe('course comparison table', () => {
  it('puts the groups side by side in Chinese', () => {
    const html = courseTableHtml(cmp, 'zh');
    expect(html).toContain('<th data-group="1">第 1 组</th><th data-group="2">第 2 组</th>');
    expect(html).toContain('<b class="score">82</b> 良好');
    expect(html).toContain('<tr class="requirement"><th>启动Ⅳ级响应</th><td><span class="verdict onTime">按时</span> 30 分钟</td><td><span class="verdict notDone">未完成</span></td></tr>');
    // A requirement one group's report lacks shows a dash; names are escaped.
    expect(html).toContain('<th>&lt;转移&gt;</th><td><span class="verdict late">超时</span> 1 小时 30 分</td><td>—</td>');
    expect(html).toContain('<tr class="outcome"><th>死亡</th><td>0</td><td>3</td></tr>');
  });

  it('reads in English', () => {
    const html = courseTableHtml(cmp, 'en');
    expect(html).toContain('Group 2');
    expect(html).toContain('<b class="score">40</b> fail');
    expect(html).toContain('<span class="verdict onTime">on time</span> 30 min');
    expect(html).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
