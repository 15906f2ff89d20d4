// The admin page's request bodies as zod schemas. Messages name the field and say what is
// wanted in Chinese first, English after, since the page shows them to the director as they are.
import { z } from 'zod';
import { SPEEDS } from '../../../runtime/clock.ts';

const scenario = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, '请选择想定（scenarios/ 下的文件夹名）/ a scenario folder name');
const seed = z.union([
  z.literal('random'),
  z.int('随机种子须为整数 / the seed is a whole number').min(0, '随机种子不能为负 / at least 0').max(2 ** 31 - 1, '随机种子至多 2147483647 / at most 2147483647'),
]);
const roles = z.array(z.string().min(1).max(80)).max(200);

export const adminCreateBody = z.object({
  scenario,
  seed: seed.default('random'),
  plan: z.enum(['none', 'auto'], '预案须为“按想定预案”或“无” / plan: auto or none').default('auto'),
  speed: z.enum(SPEEDS, '速度无效 / unknown speed').default('paused'),
  /** Roles people will play; the sheet offers their codes (the director's always). */
  roles: roles.optional(),
}).strict();

export const courseBody = z.object({
  name: z.string().trim().min(1, '请填写培训班名称 / the course needs a name').max(60, '名称至多 60 字 / at most 60 characters'),
  scenario,
  seed: seed.default('random'),
  groups: z.int('组数须为整数 / a whole number of groups').min(2, '至少 2 个组 / at least 2 groups').max(12, '至多 12 个组 / at most 12 groups'),
  plan: z.enum(['none', 'auto']).default('auto'),
  speed: z.enum(SPEEDS).default('paused'),
  roles: roles.optional(),
}).strict();

export const rewindBody = z.object({
  at: z.int('回退时刻须为整数秒 / whole seconds').min(0, '回退时刻不能为负 / at least 0'),
}).strict();
