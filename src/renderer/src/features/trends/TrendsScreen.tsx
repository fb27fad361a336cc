import { useEffect } from 'react';
import type { OldestOpenOrder } from '../../../../shared/api/trends';
import { TREND_DAYS } from '../../../../shared/api/trends';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';
import { errorTypeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { CausesChart, type Week } from './CausesChart';
import { longDay } from './chart-format';
import { DailyStackChart } from './DailyStackChart';
import { OldestOpen } from './OldestOpen';
import { ValueChart } from './ValueChart';
import { dayRange, trendFilter, weeksOf } from './trends-filter';
import { useTrendsStore } from './trends-store';
import './trends.css';

/** The picture of the day: what is failing, where, what is at stake, and what waits longest. */
export function TrendsScreen() {
  const { t, locale } = useT();
  const { overview, loading, error, load, showInQueue, openOrder } = useTrendsStore();

  useEffect(() => {
    void load();
  }, [load]);

  const byErrorType = (key: string | null, day: string) =>
    void showInQueue(trendFilter({ errorTypes: key ? [key] : [], ...dayRange(day) }));
  const byMarketplace = (key: string | null, day: string) =>
    void showInQueue(trendFilter({ affiliates: key ? [key] : [], ...dayRange(day) }));
  const byDay = (day: string) => void showInQueue(trendFilter(dayRange(day)));
  const byCause = (code: CauseCode, week: Week) =>
    overview && void showInQueue(trendFilter({ causes: [code], ...weeksOf(overview.days)[week] }));
  const open = (order: OldestOpenOrder) => void openOrder(order.id, order.marketplaceOrderId);

  return (
    <section className="trends-screen" aria-labelledby="trends-title" data-testid="trends-screen">
      <header className="screen-header">
        <h1 id="trends-title">{t('trends.title')}</h1>
      </header>
      {overview && <p className="lead">{t('trends.lead', { n: TREND_DAYS, day: longDay(locale, overview.asOfDay) })}</p>}
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {!overview && loading && <div className="empty-state">{t('trends.loading')}</div>}
      {overview && overview.valueByDay.length === 0 && (
        <div className="empty-state" data-testid="trends-empty">
          {t('trends.empty', { n: TREND_DAYS })}
        </div>
      )}
      {overview && (
        <div className="trends-grid">
          <DailyStackChart
            id="trend-error-types"
            title={t('trends.byErrorType')}
            seriesTitle={t('trends.col.errorType')}
            days={overview.days}
            counts={overview.byErrorType}
            nameOf={(key) => errorTypeTitle(key as ErrorType, locale)}
            onPick={byErrorType}
          />
          <DailyStackChart
            id="trend-marketplaces"
            title={t('trends.byMarketplace')}
            seriesTitle={t('trends.col.marketplace')}
            days={overview.days}
            counts={overview.byMarketplace}
            nameOf={(key) => overview.marketplaceNames[key] ?? key}
            onPick={byMarketplace}
          />
          <ValueChart days={overview.days} values={overview.valueByDay} onPick={byDay} />
          <CausesChart causes={overview.topCauses} onPick={byCause} />
          <OldestOpen orders={overview.oldestOpen} marketplaceNames={overview.marketplaceNames} onOpen={open} />
        </div>
      )}
    </section>
  );
}
