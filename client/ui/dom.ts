// A few DOM helpers: h() builds an element; clear() empties one.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

// Listeners h() added, per element, so patch() can move them onto the node it keeps.
const listeners = new WeakMap<Element, Map<string, EventListener>>();
// The focused element a render moved out of the page (h() appends a lasting node, such as a
// filter box, into the new tree): patch() gives the focus back once the node is in place again.
let pendingFocus: HTMLElement | null = null;
// Nodes that were already in the page when h() took them into a new tree: the caller keeps
// them (a list, a filter box), so patch() puts them back as themselves and never merges them.
const lasting = new WeakSet<Node>();

export function isLasting(n: Node): boolean {
  return lasting.has(n);
}

export function listenersOf(el: Element): Map<string, EventListener> {
  return listeners.get(el) ?? new Map();
}

export function setListeners(el: Element, next: Map<string, EventListener>): void {
  const prev = listeners.get(el);
  if (prev) for (const [type, f] of prev) if (next.get(type) !== f) el.removeEventListener(type, f);
  for (const [type, f] of next) if (prev?.get(type) !== f) el.addEventListener(type, f);
  if (next.size) listeners.set(el, new Map(next)); else listeners.delete(el);
}

export function takePendingFocus(): HTMLElement | null {
  const f = pendingFocus;
  pendingFocus = null;
  return f;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      const type = k.replace(/^on/, '').toLowerCase();
      el.addEventListener(type, v as EventListener);
      if (!listeners.has(el)) listeners.set(el, new Map());
      listeners.get(el)!.set(type, v as EventListener);
    }
    else if (k === 'class') el.className = String(v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (k === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = Boolean(v);
    else if (k === 'html') el.innerHTML = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    if (c instanceof Node && c.isConnected) {
      lasting.add(c);
      const active = document.activeElement;
      if (active instanceof HTMLElement && (c === active || c.contains(active))) pendingFocus = active;
    }
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replaces an element's children (keeps the scroll position of the element). */
export function render(el: Element, ...children: (Child | Child[])[]): void {
  const top = (el as HTMLElement).scrollTop;
  clear(el);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  (el as HTMLElement).scrollTop = top;
}

/** Calls f at most once every `ms` (trailing call kept). */
export function throttle(f: () => void, ms: number): () => void {
  let last = 0, timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    const now = performance.now();
    if (now - last >= ms) { last = now; f(); return; }
    if (!timer) timer = setTimeout(() => { timer = null; last = performance.now(); f(); }, ms - (now - last));
  };
}
