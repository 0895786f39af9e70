/**
 * The rendered report as one self-contained HTML file: its CSS is already inline (report-main puts
 * it in a <style> element), the charts are inline SVG, and every script is removed. The Content
 * Security Policy of the copy forbids scripts and network access, so the file is inert.
 */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function selfContainedHtml(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], link[rel="stylesheet"]').forEach((n) => n.remove());
  const csp = root.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (csp) csp.setAttribute('content', EXPORT_CSP);
  delete root.dataset.reportReady;
  return `<!doctype html>\n${root.outerHTML}\n`;
}
