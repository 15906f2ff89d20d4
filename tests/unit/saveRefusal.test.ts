// A refused save on the admin page's script editor names the row and the field in Chinese: the
// server's scenario check gives a JSON path, the editor the row's inject and the field's name.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/admin/api.ts';
import { saveRefusal } from '../../client/admin/saveRefusal.ts';
import { scriptProblemText } from '../../presentation/text/scriptText.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';

const script = [{ id: 'first' }, { id: 'roof-call' }] as unknown as Inject[];

describe('saveRefusal', () => {
  it('turns the check\'s path into the row and field the editor words in Chinese', () => {
    const err = new ApiError(422, 'badScript', 'x', { problems: [{ path: 'injects[1].when.village', message: 'no village "nowhere"' }] });
    const r = saveRefusal(err, script);
    expect(r).toMatchObject({ ok: false, problem: { row: 'roof-call', field: 'when.village', code: 'noVillage' } });
    if (r.ok || !r.problem) throw new Error('expected a problem');
    expect(scriptProblemText(r.problem, 'zh', '第 2 行')).toBe('第 2 行「村」：没有这个村');
  });

  it('gives other refusals as the page\'s sentence', () => {
    const r = saveRefusal(new ApiError(409, 'folderExists', 'scenarios/x exists'), script);
    expect(r).toMatchObject({ ok: false, said: '已有同名的想定文件夹，请换一个名字。' });
    expect(r.ok || r.problem).toBeFalsy();
  });
});
