import { formatNumber } from '../../i18n';
import { causeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';

/** Orders per cause (a pre-check's would-fail, a run's still-failing), by the cause's title. */
export function CauseCounts({ counts }: { counts: Record<string, number> }) {
  const { locale } = useT();
  const entries = Object.entries(counts);
  if (entries.length === 0) return null;
  return (
    <ul className="compact-list">
      {entries.map(([code, n]) => (
        <li key={code}>
          {causeTitle(code as never, locale) || code}: {formatNumber(locale, n)}
        </li>
      ))}
    </ul>
  );
}
