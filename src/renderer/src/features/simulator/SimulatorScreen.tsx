import { useT } from '../../i18n/use-t';
import { SimulationForm } from './SimulationForm';

/** The shipping simulator on its own: any trade policy, CEP and items, against the mirror. */
export function SimulatorScreen() {
  const { t } = useT();
  return (
    <section className="screen screen-narrow" aria-labelledby="simulator-title">
      <header className="screen-header">
        <h1 id="simulator-title">{t('simulation.title')}</h1>
      </header>
      <p className="lead">{t('simulation.lead')}</p>
      <SimulationForm initial={{ salesChannel: '1', postalCode: '', country: 'BRA', items: [{ id: '', quantity: 1 }] }} />
    </section>
  );
}
