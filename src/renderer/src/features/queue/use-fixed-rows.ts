import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The scroller's offset and height, as far as the rows in view depend on them. */
export interface View {
  top: number;
  height: number;
}

/**
 * The indexes of the rows a scroller at `view` shows, with `overscan` more either side: the first row
 * is the one under the top edge, the last the one the bottom edge cuts or ends.
 */
export function rowsInView(view: View, count: number, rowHeight: number, overscan: number): number[] {
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((view.top + view.height) / rowHeight) - 1 + overscan);
  const indexes: number[] = [];
  for (let index = first; index <= last; index++) indexes.push(index);
  return indexes;
}

/**
 * A virtual list of rows of one fixed height: the rows in view (plus `overscan` either side) follow
 * from the scroller's offset and height by arithmetic. @tanstack/react-virtual kept a measurement
 * record per row, rebuilt whenever the count changed: 16-21 ms of the queue's first render at 200k
 * orders (a CPU profile of a cold load) and again after every filter, five times that at 1M.
 * `initialHeight` serves until the scroller is measured, in the same commit as the first render.
 */
export function useFixedRows({
  count,
  rowHeight,
  overscan,
  scroller,
  initialHeight
}: {
  count: number;
  rowHeight: number;
  overscan: number;
  scroller: RefObject<HTMLElement | null>;
  initialHeight: number;
}) {
  const [view, setView] = useState<View>({ top: 0, height: initialHeight });
  const shown = useRef(view);
  shown.current = view;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Only a change of the rows in view renders again (a scroll within one row does not): compared
    // here, since even a state updater returning the same view rendered the list once more.
    const read = () => {
      const last = shown.current;
      const next = { top: element.scrollTop, height: element.clientHeight };
      if (
        Math.floor(next.top / rowHeight) !== Math.floor(last.top / rowHeight) ||
        Math.ceil((next.top + next.height) / rowHeight) !== Math.ceil((last.top + last.height) / rowHeight)
      )
        setView((shown.current = next));
    };
    read();
    element.addEventListener('scroll', read, { passive: true });
    const resize = new ResizeObserver(read);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      resize.disconnect();
    };
  }, [scroller, rowHeight]);

  const indexes = rowsInView(view, count, rowHeight, overscan);

  /** Scrolls the least that shows the row whole (nothing when it already is). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element) return;
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight)
        element.scrollTop = top + rowHeight - element.clientHeight;
    },
    [scroller, rowHeight]
  );

  return { indexes, totalSize: count * rowHeight, scrollToIndex };
}
