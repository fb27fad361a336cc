/** Re-sending from a mirror that masked personal data (issue 10): what the agent is told and asked for. */
export const resendEn = {
  'resend.masked':
    'This copy masked personal data; re-send needs the original payload: re-import with --keep-personal-data or reprocess in the Admin.',
  'resend.whyNot':
    'VTEX keeps no copy the desk can read back: the connector’s payload has no public API, and OMS has no order for a failed integration.',
  'resend.provide': 'Re-send with the original customer data…',
  'resend.pasteLabel': 'The original payload (JSON) from the marketplace or the connector’s log, or its clientProfileData',
  'resend.pasteNote': 'Used for this one re-send and checked against the masks this copy kept; it is stored nowhere.',
  'resend.send': 'Re-send to store {account}',
  'resend.cancel': 'Cancel',
  'resend.badJson': 'This is not JSON: paste the payload as the marketplace or the connector gave it.',
  'resend.noCustomer': 'No customer data (e-mail, phone or document) in what was pasted.',
  'reach.lead':
    'Reprocess it where VTEX sees it: open Connections > Orders of {account}, find the order and choose Actions > Reprocess; then watch OMS for it here.',
  'reach.leadResend':
    'Reprocess it where VTEX sees it: re-send it to {account} as its connector would, or choose Actions > Reprocess in Connections > Orders and watch OMS for it here.'
} as const;
