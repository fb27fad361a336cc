import { useState, type FormEvent } from 'react';
import type { SimulationResult } from '../../../../shared/domain/diagnosis';
import { call } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { SimulationResultView } from './SimulationResultView';

export interface SimulationInput {
  salesChannel: string;
  postalCode: string;
  country: string;
  items: { id: string; quantity: number }[];
}

/** Re-run a simulation with edited CEP, quantities or trade policy; the order pane and the Simulator share it. */
export function SimulationForm({
  initial,
  initialResult
}: {
  initial: SimulationInput;
  initialResult?: SimulationResult | null;
}) {
  const { t } = useT();
  const [input, setInput] = useState(initial);
  const [result, setResult] = useState<SimulationResult | null>(initialResult ?? null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setRunning(true);
    setError(null);
    try {
      setResult(
        await call('simulation/run', {
          salesChannel: input.salesChannel,
          postalCode: input.postalCode,
          country: input.country,
          items: input.items.filter((item) => item.id.trim() !== '' && item.quantity > 0)
        })
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setRunning(false);
    }
  };

  const setItem = (index: number, patch: Partial<{ id: string; quantity: number }>) =>
    setInput({ ...input, items: input.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });

  return (
    <div>
      <form className="sim-form" onSubmit={(event) => void run(event)} data-testid="simulation-form">
        <label>
          <span>{t('simulation.tradePolicy')}</span>
          <input
            className="input mono"
            value={input.salesChannel}
            onChange={(e) => setInput({ ...input, salesChannel: e.target.value })}
          />
        </label>
        <label>
          <span>{t('simulation.postalCode')}</span>
          <input
            className="input mono"
            value={input.postalCode}
            onChange={(e) => setInput({ ...input, postalCode: e.target.value })}
          />
        </label>
        <label>
          <span>{t('simulation.country')}</span>
          <input
            className="input mono"
            value={input.country}
            maxLength={3}
            onChange={(e) => setInput({ ...input, country: e.target.value.toUpperCase() })}
          />
        </label>
        {input.items.map((item, index) => (
          <div key={index} className="sim-form-item">
            <label>
              <span>SKU</span>
              <input className="input mono" value={item.id} onChange={(e) => setItem(index, { id: e.target.value })} />
            </label>
            <label>
              <span>{t('simulation.quantity')}</span>
              <input
                className="input num"
                type="number"
                min={1}
                value={item.quantity}
                onChange={(e) => setItem(index, { quantity: Number(e.target.value) })}
              />
            </label>
          </div>
        ))}
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => setInput({ ...input, items: [...input.items, { id: '', quantity: 1 }] })}
          >
            {t('simulation.addItem')}
          </button>
          <button type="submit" className="button button-primary" disabled={running}>
            {t('simulation.run')}
          </button>
        </div>
      </form>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {result && <SimulationResultView result={result} />}
    </div>
  );
}
