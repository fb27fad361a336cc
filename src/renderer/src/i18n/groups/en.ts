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
  'groups.checkStopped': 'Pre-check stopped. Open the group again to check it.'
};
