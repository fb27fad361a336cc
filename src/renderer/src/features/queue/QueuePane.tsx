import { OrderPane } from '../order/OrderPane';
import { Wizard } from '../wizard/Wizard';

/** The open order beside the queue and its fix wizard: a chunk of its own (use-queue-pane.ts). */
export function QueuePane({ onWizardFinished }: { onWizardFinished: () => void }) {
  return (
    <>
      <OrderPane />
      <Wizard onFinished={onWizardFinished} />
    </>
  );
}
