const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * Renders a piece of evidence (numbers, ids, nested rows) as readable HTML: arrays of objects as
 * tables, objects as definition lists, everything escaped.
 */
export function evidenceHtml(value: unknown): string {
  if (value === null || value === undefined) return '<span class="muted">—</span>';
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="muted">none</span>';
    if (value.every((item) => item && typeof item === 'object' && !Array.isArray(item))) {
      const columns = [...new Set(value.flatMap((item) => Object.keys(item as object)))];
      const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
      const body = value
        .map(
          (item) => `<tr>${columns.map((c) => `<td>${evidenceHtml((item as Record<string, unknown>)[c])}</td>`).join('')}</tr>`
        )
        .join('');
      return `<table class="evidence"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
    return value.map((item) => evidenceHtml(item)).join(', ');
  }
  if (typeof value === 'object') {
    const rows = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `<dt>${escapeHtml(key)}</dt><dd>${evidenceHtml(item)}</dd>`)
      .join('');
    return `<dl class="evidence">${rows}</dl>`;
  }
  return `<code>${escapeHtml(value)}</code>`;
}
