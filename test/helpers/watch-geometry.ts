/**
 * What a round watch shows: every visible control and every line of text, brought to the
 * middle of the screen the way the user would scroll it there, must lie inside the circle
 * inscribed in the viewport. Also the watch's sizes: touch targets of at least 48 × 48 CSS px,
 * text of at least 12 px, and at least 14 px for what a glance is for (time, count, phase).
 */

export interface GeometryProblem {
  kind: 'outside' | 'small-target' | 'small-text' | 'small-key-text';
  what: string;
  rect: { x: number; y: number; width: number; height: number };
}

const CONTROLS = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="slider"], [role="tab"], [role="spinbutton"]';
/** Parts that carry what a glance at the watch is for. */
const KEY_TEXT = '[part~="seconds"], [part~="phase"], [part~="time"], [part~="count"], [part~="bpm"]';
const MIN_TARGET = 48;
const MIN_TEXT = 12;
const MIN_KEY_TEXT = 14;
/** Sub-pixel rounding of layout. */
const SLACK = 1;

/** Every element of the page, through open shadow roots (slotted children are met once, where they live). */
function* allElements(root: Document | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** The element's parent in the flat tree: across a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function scrollers(el: Element): Element[] {
  const found: Element[] = [];
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) found.push(node);
  }
  found.push(document.scrollingElement!);
  return found;
}

/** Scrolls (innermost scroller first) until the box's centre is as near the screen's middle as the page allows. */
function bringToMiddle(el: Element, measure: () => DOMRect): DOMRect {
  let rect = measure();
  for (const scroller of scrollers(el)) {
    scroller.scrollTop += rect.top + rect.height / 2 - innerHeight / 2;
    rect = measure();
  }
  return rect;
}

function visible(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  // 1 px boxes are the visually hidden text for screen readers.
  return rect.width > 1 && rect.height > 1;
}

/** The box's four corners, each moved in along its rounding (a round button is its circle). */
function corners(rect: DOMRect, radius: number): [number, number][] {
  const r = Math.min(radius, rect.width / 2, rect.height / 2);
  const inset = r * (1 - Math.SQRT1_2);
  const left = rect.left + inset;
  const right = rect.right - inset;
  const top = rect.top + inset;
  const bottom = rect.bottom - inset;
  return [
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom],
  ];
}

/** The corner rounding in px (a percentage is of the box's width). */
function rounding(el: Element, rect: DOMRect): number {
  const value = getComputedStyle(el).borderTopLeftRadius.split(' ')[0]!;
  return value.endsWith('%') ? (parseFloat(value) / 100) * rect.width : parseFloat(value) || 0;
}

function insideCircle(rect: DOMRect, radius = 0): boolean {
  const cx = innerWidth / 2;
  const cy = innerHeight / 2;
  const r = Math.min(cx, cy) + SLACK;
  return corners(rect, radius).every(([x, y]) => Math.hypot(x - cx, y - cy) <= r);
}

const box = (rect: DOMRect) => ({ x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) });

function describe(el: Element): string {
  const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '';
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `${host} ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}

/** The problems a round watch of the viewport's size would show on the page as it is now. */
export function watchGeometry(): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  const scrolled = new Map<Element, number>();
  for (const s of [document.scrollingElement!]) scrolled.set(s, s.scrollTop);
  for (const el of allElements(document)) {
    // Drawings count as a whole (an icon inside its button goes with the button).
    if (el.localName === 'svg' && !el.closest(CONTROLS) && visible(el)) {
      const rect = bringToMiddle(el, () => el.getBoundingClientRect());
      if (!insideCircle(rect, rounding(el, rect))) problems.push({ kind: 'outside', what: describe(el), rect: box(rect) });
    }
    if (el.closest('svg') || !visible(el)) continue;
    if (el.matches(CONTROLS)) {
      // A check box is pressed through its label.
      const target = el instanceof HTMLInputElement && el.labels?.length ? el.labels[0]! : el;
      const rect = bringToMiddle(el, () => target.getBoundingClientRect());
      if (!insideCircle(rect, rounding(target, rect))) problems.push({ kind: 'outside', what: describe(el), rect: box(rect) });
      if (rect.width < MIN_TARGET - 0.5 || rect.height < MIN_TARGET - 0.5) problems.push({ kind: 'small-target', what: describe(el), rect: box(rect) });
    }
    // The element's own text: each line box.
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const size = parseFloat(getComputedStyle(el).fontSize);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0.5);
      lines.forEach((_, i) => {
        const rect = bringToMiddle(el, () => [...range.getClientRects()].filter((r) => r.width > 0.5)[i]!);
        if (!insideCircle(rect))
          problems.push({ kind: 'outside', what: `text "${node.textContent!.trim().slice(0, 40)}" in ${describe(el)}`, rect: box(rect) });
      });
      if (lines.length && size < MIN_TEXT - 0.01)
        problems.push({ kind: 'small-text', what: `${size}px "${node.textContent!.trim().slice(0, 40)}" in ${describe(el)}`, rect: box(lines[0]!) });
      const key = el.closest(KEY_TEXT);
      if (lines.length && key && size < MIN_KEY_TEXT - 0.01)
        problems.push({ kind: 'small-key-text', what: `${size}px "${node.textContent!.trim().slice(0, 40)}" in ${describe(el)}`, rect: box(lines[0]!) });
    }
  }
  for (const [s, top] of scrolled) s.scrollTop = top;
  return problems;
}

/**
 * Every visible control smaller than a 48 × 48 px touch target, wherever it is on the page
 * (for a phone, where nothing needs to fit a circle but every target is pressed by a thumb).
 */
export function smallTargets(): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  for (const el of allElements(document)) {
    if (el.closest('svg') || !el.matches(CONTROLS) || !visible(el)) continue;
    const target = el instanceof HTMLInputElement && el.labels?.length ? el.labels[0]! : el;
    const rect = target.getBoundingClientRect();
    if (rect.width < MIN_TARGET - 0.5 || rect.height < MIN_TARGET - 0.5) problems.push({ kind: 'small-target', what: describe(el), rect: box(rect) });
  }
  return problems;
}

/** For messages: one problem per line. */
export const listProblems = (problems: readonly GeometryProblem[]) =>
  problems.map((p) => `${p.kind}: ${p.what} at ${p.rect.x},${p.rect.y} ${p.rect.width}×${p.rect.height}`).join('\n');
