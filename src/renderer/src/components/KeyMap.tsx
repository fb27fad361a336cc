import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/use-t';

const KEYS: [string, MessageKey][] = [
  ['j / ↓', 'keys.down'],
  ['k / ↑', 'keys.up'],
  ['Enter', 'keys.open'],
  ['/', 'keys.search'],
  ['w', 'keys.wizard'],
  ['r', 'keys.reprocess'],
  ['g', 'keys.groups'],
  ['q', 'keys.queue'],
  ['d', 'keys.trends'],
  ['b', 'keys.storefront'],
  ['Esc', 'keys.close'],
  ['?', 'keys.help']
];

/** The key map, shown with `?`. */
export function KeyMap({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="keymap-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
        data-testid="keymap"
      >
        <h2 id="keymap-title">{t('keys.title')}</h2>
        <dl className="keymap">
          {KEYS.map(([key, label]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="button" ref={closeButton} onClick={onClose}>
          {t('keys.close')}
        </button>
      </div>
    </div>
  );
}
