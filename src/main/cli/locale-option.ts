import { LOCALE_IDS } from '../../shared/api/app';
import { UsageError } from './io';

export type CliLocale = (typeof LOCALE_IDS)[number];

/** `--lang`: the language an exported checklist is worded in (the desk's languages; English by default). */
export function localeOption(command: string, value: string | undefined): CliLocale {
  if (value === undefined) return 'en';
  const locale = LOCALE_IDS.find((id) => id.toLowerCase() === value.toLowerCase());
  if (!locale) throw new UsageError(`${command}: --lang must be one of ${LOCALE_IDS.join(', ')}, got "${value}"`);
  return locale;
}
