import { useEffect, useState } from 'react';
import { formatDayAs, parseDayAs, type DayOrder } from '../../../shared/dates';
import { dayOrderOf, type Locale } from '../i18n';
import { useT } from '../i18n/use-t';

/** What the empty field shows, in the agent's language: "dd/mm/aaaa", "mm/dd/yyyy". */
const PLACEHOLDER: Record<Locale, Record<DayOrder, string>> = {
  en: { dmy: 'dd/mm/yyyy', mdy: 'mm/dd/yyyy', ymd: 'yyyy-mm-dd' },
  'pt-BR': { dmy: 'dd/mm/aaaa', mdy: 'mm/dd/aaaa', ymd: 'aaaa-mm-dd' },
  es: { dmy: 'dd/mm/aaaa', mdy: 'mm/dd/aaaa', ymd: 'aaaa-mm-dd' }
};

interface Props {
  id?: string;
  /** A calendar day, "2026-11-20", or '' for none. */
  value: string;
  onChange: (day: string) => void;
  'aria-label'?: string;
}

/**
 * A day typed in the agent's locale order. A native `<input type=date>` follows the browser's
 * locale, not the desk's, so a pt-BR agent on an English system saw mm/dd/yyyy. The day is
 * committed once it reads as a real date; an empty field clears it.
 */
export function DateField({ id, value, onChange, ...rest }: Props) {
  const { locale } = useT();
  const order = dayOrderOf(locale);
  const [text, setText] = useState(formatDayAs(value, order));
  useEffect(() => setText(formatDayAs(value, order)), [value, order]);
  const parsed = parseDayAs(text, order);
  const invalid = text.trim() !== '' && parsed === null;
  const edit = (next: string) => {
    setText(next);
    if (next.trim() === '') onChange('');
    else {
      const day = parseDayAs(next, order);
      if (day && day !== value) onChange(day);
    }
  };
  return (
    <input
      id={id}
      className={`input locale-date${invalid ? ' is-invalid' : ''}`}
      inputMode="numeric"
      placeholder={PLACEHOLDER[locale][order]}
      value={text}
      aria-invalid={invalid}
      aria-label={rest['aria-label']}
      data-testid="date-field"
      onChange={(event) => edit(event.target.value)}
      onBlur={() => setText(formatDayAs(value, order) || (invalid ? text : ''))}
    />
  );
}
