/**
 * One CSV cell: quoted when it holds a separator, quote or line break, and defused when a
 * spreadsheet would read it as a formula (=, +, -, @, tab, carriage return): a leading apostrophe
 * makes Excel, LibreOffice and Sheets show it as text instead of running it.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
