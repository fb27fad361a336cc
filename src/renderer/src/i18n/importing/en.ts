/** The import's choice when the mirror holds the agent's own changes (issue 11): merge, or a new mirror. */
export const importingEn = {
  'importing.askTitle': 'This mirror holds your own changes',
  'importing.askLead':
    'Planned changes: {planned} · notes: {notes} · resolved orders: {resolutions} · fixes made on this copy: {fixes}.',
  'importing.overwrites':
    'Merging replaces the objects of {n} planned change with the store’s values from the snapshot.|Merging replaces the objects of {n} planned changes with the store’s values from the snapshot.',
  'importing.overwritesNone': 'The snapshot brings none of the objects your planned changes touch.',
  'importing.merge': 'Merge into this mirror',
  'importing.mergeNote': 'Planned changes, notes and resolutions stay.',
  'importing.newMirror': 'Open as a new mirror',
  'importing.newMirrorNote': 'A new file beside this one; this mirror stays as it is.',
  'importing.cancel': 'Cancel',
  'importing.newMirrorDone': 'Now working on the new mirror {path}.',
  'importing.emptyOpen': 'No failed orders in this mirror — import a snapshot.',
  'importing.emptyAll': 'No orders in this mirror — import a snapshot.',
  'importing.uploadFiles': 'Upload files…',
  'importing.uploadFolder': 'Upload a folder…'
};
