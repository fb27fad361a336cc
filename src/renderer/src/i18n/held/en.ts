/** Units a planned reprocess holds on a snapshot copy (issue 8 x 10), said beside the stock table. */
export const heldEn = {
  'held.line':
    '{n} unit at {warehouse} held by order {order}’s planned reprocess|{n} units at {warehouse} held by order {order}’s planned reprocess',
  'held.note':
    'Held until that order is reprocessed in the Admin, its change plan is discarded, or a new import or diagnosis says it would not integrate.'
};
