import type { ImportInspection, ImportMode } from '../../../../shared/api/import';
import { useT } from '../../i18n/use-t';

/** Asked before an import into a mirror that holds the agent's own changes: nothing is merged silently (issue 11). */
export function ImportChoice({
  inspection,
  onChoose
}: {
  inspection: ImportInspection;
  onChoose: (mode: ImportMode | null) => void;
}) {
  const { t } = useT();
  const { local } = inspection;
  return (
    <div className="banner banner-warning" role="alertdialog" aria-labelledby="import-choice-title" data-testid="import-choice">
      <h2 id="import-choice-title">{t('importing.askTitle')}</h2>
      <p>
        {t('importing.askLead', {
          planned: local.plannedChanges,
          notes: local.notes,
          resolutions: local.resolutions,
          fixes: local.localFixes
        })}
      </p>
      <p>
        {inspection.overwrittenPlannedChanges > 0
          ? t('importing.overwrites', { n: inspection.overwrittenPlannedChanges })
          : t('importing.overwritesNone')}
      </p>
      <div className="form-row">
        <button type="button" className="button" onClick={() => onChoose('merge')} title={t('importing.mergeNote')}>
          {t('importing.merge')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => onChoose('new-mirror')}
          title={t('importing.newMirrorNote')}
        >
          {t('importing.newMirror')}
        </button>
        <button type="button" className="button" onClick={() => onChoose(null)}>
          {t('importing.cancel')}
        </button>
      </div>
      <p className="muted">
        {t('importing.mergeNote')} {t('importing.newMirrorNote')}
      </p>
    </div>
  );
}
