/** 'system' follows the operating system's light/dark setting, live; the others fix the theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Sets `data-theme` on the document root (the stylesheet keys every colour off it) and, for
 * 'system', keeps it in step with the OS. Returns a function that stops following the OS.
 */
/** The OS setting now: 'dark' or 'light'. */
export function osTheme(): 'dark' | 'light' {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): () => void {
  if (choice !== 'system' || typeof matchMedia !== 'function') {
    root.dataset.theme = choice === 'dark' ? 'dark' : 'light';
    return () => undefined;
  }
  const query = matchMedia(DARK_QUERY);
  const update = () => (root.dataset.theme = osTheme());
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}
