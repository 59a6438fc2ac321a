/**
 * Copies text with the asynchronous clipboard (the Forge frame is allowed clipboard-write). When the
 * browser refuses, the caller selects the text so the person can copy it with the keyboard.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects everything inside an element, as a fallback for a refused clipboard, and puts the focus there. */
export function selectContents(element: HTMLElement): void {
  element.focus();
  const selection = window.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.addRange(range);
}
