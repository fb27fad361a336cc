import type {
  Cause,
  DivergenceEvidence,
  PackageMeasure,
  PolicyCheck,
  PolicyLimits,
  StockBlocker,
  StockRow
} from '../../../../shared/domain/diagnosis';
import { formatMoney, formatNumber } from '../../i18n';
import { divergenceRuleWords, packageLimitWords } from '../../i18n/domain/data-words';
import { evidenceFacts } from '../../i18n/domain/evidence-facts';
import { blockerDock, causeVerdict, domainTexts, fill, type VerdictNames } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { HeldUnitsNote } from './HeldUnitsNote';
import { PriceEvidence } from './PriceEvidence';
import { useFormatters } from './use-formatters';
import './evidence-tables.css';

function StockTable({ rows }: { rows: StockRow[] }) {
  const { t, locale } = useT();
  return (
    <table className="mini-table" data-testid="stock-table">
      <thead>
        <tr>
          <th>{t('evidence.warehouse')}</th>
          <th className="num">{t('evidence.total')}</th>
          <th className="num">{t('evidence.reserved')}</th>
          <th className="num">{t('evidence.available')}</th>
          <th>{t('evidence.docks')}</th>
          <th>{t('evidence.servesTradePolicy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.warehouseId} className={row.servesTradePolicy ? '' : 'is-unreachable'}>
            <td>
              <span className="mono">{row.warehouseId}</span> {row.warehouseName}
            </td>
            <td className="num">{formatNumber(locale, row.totalQuantity)}</td>
            <td className={`num${row.reservedQuantity > row.totalQuantity ? ' text-error' : ''}`}>
              {formatNumber(locale, row.reservedQuantity)}
            </td>
            <td className="num">{row.unlimited ? '∞' : formatNumber(locale, row.availableQuantity)}</td>
            <td className="mono">{row.dockIds.join(', ') || '—'}</td>
            <td>{row.servesTradePolicy ? `✓ ${t('evidence.serves')}` : `✕ ${t('evidence.servesNot')}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each warehouse the trade policy cannot reach, what blocks it, and the units unblocking it frees. */
function BlockersTable({ blockers, names }: { blockers: StockBlocker[]; names: VerdictNames }) {
  const { t, locale } = useT();
  const texts = domainTexts(locale);
  return (
    <table className="mini-table" data-testid="blockers-table">
      <caption>{t('evidence.blockers')}</caption>
      <thead>
        <tr>
          <th>{t('evidence.warehouse')}</th>
          <th>{t('evidence.blockedBy')}</th>
          <th className="num">{t('evidence.unitsFreed')}</th>
        </tr>
      </thead>
      <tbody>
        {blockers.map((blocker) => (
          <tr key={`${blocker.warehouseId}:${blocker.kind}:${blocker.dockId ?? ''}`}>
            <td>
              <span className="mono">{blocker.warehouseId}</span>{' '}
              {blocker.warehouseName ?? names.warehouseName?.(blocker.warehouseId)}
            </td>
            <td>{fill(texts.blockers[blocker.kind].label, { dock: blockerDock(blocker, names) })}</td>
            <td className="num">{formatNumber(locale, blocker.unitsFreed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PolicyTable({ rows }: { rows: PolicyCheck[] }) {
  const { t, locale } = useT();
  const texts = domainTexts(locale);
  return (
    <table className="mini-table">
      <thead>
        <tr>
          <th>{t('evidence.shippingPolicy')}</th>
          <th>{t('evidence.result')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.shippingPolicyId}>
            <td>
              <span className="mono">{row.shippingPolicyId}</span> {row.name}
            </td>
            <td>{row.reason === 'covers' ? `✓ ${t('evidence.covers')}` : `✕ ${texts.ruledOut[row.reason]}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each shipping policy that refuses the package, with the measure it refuses against its limit. */
function LimitsTable({ pkg, limits }: { pkg: PackageMeasure; limits: PolicyLimits[] }) {
  const { t, locale } = useT();
  return (
    <table className="mini-table" data-testid="limits-table">
      <thead>
        <tr>
          <th>{t('evidence.shippingPolicy')}</th>
          <th>{t('words.packageAgainstLimit')}</th>
        </tr>
      </thead>
      <tbody>
        {limits.map((limit) => (
          <tr key={limit.shippingPolicyId}>
            <td>
              <span className="mono">{limit.shippingPolicyId}</span> {limit.name}
            </td>
            <td>{packageLimitWords(pkg, limit, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DivergenceTable({ evidence }: { evidence: DivergenceEvidence }) {
  const { t, locale } = useT();
  return (
    <table className="mini-table" data-testid="divergence-table">
      <tbody>
        <tr>
          <th>{t('evidence.paid')}</th>
          <td className="num">{formatMoney(locale, evidence.paidCents)}</td>
        </tr>
        <tr>
          <th>{t('evidence.expected')}</th>
          <td className="num">{formatMoney(locale, evidence.expectedCents)}</td>
        </tr>
        <tr>
          <th>{t('evidence.difference')}</th>
          <td className="num">{formatMoney(locale, evidence.differenceCents)}</td>
        </tr>
        <tr>
          <th>{t('evidence.percent')}</th>
          <td className="num">{formatNumber(locale, evidence.percent)}%</td>
        </tr>
        <tr>
          <th>{t('evidence.rules')}</th>
          <td>
            {evidence.rules.length === 0
              ? t('evidence.noRules')
              : evidence.rules.map((rule) => divergenceRuleWords(rule, locale)).join('; ')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Key/value evidence in the agent's words, leaving out what the verdict sentence already says. */
function GenericEvidence({ evidence, verdict = '' }: { evidence: Record<string, unknown>; verdict?: string }) {
  const { locale } = useT();
  const format = useFormatters();
  const facts = evidenceFacts(evidence, verdict, locale, format);
  if (facts.length === 0) return null;
  return (
    <dl className="facts facts-compact">
      {facts.map((fact) => (
        <div key={fact.key} className="fact">
          <dt>{fact.label}</dt>
          <dd className={fact.mono ? 'mono' : undefined}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The numbers behind a cause, laid out for reading: stock per warehouse, CEP checks, paid vs expected. */
export function EvidenceView({ cause, verdict: given, names = {} }: { cause: Cause; verdict?: string; names?: VerdictNames }) {
  const { locale } = useT();
  const format = useFormatters();
  // What the verdict sentence already says is left out of the facts, wherever the evidence is shown.
  const verdict = given ?? causeVerdict(cause, locale, names, format);
  switch (cause.code) {
    case 'insufficient_stock':
    case 'negative_inventory':
      return (
        <>
          <StockTable rows={cause.evidence.warehouses} />
          <HeldUnitsNote rows={cause.evidence.warehouses} />
        </>
      );
    case 'stock_outside_trade_policy':
      return (
        <>
          {(cause.evidence.blockers ?? []).length > 0 && <BlockersTable blockers={cause.evidence.blockers} names={names} />}
          <StockTable rows={cause.evidence.warehouses} />
        </>
      );
    case 'postal_code_not_covered':
      return (
        <>
          <GenericEvidence
            evidence={{ postalCode: cause.evidence.postalCode, country: cause.evidence.country }}
            verdict={verdict}
          />
          <PolicyTable rows={cause.evidence.policiesChecked} />
        </>
      );
    case 'package_exceeds_carrier_limits':
      return (
        <>
          <GenericEvidence
            evidence={{ postalCode: cause.evidence.postalCode, package: cause.evidence.package, skuIds: cause.evidence.skuIds }}
            verdict={verdict}
          />
          <LimitsTable pkg={cause.evidence.package} limits={cause.evidence.limits} />
        </>
      );
    case 'price_divergence_rule_missing':
    case 'price_divergence_over_allowance':
    case 'price_divergence_awaiting_approval':
      return <DivergenceTable evidence={cause.evidence} />;
    case 'price_missing_for_trade_policy':
      return <PriceEvidence basePriceCents={cause.evidence.basePriceCents} fixedPrices={cause.evidence.fixedPrices} />;
    case 'price_expired_for_trade_policy':
      return <PriceEvidence fixedPrices={cause.evidence.expired} />;
    default:
      return <GenericEvidence evidence={cause.evidence} verdict={verdict} />;
  }
}
