/** Connected mode's texts (issue 10): fixes and checks that reach the VTEX store itself. */
export const connectedEn = {
  'connected.previewInStore': 'Preview in store {account}',
  'connected.confirmTitle': 'Change the VTEX store {account}',
  'connected.confirmLead': 'These changes are sent to the store {account} through its APIs, then each object is read back.',
  'connected.apply': 'Apply to store {account}',
  'connected.cancel': 'Cancel',
  'connected.applied': 'Store {account} changed: {n} object read back.|Store {account} changed: {n} objects read back.',
  'connected.readBack': 'Read back from VTEX',
  'connected.refused':
    'VTEX refused {n} object: it is unchanged in the store and in the mirror.|VTEX refused {n} objects: they are unchanged in the store and in the mirror.',
  'connected.unchanged': 'Already so in the store: {ids}',
  'connected.adminOnly': 'No public API makes this change: make it in the Admin of {account}, then mark it done.',
  'connected.adminPath': 'Where: {path}',
  'connected.openAdmin': 'Open in the Admin of {account}',
  'connected.markDone': 'Mark as done (re-read from VTEX)',
  'connected.confirmed': 'Store {account} shows the change: done.',
  'connected.notYet':
    'Store {account} does not show it yet: {n} change still open.|Store {account} does not show it yet: {n} changes still open.',
  'connected.verify': 'Verify with VTEX ({account})',
  'connected.verifyTitle': "VTEX's own simulation beside the local one",
  'connected.verifyAgree': 'VTEX agrees with the local simulation.',
  'connected.verifyDisagree':
    'VTEX disagrees on {n} item: VTEX’s answer holds; sync the mirror.|VTEX disagrees on {n} items: VTEX’s answer holds; sync the mirror.',
  'connected.vtexIntegrates': 'VTEX would sell and deliver every item.',
  'connected.vtexRefuses': 'VTEX would not sell or deliver every item.',
  'connected.col.sku': 'SKU',
  'connected.col.local': 'Local simulation',
  'connected.col.vtex': 'VTEX',
  'connected.availability.available': 'available',
  'connected.availability.withoutStock': 'without stock',
  'connected.availability.cannotBeDelivered': 'cannot be delivered',
  'connected.working': 'Asking VTEX…'
} as const;
