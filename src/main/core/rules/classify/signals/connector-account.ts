import type { TypeSignals } from '../signal-spec';

export const connectorAccount: TypeSignals = {
  errorType: 'connector_account',
  signals: [
    { label: 'token', weight: 5, terms: ['@token'] },
    { label: 'invalid or expired token', weight: 3, terms: ['@token', ['@invalid', '@expired', '@nonexistent', '@missing', '@notFound']], within: 6 },
    { label: 'credentials', weight: 5, terms: ['@credential'] },
    { label: 'access denied', weight: 5, terms: ['@denied'] },
    { label: 'unauthorized', weight: 5, terms: ['@unauthorized'] },
    { label: 'authorization grant', weight: 4, terms: [['grant', 'oauth*', 'refresh token*', 'authorization code']] },
    {
      label: 'account not eligible or suspended',
      weight: 7,
      terms: [['@account', 'user', 'usuario*'], ['@eligible', '@inactive', '@blocked', '@invalid', 'suspen*']],
      within: 5
    },
    { label: 'invalid seller id', weight: 7, terms: ['@invalid', ['seller id', 'sellerid']], within: 3 },
    { label: 'feed rejected', weight: 7, terms: ['feed', '@rejected'], within: 3 },
    { label: 'seller cannot list', weight: 8, terms: [['unable to list', 'cannot list', 'nao pode anunciar', 'no puede publicar']] }
  ]
};
