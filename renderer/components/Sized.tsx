import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far outside the viewport a chart starts drawing, so it is ready before it scrolls into view. */
const NEAR_VIEWPORT = '300px 0px';

/**
 * Measures its box and renders a fixed-size chart into it (charts take width/height so print is
 * exact). The chart is drawn once the box comes near the viewport, so a long dashboard paints what
 * is on screen first; the size comes from the observers' entries, never from a forced layout.
 */
export function Sized({ height, children, label }: { height: number; children: (width: number, height: number) => ReactNode; label: string }) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((old) => (Math.abs(old - w) >= 2 ? w : old));
    });
    ro.observe(el);
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return () => ro.disconnect();
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    io.observe(el);
    return () => {
      ro.disconnect();
      io.disconnect();
    };
  }, []);
  return (
    <figure ref={ref} style={{ margin: 0, height, minWidth: 0 }} aria-label={label} role="figure" aria-busy={!(near && width > 0)}>
      {near && width > 0 ? children(width, height) : null}
    </figure>
  );
}
