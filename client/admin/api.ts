// The admin page's calls to the server: the admin token (typed once, kept in sessionStorage for
// this tab) as a bearer token, JSON in and out, and every failure as a sentence in the page's
// language that says what to do.
import { tx } from '../i18n.ts';

const KEY = 'tuiyan.adminToken';

export function adminToken(): string | null {
  try { return sessionStorage.getItem(KEY); } catch { return null; }
}

export function setAdminToken(token: string | null): void {
  try { if (token) sessionStorage.setItem(KEY, token); else sessionStorage.removeItem(KEY); } catch { /* private mode */ }
}

export class ApiError extends Error {
  /** `body`: the server's whole answer (a refused script carries its `problems`). */
  constructor(readonly status: number, readonly code: string, message: string, readonly body: unknown = null) { super(message); }
}

/** What a person reads for a failed call (the server's own message when it names a field). */
export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return tx('连不上服务器，请检查网络后重试。', 'Cannot reach the server; check the network and try again.');
  switch (err.code) {
    case 'adminRequired': return tx('管理口令不正确，请重新输入。', 'The admin token is wrong; enter it again.');
    case 'unknownScenario': return tx('服务器上没有这个想定。', 'The server has no such scenario.');
    case 'noPlan': return tx('这个想定没有预案，请把“预案”选为“无”。', 'This scenario has no plan; choose no plan.');
    case 'unknownExercise': return tx('这场演练已不存在（可能已被删除）。', 'This exercise no longer exists (deleted?).');
    case 'tooLarge': return tx('提交的内容太大。', 'What was sent is too large.');
    case 'folderExists': return tx('已有同名的想定文件夹，请换一个名字。', 'A scenario folder of that name exists; choose another.');
    case 'scenarioInUse': return tx('已有演练使用这个想定，不能改写；请填写新文件夹名另存。', 'Exercises were made from this scenario; save to a new folder.');
    default: {
      // Our routes word their messages "field: 中文 / English"; keep the part in the page's language.
      const [zh, en] = err.message.split(' / ');
      return tx(zh, en ?? zh);
    }
  }
}

export async function call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), authorization: `Bearer ${adminToken() ?? ''}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  const text = await res.text();
  let json: any = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!res.ok) throw new ApiError(res.status, json?.error ?? 'http', json?.message ?? `HTTP ${res.status}`, json);
  return json as T;
}
