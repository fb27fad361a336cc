/** A group's trade policies, marketplaces and orders (issue 11, groups by object). */
export const groupsEn = {
  'groups.from.tradePolicies': 'Trade policies',
  'groups.from.marketplaces': 'Marketplaces',
  'groups.orders': 'Orders in this group',
  'groups.orders.open': 'Open order {id} in the queue'
};
