import { useState } from 'react';

/** An id in the monospace face that copies itself with one click. */
export function CopyId({ value, label }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async (event: React.MouseEvent) => {
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1200);
    } catch {
      // Clipboard access can be refused (no permission in a browser); the id stays selectable.
    }
  };
  return (
    <button
      type="button"
      className={`copy-id mono${copied ? ' is-copied' : ''}`}
      onClick={(event) => void copy(event)}
      title={copied ? '✓' : `Copy ${label ?? value}`}
    >
      {value}
    </button>
  );
}
