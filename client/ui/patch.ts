// Keyed DOM patching for the panels that follow the clock (details card, MSEL table, inbox,
// units, situation, plan checklist). A panel builds its new content with h() as if from scratch
// and patch() brings the live DOM to it, keeping every node that is still there: a button under
// the mouse survives a tick, so a click started on it ends on it (rebuilding the panel four times
// a second at 10× lost most clicks). Children match by `data-key` when they have one, otherwise
// by position among siblings of the same tag. Listeners added by h() move to the kept node.
//
// Only for trees built with h(): listeners added by hand with addEventListener are not moved, so
// stateful widgets (forms, Choice, MultiPick) are built once and appended as the same node.
import { isLasting, listenersOf, setListeners, takePendingFocus } from './dom.ts';

type Child = Node | string | number | null | undefined | false;

/** Makes `parent`'s children equal to `children`, reusing the nodes it already has. */
export function patch(parent: Element, ...children: (Child | Child[])[]): void {
  const top = (parent as HTMLElement).scrollTop;
  const next: Node[] = [];
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) next.push(c instanceof Node ? c : document.createTextNode(String(c)));
  patchChildren(parent, next);
  if ((parent as HTMLElement).scrollTop !== top) (parent as HTMLElement).scrollTop = top;
  const focus = takePendingFocus();
  if (focus?.isConnected && document.activeElement !== focus) focus.focus();
}

function keyOf(n: Node): string | null {
  return n instanceof Element ? n.getAttribute('data-key') : null;
}

function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function patchChildren(parent: Node, next: Node[]): void {
  const old = [...parent.childNodes];
  const byKey = new Map<string, Node>();
  for (const o of old) { const k = keyOf(o); if (k !== null) byKey.set(k, o); }
  const used = new Set<Node>();
  let cursor = 0; // next unkeyed old child to try
  next.forEach((n, i) => {
    let keep: Node | null = null;
    if (n.parentNode === parent) keep = n; // a lasting node already in place (a list, a filter box)
    else {
      const k = keyOf(n);
      if (k !== null) {
        const o = byKey.get(k);
        if (o && !used.has(o) && sameKind(o, n) && !isLasting(n)) keep = o;
      } else {
        while (cursor < old.length && (used.has(old[cursor]) || keyOf(old[cursor]) !== null)) cursor++;
        if (cursor < old.length && sameKind(old[cursor], n) && !isLasting(n)) keep = old[cursor++];
      }
      if (keep) patchNode(keep, n);
    }
    const node = keep ?? n;
    used.add(node);
    const here = parent.childNodes[i] ?? null;
    if (here !== node) parent.insertBefore(node, here);
  });
  for (const o of old) if (!used.has(o) && o.parentNode === parent) parent.removeChild(o);
}

function patchNode(old: Node, n: Node): void {
  if (!(old instanceof Element) || !(n instanceof Element)) {
    if (old.nodeValue !== n.nodeValue) old.nodeValue = n.nodeValue;
    return;
  }
  for (const a of [...old.attributes]) if (!n.hasAttribute(a.name)) old.removeAttribute(a.name);
  for (const a of [...n.attributes]) if (old.getAttribute(a.name) !== a.value) old.setAttribute(a.name, a.value);
  if (old instanceof HTMLInputElement && n instanceof HTMLInputElement && document.activeElement !== old) {
    if (old.checked !== n.checked) old.checked = n.checked;
    if (old.value !== n.value) old.value = n.value;
  }
  setListeners(old, listenersOf(n));
  patchChildren(old, [...n.childNodes]);
}
