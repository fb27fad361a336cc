/** A group's trade policies, marketplaces and orders (issue 11, groups by object); the paged list and the bulk reprocess. */
export const groupsEn = {
  'groups.from.tradePolicies': 'Trade policies',
  'groups.from.marketplaces': 'Marketplaces',
  'groups.orders': 'Orders in this group',
  'groups.orders.open': 'Open order {id} in the queue',
  'groups.orders.more': 'Show more orders',
  'groups.sort': 'Sort groups',
  'groups.sort.orders': 'Most orders',
  'groups.sort.value': 'Most value at stake',
  'groups.filter.cause': 'Cause',
  'groups.filter.all': 'All causes',
  'groups.loading': 'Loading…',
  'groups.progress': '{done} of {total} orders reprocessed',
  'groups.cancel': 'Cancel',
  'groups.cancelling': 'Stopping after this page…',
  'groups.cancelled': 'Cancelled after {done} of {total} orders; those stay reprocessed.',
  'groups.emptied': 'No open order left in this group.',
  'groups.checking': 'Checking {done} of {total} orders…',
  'groups.checkStopped': 'Pre-check stopped. Open the group again to check it.',
  /* The change that frees stock held back from the trade policy, named before the units (the CLI's precheck says the same). */
  'groups.unblock.dock_inactive': 'activate dock {dock}',
  'groups.unblock.dock_not_linked': 'link dock {dock} to the trade policy',
  'groups.unblock.warehouse_inactive': 'activate warehouse {warehouse}',
  'groups.unblock.warehouse_not_on_dock': 'put warehouse {warehouse} on a dock',
  'groups.unblockFrees':
    '{change} (frees {n} unit of SKU {sku} at {warehouse})|{change} (frees {n} units of SKU {sku} at {warehouse})',
  'groups.shortfallAfterUnblock':
    'For the rest: {unblock}, or {n} more unit of SKU {sku} at {warehouse}.|For the rest: {unblock}, or {n} more units of SKU {sku} at {warehouse}.'
};
