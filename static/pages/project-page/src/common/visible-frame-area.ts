/**
 * Which part of this frame a person can see. Jira grows an app's frame to the height of its content and
 * scrolls its own page around it, so the frame cannot scroll itself, and a dialog placed at the top of a long
 * frame opens out of sight. An IntersectionObserver measures against the browser window even from a frame of
 * another origin: the hidden top of the page's body is where the visible part starts.
 */
const STEPS = 400;

export interface VisibleArea {
  /** Pixels from the top of the frame to the first visible line (0 when the frame's top is in view). */
  top: number;
  /** How many pixels of the frame are in view. */
  height: number;
}

let area: VisibleArea | null = null;
let watching = false;

function areaOf(entry: IntersectionObserverEntry): VisibleArea {
  return { top: Math.max(0, entry.intersectionRect.top - entry.boundingClientRect.top), height: entry.intersectionRect.height };
}

function watch(): void {
  if (watching || typeof IntersectionObserver === 'undefined' || !document.body) return;
  watching = true;
  // Many thresholds: the observer reports only when the visible share crosses one (every ~0.25% of the page).
  const threshold = Array.from({ length: STEPS + 1 }, (_, i) => i / STEPS);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) area = areaOf(entry);
    },
    { threshold },
  );
  observer.observe(document.body);
}

/** The visible part as last reported (it may lag a scroll that just happened; see measureVisibleFrameArea). */
export function visibleFrameArea(): VisibleArea {
  watch();
  return area ?? { top: 0, height: window.innerHeight };
}

/** Measures the visible part now (a new observer reports at once, on the next frame), then stops. */
export function measureVisibleFrameArea(found: (area: VisibleArea) => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || !document.body) return () => undefined;
  const observer = new IntersectionObserver((entries) => {
    const entry = entries.at(-1);
    observer.disconnect();
    if (entry?.isIntersecting) {
      area = areaOf(entry);
      found(area);
    }
  });
  observer.observe(document.body);
  return () => observer.disconnect();
}

// Started when a page that opens dialogs loads, so the first dialog already knows where to open.
watch();
