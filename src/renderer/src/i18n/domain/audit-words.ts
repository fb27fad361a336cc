import type { AuditEntry } from '../../../../shared/domain/model';
import type { FixKind } from '../../../../shared/domain/diagnosis';
import type { Locale } from '../index';
import { changeWords, type ChangeFormat, type ChangeLike } from './change-words';
import { domainTexts } from './verdict';

/*
 * An audit entry as a readable row: what was done in words (not `fix:renew_price`), the object by
 * the name an agent knows (the marketplace order id, not the mirror's row id 159), and before → after
 * in the Admin's words. The JSON stays available behind a disclosure.
 */

interface Words {
  fix: string;
  note: string;
  reopen: string;
  resolved: string;
  reprocess: Record<string, string>;
  reasons: Record<string, string>;
  order: string;
  change: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    fix: 'Fix: {fix}',
    note: 'Note',
    reopen: 'Reopened',
    resolved: 'Resolved: {reason}',
    reprocess: {
      succeeded: 'Reprocess: integrated',
      still_failing: 'Reprocess: still failing',
      skipped_duplicate: 'Reprocess skipped: already in the OMS',
      skipped_not_failed: 'Reprocess skipped: not failing',
      would_integrate: 'Reprocess: would integrate once the planned changes are made'
    },
    reasons: {
      canceled_at_marketplace: 'canceled at the marketplace',
      duplicate: 'duplicate order',
      handled_outside: 'handled outside the desk',
      wont_fix: "won't fix"
    },
    order: 'Order {id}',
    change: '{field}: {before} → {after}'
  },
  'pt-BR': {
    fix: 'Correção: {fix}',
    note: 'Nota',
    reopen: 'Reaberto',
    resolved: 'Resolvido: {reason}',
    reprocess: {
      succeeded: 'Reprocessamento: integrado',
      still_failing: 'Reprocessamento: ainda com erro',
      skipped_duplicate: 'Reprocessamento ignorado: já está no OMS',
      skipped_not_failed: 'Reprocessamento ignorado: sem erro',
      would_integrate: 'Reprocessamento: integraria depois das mudanças planejadas'
    },
    reasons: {
      canceled_at_marketplace: 'cancelado no marketplace',
      duplicate: 'pedido duplicado',
      handled_outside: 'resolvido fora do desk',
      wont_fix: 'não será corrigido'
    },
    order: 'Pedido {id}',
    change: '{field}: {before} → {after}'
  },
  es: {
    fix: 'Corrección: {fix}',
    note: 'Nota',
    reopen: 'Reabierto',
    resolved: 'Resuelto: {reason}',
    reprocess: {
      succeeded: 'Reprocesamiento: integrado',
      still_failing: 'Reprocesamiento: sigue con error',
      skipped_duplicate: 'Reprocesamiento omitido: ya está en el OMS',
      skipped_not_failed: 'Reprocesamiento omitido: sin error',
      would_integrate: 'Reprocesamiento: se integraría tras los cambios planificados'
    },
    reasons: {
      canceled_at_marketplace: 'cancelado en el marketplace',
      duplicate: 'pedido duplicado',
      handled_outside: 'resuelto fuera del desk',
      wont_fix: 'no se corregirá'
    },
    order: 'Pedido {id}',
    change: '{field}: {before} → {after}'
  }
};

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

/** What was done, in words. */
export function auditActionWords(action: string, locale: Locale): string {
  const words = WORDS[locale];
  const [verb, detail = ''] = action.split(':');
  switch (verb) {
    case 'fix':
      return fill(words.fix, { fix: domainTexts(locale).fixKinds[detail as FixKind] ?? detail.replace(/_/g, ' ') });
    case 'reprocess':
      return words.reprocess[detail] ?? `${verb} ${detail.replace(/_/g, ' ')}`;
    case 'resolve':
      return fill(words.resolved, { reason: words.reasons[detail] ?? detail.replace(/_/g, ' ') });
    case 'reopen':
      return words.reopen;
    case 'note':
      return words.note;
    default:
      return action.replace(/[:_]/g, ' ');
  }
}

type Side = { entity: string; entityId: string; field: string; value: unknown };

function isSides(value: unknown): value is Side[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && 'entity' in item && 'field' in item)
  );
}

/** Before and after as the changed records they describe: a fix keeps one side per record. */
function changesOf(entry: AuditEntry): ChangeLike[] {
  if (isSides(entry.before) || isSides(entry.after)) {
    const before = isSides(entry.before) ? entry.before : [];
    const after = isSides(entry.after) ? entry.after : [];
    return after.map((side, index) => ({
      entity: side.entity,
      entityId: side.entityId,
      field: side.field,
      before: before[index]?.value ?? null,
      after: side.value
    }));
  }
  // An order's own state (reprocess, resolution): each field the after side names, against its old value.
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  if (typeof after !== 'object' || Array.isArray(after)) return [];
  return Object.keys(after)
    .filter(
      (field) =>
        ['status', 'attempts', 'vtexOrderId', 'reason'].includes(field) &&
        JSON.stringify(before[field]) !== JSON.stringify(after[field])
    )
    .map((field) => ({
      entity: entry.entityType,
      entityId: entry.entityId,
      field,
      before: before[field] ?? null,
      after: after[field]
    }));
}

export interface AuditRowWords {
  action: string;
  object: string;
  changes: string[];
}

/** An audit entry in words: the action, the object by the name an agent knows, each change before → after. */
export function auditRowWords(entry: AuditEntry, locale: Locale, format: ChangeFormat): AuditRowWords {
  const words = WORDS[locale];
  const changes = changesOf(entry).map((change) => {
    const said = changeWords(change, locale, {}, format);
    const reason = change.field === 'reason';
    return fill(words.change, {
      field: said.field,
      before: reason && typeof change.before === 'string' ? (words.reasons[change.before] ?? said.before) : said.before,
      after: reason && typeof change.after === 'string' ? (words.reasons[change.after] ?? said.after) : said.after
    });
  });
  const fixed = changesOf(entry)[0];
  const object =
    entry.entityType === 'order'
      ? fill(words.order, { id: entry.orderRef ?? entry.entityId })
      : fixed
        ? changeWords(fixed, locale, {}, format).object
        : `${entry.entityType.replace(/_/g, ' ')} ${entry.entityId}`;
  return { action: auditActionWords(entry.action, locale), object, changes };
}
