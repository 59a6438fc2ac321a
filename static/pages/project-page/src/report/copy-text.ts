/**
 * Copies with the asynchronous clipboard (the Forge frame is allowed clipboard-write). When the browser
 * refuses, the caller selects the text so the person can copy it with the keyboard.
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

/** What a copy put on the clipboard: the HTML and its plain text together, the plain text alone, or nothing. */
export type CopyResult = 'formatted' | 'plain' | 'refused';

/**
 * Copies HTML and its plain-text version as one clipboard item, so a place that takes formatted text (an
 * email, Confluence) pastes the HTML and a plain-text one (Slack, a ticket) the text. Where the browser has no
 * ClipboardItem or clipboard.write, or refuses it, copies the text alone (copyText).
 */
export async function copyFormatted(html: string, text: string): Promise<CopyResult> {
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return 'formatted';
    }
  } catch {
    // Refused, or the browser does not take HTML: the text alone below.
  }
  return (await copyText(text)) ? 'plain' : 'refused';
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
