import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';

/** One thing the agent can do with the order from the pane's header. */
export interface OrderAction {
  id: string;
  label: string;
  run: () => void;
  title?: string;
  disabled?: boolean;
  /** Set on a toggle (Resolve… opens its form below the header). */
  expanded?: boolean;
  testId?: string;
}

/** How many actions stand as buttons: the primary and the next one; the rest wait in "More". */
const SHOWN = 2;

/**
 * The order pane's actions on one line whatever the language (in es and pt they wrapped onto a
 * second): the primary action first, the next beside it, the rest in a "More" menu that opens over
 * the pane, so opening it moves nothing under the pointer.
 */
export function OrderActions({ actions }: { actions: OrderAction[] }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const shown = actions.slice(0, SHOWN);
  const more = actions.slice(SHOWN);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  // The desk's keys (Esc closes the pane, arrows move the queue) stay out of the open menu.
  const moveFocus = (event: KeyboardEvent) => {
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')?.focus();
    } else if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      event.stopPropagation();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  return (
    <div className="button-row order-actions" ref={root} data-testid="order-actions">
      {shown.map((action, index) => (
        <button
          key={action.id}
          type="button"
          className={`button${index === 0 ? ' button-primary' : ''}`}
          onClick={action.run}
          title={action.title}
          disabled={action.disabled}
          aria-expanded={action.expanded}
          data-testid={action.testId}
        >
          {action.label}
        </button>
      ))}
      {more.length > 0 && (
        <div className="more-actions" onKeyDown={moveFocus}>
          <button
            type="button"
            className="button"
            aria-haspopup="menu"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-testid="order-more"
          >
            {t('order.more')}
            <span aria-hidden="true"> ▾</span>
          </button>
          {open && (
            <div className="facet-menu more-menu" role="menu" aria-label={t('order.more')}>
              {more.map((action) => (
                <button
                  key={action.id}
                  type="button"
                  role="menuitem"
                  className="more-item"
                  title={action.title}
                  disabled={action.disabled}
                  aria-expanded={action.expanded}
                  data-testid={action.testId}
                  onClick={() => {
                    setOpen(false);
                    action.run();
                  }}
                >
                  {action.label}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
