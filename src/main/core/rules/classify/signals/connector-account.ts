import type { TypeSignals } from '../signal-spec';

export const connectorAccount: TypeSignals = {
  errorType: 'connector_account',
  signals: [
    { label: 'token', weight: 5, terms: ['@token'] },
    {
      label: 'invalid or expired token',
      weight: 3,
      terms: ['@token', ['@invalid', '@expired', '@nonexistent', '@missing', '@notFound']],
      within: 6
    },
    { label: 'credentials', weight: 5, terms: ['@credential'] },
    { label: 'access denied', weight: 5, terms: ['@denied'] },
    { label: 'unauthorized', weight: 5, terms: ['@unauthorized'] },
    { label: 'authorization grant', weight: 4, terms: [['grant', 'oauth*', 'refresh token*', 'authorization code']] },
    {
      label: 'account not eligible or suspended',
      weight: 7,
      terms: [
        ['@account', 'user', 'usuario*'],
        ['@eligible', '@inactive', '@blocked', '@invalid', '@nonexistent', 'suspen*']
      ],
      within: 5
    },
    { label: 'invalid seller id', weight: 7, terms: ['@invalid', ['seller id', 'sellerid']], within: 3 },
    { label: 'feed rejected', weight: 7, terms: ['feed', '@rejected'], within: 3 },
    {
      label: 'seller cannot list',
      weight: 8,
      terms: [['unable to list', 'cannot list', 'nao pode anunciar', 'no puede publicar']]
    },
    {
      label: 'authentication',
      weight: 7,
      terms: [['authenticat*', 'autentica*', 'autenticar', 'login', 'iniciar sesion', 'sign in', 'signin', 'log in']]
    },
    {
      label: 'invalid affiliate or seller id',
      weight: 7,
      terms: [['affiliate*', 'afiliad*', '@seller'], 'id', '@invalid'],
      within: 4
    },
    {
      label: 'user not allowed',
      weight: 9,
      terms: [
        ['user', 'usuario'],
        ['not allowed', 'nao tem permiss*', 'no tiene permis*', 'sem permiss*', 'nao permitid*', 'no permitid*']
      ],
      within: 5
    },
    {
      label: 'API key does not match',
      weight: 6,
      terms: [['key api', 'api key', 'apikey', 'store code', 'codigo da loja', 'codigo de la tienda']]
    },
    {
      label: 'configure the connection again',
      weight: 8,
      terms: [
        [
          'configuration again',
          'configure again',
          'configuracao novamente',
          'configuracion nuevamente',
          'reconfigur*',
          'integration s settings',
          'integration settings'
        ]
      ]
    },
    {
      label: 'store not registered at the marketplace',
      weight: 6,
      terms: [['loja', 'store', 'tienda'], '@notRegistered'],
      within: 4
    },
    { label: 'subscription', weight: 5, terms: [['subscription*', 'assinatura*', 'suscripcion*']] },
    {
      label: 'account ability removed',
      weight: 8,
      terms: [
        ['ability', 'privilege*'],
        ['removed', 'revoked', 'suspend*']
      ],
      within: 5
    },
    {
      label: 'client id and secret',
      weight: 8,
      terms: [['client id', 'client secret', 'clientid', 'clientsecret', 'app token']]
    },
    {
      label: 'no access to the account',
      weight: 7,
      terms: [['get access', 'obter acesso', 'acceder', 'access to'], '@account'],
      within: 6
    },
    { label: 'offline access', weight: 7, terms: [['offline access']] },
    { label: 'scopes', weight: 6, terms: [['scope', 'scopes', 'escopo*', 'alcance de la aplicacion']] }
  ]
};
