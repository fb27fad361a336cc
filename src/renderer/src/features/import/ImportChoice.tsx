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
      {/* Each choice with what it keeps beside it, so the agent reads the consequence before clicking. */}
      <div className="import-choices">
        <div className="import-choice">
          <button type="button" className="button" onClick={() => onChoose('merge')}>
            {t('importing.merge')}
          </button>
          <span className="muted">{t('importing.mergeNote')}</span>
        </div>
        <div className="import-choice">
          <button type="button" className="button button-primary" onClick={() => onChoose('new-mirror')}>
            {t('importing.newMirror')}
          </button>
          <span className="muted">{t('importing.newMirrorNote')}</span>
        </div>
        <button type="button" className="button" onClick={() => onChoose(null)}>
          {t('importing.cancel')}
        </button>
      </div>
    </div>
  );
}
