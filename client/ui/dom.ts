// A few DOM helpers: h() builds an element; clear() empties one.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (k === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = Boolean(v);
    else if (k === 'html') el.innerHTML = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
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
