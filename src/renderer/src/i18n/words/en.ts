/** Plain-words texts (issue 11): evidence, change previews, the audit log, dates. */
export const wordsEn = {
  'words.packageAgainstLimit': 'Package against its limit',
  'words.scope.onlyThis': "Only this order's own records change.",
  'words.scope.storeWide': 'Store-wide change, not only this order:',
  'words.scope.divergenceRule':
    'VTEX applies a Price Divergence rule to every marketplace and to every future order whose divergence falls in its range.',
  'words.scope.erpCarrier': 'the carrier is registered for every order the ERP receives.',
  'words.scope.xmlFeed': 'it changes what the XML feed shows for every SKU in it.',
  'words.scope.dock': 'every SKU stocked in the warehouses of this dock ships through it.',
  'words.scope.shippingPolicy': 'the policy delivers every SKU to every CEP it covers.',
  'words.scope.others': 'It also concerns {n} other failed order|It also concerns {n} other failed orders',
  'words.scope.skus': '({n} SKU in all).|({n} SKUs in all).',
  'words.audit.raw': 'Details (JSON)',
  'words.audit.forOrder': 'for order {id}'
} as const;
