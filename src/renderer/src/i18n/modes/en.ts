/** Texts of the wizard and order pane in connected mode and for a subject that is not an order. */
export const modesEn = {
  'modes.planInstead': 'Plan it instead (local copy only)…',
  'modes.planInsteadNote':
    'Planning changes the local copy only and adds the change to the checklist to make in the Admin; the store stays as it is.',
  'modes.planApply': 'Plan the change (local copy only)',
  'modes.inStore': 'In store {account}',
  'modes.resend': 'Re-send to VTEX',
  'modes.resendHint': 'Sends this Marketplace Protocol order to store {account} again, as its connector would.',
  'modes.resent.integrated': 'VTEX integrated it ({code}). {message}',
  'modes.resent.enqueued': 'VTEX queued it ({code}): watch for it. {message}',
  'modes.resent.refused': 'VTEX refused it ({code}). {message}',
  'modes.watch': 'Reprocessed in the Admin — watch for it',
  'modes.watchHint': 'Reprocess it in Connections > Orders, then look it up in OMS.',
  'modes.openConnections': 'Open Connections > Orders',
  'modes.seen': 'Seen in OMS as VTEX order {id} ({at}).',
  'modes.notSeen': 'Not in OMS yet ({at}). Look again in a moment.',
  'modes.noCode': 'no code'
};
