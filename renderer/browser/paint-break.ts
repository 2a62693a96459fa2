/**
 * A pause in a long piece of work on the page's thread, long enough for the browser to paint
 * (a progress bar): after the next frame, or after a tenth of a second where frames do not come
 * (a hidden tab).
 */
const FRAME_WAIT_MS = 100;

export function paintBreak(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
